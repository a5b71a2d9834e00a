// Rooms asked by rank (issue 12, session 4: «самый дешёвый», «дороже стандарта») and facts asked in other words
// («въезжать» for «заезд», «выселяться» for «выезд»). The rooms and figures are read from data/hotel.yml here too,
// so the test holds for any prices. Every sentence is written for this test; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import type { Quote, RoomAvailability } from '../../../src/hotel/types.ts';
import { PricesOnlyPms } from '../../helpers/prices-only-pms.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { rankQuestion } from '../../../src/understanding/knowledge/ranking.ts';
import { hotelFacts } from '../../../src/understanding/knowledge/facts.ts';
import { FactIndex } from '../../../src/understanding/knowledge/search.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const byPrice = [...hotel.room_types].sort((a, b) => a.price_weekday - b.price_weekday);
const cheapest = byPrice[0]!;
const dearest = byPrice.at(-1)!;
const largest = [...hotel.room_types].sort((a, b) => (b.area_m2 ?? 0) - (a.area_m2 ?? 0))[0]!;

class NoPms extends PricesOnlyPms {
  async quote(): Promise<Quote> {
    throw new Error('no dates were asked');
  }
  async availability(): Promise<RoomAvailability[]> {
    throw new Error('no dates were asked');
  }
}
const ask = async (q: string) => (await answerQuestion(q, { now, hotel, pms: new NoPms() })).text;
const price = (n: number) => new RegExp(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '[  ]?'));

test('a superlative is answered with the room the hotel prices that way, not a room sharing a word', async () => {
  for (const q of ['а самый недорогой номер какой?', 'какая у вас комната самая бюджетная', 'скажите самый дешевый вариант и цену']) {
    const a = await ask(q);
    assert.match(a, new RegExp(`«${cheapest.name}»`), q);
    assert.match(a, price(cheapest.price_weekday), q);
  }
  for (const q of ['какой номер у вас самый дорогой', 'самый роскошный номер сколько стоит']) {
    assert.match(await ask(q), new RegExp(`«${dearest.name}».*${price(dearest.price_weekday).source}`), q);
  }
  assert.match(await ask('какая комната самая просторная'), new RegExp(`«${largest.name}»`));
});

test('a comparison lists the rooms beyond the one named, nearest first', async () => {
  const second = byPrice[1]!;
  const dearer = await ask(`есть номер подороже, чем ${cheapest.name.toLowerCase()}?`);
  assert.match(dearer, new RegExp(`^Дороже, чем «${cheapest.name}»: «${second.name}»`));
  const cheaper = await ask(`а что-нибудь дешевле ${second.name.toLowerCase()}а есть`);
  assert.match(cheaper, new RegExp(`«${cheapest.name}»`));
  assert.doesNotMatch(cheaper, new RegExp(`«${dearest.name}»`));
  assert.match(await ask(`есть ли что-то дешевле ${cheapest.name.toLowerCase()}а`), /дешевле нет/);
});

test('no rank is read where none is asked', () => {
  assert.equal(rankQuestion('больше ничего не нужно', hotel), null);
  assert.equal(rankQuestion('во сколько завтрак', hotel), null);
  assert.equal(rankQuestion('сколько стоит стандарт', hotel), null);
});

test('a fact asked with another word of its kind is found', async () => {
  const checkIn = hotel.hotel.check_in_time;
  const checkOut = hotel.hotel.check_out_time;
  for (const q of ['с которого часа можно въехать', 'когда разрешается вселяться', 'со скольки поселяете гостей'])
    assert.match(await ask(q), new RegExp(checkIn), q);
  for (const q of ['до которого часа надо выселиться', 'в какое время нужно съезжать', 'к скольки освобождать комнату'])
    assert.match(await ask(q), new RegExp(checkOut), q);
  assert.match(await ask('можно ли подымить на балконе номера'), /запрещ/);
  assert.match(await ask('где можно погладить брюки'), /прачечн/);
});

test('a word counts once per fact: a stem, its prefix and its group are one piece of evidence', () => {
  const index = new FactIndex(hotelFacts(hotel));
  const once = index.search('заезд', 1)[0]!.score;
  const twice = index.search('заезд заезд', 1)[0]!.score;
  assert.equal(once, twice);
  // a synonym group is never taken from a fact's wording: a payment question is not about arriving
  assert.notEqual(index.search('въезжать', 1)[0]?.fact.id, 'prepayment');
});

test('a fact asked with the words of another group member: the car, signing out', async () => {
  assert.match(await ask('куда можно поставить авто на ночь'), /паркинг/);
  assert.match(await ask('в котором часу надо выписываться'), new RegExp(hotel.hotel.check_out_time));
});

test('two questions in one sentence get both answers; an elliptic second one stays with the first topic', async () => {
  const both = await ask('со скольки заезд и можно ли пораньше приехать');
  assert.match(both, new RegExp(hotel.hotel.check_in_time));
  assert.match(both, /заехать пораньше/i);
  const one = await ask('есть ли сауна и почём она');
  assert.match(one, /2500/);
  assert.doesNotMatch(one, new RegExp(`«${cheapest.name}»`));
});

test('a short follow-up of attribute words keeps the topic of the question before it', async () => {
  const follow = async (before: string, q: string) => (await answerQuestion(q, { now, hotel, pms: new NoPms() }, { history: [before] })).text;
  assert.match(await follow('а сауна у вас есть', 'а на сколько человек'), /до 4 человек/);
  assert.match(await follow('есть ли парковка', 'а почём'), /900/);
  assert.match(await follow('есть ли парковка', 'а сауна есть'), /[Сс]аун/);
});
