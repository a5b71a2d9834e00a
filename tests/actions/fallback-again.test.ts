// A message not understood a second time in one call, though not in a row (issue 13, round 6): not the first
// rephrase word for word again — at a question, the example of the answer that question expects; with no question
// open, the request to say it again in other words.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
before(async () => {
  assistant = await hotelRuntime('fallback-again');
});
after(() => assistant.close());

const call = (sender: string) => async (text: string) =>
  (await assistant.runtime.handleMessage({ sender, text, channel: 'twilio_media_streams', metadata: { user_phone: '+79005556612' } }))
    .map((m) => m.text ?? '')
    .join(' ');

describe('a fallback said again in one call', { timeout: 120_000 }, () => {
  it('at the next question not understood, the example of the answer it expects', async () => {
    const say = call('again-1');
    await say('/session_start');
    await say('добрый день, мне бы номер забронировать');
    // the first time: small talk or «не совсем понятно», and the question again — one question in the turn
    const first = await say('ммм ну как бы это');
    assert.doesNotMatch(first, /например|Можно сказать/);
    assert.equal(first.split('?').length - 1, 1, first);
    await say('с девятого по двенадцатое декабря');
    const second = await say('эээ сейчас ну');
    assert.doesNotMatch(second, /не совсем понятно/);
    assert.match(second, /^Можно сказать так: двое взрослых и один ребёнок\. Сколько вас будет/);
    // one question in the turn: the example is a hint, not a second request
    assert.equal(second.split('?').length - 1, 1, second);
  });

  it('with no question open, the request to say it again in other words', async () => {
    const say = call('again-2');
    await say('/session_start');
    assert.equal(await say('кхе кхе ну'), 'Извините, не совсем понятно. Повторите, пожалуйста.');
    assert.match(await say('во сколько у вас выезд'), /12/);
    assert.equal(await say('ээ мм'), 'Простите, не расслышала. Скажите, пожалуйста, ещё раз.');
  });

  it('in a row, the example the second time and reception the third, as before', async () => {
    const say = call('again-3');
    await say('/session_start');
    await say('хочу забронировать номер с пятого по седьмое декабря');
    assert.match(await say('ну это самое'), /^Извините, не совсем понятно\./);
    assert.match(await say('ээ как его'), /^Можно сказать так: /);
    assert.match(await say('хм хм'), /Соединить вас с администратором\?/);
  });
});
