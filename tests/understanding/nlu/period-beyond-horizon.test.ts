// Issue 12, booking side: a month or a time ahead named with no day, beyond the hotel's booking horizon
// (data/hotel.yml, 365 days by default), is the check-in the booking refuses at once — never a question for the days
// of it. Within the horizon the days are still asked. Sentences written for this test; today is 24 November 2026.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractStay } from '../../../src/understanding/lang-ru/dates.ts';
import { booking, commands, slots } from './fixture.ts';

const NOW = new Date('2026-11-24T12:00:00+03:00');

test('a month named with its year, or years ahead, is where the stay would start', () => {
  assert.equal(extractStay('номер на сентябрь двадцать восьмого года', NOW, 'Europe/Moscow').period_start, '2028-09-01');
  assert.equal(extractStay('приедем через два года', NOW, 'Europe/Moscow').period_start, '2028-11-23');
  assert.equal(extractStay('в апреле через полтора года', NOW, 'Europe/Moscow').period_start, '2028-04-01');
  // a day said is the stay's own
  assert.equal(extractStay('с пятого по седьмое марта', NOW, 'Europe/Moscow').period_start, undefined);
});

test('a period beyond the booking horizon is the check-in refused at once', async () => {
  const said = slots(await commands('можно ли забронировать на октябрь двадцать восьмого года у нас юбилей'));
  assert.equal(said.check_in_date, '2028-10-01');
  assert.equal(slots(await commands('давайте через полтора года', booking('check_in_date'))).check_in_date, '2028-05-25');
});

test('a month within the horizon is no check-in: its days are asked', async () => {
  assert.equal(slots(await commands('хотим номер на февраль')).check_in_date, undefined);
  assert.equal(slots(await commands('нужен номер в июне следующего года')).check_in_date, undefined);
});
