// Whether a cancellation is free, read from the hotel's own rule; rules written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../src/config/hotel-file.ts';
import { cancellationVerdict, freeCancellationDeadline } from '../../src/hotel/cancellation.ts';

const hotel = loadHotel('data/hotel.yml');
const withRule = (cancellation: string) => ({ ...hotel, policies: { ...hotel.policies, cancellation } });

test('the deadline is read from the rule: the hour and how many days before check-in', () => {
  assert.deepEqual(freeCancellationDeadline('бесплатная отмена до 18:00 за трое суток до заезда'), { daysBefore: 3, minutes: 18 * 60 });
  assert.deepEqual(freeCancellationDeadline('бесплатная отмена до 12:00 за 2 дня до заезда'), { daysBefore: 2, minutes: 12 * 60 });
  assert.equal(freeCancellationDeadline('отмена по согласованию с администратором'), null);
});

test('in time the cancellation is free; after the deadline only what it costs is said', () => {
  const rule = withRule('бесплатная отмена до 16:00 за сутки до заезда; позже — штраф в размере одной ночи');
  // Moscow time: 15:30 and 16:30 on 9 December, check-in on the 10th
  assert.deepEqual(cancellationVerdict(rule, '2026-12-10', new Date('2026-12-09T15:30:00+03:00')), { free: true, lateTerms: 'штраф в размере одной ночи' });
  assert.equal(cancellationVerdict(rule, '2026-12-10', new Date('2026-12-09T16:30:00+03:00'))?.free, false);
  assert.equal(cancellationVerdict(rule, '2026-12-10', new Date('2026-12-10T09:00:00+03:00'))?.free, false);
  assert.equal(cancellationVerdict(withRule('отмена по согласованию'), '2026-12-10', new Date('2026-12-09T10:00:00+03:00')), null);
});
