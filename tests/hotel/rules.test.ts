import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, isIsoDate, isWeekendNight, stayNights, todayIn } from '../../src/hotel/calendar.ts';
import { LEGACY_CODE_ALPHABET, looksLikeBookingCode, newBookingCode, normalizeBookingCode, spokenCode } from '../../src/hotel/codes.ts';
import { HotelValidationError } from '../../src/hotel/errors.ts';
import { loadHotel } from '../../src/config/hotel-file.ts';
import { countedGuests, prepareBooking, quoteStay, requireRoomType, validateStay } from '../../src/hotel/rules.ts';

const hotel = loadHotel('data/hotel.yml');
const now = new Date('2026-11-24T12:00:00+03:00');

function fieldOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof HotelValidationError) return `${e.field}:${e.reason}`;
    throw e;
  }
  return 'ok';
}

test('today is taken in the hotel time zone', () => {
  assert.equal(todayIn('Europe/Moscow', new Date('2026-11-24T22:30:00Z')), '2026-11-25');
  assert.equal(todayIn('Europe/Moscow', new Date('2026-11-24T20:59:00Z')), '2026-11-24');
});

test('calendar dates are real dates', () => {
  assert.equal(isIsoDate('2026-02-29'), false);
  assert.equal(isIsoDate('2028-02-29'), true);
  assert.equal(isIsoDate('2026-12-1'), false);
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.deepEqual(stayNights('2026-12-30', '2027-01-02'), ['2026-12-30', '2026-12-31', '2027-01-01']);
});

test('Friday and Saturday nights are weekend nights', () => {
  assert.deepEqual(
    stayNights('2026-11-26', '2026-12-01').map(isWeekendNight),
    [false, true, true, false, false], // Thu Fri Sat Sun Mon
  );
});

test('a quote sums nightly prices with the weekend price on Friday and Saturday', () => {
  const standard = requireRoomType(hotel, 'standard');
  const q = quoteStay(hotel, standard, '2026-11-27', '2026-11-30');
  assert.equal(q.total_price, 7500 + 7500 + 6500);
  assert.equal(q.currency, 'RUB');
  assert.equal(quoteStay(hotel, requireRoomType(hotel, 'comfort'), '2026-12-14', '2026-12-16').total_price, 17800);
});

test('stay validation names the offending field', () => {
  const ok = { room_type: 'comfort', check_in: '2026-12-14', check_out: '2026-12-16', adults: 2, children: 0 };
  assert.equal(validateStay(hotel, ok, now).room_type, 'comfort');
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, room_type: 'palace' }, now)),
    'room_type:unknown',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, check_in: '2026-02-30' }, now)),
    'check_in:invalid_date',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, check_in: '2026-11-23' }, now)),
    'check_in:in_past',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, check_in: '2026-11-24', check_out: '2026-11-25' }, now)),
    'ok',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, check_out: '2026-12-14' }, now)),
    'check_out:not_after_check_in',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, check_out: '2027-01-14' }, now)),
    'check_out:too_long',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, check_out: '2027-01-13' }, now)),
    'ok',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, adults: 0 }, now)),
    'adults:invalid_number',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, adults: 1.5 }, now)),
    'adults:invalid_number',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, adults: 4 }, now)),
    'adults:over_capacity',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...ok, children: -1 }, now)),
    'children:invalid_number',
  );
});

test('children under 3 do not count toward capacity', () => {
  assert.equal(countedGuests(2, 2, [1, 5]), 3);
  assert.equal(countedGuests(2, 1), 3);
  const suite = { room_type: 'suite', check_in: '2026-12-14', check_out: '2026-12-16', adults: 2, children: 1 };
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...suite, children_ages: [2] }, now)),
    'ok',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, { ...suite, children_ages: [3] }, now)),
    'adults:over_capacity',
  );
  assert.equal(
    fieldOf(() => validateStay(hotel, suite, now)),
    'adults:over_capacity',
  );
});

test('a booking request needs a guest name and an E.164 phone', () => {
  const base = {
    room_type: 'standard',
    check_in: '2026-12-09',
    check_out: '2026-12-10',
    adults: 1,
    children: 0,
    guest_name: ' Олег  Ковалёв ',
    phone: '8 900 000 00 02',
  };
  const p = prepareBooking(hotel, base, now);
  assert.equal(p.request.guest_name, 'Олег Ковалёв');
  assert.equal(p.request.phone, '+79000000002');
  assert.equal(p.quote.total_price, 6500);
  assert.deepEqual(p.nights, ['2026-12-09']);
  assert.equal(
    fieldOf(() => prepareBooking(hotel, { ...base, guest_name: '' }, now)),
    'guest_name:missing',
  );
  assert.equal(
    fieldOf(() => prepareBooking(hotel, { ...base, phone: '12345' }, now)),
    'phone:invalid',
  );
});

test('booking codes are nine digits, spoken digit by digit in groups of three; legacy codes still read', () => {
  let seed = 7;
  const random = (max: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % max;
  };
  const code = newBookingCode(random);
  assert.match(code, /^[1-9]\d{8}$/);
  for (let i = 0; i < 200; i++) assert.match(newBookingCode(random), /^[1-9]\d{8}$/);
  // the first digit is drawn from 1-9: a code never starts with 0
  assert.equal(
    newBookingCode(() => 0),
    '100000000',
  );
  assert.ok(looksLikeBookingCode(code));
  assert.ok(looksLikeBookingCode('472 901-338'));
  assert.equal(spokenCode('472901338'), 'четыре семь два, девять ноль один, три три восемь');
  // codes of the first format (six characters, no look-alike letters) are still recognised and spelled
  for (const ch of 'OI01LBSZGQ') assert.ok(!LEGACY_CODE_ALPHABET.includes(ch), ch);
  assert.equal(normalizeBookingCode('ак 7-м 3х'), 'AK7M3X');
  assert.ok(looksLikeBookingCode('AK7M3X'));
  assert.equal(spokenCode('AK7M3X'), 'A K семь M три X');
  assert.ok(!looksLikeBookingCode('+79000000001'));
  assert.ok(!looksLikeBookingCode('12345678'));
});
