// Know kinds 11, 10, 5 and 14: every aspect of one service asked in one turn is answered (how many it takes, whether to
// book ahead, the price, the hours); a service asked for a length of time gets the price per unit times the length and
// is no booking of a stay; a pet with its weight or size asked about a room is the pet rule, not a booking.
// Sentences written for these tests (recogniser style).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { lengthAsked } from '../../../src/understanding/knowledge/service-duration.ts';
import { commands } from '../nlu/fixture.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) });
const figure = (text: string, re: RegExp) => Number(re.exec(text)![1]!.replace(/\s/g, ''));
const saunaHour = figure(hotel.services['sauna']!, /(\d[\d\s]*) рублей в час/);
const saunaPeople = /до (\d+) человек/.exec(hotel.services['sauna']!)![1]!;
const parkingDay = figure(hotel.services['parking']!, /(\d[\d\s]*) рублей в сутки/);
const rub = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} рублей`;

test('11: how many a service takes and whether to book it, asked together, are both answered', async () => {
  for (const q of [
    'на скольких человек рассчитана сауна и записываться заранее надо',
    'а в баню сколько народу пускают и нужна ли запись',
    'сауна вчетвером можно и по записи или просто так приходить',
  ]) {
    const a = await ask(q);
    assert.deepEqual(a.sources, ['sauna'], q);
    assert.ok(a.text.includes(`до ${saunaPeople} человек`) && /запис/.test(a.text), `${q}: ${a.text}`);
  }
  // the hours and the condition
  const hours = await ask('сауна во сколько открывается и записываться надо');
  assert.ok(/\d{1,2}:\d{2}/.test(hours.text) && /запис/.test(hours.text), hours.text);
});

test('11: whether to book ahead a service whose data does not say is not guessed', async () => {
  const a = await ask('спортзал нужно заранее бронировать');
  assert.match(a.text, /точно не скажу/);
  assert.doesNotMatch(a.text, /^Да/);
});

test('5, 10: a service priced per hour or per day asked for a length: the price times the length', async () => {
  assert.equal(lengthAsked('сауна на три часа', 'hour'), 3);
  assert.equal(lengthAsked('баньку часа на два', 'hour'), 2);
  assert.equal(lengthAsked('парковка на трое суток', 'day'), 3);
  assert.equal(lengthAsked('парковка на три дня', 'hour'), null);
  assert.equal(lengthAsked('сколько стоит сауна в час', 'hour'), null);
  const sauna = await ask('а если сауну взять на три часа во сколько обойдётся');
  assert.ok(sauna.text.includes(rub(saunaHour * 3)) && sauna.text.includes(`до ${saunaPeople} человек`), sauna.text);
  const parking = await ask('машина будет дней пять парковку заранее бронировать или так');
  assert.ok(parking.text.includes(rub(parkingDay * 5)) && /заранее/.test(parking.text), parking.text);
});

test('10: a service for a length of time is a question, not the dates of a stay', async () => {
  for (const q of ['парковка нужна суток на четыре её бронировать заранее', 'нам бы сауну часа на два это сколько будет'])
    assert.deepEqual(await commands(q), [{ command: 'knowledge' }], q);
  // a room for a length of time is a booking
  assert.ok((await commands('хочу номер на три дня и парковку')).some((c) => c.command === 'start flow'));
});

test('14: a pet with its weight asked about a room is the pet rule, refused clearly over the limit', async () => {
  const limit = /до (\d+) кг/.exec(hotel.policies['pets']!)![1]!;
  for (const q of ['у нас бульдог килограмм пятнадцать в комфорт возьмёте', 'с биглем одиннадцать кило в стандарт пустите']) {
    assert.deepEqual(await commands(q), [{ command: 'knowledge' }], q);
    const a = await ask(q);
    assert.match(a.text, /^К сожалению, нет/);
    assert.ok(a.text.includes(`${limit} кг`) && a.text.includes('Стандарт'), a.text);
  }
  // under the limit in a room that takes no pets: the rooms that do
  assert.deepEqual(await commands('мы вдвоём и мопс пять кило в семейный можно'), [{ command: 'knowledge' }]);
  assert.match((await ask('мы вдвоём и мопс пять кило в семейный можно')).text, /«Семейный».*нельзя/);
});
