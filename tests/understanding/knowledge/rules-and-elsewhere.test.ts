// Issue 12 (session 7, knowledge kinds 4–5): a request over a rule hears the rule in its own words and the room that
// takes the party; a pet asked again for another room keeps the pet rule; the contact of a place that is not the
// hotel is not answered with the hotel's way here or its number.
// Sentences written for these tests (recogniser style); facts from data/hotel.yml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string, history: string[] = []) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, { standard: 2, comfort: 2 }) }, { history });

test('an extra bed asked for a party over the room: the rule, then the room that takes them', async () => {
  const suite = await ask('в люкс можно ещё кроватку раскладную мы будем втроём');
  assert.deepEqual(suite.sources, ['extra_bed', 'capacity']);
  assert.match(suite.text, /^Нет, дополнительная кровать не предоставляется\./);
  assert.match(suite.text, /«Люкс» — до 2 гостей/);
  assert.match(suite.text, /подойдёт «Комфорт»/);
  // with no room named: the rooms for the party
  const any = await ask('а раскладушку поставите нас трое будет');
  assert.match(any.text, /не предоставляется/);
  assert.match(any.text, /«Комфорт»/);
});

test('a party over the largest room hears that no one room takes it, once', async () => {
  const six = await ask('в семейный номер вшестером разместимся');
  assert.match(six.text, /^Нет, одного номера на 6 человек нет/);
  assert.equal(six.text.match(/«Семейный»/g)?.length, 1);
});

test('a pet asked again for another room, with a pronoun and a verb of letting in, keeps the pet rule', async () => {
  const suite = await ask('а в люкс её пустите', ['с маленькой собачкой к вам можно']);
  assert.deepEqual(suite.sources, ['pets']);
  assert.match(suite.text, /^Нет, в номер «Люкс» с питомцем нельзя/);
});

test('the phone or address of another place is not the hotel’s', async () => {
  for (const q of ['подскажите номер телефона вокзала московского', 'а у пулково какой телефон справочной', 'какой адрес у русского музея']) {
    const a = await ask(q);
    assert.deepEqual(a.sources, ['none'], q);
    assert.match(a.text, /не об отеле/, q);
    assert.doesNotMatch(a.text, /555-01-48|Фонтанки, дом 48|минут/, q);
  }
});

test('the hotel’s own contacts and services are still answered', async () => {
  assert.deepEqual((await ask('какой номер телефона у вашего администратора')).sources, ['phone']);
  assert.deepEqual((await ask('продиктуйте адрес гостиницы')).sources, ['address']);
  assert.match((await ask('а телефон ресторана вашего есть')).text, /555-01-48/);
});
