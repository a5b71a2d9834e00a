// Dates corrected right after the assistant's answer or offer (book kind 12): «ой нет, подождите, не с десятого, а с
// двенадцатого по четырнадцатое» is the question just answered asked again for the new dates, and the answer names
// them, so the caller hears they were heard; inside a booking the correction is said back before the offer.
// Sentences written for this test in the recogniser's style.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { correctionAsFollowUp } from '../../src/understanding/lang-ru/said-again.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('dates-again');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function call(sender: string) {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel: 'rest', metadata: {} })).map((m) => m.text ?? '').join('\n');
}

describe('dates said again after an answer', { timeout: 120_000 }, () => {
  it('a message opening with a correction is the value said again', () => {
    assert.equal(correctionAsFollowUp('ой нет погодите не с третьего а с пятого по седьмое'), 'а с пятого по седьмое');
    assert.equal(correctionAsFollowUp('Простите, с девятого по одиннадцатое.'), 'а с девятого по одиннадцатое');
    assert.equal(correctionAsFollowUp('хочу номер с пятого'), null);
  });

  it('after a question about free rooms: answered again for the new dates, which are named', async () => {
    const say = call('again-1');
    assert.match(await say('а есть свободный комфорт с третьего по пятое января'), /с 3 по 5 января/);
    const again = await say('ой нет подождите не с третьего а с шестого по восьмое');
    assert.match(again, /с 6 по 8 января/);
    assert.doesNotMatch(again, /Сколько вас/);
  });

  it('after a price: the price for the new dates, with them', async () => {
    const say = call('again-2');
    await say('почём стандарт с восемнадцатого по двадцатое декабря');
    assert.match(await say('простите перепутала с девятнадцатого по двадцать первое'), /с 19 по 21 декабря/);
  });

  it('inside a booking: the corrected dates said back before the rooms', async () => {
    const say = call('again-3');
    await say('забронируйте номер на двоих с третьего по пятое января');
    assert.match(await say('ой нет не с третьего а с четвёртого по шестое'), /с 4 по 6 января/);
  });
});
