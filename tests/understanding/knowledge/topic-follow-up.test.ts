// Issue 12 (tester kind 1): a short follow-up is read against the topic of the question before it, not by a keyword
// that also belongs to another fact («штраф» to cancellations, «платить» to the ways to pay, «заранее» to prepayment).
// Sentences written for these tests (recogniser style); facts from data/hotel.yml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const after = (before: string, q: string) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) }, { history: [before] });

test('a keyword of another fact, asked right after a topic, is that topic’s', async () => {
  const fine = await after('а в номере покурить можно', 'и штраф какой');
  assert.deepEqual(fine.sources, ['smoking']);
  assert.match(fine.text, /5000 рублей/);
  assert.deepEqual((await after('машину где оставить есть паркинг', 'а место заранее бронировать')).sources, ['parking']);
});

test('a pronoun stands for the topic before: paying for a free thing is «нет»', async () => {
  const cot = await after('кроватку для малыша дадите', 'а за неё надо доплачивать');
  assert.deepEqual(cot.sources, ['baby_cot']);
  assert.match(cot.text, /^Нет,/);
  assert.match((await after('а зал тренажёрный есть', 'он платный')).text, /^Нет,/);
});

test('a question with nothing of its own is answered from the topic before, not with «нет информации»', async () => {
  const weight = await after('а с котом к вам можно', 'а какой вес допустим');
  assert.deepEqual(weight.sources, ['pets']);
  assert.match(weight.text, /8 кг/);
});

test('the same topic asked in another aspect (when → how, how → when) is the fact the question finds', async () => {
  const how = await after('скажите а платить когда надо', 'и чем расплатиться можно');
  assert.notDeepEqual(how.sources, ['prepayment']);
  assert.match(how.text, /карт/);
});

test('a neighbouring fact named by the follow-up is that fact, not the topic before', async () => {
  const late = await after('до скольки надо освободить номер', 'а задержаться подольше можно за деньги');
  assert.deepEqual(late.sources, ['late_check_out']);
  assert.doesNotMatch(late.text, /^Да, выезд до 12/);
  assert.deepEqual((await after('картой мир у вас можно расплатиться', 'и предоплата нужна или нет')).sources, ['prepayment']);
});

test('a question naming a topic of its own is not a follow-up', async () => {
  assert.deepEqual((await after('курить у вас можно', 'а предоплату берёте')).sources, ['prepayment']);
  assert.deepEqual((await after('кроватка детская есть', 'а завтрак во сколько')).sources, ['breakfast']);
});

test('another room «на те же даты» is priced for the dates asked before', async () => {
  const a = await after('почём семейный с десятого по двенадцатое декабря', 'а стандарт на эти же числа');
  assert.deepEqual(a.sources, ['quote']);
  assert.match(a.text, /«Стандарт».*с 10 по 12 декабря/);
});

test('children said fondly are children: the rule for them, no «Нет» before it', async () => {
  for (const q of ['а за деток платить', 'ребятишки у вас живут бесплатно']) {
    const a = await answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) });
    assert.deepEqual(a.sources, ['guests_counting'], q);
    assert.doesNotMatch(a.text, /^Нет/, q);
  }
});
