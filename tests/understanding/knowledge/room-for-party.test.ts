// A room for a party asked about (issue 12, A4): «номер на шестерых есть?» with no day is a question — the rooms that
// take the party, or that none does — not a booking; a party grown after the price of a room it does not fit hears
// the room's limit and the price of the room that takes it. Sentences written for this test in the recogniser's style;
// none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { shapedQuestion } from '../../../src/understanding/knowledge/topics.ts';
import { hotelQuestionCue } from '../../../src/understanding/nlu/question-cues.ts';
import { PricesOnlyPms } from '../../helpers/prices-only-pms.ts';
import { commands } from '../nlu/fixture.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
// no dates are said here: neither a quote nor free rooms is asked of the hotel system
class NoPms extends PricesOnlyPms {
  quote(): never {
    throw new Error('no quote expected');
  }
  availability(): never {
    throw new Error('no availability expected');
  }
}
const ask = (q: string, history: string[] = []) => answerQuestion(q, { now, hotel, pms: new NoPms() }, { history });

test('a room for the party asked about, with no day, is a capacity question', async () => {
  for (const q of ['а номер на семерых у вас найдется', 'скажите а бывают у вас номера для пятерых', 'есть комната на четверых человек']) {
    assert.equal(shapedQuestion(q, hotel), 'capacity', q);
    assert.ok(hotelQuestionCue(q, '', hotel), q);
    assert.deepEqual(await commands(q, {}), [{ command: 'knowledge' }], q);
  }
  // with a day it is free rooms for those dates, and booking words book
  assert.equal(shapedQuestion('есть номер на пятерых на двадцатое декабря', hotel), null);
  assert.equal(shapedQuestion('забронируйте номер на троих', hotel), null);
  assert.match((await ask('а номер на семерых у вас найдется')).text, /Одного номера на 7 человек нет.*«Семейный», до 4 гостей/);
  assert.match((await ask('есть комната на четверых человек')).text, /«Семейный»/);
});

test('a party grown after a room was priced hears its limit and the room that fits, with its price', async () => {
  const said = await ask('а если нас будет четверо', ['почем у вас комфорт']);
  assert.match(said.text, /«Комфорт» можно разместить не больше 3 гостей, а вас четверо\. Номер «Семейный» — 11 500 рублей/);
  assert.ok(said.sources.includes('capacity'));
});
