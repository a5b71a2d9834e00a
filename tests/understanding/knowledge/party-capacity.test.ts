// Prices and free rooms for a party with children (tester kind 2): a child of three or more counts toward a room by
// the hotel's rule, so two adults with a school-age child are never offered a room for two; a party that grows after
// a price hears the room's limit and the room that fits. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import type { Quote, RoomAvailability } from '../../../src/hotel/types.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { quoteStay } from '../../../src/hotel/rules.ts';
import { PricesOnlyPms } from '../../helpers/prices-only-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');

// every room type free, priced by the hotel's rules; it does not filter by party, so the answer has to
class AllFreePms extends PricesOnlyPms {
  async quote(stay: { room_type: string; check_in: string; check_out: string }): Promise<Quote> {
    return quoteStay(hotel, hotel.room_types.find((r) => r.code === stay.room_type)!, stay.check_in, stay.check_out);
  }
  async availability(q: { check_in: string; check_out: string; room_type?: string }): Promise<RoomAvailability[]> {
    const out: RoomAvailability[] = [];
    for (const r of hotel.room_types.filter((x) => !q.room_type || x.code === q.room_type)) {
      const quote = await this.quote({ room_type: r.code, ...q });
      out.push({ room_type: r.code, available: 1, per_night: quote.nights.map((n) => ({ date: n.date, available: 1 })), total_price: quote.total_price });
    }
    return out;
  }
}

const ask = async (q: string, history: string[] = []) => (await answerQuestion(q, { now, hotel, pms: new AllFreePms() }, { history })).text;

test('free rooms for two adults and a child of school age: the cheapest room for three, said for whom', async () => {
  const said = await ask('подскажите есть свободное с третьего по шестое января на нас с мужем и сына девяти лет');
  assert.match(said, /для двух взрослых и ребёнка свободен «Комфорт»/);
  assert.doesNotMatch(said, /«Стандарт»/);
  // a baby under three sleeps in a free cot: the room for two fits
  assert.match(await ask('свободно ли что-нибудь с третьего по шестое января для двоих взрослых с малышом восьми месяцев'), /свободен «Стандарт»/);
});

test('a room for two asked for a party of three, children included: its limit and the room that fits', async () => {
  const said = await ask('почём люкс с восьмого по десятое декабря нам двоим и дочке одиннадцать лет');
  assert.match(said, /«Люкс» можно разместить не больше 2 гостей, а вас трое/);
  assert.match(said, /свободен «Комфорт» — \d[\d\s]* рублей/);
});

test('the party grown after a price: the room priced before is checked for it', async () => {
  const said = await ask('а если поедем вчетвером', ['сколько будет стандарт с седьмого по девятое декабря']);
  assert.match(said, /«Стандарт» можно разместить не больше 2 гостей, а вас четверо/);
  assert.match(said, /«Семейный»/);
});

test('a child’s age said about the rule for children is answered for that age', async () => {
  assert.match(
    await ask('а сыночку шесть лет', ['а с детьми к вам можно']),
    /Ребёнку 6 лет — он считается гостем номера, как взрослый\. Бесплатно, в детской кроватке, размещаются только дети до 3 лет\./,
  );
  assert.match(await ask('ей год и два месяца', ['у нас будет малышка']), /до 3 лет размещается бесплатно в детской кроватке/);
  assert.match(await ask('а детям девять и один'), /дети до 3 лет размещаются бесплатно[^.]*в число гостей не входят, остальные считаются гостями/);
  // a cot asked about is the cot's fact, a stay priced for a party is a price
  assert.doesNotMatch(await ask('ему год кроватку дадите'), /учитывается/);
});

test('the party grown by a person named after a price or free rooms: the same question for the party now', async () => {
  const after = ['почём комфорт с девятого по одиннадцатое декабря нам двоим'];
  assert.match(await ask('а если ещё мама с нами поедет', after), /«Комфорт»[^.]*для трёх взрослых|свободен «Комфорт»|«Комфорт» с 9 по 11 декабря/);
  const four = ['есть что-нибудь свободное с девятого по одиннадцатое декабря для четверых'];
  assert.match(await ask('а если ещё друг присоединится', four), /Самый вместительный номер у нас — «Семейный», до 4 гостей; для пятерых/);
  assert.match(
    await ask('а если ещё и дочка девяти лет', ['свободно что-то с девятого по одиннадцатое декабря на двоих']),
    /для двух взрослых и ребёнка свободен «Комфорт»/,
  );
});

test('children allowed or free: the rule for children, never a «Нет» before it', async () => {
  const allowed = await ask('с ребёнком к вам можно');
  assert.match(allowed, /^Да, с детьми можно\. Дети до 3 лет размещаются бесплатно/);
  const free = await ask('за детей доплата есть');
  assert.match(free, /^Дети до 3 лет размещаются бесплатно[^.]*остальные гости учитываются/);
});

test('a price for dates with a child in the party is the price for that party, not the rule for children', async () => {
  const said = await ask('почём номер на субботу и воскресенье нам с женой и дочке семь лет');
  assert.match(said, /для двух взрослых и ребёнка свободен «Комфорт» — \d[\d\s]* рублей/);
});
