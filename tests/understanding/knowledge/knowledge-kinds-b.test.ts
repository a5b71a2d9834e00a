// Issue 12, knowledge kinds B1–B6: the hotel's own name, the aspect word that decides between arriving and leaving,
// when to pay against how, a thing to borrow against a contact, the nearest station as the way here, and a follow-up
// that changes the day of a price. Sentences written for these tests (recogniser style), figures from data/hotel.yml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import type { Quote, RoomAvailability } from '../../../src/hotel/types.ts';
import { hotelChecked } from '../../../src/understanding/knowledge/hotel-name.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { PricesOnlyPms } from '../../helpers/prices-only-pms.ts';

const hotel = loadHotel('data/hotel.yml');
// these questions name no dates: the hotel system is never asked
class NoDatesPms extends PricesOnlyPms {
  quote(): never {
    throw new Error('no quote expected');
  }
  availability(): never {
    throw new Error('no availability expected');
  }
}
const ask = (q: string) => answerQuestion(q, { now: () => new Date('2026-11-24T12:00:00+03:00'), hotel, pms: new NoDatesPms() });
const fact = async (q: string) => (await ask(q)).sources;
const text = async (q: string) => (await ask(q)).text;

test('B2: «расчётный час» beside arriving asks the hour of arriving; alone it is the check-out', async () => {
  for (const q of ['а расчётное время заселения какое', 'ну расчётный час по въезду во сколько', 'расчетный час когда заезжать можно']) {
    assert.deepEqual(await fact(q), ['check_in_time'], q);
  }
  for (const q of ['расчетный час у вас какой', 'расчетное время выезда']) assert.deepEqual(await fact(q), ['check_out_time'], q);
  // an hour named with no verb asks for the hour: no «Да,» before it
  assert.match(await text('расчётный час заезда'), /^Заезд с 14:00/);
  assert.match(await text('время выезда'), /^Выезд до 12:00/);
});

test('B3: when to pay is the moment of payment, how to pay the ways', async () => {
  for (const q of [
    'а оплата когда',
    'платить когда надо',
    'в какой момент вносится оплата',
    'ээ оплачивать проживание когда',
    'расплачиваемся когда сразу или при выезде',
  ]) {
    assert.deepEqual(await fact(q), ['prepayment'], q);
  }
  for (const q of ['как можно расплатиться', 'чем оплачивать']) assert.deepEqual(await fact(q), ['payment_methods'], q);
  // a card named with no brand is a way of the list: a yes
  assert.match(await text('а карточкой заплатить можно'), /^Да, оплатить можно банковскими картами/);
});

test('B5: the nearest station or airport is asked of the way here, not of the transfer', async () => {
  for (const q of ['а какой вокзал от вас ближе', 'ближайший к вам вокзал это какой', 'вокзал какой к вам ближайший', 'от какого аэропорта к вам удобнее']) {
    const sources = await fact(q);
    assert.ok(sources.includes('directions') && !sources.includes('transfer'), `${q}: ${sources}`);
  }
  // the car from the station is still the transfer
  assert.deepEqual(await fact('а с вокзала трансфер почём'), ['transfer']);
});

// Prices per night from the hotel data (Fri/Sat nights are weekend nights); the stays asked are recorded.
class PricePms extends PricesOnlyPms {
  readonly stays: string[] = [];
  async quote(stay: { room_type: string; check_in: string; check_out: string }): Promise<Quote> {
    this.stays.push(`${stay.check_in}..${stay.check_out}`);
    const room = hotel.room_types.find((r) => r.code === stay.room_type)!;
    const nights = [];
    for (let d = new Date(`${stay.check_in}T00:00:00Z`); d < new Date(`${stay.check_out}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
      const weekend = d.getUTCDay() === 5 || d.getUTCDay() === 6;
      nights.push({ date: d.toISOString().slice(0, 10), weekend, price: weekend ? room.price_weekend : room.price_weekday });
    }
    return { ...stay, nights, total_price: nights.reduce((a, n) => a + n.price, 0), currency: 'RUB' };
  }
  async availability(): Promise<RoomAvailability[]> {
    return [];
  }
}

/** The caller's messages one after another, each answered with the ones before as its history. */
async function conversation(...said: string[]): Promise<{ texts: string[]; stays: string[] }> {
  const pms = new PricePms();
  const texts: string[] = [];
  for (const [i, q] of said.entries()) {
    const a = await answerQuestion(q, { now: () => new Date('2026-11-24T12:00:00+03:00'), hotel, pms }, { history: said.slice(0, i) });
    texts.push(a.text);
  }
  return { texts, stays: pms.stays };
}

test('B6: a follow-up naming another day asks the same question for that day, not a stay up to it', async () => {
  // 24 November 2026 is a Tuesday: «в четверг» is the 26th, «в пятницу» the 27th
  const week = await conversation('почём комфорт на четверг', 'а в пятницу', 'ну а на воскресенье');
  assert.deepEqual(week.stays, ['2026-11-26..2026-11-27', '2026-11-27..2026-11-28', '2026-11-29..2026-11-30']);
  assert.match(week.texts[1]!, /9 900 рублей за 1 ночь/);
  const dates = await conversation('сколько будет стоить люкс с седьмого по девятое декабря', 'а с четырнадцатого по шестнадцатое');
  assert.deepEqual(dates.stays, ['2026-12-07..2026-12-09', '2026-12-14..2026-12-16']);
  const month = await conversation('стандарт на третье января сколько', 'а на десятое января');
  assert.deepEqual(month.stays, ['2027-01-03..2027-01-04', '2027-01-10..2027-01-11']);
  // the hours of another day
  const breakfast = await conversation('в воскресенье завтрак со скольки', 'а в четверг');
  assert.match(breakfast.texts[1]!, /7:00 до 11:00/);
  assert.doesNotMatch(breakfast.texts[1]!, /8:00/);
});

test('B6: a follow-up naming another party replaces the party, after another follow-up too', async () => {
  const party = await conversation('стандарт на двоих в четверг сколько', 'а в пятницу', 'а если на четверых');
  assert.deepEqual(party.stays.slice(0, 2), ['2026-11-26..2026-11-27', '2026-11-27..2026-11-28']);
  // the party said now, against the room's limit (the wording is the capacity answer's)
  assert.match(party.texts[2]!, /2 гостей/);
  assert.match(party.texts[2]!, /четвер|на 4/);
});

test("B4: a thing for the guest's own phone is no question about the hotel's phone number", async () => {
  for (const q of ['ээ а зарядник для телефона у вас можно попросить', 'провод от телефона дадите на время', 'у меня телефон разрядился зарядка найдётся']) {
    assert.deepEqual(await fact(q), ['none'], q);
  }
  // the hotel's number is still the phone fact
  for (const q of ['а по какому телефону вам звонить', 'номер телефона ресепшена продиктуйте']) assert.deepEqual(await fact(q), ['phone'], q);
});

test("B1: the hotel's own name, from hotel.yml", async () => {
  for (const q of ['а гостиница у вас как называется', 'скажите название вашего отеля', 'ну а вы как называетесь']) {
    assert.deepEqual(await fact(q), ['hotel_name'], q);
    assert.match(await text(q), /«Невский берег»/);
  }
  // the name of something else is that thing's
  assert.deepEqual(await fact('ресторан у вас как называется'), ['restaurant']);
  assert.deepEqual(await fact('а как называется кафе в вашей гостинице'), ['restaurant']);
});

test('B1: a hotel the caller names is this one or another', () => {
  assert.equal(hotelChecked('алло это отель невский берег', hotel), 'ours');
  assert.equal(hotelChecked('я туда звоню в невский', hotel), 'ours');
  assert.equal(hotelChecked('это гостиница октябрьская', hotel), 'other');
  for (const q of ['это гостиница', 'это гостиница да', 'а это отель или хостел']) assert.equal(hotelChecked(q, hotel), null, q);
});
