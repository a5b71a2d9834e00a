// Tester kind (session 8, §5): a price quote says only what the caller gave. No party is named when none was said
// (the price is per room, the room's limit follows it), «в выходные» asks what a weekend night costs, not a stay on a
// weekend the caller never named, and the coming weekend taken for «на выходные» is said to be that. Own sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string, history: string[] = []) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) }, { history });
const PARTY = /на (?:двоих|троих|четверых)|для (?:двух|трёх)|взрослых/;

test('a price for dates with no party said names none, and says the room’s limit', async () => {
  for (const q of ['ээ почем семейный с девятого по одиннадцатое декабря', 'сколько будет стоить комфорт со второго по четвертое декабря']) {
    const a = await ask(q);
    assert.deepEqual(a.sources, ['quote'], q);
    assert.doesNotMatch(a.text, PARTY, q);
    assert.match(a.text, /цена за номер до \d гостей/, q);
  }
  // a party said is said back when it has children, and never replaced by the room's size
  const kids = await ask('сколько стоит семейный с девятого по одиннадцатое декабря двое взрослых и ребенок семи лет');
  assert.match(kids.text, /для двух взрослых и ребёнка/);
  assert.doesNotMatch(kids.text, /цена за номер/);
});

test('«в выходные» after a room’s price is the price of a weekend night, with no dates made up', async () => {
  const a = await ask('а в выходные', ['сколько стоит стандарт', 'ну а семейный']);
  assert.match(a.text, /«Семейный» в выходные — 12 900 рублей за ночь/);
  assert.doesNotMatch(a.text, /ноября|декабря|на четверых/);
  const b = await ask('а по чем люкс в выходные дни');
  assert.match(b.text, /«Люкс» в выходные — 18 000 рублей за ночь/);
});

test('the coming weekend taken for «на выходные» is said to be the coming one; a weekend named is not', async () => {
  const coming = await ask('почем стандарт на выходные');
  assert.match(coming.text, /на ближайшие выходные, с 27 по 29 ноября/);
  const next = await ask('сколько комфорт на следующие выходные');
  assert.doesNotMatch(next.text, /ближайшие/);
  assert.match(next.text, /с 4 по 6 декабря/);
});
