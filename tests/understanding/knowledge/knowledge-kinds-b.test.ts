// Issue 12, knowledge kinds B1–B6: the hotel's own name, the aspect word that decides between arriving and leaving,
// when to pay against how, a thing to borrow against a contact, the nearest station as the way here, and a follow-up
// that changes the day of a price. Sentences written for these tests (recogniser style), figures from data/hotel.yml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
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
