// Issue 12, set C kinds: closings after an answer or an offer, taking the room just priced, a booking and a
// question in one message, a question at the name step. Every sentence is written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookingAndQuestion, questionPart } from '../../../src/understanding/knowledge/clauses.ts';
import { closesCall, takesOffer } from '../../../src/understanding/nlu/closing-cues.ts';
import { booking, commands, slots } from './fixture.ts';

const after = (bot: string, user?: string) => ({ history: [...(user ? [{ role: 'user' as const, text: user }] : []), { role: 'bot' as const, text: bot }] });

test('thanks with «no» or «that is all» closes the call, in any context outside a flow', async () => {
  for (const q of ['нет, спасибо, мне больше ничего не нужно', 'ясно, благодарю, вопросов нет', 'не стоит, я на такси доберусь сам, спасибо']) {
    assert.ok(closesCall(q), q);
    assert.deepEqual(await commands(q, after('Трансфер из аэропорта — 2800 рублей. Заказать?')), [{ command: 'start flow', flow: 'say_goodbye' }], q);
  }
  for (const q of ['спасибо, а сауна есть?', 'спасибо, хочу забронировать', 'спасибо']) assert.ok(!closesCall(q), q);
});

test('taking the room just priced starts its booking', async () => {
  assert.ok(takesOffer('ну давайте его тогда'));
  assert.ok(!takesOffer('нет, пока не бронируйте'));
  const cs = await commands('хорошо, оформляйте', after('Номер «Комфорт» — 8 900 рублей за ночь в будни.', 'а комфорт почём'));
  assert.deepEqual(cs[0], { command: 'start flow', flow: 'book_room' });
  assert.equal(slots(cs)['room_type'], 'comfort');
});

test('a booking and a question in one message: both, and the answer is for the question part', async () => {
  const said = 'оформите люкс с 3 по 5 декабря, и ещё подскажите, есть ли у вас сауна';
  assert.deepEqual(bookingAndQuestion(said)?.question, 'есть ли у вас сауна');
  assert.equal(questionPart('есть ли у вас сауна?'), 'есть ли у вас сауна?');
  const cs = await commands('забронируйте стандарт на выходные. а парковка платная?');
  assert.deepEqual(cs[0], { command: 'start flow', flow: 'book_room' });
  assert.deepEqual(cs.at(-1), { command: 'knowledge' });
});

test('a question at the name step is answered, a name is still a name', async () => {
  assert.deepEqual(await commands('ой а сауна у вас платная', booking('guest_name')), [{ command: 'knowledge' }]);
  assert.deepEqual(slots(await commands('саунова ольга', booking('guest_name'))), { guest_name: 'Саунова Ольга' });
});

test('a question the model does not place is still answered when the hotel facts answer it strongly', async () => {
  assert.deepEqual(await commands('а с которого часа открыта сауна'), [{ command: 'knowledge' }]);
  assert.deepEqual(await commands('какой сейчас курс евро'), [{ command: 'cannot handle', reason: 'cannot_handle_not_supported' }]);
});

test('«нет» to the offer of reception outside a flow is taken; «не, всё» to «Чем ещё могу помочь?» ends the call', async () => {
  assert.deepEqual(await commands('нет, не нужно', after('Похоже, я вас не понимаю. Соединить вас с администратором?')), [
    { command: 'start flow', flow: 'offer_declined' },
  ]);
  assert.deepEqual(await commands('нет, пока всё', after('Чем ещё могу помочь?')), [{ command: 'start flow', flow: 'say_goodbye' }]);
  assert.deepEqual(await commands('не, ничего', after('Чем ещё могу помочь?')), [{ command: 'start flow', flow: 'say_goodbye' }]);
});

test('«я передумал, отмените бронь» cancels the booking; «говорите громче» asks to repeat', async () => {
  assert.deepEqual(await commands('ой я передумала, снимите бронь пожалуйста'), [{ command: 'start flow', flow: 'cancel_booking' }]);
  assert.deepEqual(await commands('ничего не слышно, погромче можно', booking('adults')), [{ command: 'repeat' }]);
});
