// Tester kind (session 8, §3): a short follow-up leans on the question before it — whom it is for («а для детей»), the
// day («а в выходные») after a follow-up that asked nothing by itself, and «а какой есть на N» after a room refused.
// Sentences written for these tests (recogniser style); facts from data/hotel.yml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string, history: string[] = []) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) }, { history });

test('whom a service is for, said after it, keeps to that service', async () => {
  for (const [before, q] of [
    ['ээ завтрак у вас в цену включен', 'а для детей'],
    ['скажите завтрак входит в стоимость', 'ну а для ребенка'],
    ['а завтракать у вас можно бесплатно', 'а детям'],
  ] as const) {
    const a = await ask(q, [before]);
    assert.deepEqual(a.sources.slice(0, 1), ['breakfast'], q);
    assert.match(a.text, /включён в стоимость/, q);
  }
});

test('a service asked for a child is that service, not the rule of counting children', async () => {
  const paid = await ask('а завтрак для ребенка платный');
  assert.deepEqual(paid.sources, ['breakfast']);
  assert.match(paid.text, /^Нет, завтрак/);
  const price = await ask('ну сколько будет стоить завтрак для малыша');
  assert.deepEqual(price.sources, ['breakfast']);
  const sauna = await ask('сауна детям тоже платная');
  assert.deepEqual(sauna.sources, ['sauna']);
  assert.match(sauna.text, /2500 рублей в час/);
  // with children asked about on their own, the rule for them still answers
  assert.deepEqual((await ask('а детишки у вас бесплатно живут')).sources, ['guests_counting']);
});

test('«included in the price» answers whether something is paid', async () => {
  assert.match((await ask('за завтрак доплачивать нужно')).text, /^Нет,/);
  assert.match((await ask('завтрак бесплатный у вас')).text, /^Да,/);
});

test('a day said after a follow-up that asked nothing by itself keeps to the topic of both', async () => {
  const weekend = await ask('а в выходные', ['завтрак есть у вас', 'а во сколько он']);
  assert.deepEqual(weekend.sources, ['breakfast']);
  assert.match(weekend.text, /по выходным с 8:00 до 12:00/);
  const saturday = await ask('ну а в субботу', ['ресторан у вас есть', 'а до скольки он']);
  assert.deepEqual(saturday.sources, ['restaurant']);
});

test('«which one is there» for a party, no noun said, asks the rooms that take it', async () => {
  const three = await ask('ну ладно а какой тогда есть на троих', ['а в люкс втроем можно']);
  assert.deepEqual(three.sources, ['capacity']);
  assert.match(three.text, /«Комфорт»/);
  assert.match((await ask('а на пятерых что есть')).text, /Одного номера на 5 человек нет/);
  const four = await ask('ну а на четверых какие бывают');
  assert.match(four.text, /«Семейный»/);
  assert.doesNotMatch(four.text, /нет точной информации/);
});

test('whom a thing is for names no topic: a rule about the thing answers, a thing the facts do not know is no rule for children', async () => {
  const cot = await ask('а кроватку для малыша дадите');
  assert.deepEqual(cot.sources, ['baby_cot']);
  assert.match(cot.text, /^Да, детская кроватка/);
  assert.deepEqual((await ask('скидки для детей у вас бывают')).sources, ['none']);
  assert.deepEqual((await ask('а для ребенка кресло', ['из пулково трансфер у вас есть'])).sources, ['none']);
  // asked about children themselves, the rule for them answers
  assert.deepEqual((await ask('а детей вы в число гостей считаете')).sources, ['guests_counting']);
});

test('who comes along, said after a rule, asks the rule for them, not the rule before', async () => {
  for (const [before, q] of [
    ['а с кошкой к вам пускают', 'а с детьми можно'],
    ['ну с собачкой маленькой можно', 'а с ребенком'],
  ] as const) {
    const a = await ask(q, [before]);
    assert.deepEqual(a.sources, ['guests_counting'], q);
    assert.doesNotMatch(a.text, /питом/, q);
  }
});
