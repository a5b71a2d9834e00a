// A season and a year in words (book kind 15): «на лето две тысячи тридцатого года», «осенью двадцать девятого года»
// start where the season starts, so a stay beyond the booking horizon (data/hotel.yml, 365 days) is refused at once;
// «две тысячи …» with no «года» is a year, not a day. Sentences written for this test; today is 24 November 2026.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractStay } from '../../../src/understanding/lang-ru/dates.ts';
import { booking, commands, slots } from './fixture.ts';

const NOW = new Date('2026-11-24T12:00:00+03:00');
const read = (s: string) => extractStay(s, NOW, 'Europe/Moscow');

test('a season with its year is where the stay would start', () => {
  assert.equal(read('номер нам нужен на лето две тысячи двадцать девятого года').period_start, '2029-06-01');
  assert.equal(read('осенью тридцать первого года').period_start, '2031-09-01');
  assert.equal(read('весной 2032').period_start, '2032-03-01');
  assert.equal(read('в сентябре 2031').period_start, '2031-09-01');
  // a winter with its year is that year's January
  assert.equal(read('на зиму двадцать девятого года').period_start, '2029-01-01');
  // no year: the next such season
  assert.equal(read('на лето').period_start, '2027-06-01');
  // «лет» counts years: no season
  assert.equal(read('сыну семь лет').period_start, undefined);
});

test('«две тысячи …» with no «года» is a year, not a day', () => {
  assert.equal(read('на новый год две тысячи тридцать второго').check_in, '2031-12-31');
  assert.equal(read('с третьего по пятое мая две тысячи двадцать седьмого').check_in, '2027-05-03');
});

test('a season beyond the booking horizon is the check-in refused at once; one within it asks its days', async () => {
  assert.equal(slots(await commands('здравствуйте хотим у вас отдохнуть летом две тысячи тридцатого года')).check_in_date, '2030-06-01');
  assert.equal(slots(await commands('ну на весну двадцать девятого', booking('check_in_date'))).check_in_date, '2029-03-01');
  assert.equal(slots(await commands('хотим номер на лето')).check_in_date, undefined);
});
