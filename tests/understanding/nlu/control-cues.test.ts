// Phrases that steer the call (issue 12, kind E): holding the line and asking who answered. Sentences written for
// this test, several wordings of each.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksWhoAnswered, holdsTheLine } from '../../../src/understanding/nlu/control-cues.ts';
import { booking, commands, slots } from './fixture.ts';

test('«подождите», «секунду, я гляну»: the assistant waits, in a booking or not', async () => {
  for (const said of [
    'ой погодите секундочку',
    'так минуточку я гляну в календаре',
    'щас щас не кладите трубку',
    'момент мне надо у жены спросить',
    'обождите',
  ]) {
    assert.ok(holdsTheLine(said), said);
    assert.deepEqual(await commands(`алло ${said}`), [{ command: 'start flow', flow: 'hold_on' }], said);
    assert.deepEqual(await commands(said, booking('adults')), [{ command: 'start flow', flow: 'hold_on' }], said);
  }
  // a hold with the answer in it is the answer; with a question in it, the question
  assert.equal(holdsTheLine('секундочку, нас трое'), false);
  assert.deepEqual(slots(await commands('секундочку, нас трое', booking('adults'))), { adults: 3 });
  assert.equal(holdsTheLine('подождите, а парковка у вас есть'), false);
  assert.equal(holdsTheLine('через минуту от метро'), false);
});

test('«куда я попала», «это гостиница?», «с кем я говорю»: the hotel introduces itself', async () => {
  for (const said of ['ой а куда я дозвонилась', 'это гостиница?', 'простите а я с кем разговариваю', 'а вы робот что ли', 'это отель невский берег?']) {
    assert.ok(asksWhoAnswered(said), said);
    assert.deepEqual(await commands(`алло ${said}`), [{ command: 'start flow', flow: 'introduce_hotel' }], said);
  }
  // a question about the hotel said the same way is a question
  for (const said of ['это отель рядом с метро?', 'это гостиница с парковкой', 'кто убирает номера']) assert.equal(asksWhoAnswered(said), false, said);
});
