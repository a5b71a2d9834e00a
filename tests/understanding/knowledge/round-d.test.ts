// Question kinds of issue 12 (helper round d): a car sent from the station, a reply that says a sentence once.
// Every sentence is written for this test; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { withoutRepeats } from '../../../src/understanding/knowledge/answer.ts';
import { PricesOnlyPms } from '../../helpers/prices-only-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
// facts only: no question here reaches the hotel system
class NoPms extends PricesOnlyPms {
  quote(): never {
    throw new Error('no quote expected');
  }
  availability(): never {
    throw new Error('no availability expected');
  }
}
const ask = (q: string) => answerQuestion(q, { now, hotel, pms: new NoPms() });

test('a car or a meeting at the airport or the station is the transfer, travelling by car is the way here', async () => {
  for (const q of ['а машину из аэропорта можете прислать', 'машинка с вокзала будет', 'нас встретят в пулково?', 'могли бы нас забрать с вокзала']) {
    const a = await ask(q);
    assert.deepEqual(a.sources, ['transfer'], q);
  }
  for (const q of ['сколько ехать на машине от аэропорта', 'как добраться до вас из аэропорта']) {
    const a = await ask(q);
    assert.ok(!a.sources.includes('transfer'), `${q}: ${a.text}`);
  }
});

test('a reply says each sentence once, a «Да» before it or not', () => {
  assert.equal(withoutRepeats('Заезд с 14:00. Ранний заезд с 10:00. Да, ранний заезд с 10:00.'), 'Заезд с 14:00. Ранний заезд с 10:00.');
  assert.equal(withoutRepeats('Сауна до 23:00. Ресторан до 23:00.'), 'Сауна до 23:00. Ресторан до 23:00.');
});

test('a thing to borrow the data does not list gets no yes from the service beside it', async () => {
  for (const q of ['а утюг можно попросить в номер', 'гладильную доску дадите?']) {
    const a = await ask(q);
    assert.deepEqual(a.sources, ['none'], `${q}: ${a.text}`);
    assert.ok(!/^Да/.test(a.text), a.text);
  }
  for (const q of ['можно отдать брюки погладить', 'постирать футболки у вас можно?']) {
    const a = await ask(q);
    assert.deepEqual(a.sources, ['laundry'], `${q}: ${a.text}`);
  }
});

test('a bare what-if about the party after a price asks the price again for that party', async () => {
  // a party the room takes hears its price again; one it does not take, the room's limit and the room that fits (A4)
  const cases: [string, string, boolean][] = [
    ['почём у вас люкс за сутки', 'а если мы вчетвером приедем', false],
    ['сколько стоит семейный номер', 'а если нас будет пятеро', false],
    ['комфорт сколько за ночь', 'ну а если нас двое', true],
  ];
  for (const [price, whatIf, fits] of cases) {
    const before = await answerQuestion(price, { now, hotel, pms: new NoPms() });
    const a = await answerQuestion(whatIf, { now, hotel, pms: new NoPms() }, { history: [price] });
    assert.ok(!a.sources.includes('none'), `${whatIf}: ${a.text}`);
    if (fits) assert.deepEqual(a.sources, before.sources, `${whatIf}: ${a.text}`);
    else assert.match(a.text, /можно разместить не больше \d гостей, а вас/, whatIf);
  }
});

test('the way here asked with a comparative or a verb of motion («ближе», «быстрее дойти») is the directions', async () => {
  for (const q of [
    'а с какой станции к вам быстрее добраться',
    'от какого метро ближе будет идти',
    'станция метро какая удобнее для вас',
    'метро какое ближе к отелю',
  ]) {
    const a = await ask(q);
    assert.ok(a.sources.includes('directions'), `${q}: ${a.text}`);
  }
  // «метро» is no «метров» of a room's size
  const size = await ask('сколько квадратных метров в стандарте');
  assert.ok(!size.sources.includes('directions'), size.text);
});

test('a party over a service’s stated limit hears the limit from the data', async () => {
  const limit = /до (\d+) пассажир/.exec(hotel.services.transfer ?? '')?.[1];
  assert.ok(limit, 'the data states the transfer limit');
  const over = await ask('трансфер из аэропорта на шестерых можно заказать');
  assert.match(over.text, new RegExp(`это до ${limit} пассажир\\S*, а вас 6`), over.text);
  const within = await ask('трансфер с вокзала на двоих сколько');
  assert.doesNotMatch(within.text, /Учтите/, within.text);
});

test('«далеко?» of a place the data does not measure gets the way without «Нет, недалеко»', async () => {
  for (const q of ['а до исаакиевского собора далеко идти', 'от вас далеко до финляндского вокзала']) {
    const a = await ask(q);
    assert.doesNotMatch(a.text, /^(Нет|Да),/, `${q}: ${a.text}`);
  }
  const metro = await ask('от метро к вам далеко');
  assert.match(metro.text, /^Нет, недалеко/, metro.text);
});
