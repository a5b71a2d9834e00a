// Questions with a shape of their own (issue 12, kinds 6 and 7): capacity, advice for a party, a pet's size,
// how to get here, a price with dates assumed for two adults, and follow-ups on the stay just priced.
// Every sentence is written for this test; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import type { Pms, Quote, RoomAvailability } from '../../../src/hotel/types.ts';
import { PricesOnlyPms } from '../../helpers/prices-only-pms.ts';
import { answerQuestion, type KnownStay } from '../../../src/understanding/knowledge/index.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');

// Prices per night from the hotel data (Fri/Sat nights are weekend nights); every type has free rooms.
class PricePms extends PricesOnlyPms {
  readonly calls: string[] = [];
  async quote(stay: { room_type: string; check_in: string; check_out: string }): Promise<Quote> {
    this.calls.push(`quote ${stay.room_type} ${stay.check_in} ${stay.check_out}`);
    const room = hotel.room_types.find((r) => r.code === stay.room_type)!;
    const nights = [];
    for (let d = new Date(`${stay.check_in}T00:00:00Z`); d < new Date(`${stay.check_out}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
      const weekend = d.getUTCDay() === 5 || d.getUTCDay() === 6;
      nights.push({ date: d.toISOString().slice(0, 10), weekend, price: weekend ? room.price_weekend : room.price_weekday });
    }
    return { ...stay, nights, total_price: nights.reduce((a, n) => a + n.price, 0), currency: 'RUB' };
  }
  async availability(q: { check_in: string; check_out: string }): Promise<RoomAvailability[]> {
    const out: RoomAvailability[] = [];
    for (const r of hotel.room_types) {
      const quote = await this.quote({ room_type: r.code, check_in: q.check_in, check_out: q.check_out });
      out.push({ room_type: r.code, available: 1, per_night: quote.nights.map((n) => ({ date: n.date, available: 1 })), total_price: quote.total_price });
    }
    return out;
  }
}

const ask = (q: string, known: KnownStay = {}, pms: Pms = new PricePms()) => answerQuestion(q, { now, hotel, pms }, known);

test('capacity of a room type: no with the room that fits, yes with the limit', async () => {
  for (const q of ['а в комфорт вчетвером поместимся', 'ну мы вчетвером в комфорте разместимся', 'комфорт на четверых человек подойдет']) {
    const a = (await ask(q)).text;
    assert.match(a, /^Нет, номер «Комфорт» — до 3 гостей\./, q);
    assert.match(a, /«Семейный»/, q);
  }
  assert.match((await ask('в стандарт втроем можно')).text, /^Нет.*«Комфорт»/);
  assert.match((await ask('а в люкс вдвоем поместимся')).text, /^Да/);
  assert.match((await ask('нас шестеро влезем в семейный')).text, /^Нет.*два номера/);
});

test('advice for a party names the rooms it fits in, or says one room is not enough', async () => {
  assert.match((await ask('что посоветуете для семьи из пяти человек')).text, /Одного номера на 5 человек нет.*«Семейный», до 4 гостей/);
  assert.match((await ask('нас четверо какой номер лучше взять')).text, /советую номер «Семейный»/);
  assert.match((await ask('мы втроем что порекомендуете')).text, /«Комфорт»/);
});

test('a pet: the weight limit decides, the room types that allow pets are named', async () => {
  for (const q of ['у нас овчарка большая', 'собака килограмм двадцать пять можно с ней', 'у меня лабрадор его можно взять']) {
    const a = (await ask(q)).text;
    assert.match(a, /^К сожалению, нет.*8 кг.*«Стандарт» и «Комфорт»/, q);
  }
  assert.match((await ask('кошка небольшая четыре кило')).text, /^Да, можно.*2000/);
  // the room already chosen does not take pets
  assert.match((await ask('мы с маленькой собачкой', { room_type: 'family' })).text, /«Семейный» с питомцем нельзя.*«Стандарт» и «Комфорт»/);
});

test('how to get here is the directions and the address, never the transfer price', async () => {
  for (const q of ['как от финляндского вокзала до вас добраться', 'как вас найти']) {
    const a = await ask(q);
    assert.deepEqual(a.sources, ['directions', 'address'], q);
    assert.match(a.text, /пешком.*Фонтанки, дом 48/, q);
  }
  // the way asked about alone: the metro, not the airport and the address as well
  for (const q of ['от метро далеко идти', 'а какое метро ближайшее']) {
    const a = await ask(q);
    assert.deepEqual(a.sources, ['directions'], q);
    // «далеко?» is answered first: a short walk is «недалеко» (round 1, Q2)
    assert.equal(a.text, `${q.includes('далеко') ? 'Нет, недалеко: до' : 'До'} нас 7 минут пешком от станции метро «Гостиный двор».`, q);
  }
  assert.match((await ask('сколько стоит трансфер с вокзала')).text, /1200/);
});

test('a price with dates is quoted for two, and says so as an assumption', async () => {
  for (const [q, total] of [
    ['почем люкс с восьмого по десятое декабря', '32 000'],
    ['а стандарт с 1 по 3 декабря сколько будет', '13 000'],
  ] as const) {
    const a = await ask(q);
    assert.match(a.text, new RegExp(`^Номер «[^»]+» с \\d+ по \\d+ декабря — ${total} рублей за 2 ночи`), q);
  }
  // a party said is not overridden, and one that does not fit is told so
  assert.doesNotMatch((await ask('сколько стоит комфорт с 1 по 3 декабря на троих', {})).text, /двух взрослых|Если вас|на троих с/);
  assert.match((await ask('сколько стоит стандарт с 1 по 3 декабря на четверых')).text, /не больше 2 гостей, а вас четверо/);
});

test('«а за две ночи?» and «а итого?» price the room and stay just asked about', async () => {
  const history = ['здравствуйте почем комфорт с десятого по тринадцатое декабря'];
  const pms = new PricePms();
  const two = await ask('а за две ночи сколько выйдет', { history }, pms);
  assert.match(two.text, /«Комфорт»(?: на троих)? с 10 по 12 декабря.* — 18 800 рублей за 2 ночи/);
  const all = await ask('а всего за все три ночи сколько', { history }, pms);
  assert.match(all.text, /«Комфорт»(?: на троих)? с 10 по 13 декабря.* — 28 700 рублей за 3 ночи/);
  // 11 December is a Friday: a weekend night
  // a different room for the same stay
  assert.match((await ask('а люкс за две ночи сколько', { history })).text, /«Люкс»(?: на двоих)? с 10 по 12 декабря/);
});

test('a baby under 3 does not count toward the room, and the answer says why', async () => {
  assert.match((await ask('а в люкс вдвоем с ребенком двух лет поместимся')).text, /^Да.*до 3 лет/);
  assert.deepEqual((await ask('а до метро сколько идти')).sources, ['directions']);
});
