import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adultsAccusative, dayMonth, forPeople, guestsCountText, guestsText, money, phoneText, plural, stayRange } from '../../src/hotel/format-ru.ts';

test('Russian plural forms', () => {
  assert.deepEqual(
    [1, 2, 5, 11, 12, 21, 22, 25, 111].map((n) => plural(n, 'ночь', 'ночи', 'ночей')),
    ['ночь', 'ночи', 'ночей', 'ночей', 'ночей', 'ночь', 'ночи', 'ночей', 'ночей'],
  );
});

test('dates and ranges read naturally', () => {
  assert.equal(dayMonth('2026-12-14', 2026), '14 декабря');
  assert.equal(dayMonth('2027-01-02', 2026), '2 января 2027 года');
  assert.equal(stayRange('2026-12-14', '2026-12-16', 2026), 'с 14 по 16 декабря');
  assert.equal(stayRange('2026-12-30', '2027-01-02', 2026), 'с 30 декабря по 2 января 2027 года');
  // measured against today, the year is said only for a day gone or more than half a year ahead
  assert.equal(stayRange('2026-12-30', '2027-01-02', '2026-11-24'), 'с 30 декабря по 2 января');
  assert.equal(stayRange('2027-01-03', '2027-01-06', '2026-11-24'), 'с 3 по 6 января');
  assert.equal(dayMonth('2027-08-01', '2026-11-24'), '1 августа 2027 года');
  assert.equal(dayMonth('2025-12-01', '2026-11-24'), '1 декабря 2025 года');
  assert.equal(stayRange('2026-11-30', '2026-12-02', 2026), 'с 30 ноября по 2 декабря');
});

test('money, guests, phones and codes', () => {
  assert.equal(money(17800, 'RUB'), '17 800 рублей');
  assert.equal(money(6500, 'RUB'), '6 500 рублей');
  assert.equal(money(1001, 'RUB'), '1 001 рубль');
  assert.equal(money(1234567, 'EUR'), '1 234 567 EUR');
  // collective numerals for people, as a receptionist says them
  assert.equal(guestsText(2, 0), 'двое взрослых');
  assert.equal(guestsText(4, 0), 'четверо взрослых');
  assert.equal(guestsText(1, 1), 'один взрослый и ребёнок');
  assert.equal(guestsText(2, 2), 'двое взрослых и двое детей');
  assert.equal(guestsText(2, 3), 'двое взрослых и трое детей');
  assert.equal(guestsText(8, 7), '8 взрослых и 7 детей');
  // a party assumed from a bare count: «Для троих взрослых свободны …», and read back as the count said; a room's size
  assert.equal(forPeople(2), 'на двоих');
  assert.equal(forPeople(1), 'на одного');
  assert.equal(forPeople(4), 'на четверых');
  assert.equal(adultsAccusative(3), 'троих взрослых');
  assert.equal(adultsAccusative(1), 'одного взрослого');
  assert.equal(adultsAccusative(9), '9 взрослых');
  assert.equal(guestsCountText(5), 'пятеро гостей');
  assert.equal(guestsCountText(1), 'один гость');
  assert.equal(phoneText('+79000000001'), '+7 900 000-00-01');
  assert.equal(phoneText('+442079460958'), '+442079460958');
});
