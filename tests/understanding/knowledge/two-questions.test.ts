// Issue 12 (set H kind H4, tester kind 6): two questions in one turn, joined by «и», «а ещё», «и ещё», «кстати» or
// said one after the other with no joiner, are both answered. Sentences written for these tests (recogniser style).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { juxtaposedQuestions, questionClauses } from '../../../src/understanding/knowledge/clauses.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const sources = async (q: string) => (await answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) })).sources;

test('H4: a second question after «а ещё», «и ещё», «кстати» is split off, whatever word it opens with', () => {
  assert.deepEqual(questionClauses('с животными пускаете а ещё парковка есть'), ['с животными пускаете', 'парковка есть']);
  assert.deepEqual(questionClauses('а кстати завтрак включён, и ещё трансфер бывает'), ['завтрак включён', 'трансфер бывает']);
  assert.deepEqual(questionClauses('сколько стоит стандарт и комфорт'), ['сколько стоит стандарт и комфорт']);
});

test('H4: a rule and a time asked together are both answered', async () => {
  assert.deepEqual(await sources('курить на балконе разрешается а ещё ресторан до скольки открыт'), ['smoking', 'restaurant']);
  assert.deepEqual(await sources('детскую кроватку дадите и ещё во сколько выезд'), ['baby_cot', 'check_out_time']);
});

test('H4: two questions said one after the other with no joiner', async () => {
  assert.deepEqual(juxtaposedQuestions('вы где находитесь во сколько завтрак').length, 1);
  assert.deepEqual(await sources('где вы расположены во сколько у вас завтрак начинается'), ['address', 'breakfast']);
  // a clause that only says when («когда приедем поздно») is no second question
  assert.deepEqual(await sources('можно ли заселиться когда приедем совсем поздно'), ['check_in_time']);
});
