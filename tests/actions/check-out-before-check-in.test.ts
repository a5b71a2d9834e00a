// A check-out said on or before the check-in (book kind 16), typed or said: the caller hears that the day of leaving
// comes before the day of arrival, with both days, and the dates are asked again — never the check-out alone with
// no reason, never a stay of a year or a month read into it. Sentences written for this test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { extractStay } from '../../src/understanding/lang-ru/dates.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('stay-order');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function call(sender: string) {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel: 'rest', metadata: {} })).map((m) => m.text ?? '').join('\n');
}

const now = new Date('2026-11-24T12:00:00+03:00');
const read = (s: string) => extractStay(s, now, 'Europe/Moscow');

describe('a check-out before the check-in', { timeout: 120_000 }, () => {
  it('is read as said, not moved a year or a month on', () => {
    assert.deepEqual(read('заезд 20 января, выезд 17 января'), { check_in: '2027-01-20', invalid: 'выезд не позже заезда', backwards: '2027-01-17' });
    assert.equal(read('с двадцать второго декабря по девятнадцатое декабря').backwards, '2026-12-19');
    assert.equal(read('с двенадцатого по восьмое декабря').backwards, '2026-12-08');
    assert.equal(read('с двенадцатого февраля по девятое').backwards, '2027-02-09');
    assert.equal(read('заселение двадцать шестого декабря выезд двадцатого').backwards, '2026-12-20');
    assert.equal(read('въезд 20.01, выезд 18.01').backwards, '2027-01-18');
    // a short stay across a month's end is still the next month
    assert.deepEqual(read('с тридцать первого декабря по третье'), { check_in: '2026-12-31', check_out: '2027-01-03', nights: 3 });
    assert.deepEqual(read('с двадцать девятого по второе января'), { check_in: '2026-12-29', check_out: '2027-01-02', nights: 4 });
  });

  it('said with the request: both days said back, and the dates asked again', async () => {
    const typed = await call('order-1')('Забронируйте, пожалуйста, комфорт: заезд 20 января, выезд 17 января.');
    assert.match(typed, /Выезд 17 января получается раньше заезда 20 января\./);
    assert.match(typed, /заезд|даты/);
    const spoken = await call('order-2')('ну нам номер с двадцать второго декабря по девятнадцатое декабря на двоих');
    assert.match(spoken, /Выезд 19 декабря получается раньше заезда 22 декабря\./);
  });

  it('said to the check-out question: the same, and the right dates then go on', async () => {
    const say = call('order-3');
    await say('хочу номер с двадцатого января');
    assert.match(await say('семнадцатого января'), /Выезд 17 января получается раньше заезда 20 января\./);
    assert.match(await say('с семнадцатого по двадцатое января'), /Сколько вас|гост/);
  });
});
