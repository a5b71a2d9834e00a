// A question about the cancellation rule asked in a question's shape, with no booking in the conversation, is a
// question (issue 12, round d kind 6); a request names its booking or puts «можно» first. Own sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands } from './fixture.ts';

test('the cancellation rule asked as a question is answered, not a cancellation started', async () => {
  for (const q of [
    'а заказ отменить можно?',
    'если что бронирование потом отменить получится',
    'номер можно будет отменить',
    'отказаться от брони вообще реально',
  ]) {
    const cs = await commands(q);
    assert.deepEqual(cs, [{ command: 'knowledge' }], q);
  }
});

test('a question about a room or leaving it is a question, not a booking', async () => {
  for (const q of ['а семейный номер просторный?', 'освободить номер попозже можно?', 'в комфорте балкон есть ли']) {
    const cs = await commands(q);
    assert.ok(!cs.some((c) => c.command === 'start flow'), `${q}: ${JSON.stringify(cs)}`);
  }
});

test('a cancellation asked for still starts the cancellation', async () => {
  for (const q of ['отмените мою бронь пожалуйста', 'хочу отменить бронирование', 'можно отменить нашу бронь']) {
    const cs = await commands(q);
    assert.deepEqual(cs[0], { command: 'start flow', flow: 'cancel_booking' }, q);
  }
});
