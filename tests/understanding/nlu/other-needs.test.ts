// A need of something the hotel does not book (issue 12, kind 10, out of scope): «мне нужна няня на вечер» is no
// booking with that evening as the check-in — the caller hears what the assistant can do. Sentences written for
// this test, in a recogniser's style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ordersSomethingElse } from '../../../src/understanding/nlu/booking-cues.ts';
import { commands } from './fixture.ts';

const NOT_SUPPORTED = [{ command: 'cannot handle', reason: 'cannot_handle_not_supported' }];

test('a need or an order of something else, with a day said, starts no booking', async () => {
  for (const said of [
    'срочно нужен переводчик на послезавтра',
    'нам нужна сиделка для бабушки на неделю',
    'закажите пожалуйста букет в номер к пятнице',
    'нужен прокат велосипедов на субботу',
  ]) {
    assert.ok(ordersSomethingElse(said), said);
    assert.deepEqual(await commands(`алло ${said}`), NOT_SUPPORTED, said);
  }
  // a room, a stay, or the hotel's own transfer are still what they are
  for (const said of ['нужен номер на послезавтра', 'нам надо переночевать одну ночь', 'нужна машина от вокзала в пятницу'])
    assert.equal(ordersSomethingElse(said), false, said);
});
