// One vocabulary of price words (lang-ru/price-words.ts): a way of asking a price is known to every reader of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksPrice } from '../../../src/understanding/knowledge/question-kind.ts';
import { aspectTerm } from '../../../src/understanding/knowledge/synonyms.ts';
import { PRICE_WORD } from '../../../src/understanding/lang-ru/price-words.ts';
import { cueIntent } from '../../../src/understanding/nlu/cues.ts';
import { hotelQuestionCue } from '../../../src/understanding/nlu/question-cues.ts';
import { WHAT_IF } from '../../../src/understanding/nlu/question-shapes.ts';
import { commands } from '../nlu/fixture.ts';

const offered = [
  { role: 'user' as const, text: 'есть комфорт на двадцатое декабря' },
  { role: 'bot' as const, text: 'Комфорт свободен, 6 500 ₽ за ночь. Хотите забронировать?' },
];

test('each verb and noun of price, said with a stay, is a price question for the cues and the question shapes', () => {
  for (const t of [
    'во сколько обойдется эконом на две ночи с девятого',
    'сколько нам встанет семейный на неделю',
    'сколько выйдут два люкса на праздники',
    'а тариф на улучшенный номер на субботу',
    'скажите расценки на проживание в январе',
  ]) {
    assert.equal(cueIntent(t)?.intent, 'ask_hotel_info', t);
    assert.equal(hotelQuestionCue(t), true, t);
  }
});

test('the knowledge phrasing and the fact search hear the same price words', () => {
  for (const t of ['во что обойдется завтрак для ребенка', 'сколько встанет парковка за сутки', 'какой прайс на сауну']) assert.equal(asksPrice(t), true, t);
  for (const w of ['обойдется', 'встанет', 'выйдет', 'почем', 'почём', 'расценки', 'стоимостью']) assert.equal(aspectTerm(w), 'g:price', w);
  // money a fact says is paid is its price too; a word that merely begins like a price word is not
  assert.equal(aspectTerm('платный'), 'g:price');
  for (const w of ['стоянка', 'столик', 'ценные', 'сцена']) assert.equal(PRICE_WORD.test(w), false, w);
});

test('after the offer of a booking, the price asked again with any price word is a question, not a yes', async () => {
  assert.ok(WHAT_IF.test('а на троих во что обойдется'));
  for (const t of ['а с завтраком во что обойдется', 'а на троих какой тариф']) {
    const cs = await commands(t, { history: offered });
    assert.deepEqual(cs, [{ command: 'knowledge' }], t);
  }
});
