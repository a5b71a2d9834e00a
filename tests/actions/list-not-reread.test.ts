// The list of rooms is not read out again after every later answer (tkb kind 3): once heard, the room question
// asked again after a name, a phone, a correction or a question answered is one short question; a new list (other
// dates, another party) is read in full; a room suggested alone with its price and then agreed to goes straight on.
// Sentences written for this test in the recogniser's style.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('list-not-reread');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function caller(sender: string) {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel: 'rest', metadata: {} })).map((m) => m.text ?? '').join('\n');
}

const LIST = /свободны: «[^»]+» — [\d ]+/;

describe('the room list heard once', { timeout: 120_000 }, () => {
  it('is not read again after a name, a phone or a question; the question stays short', async () => {
    const say = caller('list-1');
    await say('здравствуйте номер нужен с десятого по двенадцатое декабря');
    assert.match(await say('ну нас трое'), LIST);
    for (const answer of ['зуева марина', 'восемь девятьсот пять один два три четыре пять шесть семь', 'а парковка у вас есть']) {
      const reply = await say(answer);
      assert.doesNotMatch(reply, LIST, answer);
      assert.match(reply, /Какой номер [^\n]*\?$/, answer);
    }
  });

  it('a new list for other dates is read in full', async () => {
    const say = caller('list-2');
    await say('номер с десятого по двенадцатое декабря');
    await say('вдвоём');
    await say('петров олег');
    assert.match(await say('ой нет давайте с пятнадцатого по семнадцатое'), LIST);
  });

  it('the cheapest room named with its price, then agreed to, goes on to the name without its price again', async () => {
    const say = caller('list-3');
    await say('номер с десятого по двенадцатое декабря');
    await say('нас трое');
    const cheaper = await say('а который подешевле будет');
    assert.match(cheaper, /«Комфорт»: [\d ]+ рублей/);
    assert.doesNotMatch(cheaper, LIST);
    const next = await say('ну давайте его');
    assert.doesNotMatch(next, /рублей/);
    assert.match(next, /имя и фамилию/);
  });
});
