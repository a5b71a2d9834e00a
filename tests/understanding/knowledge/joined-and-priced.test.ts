// Issue 12 (session 7, knowledge kinds 6–7 and the new kinds J12–J14, K3–K4): two things asked with a bare «и» or
// side by side are both answered; a room described with «этот, с видом…» is priced as the rooms with that feature; a
// rule priced as a share of the night is priced for the room named; a stay with a pet is priced with the pet fee.
// Sentences written for these tests (recogniser style); facts and prices from data/hotel.yml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string, history: string[] = []) =>
  answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, { standard: 3, comfort: 3, family: 1, suite: 1 }) }, { history });

test('two things joined by a bare «и» are both answered', async () => {
  const contacts = await ask('скажите почту вашу и телефон');
  assert.deepEqual(contacts.sources, ['email', 'phone']);
  const services = await ask('интернет у вас есть и прачечная');
  assert.deepEqual(services.sources, ['wifi', 'laundry']);
});

test('a yes/no question and a second one said right after its verb are both answered', async () => {
  const both = await ask('с кошкой заселяете парковка сколько стоит');
  assert.deepEqual(both.sources, ['pets', 'parking']);
  assert.match(both.text, /900/);
});

test('«этот, с видом…» describes the rooms priced, it points back to none', async () => {
  const view = await ask('а почём вот этот с видом на воду');
  assert.deepEqual(view.sources, ['room_comfort', 'room_suite']);
  assert.match(view.text, /8 900/);
});

test('an early check-in or late check-out asked for a room is priced as its share of that room’s night', async () => {
  const early = await ask('заехать пораньше в семейный во сколько обойдётся');
  assert.deepEqual(early.sources, ['early_check_in', 'room_family']);
  assert.match(early.text, /5 750 рублей в будни, 6 450 рублей в выходные/);
});

test('a stay priced with a pet the room takes adds the pet fee to the total', async () => {
  // Tuesday 1 and Wednesday 2 December: two weekday nights in «Стандарт»
  const stay = await ask('стандарт с первого по третье декабря и с нами кот сколько это всё');
  assert.match(stay.text, /13 000 рублей/);
  assert.match(stay.text, /2 000 рублей за всё проживание, всего 15 000 рублей/);
  // a room that takes no pets: the rule
  assert.deepEqual((await ask('семейный на выходные с собакой почём')).sources, ['pets']);
});

test('a room price and a rule asked in one breath are both answered', async () => {
  const both = await ask('почём у вас номер на двоих и можно ли с собакой');
  assert.deepEqual(both.sources, ['rooms_from', 'pets']);
  assert.match(both.text, /6 500/);
  assert.match(both.text, /8 кг/);
});

test('a view the rooms’ descriptions do not have is not answered with the view they have', async () => {
  const yard = await ask('а есть номера где окна выходят во двор');
  assert.deepEqual(yard.sources, ['none']);
  assert.match(yard.text, /во двор, в описании не сказано/);
  assert.match(yard.text, /Вид на Фонтанку — у номеров «Комфорт» и «Люкс»/);
  assert.deepEqual((await ask('номера с окнами на реку какие')).sources, ['room_comfort', 'room_suite']);
});
