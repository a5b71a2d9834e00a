// Which dates the room offer names: the caller's own days are not said back, vague or worked-out ones are.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { offerDates } from '../../actions/offer-dates.ts';
import type { ActionCall } from '../../src/engine/actions.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';

const user = (text: string): TrackerEvent => ({
  event: 'user',
  text,
  timestamp: 0,
  parse_data: { text, intent: { name: null, confidence: 0 }, entities: [], commands: [] },
});
const checkIn = (value: string): TrackerEvent => ({ event: 'slot', name: 'check_in_date', value, timestamp: 0 });

function callWith(events: TrackerEvent[]): ActionCall {
  return {
    next_action: 'action_check_availability',
    sender_id: 's',
    tracker: { sender_id: 's', slots: {}, latest_message: { text: '' }, events },
    domain: {},
    version: '3.1',
  } as ActionCall;
}

test('the days the caller named are not said back: the slot stays empty and the response says «На ваши даты»', () => {
  for (const said of ['мне с двенадцатого по четырнадцатое декабря', 'заезд 12.12 на две ночи', 'на 12 декабря, двое суток']) {
    assert.equal(offerDates(callWith([user(said), checkIn('2026-12-12'), user('нас трое')]), '2026-12-12', '2026-12-14', '2026-11-24'), null, said);
  }
});

test('vague or worked-out dates are said back, briefly', () => {
  // a period, a weekday, a relative day: the caller did not say the day of the month
  for (const said of ['где-то в середине декабря на пару ночей', 'с субботы на две ночи', 'через две недели, дня на два']) {
    assert.equal(offerDates(callWith([user(said), checkIn('2026-12-12')]), '2026-12-12', '2026-12-14', '2026-11-24'), 'С 12 по 14 декабря', said);
  }
  // carried over from an earlier question: set by a «да» that names no day
  assert.equal(
    offerDates(
      callWith([user('сколько стоит номер с 12 по 14 декабря'), user('да, давайте'), checkIn('2026-12-12')]),
      '2026-12-12',
      '2026-12-14',
      '2026-11-24',
    ),
    'С 12 по 14 декабря',
  );
  // a day number that is not the check-in («на 2 ночи» with the check-in on the 12th)
  assert.equal(offerDates(callWith([user('в пятницу на 2 ночи'), checkIn('2026-12-04')]), '2026-12-04', '2026-12-06', '2026-11-24'), 'С 4 по 6 декабря');
  assert.equal(offerDates(callWith([]), '2026-12-30', '2027-01-02', '2026-11-24'), 'С 30 декабря по 2 января');
});
