// What the caller has already heard is not read out again (issue 13): a sentence heard before is dropped when the
// answer has something new, and an answer heard as a whole is recalled in the part the question asks for.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../../src/runtime/create-runtime.ts';
import { withoutHeard, withoutStayHeard } from '../../../src/understanding/knowledge/heard.ts';
import { type HotelRuntime, hotelRuntime } from '../../helpers/hotel-runtime.ts';

describe('an answer after what the caller has heard', () => {
  it('is left as it is when nothing of it was said', () => {
    const answer = 'Да, бассейн работает с 8:00 до 22:00.';
    assert.equal(withoutHeard(answer, ['Отель «Тест», здравствуйте! Чем могу помочь?'], 'бассейн есть'), answer);
    assert.equal(withoutHeard(answer, [], 'бассейн есть'), answer);
  });

  it('recalls the price part, the figure alone, when the price of something just described is asked', () => {
    const said = ['Да, есть прокат велосипедов: 400 рублей в час, шлем выдаём бесплатно.'];
    assert.equal(withoutHeard('Прокат велосипедов — 400 рублей в час, шлем выдаём бесплатно.', said, 'а почём велосипед'), '400 рублей в час.');
  });

  it('recalls a price as the figure and its unit, without what and whom it covers, said with it the first time', () => {
    const said = ['Да, прогулка на катере от нашего причала — 6000 рублей в час за катер до 6 человек.'];
    assert.equal(
      withoutHeard('Прогулка на катере от нашего причала — 6000 рублей в час за катер до 6 человек.', said, 'а по деньгам это сколько'),
      '6000 рублей в час.',
    );
    // two prices: each keeps what it is for
    const both = ['Да, катер от причала — 6000 рублей в час, лодка от причала — 2000 рублей в час.'];
    assert.equal(
      withoutHeard('Катер от причала — 6000 рублей в час, лодка от причала — 2000 рублей в час.', both, 'а по деньгам это сколько'),
      'Катер от причала — 6000 рублей в час, лодка от причала — 2000 рублей в час.',
    );
  });

  it('recalls the hours first when the question names the rest of the clause', () => {
    const said = ['Нет, бесплатно перенести дату можно до 12:00 за двое суток до заезда.'];
    assert.equal(
      withoutHeard('Бесплатно перенести дату можно до 12:00 за двое суток до заезда.', said, 'а до скольки можно перенести дату бесплатно'),
      'До 12:00 за двое суток до заезда.',
    );
    // a word the caller did not say stays: it may be the part that matters
    assert.equal(
      withoutHeard('Бесплатно перенести дату можно до 12:00 за двое суток до заезда.', said, 'до скольки можно бесплатно'),
      'Бесплатно перенести дату можно до 12:00 за двое суток до заезда.',
    );
  });

  it('recalls the hours when the hours are asked again', () => {
    const said = ['Бассейн работает с 8:00 до 22:00, 1500 рублей за посещение, по записи.'];
    assert.equal(
      withoutHeard('Бассейн работает с 8:00 до 22:00, 1500 рублей за посещение, по записи.', said, 'до скольки открыт бассейн'),
      'Бассейн работает с 8:00 до 22:00.',
    );
  });

  it('keeps «да» and recalls the clause the question names, not the subject every clause shares', () => {
    const said = ['Бар «Нева» открыт с 18:00 до 02:00, напитки в номер до 01:00.'];
    assert.equal(
      withoutHeard('Да, бар «Нева» открыт с 18:00 до 02:00, напитки в номер до 01:00.', said, 'а напитки в номер принесёте'),
      'Да, напитки в номер до 01:00.',
    );
  });

  it('drops a sentence heard before when the answer says something new, and keeps the «нет» that began it', () => {
    const said = ['Бесплатный прокат зонтов на ресепшене.'];
    assert.equal(
      withoutHeard('Нет, бесплатный прокат зонтов на ресепшене. Дождевики продаём за 300 рублей.', said, 'дождевик бесплатно дают'),
      'Нет, дождевики продаём за 300 рублей.',
    );
  });
});

describe('knowledge answers in a call', { timeout: 120_000 }, () => {
  let assistant: HotelRuntime;
  let runtime: AssembledRuntime;
  before(async () => {
    assistant = await hotelRuntime('heard');
    runtime = assistant.runtime;
  });
  after(() => assistant.close());
  const call = (sender: string) => async (text: string) =>
    (await runtime.handleMessage({ sender, text, channel: 'twilio_media_streams', metadata: {} })).map((m) => m.text ?? '').join('\n');

  it('a follow-up about a fact just said in full hears the part asked, not the whole fact again', async () => {
    const say = call('heard-1');
    await say('/session_start');
    const first = await say('подскажите а прачечная у вас есть');
    assert.match(first, /прачечная/);
    const again = await say('а до скольки можно сдать вещи в стирку');
    assert.match(again, /^[^,]*10:00/);
    assert.doesNotMatch(again, /говорила/);
    assert.ok(again.split(/\s+/).length < first.split(/\s+/).length, again);
  });

  it('a fine asked after the rule was said is recalled in one clause', async () => {
    const say = call('heard-2');
    await say('/session_start');
    assert.match(await say('в номере покурить можно'), /штраф 5000 рублей/);
    assert.equal(await say('а какой штраф за курение'), 'Штраф 5000 рублей.');
  });
});

describe('the dates just said', () => {
  it('are not said again with the next price for the same stay; other dates are news and stay', () => {
    const last = 'Да, с 3 по 5 февраля свободен «Стандарт» — 12 000 рублей за 2 ночи. Хотите забронировать?';
    assert.equal(
      withoutStayHeard('Номер «Комфорт» на троих с 3 по 5 февраля — 18 000 рублей за 2 ночи.', last),
      'Номер «Комфорт» на троих — 18 000 рублей за 2 ночи.',
    );
    assert.equal(withoutStayHeard('С 3 по 5 февраля свободен и «Семейный».', last), 'Свободен и «Семейный».');
    assert.equal(withoutStayHeard('С 4 по 6 февраля свободен «Люкс».', last), 'С 4 по 6 февраля свободен «Люкс».');
  });
});
