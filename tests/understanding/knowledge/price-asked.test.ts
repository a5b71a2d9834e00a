// Issue 12 (set H kinds H1, H2; tester kind 8): a price asked in any word order and at any distance, a room named by
// what it has (hotel.yml beds, view, area), and a stay said with arriving words or two days side by side. Sentences
// written for these tests (recogniser style); figures from data/hotel.yml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { asksPrice } from '../../../src/understanding/lang-ru/price-words.ts';
import { extractStay } from '../../../src/understanding/lang-ru/dates.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, { standard: 2, comfort: 2, family: 1, suite: 1 }) });
const price = (code: string) => {
  const r = hotel.room_types.find((x) => x.code === code)!;
  return new RegExp(`${r.price_weekday.toLocaleString('ru-RU').replace(/\s/g, '\\s')} рублей`);
};

test('H1: «сколько» and the verb of costing in one clause, in either order, however far apart', () => {
  for (const q of [
    'а сколько у вас вообще номер люкс на ночь стоит',
    'ну а стоит семейный сколько',
    'сколько в сутки стандарт выходит',
    'комфорт у вас по чём',
    'во сколько мне обойдётся у вас двухкомнатный',
  ])
    assert.ok(asksPrice(q), q);
  for (const q of ['во сколько у вас завтрак', 'сколько человек влезет в люкс', 'сколько нас будет, и стоит ли брать машину', 'сколько ночей стоит остаться'])
    assert.ok(!asksPrice(q), q);
});

test('H1: the room named between «сколько» and the verb is priced, not described', async () => {
  for (const [q, code] of [
    ['подскажите сколько у вас номер семейный будет стоить', 'family'],
    ['а люкс ваш почём вообще', 'suite'],
    ['ну и сколько комфорт за сутки выходит', 'comfort'],
  ] as const) {
    const a = await ask(q);
    assert.deepEqual(a.sources, [`room_${code}`], q);
    assert.match(a.text, price(code), q);
  }
});

test('H2: a room named by its living room, its beds or its size is that room type', async () => {
  for (const [q, code] of [
    ['а тот где есть гостиная сколько стоит', 'suite'],
    ['почём номер в сорок пять квадратов', 'suite'],
    ['сколько за ночь номер где диван стоит', 'comfort'],
  ] as const) {
    const a = await ask(q);
    assert.deepEqual(a.sources, [`room_${code}`], q);
    assert.match(a.text, price(code), q);
  }
});

test('H2: with dates, a view shared by two rooms quotes the cheapest free one that has it', async () => {
  const a = await ask('сколько будет номер с окнами на набережную с третьего по пятое декабря');
  assert.match(a.text, /«Комфорт»/);
  assert.doesNotMatch(a.text, /«Стандарт»/);
});

test('tester 8: a check-in day with a price is the stay priced, not the early check-in', async () => {
  const a = await ask('заселимся в среду на три ночи, сколько это выйдет');
  assert.deepEqual(a.sources, ['availability']);
  assert.match(a.text, /С 25 по 28 ноября/);
  // asked with «пораньше», it is the early check-in
  assert.deepEqual((await ask('сколько стоит заехать пораньше в среду')).sources, ['early_check_in']);
});

test('tester 8: two days side by side after «на» are the nights of both', () => {
  const stay = extractStay('цена на стандарт на четверг пятницу', now(), hotel.hotel.timezone);
  assert.equal(stay.check_in, '2026-11-26');
  assert.equal(stay.check_out, '2026-11-28');
  // not following each other, they are not read as nights
  assert.notEqual(extractStay('на понедельник среду', now(), hotel.hotel.timezone).check_out, '2026-12-03');
});

test('tester 8: a room wanted («нужен») with dates and «сколько» is the stay priced, not «нет информации»', async () => {
  const a = await ask('нам комната нужна на одну ночь в четверг, сколько');
  assert.deepEqual(a.sources, ['availability']);
  assert.match(a.text, /С 26 по 27 ноября/);
});
