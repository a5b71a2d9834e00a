// Requests the assistant does not cover, through the whole assistant (offline NLU, engine, actions): on a call the
// offer to put the caller through, which a «да» takes; in a chat the reception's number; a booking under way goes on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('unsupported');
  runtime = assistant.runtime;
});

after(() => assistant.close());

async function say(sender: string, text: string, channel = 'rest'): Promise<string> {
  const messages = await runtime.handleMessage({ sender, text, channel });
  return messages.map((m) => m.text ?? '').join('\n');
}

describe('requests the assistant does not cover', { timeout: 120_000 }, () => {
  it('on a call: what it cannot do, the offer of reception, and a yes puts the caller through', async () => {
    const reply = await say('u-call', 'алло а вы такси до аэропорта на утро не закажете', 'twilio_media_streams');
    assert.match(reply, /такси я не могу/);
    assert.match(reply, /Соединить вас с администратором\?$/);
    assert.doesNotMatch(reply, /трансфер|2800|Пулково/);
    assert.match(await say('u-call', 'да давайте', 'twilio_media_streams'), /Соединяю/);
  });

  it('in a chat: the reception number, no offer that a chat cannot keep', async () => {
    const reply = await say('u-chat', 'здравствуйте в прошлые выходные забыла в номере кофту');
    assert.match(reply, /Забытые вещи/);
    assert.match(reply, /Телефон ресепшена: \+7 812 555-01-48\.$/);
    assert.doesNotMatch(reply, /Соединить|прошла/);
  });

  it('a late arrival for a booking held: the booking stays, and no new booking is started', async () => {
    const reply = await say('u-late', 'у нас бронь на завтра но поезд приходит поздно будем к часу ночи');
    assert.match(reply, /бронь не отменяет.*14:00/);
    assert.doesNotMatch(reply, /выезд|Сколько вас|прошла/);
  });

  it('asked in the middle of a booking: answered, and the booking asks its question again', async () => {
    await say('u-book', 'хочу забронировать стандарт с десятого по двенадцатое декабря');
    const reply = await say('u-book', 'а такси на вокзал вы потом вызвать сможете');
    assert.match(reply, /такси я не могу/);
    assert.doesNotMatch(reply, /Соединить/);
    assert.match(reply, /(?:Сколько вас|гостей)/);
  });

  it('counts as a request not helped: the next one the assistant cannot do hears examples, not the same refusal', async () => {
    await say('u-series', 'подскажите какой музей рядом с вами стоит посетить');
    assert.match(await say('u-series', 'а билеты в мариинку купите мне'), /например/i);
  });
});
