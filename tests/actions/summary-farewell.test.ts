// A farewell at the booking summary (book kind 6): never booked nor dropped in silence. The caller hears once that
// the booking is not made yet and is asked to confirm it; a yes books, a no or a farewell again leaves it unmade and
// the goodbye says so. A yes said with the farewell books as before. Sentences written for this test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('summary-farewell');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function call(sender: string, channel = 'rest') {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel, metadata: {} })).map((m) => m.text ?? '').join('\n');
}

async function atSummary(sender: string, channel = 'rest') {
  const say = call(sender, channel);
  await say('мне стандарт с двадцатого по двадцать второе декабря на двоих');
  await say('да');
  await say('лаврова ольга');
  assert.match(await say('восемь девятьсот девятнадцать двести десять тридцать сорок'), /верно/);
  return say;
}

describe('a farewell at the booking summary', { timeout: 120_000 }, () => {
  it('is asked once whether to confirm; a yes books', async () => {
    const say = await atSummary('bye-1');
    const asked = await say('ну ладно спасибо всего хорошего');
    assert.match(asked, /Бронь ещё не оформлена\. Подтверждаете её\?/);
    assert.doesNotMatch(asked, /Код|До свидания/);
    assert.match(await say('да подтверждаю'), /забронирован/);
  });

  it('a no or a goodbye again: the booking is not made, and the goodbye says so', async () => {
    const say = await atSummary('bye-2', 'twilio_media_streams');
    assert.match(await say('спасибо до свидания'), /не оформлена/);
    const bye = await say('нет не надо спасибо');
    assert.match(bye, /бронь не оформляю/);
    assert.doesNotMatch(bye, /забронирован/);
    const other = await atSummary('bye-3');
    await say('всё спасибо до свидания');
    await other('всё спасибо до свидания');
    assert.match(await other('до свидания'), /бронь не оформляю/);
  });

  it('a yes said with the farewell books at once; «спасибо» alone leaves the question open', async () => {
    assert.match(await (await atSummary('bye-4'))('да всё верно спасибо до свидания'), /забронирован/);
    assert.doesNotMatch(await (await atSummary('bye-5'))('спасибо'), /не оформлена|До свидания/);
  });
});
