// Issue 12 (session 7, knowledge kinds 1–3): the question clause decides the topic over the caller's story; a short
// follow-up keeps the topic just answered and applies the day, room or party said now; a service asked for several of
// its figures (hours, price, how many it takes) answers all of them, also when the second question only points back.
// Sentences written for these tests (recogniser style); facts from data/hotel.yml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string, history: string[] = []) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, { standard: 2, comfort: 2 }) }, { history });

test('a story told before the question brings circumstances, not the topic', async () => {
  // a meal, a station, a dog or a car in the story does not answer the question asked after it
  const checkIn = await ask('здравствуйте мы прилетаем ближе к обеду числа десятого подскажите со скольки у вас заезд');
  assert.deepEqual(checkIn.sources, ['check_in_time']);
  assert.match(checkIn.text, /14:00/);
  assert.deepEqual((await ask('я приеду поездом на московский вокзал а выехать до скольки надо')).sources, ['check_out_time']);
  assert.deepEqual((await ask('мы приедем к ужину часов в восемь у вас парковка есть')).sources, ['parking']);
  assert.deepEqual((await ask('мы едем на машине с собачкой с какого времени можно заселяться')).sources, ['check_in_time']);
});

test('a story that is the question stays: a case asked with «если», a pronoun back to it, a question of its own', async () => {
  // «если опоздаю…» is the case asked about; «её» stands for the car of the story
  assert.deepEqual((await ask('если я опоздаю на день и совсем не приеду деньги вернёте')).sources, ['cancellation']);
  assert.deepEqual((await ask('мы приедем на машине куда её поставить')).sources, ['parking']);
  assert.deepEqual((await ask('мы хотим поужинать в ресторане до скольки он работает')).sources, ['restaurant']);
});

test('a follow-up with a day and a pronoun keeps the topic and takes the day', async () => {
  const weekend = await ask('а в воскресенье во сколько он начинается', ['когда у вас завтрак']);
  assert.deepEqual(weekend.sources, ['breakfast']);
  assert.match(weekend.text, /8:00/);
  assert.doesNotMatch(weekend.text, /7:00/);
});

test('a follow-up naming another room keeps the pet question', async () => {
  const family = await ask('а в семейный его можно', ['с котом к вам в стандарт можно']);
  assert.deepEqual(family.sources, ['pets']);
  assert.match(family.text, /^Нет,/);
});

test('a party said in a follow-up about a service is set against the service’s limit', async () => {
  const transfer = await ask('а нас шестеро он сколько будет', ['трансфер из пулково почём']);
  assert.deepEqual(transfer.sources, ['transfer']);
  assert.match(transfer.text, /до 3 пассажиров, а вас 6/);
});

test('hours and how many people of a service, asked together, are both said', async () => {
  const both = await ask('а до скольки она открыта и на сколько человек она', ['в отеле сауна есть']);
  assert.deepEqual(both.sources, ['sauna']);
  assert.match(both.text, /23:00/);
  assert.match(both.text, /до 4 человек/);
  const priceAndPeople = await ask('почём она и скольких туда пускают', ['сауна у вас имеется']);
  assert.match(priceAndPeople.text, /2500/);
  assert.match(priceAndPeople.text, /до 4 человек/);
});

test('a second question that only points back asks about the service named in the first', async () => {
  const gym = await ask('спортзал у вас имеется и сколько он стоит');
  assert.deepEqual(gym.sources, ['gym']);
  assert.match(gym.text, /^Да,/);
  assert.match(gym.text, /бесплатно/);
  const sauna = await ask('сауна с какого часа работает и почём');
  assert.match(sauna.text, /7:00/);
  assert.match(sauna.text, /2500/);
});

test('how many a service takes is its limit, not its hours', async () => {
  const seats = await ask('сколько человек влезает в машину трансфера');
  assert.match(seats.text, /до 3 пассажиров/);
  assert.doesNotMatch(seats.text, /вокзал/);
});

test('a figure asked of the place just named («туда») is that service’s, whatever its verb meets', async () => {
  const sauna = await ask('а до скольки она и сколько человек туда пускают', ['сауна в отеле имеется']);
  assert.deepEqual(sauna.sources, ['sauna']);
  assert.match(sauna.text, /до 4 человек/);
});

test('a service heard before, asked again for its hours and how many it takes, is recalled in both parts', async () => {
  const { withoutHeard } = await import('../../../src/understanding/knowledge/heard.ts');
  const heard = ['Да, сауна работает с 7:00 до 23:00. Это стоит 2500 рублей в час за компанию до 4 человек, записаться нужно заранее.'];
  const q = 'а закрывается она во сколько и сколько народу туда пускают';
  const again = withoutHeard((await ask(q, ['сауна имеется у вас'])).text, heard, q);
  assert.match(again, /23:00/);
  assert.match(again, /до 4 человек/);
});
