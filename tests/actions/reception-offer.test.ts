// «Соединить вас с администратором?» only where a «да» can be honoured (issue 13): a call can be put through, a chat
// or the REST channel cannot, so there reception's number from hotel.yml is given and nothing is asked. Each offer is
// followed to what the caller's «да» then does.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('reception-offer');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function call(sender: string, channel: string) {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel, metadata: {} })).map((m) => m.text ?? '').join('\n');
}

const PHONE = /\+7 812 555-01-48/;
const OFFER = /Соединить вас с (?:администратором|ресепшеном)/;
const PUT_THROUGH = /^Соединяю вас с администратором/;

describe('reception offered by channel', { timeout: 120_000 }, () => {
  it('a complaint: on a call the offer, and «да» puts the caller through; in a chat the number and no question', async () => {
    const phone = call('ro-complaint-phone', 'twilio_media_streams');
    assert.match(await phone('в душе всю ночь не было горячей воды, отвратительно'), OFFER);
    assert.match(await phone('да, давайте'), PUT_THROUGH);
    const chat = call('ro-complaint-chat', 'rest');
    const said = await chat('в душе всю ночь не было горячей воды, отвратительно');
    assert.match(said, PHONE);
    assert.doesNotMatch(said, /\?$/);
    assert.doesNotMatch(await chat('да'), PUT_THROUGH);
  });

  it('three messages not understood: the offer on a call, as the one question of the turn; the number in a chat', async () => {
    for (const [channel, expected] of [
      ['twilio_media_streams', OFFER],
      ['rest', PHONE],
    ] as const) {
      const say = call(`ro-fallback-${channel}`, channel);
      await say('мне бы комнату снять');
      await say('ну вот это вот самое');
      await say('хм ну как бы так');
      const third = await say('ну в общем такие дела');
      assert.match(third, expected, channel);
      if (channel === 'rest') {
        assert.doesNotMatch(third, OFFER);
        // nothing asked by the offer: the booking's question follows
        assert.match(third, /даты|заезд/);
      } else {
        // the offer is the turn's one question; «нет» goes back to the booking's
        assert.equal(third.match(/\?/g)?.length, 1, third);
        assert.match(await say('нет, никого не надо'), /даты|заезд/);
      }
    }
  });

  it('a booking code lost: on a call the offer, in a chat the number', async () => {
    const phone = call('ro-code-phone', 'twilio_media_streams');
    await phone('нужно отменить моё бронирование');
    assert.match(await phone('а код я потеряла'), OFFER);
    const chat = call('ro-code-chat', 'rest');
    await chat('нужно отменить моё бронирование');
    const lost = await chat('а код я потеряла');
    assert.match(lost, PHONE);
    assert.doesNotMatch(lost, OFFER);
  });

  it('no answer a third time: on a call the offer, in a chat the number', async () => {
    for (const [channel, expected] of [
      ['twilio_media_streams', OFFER],
      ['rest', PHONE],
    ] as const) {
      const say = call(`ro-noinfo-${channel}`, channel);
      await say('есть ли у вас каток');
      await say('а теннисный корт');
      assert.match(await say('а гольф есть'), expected, channel);
    }
  });

  it('English: on a call the offer to connect, in a chat the number; a «yes» after it is answered in English', async () => {
    assert.match(await call('ro-en-phone', 'twilio_media_streams')('good evening, anyone speaking english there?'), /Shall I connect you/);
    const chat = call('ro-en-chat', 'rest');
    const first = await chat('good evening, anyone speaking english there?');
    assert.match(first, PHONE);
    assert.doesNotMatch(first, /\?$/);
    assert.match(await chat('yes, sure'), /call them at \+7 812 555-01-48/);
  });
});
