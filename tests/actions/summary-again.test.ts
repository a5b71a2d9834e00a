// A booking's summary read again after a correction on a call (issue 13, rounds 5 and 6): the fix named and the rest
// said to be unchanged, with the question in the same sentence — not everything read out once more.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('summary-again');
  runtime = assistant.runtime;
});

after(() => assistant.close());

describe('the summary read again', { timeout: 120_000 }, () => {
  it('after a correction is the new version in one sentence with its question, and a «да» books', async () => {
    const say = async (text: string) =>
      (await runtime.handleMessage({ sender: 'summary-1', text, channel: 'twilio_media_streams', metadata: {} })).map((m) => m.text ?? '').join(' ');
    await say('мне номер стандарт с седьмого по девятое января');
    await say('будем вдвоём с мужем');
    await say('записывайте оксана лаврова');
    const first = await say('восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять');
    assert.match(first, /^Итак: «Стандарт» с 7 по 9 января, .*на имя Оксаны Лавровой.*\. Всё верно\?$/);
    const again = await say('фамилию не так записали, правильно оксана лаврентьева');
    assert.equal(again, 'Хорошо, исправила. Теперь на имя Оксаны Лаврентьевой, остальное без изменений — верно?');
    assert.match(await say('да теперь верно'), /^Готово, номер забронирован/);
  });

  const call = (sender: string) => async (text: string) =>
    (await runtime.handleMessage({ sender, text, channel: 'twilio_media_streams', metadata: { user_phone: '+79005557781' } }))
      .map((m) => m.text ?? '')
      .join(' ');

  it('a stay corrected at the summary names the new dates and the new price, and says the rest is unchanged', async () => {
    const say = call('summary-dates');
    await say('/session_start');
    await say('здравствуйте, забронируйте пожалуйста комфорт с девятого по одиннадцатое декабря');
    await say('будем вдвоём');
    await say('да, берём');
    await say('тамара ключникова');
    const first = await say('да');
    assert.match(first, /^Итак: «Комфорт» с 9 по 11 декабря, на двоих, на имя Тамары Ключниковой, [\d ]+ рублей\. Всё верно\?$/);
    // no form labels and no nights said after the dates that already say them
    assert.doesNotMatch(first, /стоимость|ноч/);
    const again = await say('ой, не с девятого, а с двенадцатого по четырнадцатое');
    assert.match(again, /^Хорошо, исправила\. Теперь с 12 по 14 декабря, это [\d ]+ рублей, остальное без изменений — верно\?$/);
    assert.doesNotMatch(again, /Ключниковой|Комфорт/);
  });

  it('a room changed at the summary names the room and its price; a party changed at the same price, the party alone', async () => {
    const say = call('summary-room');
    await say('/session_start');
    await say('мне номер на третье декабря на одну ночь');
    await say('я одна');
    await say('стандарт');
    await say('ульяна горбунова');
    // one night is said as people say it
    assert.match(await say('да'), /^Итак: «Стандарт» с 3 на 4 декабря, один взрослый, на имя Ульяны Горбуновой, /);
    assert.match(
      await say('нет, давайте всё-таки комфорт'),
      /^Хорошо, исправила\. Теперь номер «Комфорт», это [\d ]+ рублей, остальное без изменений — верно\?$/,
    );
    const party = call('summary-party');
    await party('/session_start');
    await party('хочу номер с пятого по седьмое декабря');
    await party('нас двое');
    await party('комфорт');
    await party('роман лисицын');
    await party('да');
    assert.equal(await party('ой нет, нас будет трое'), 'Хорошо, исправила. Теперь на троих, остальное без изменений — верно?');
  });

  for (const [i, ask] of ['зачитайте, пожалуйста, всё полностью', 'повторите ещё раз', 'прочтите мне всё целиком'].entries()) {
    it(`«${ask}» after the fix alone reads the whole summary, and the answer to it books`, async () => {
      const say = call(`summary-whole-${i}`);
      await say('/session_start');
      await say('добрый вечер, хочу номер с десятого по двенадцатое декабря');
      await say('нас будет двое');
      await say('стандарт');
      await say('вадим осокин');
      await say('да');
      assert.match(await say('нет, фамилия осинин'), /^Хорошо, исправила\. Теперь на имя Вадима Осинина, остальное без изменений — верно\?$/);
      const whole = await say(ask);
      assert.match(whole, /^Ещё раз всё: «Стандарт» с 10 по 12 декабря, на двоих, на имя Вадима Осинина, [\d ]+ рублей — всё верно\?$/);
      assert.match(await say('да, верно'), /^Готово, номер забронирован/);
    });
  }
});
