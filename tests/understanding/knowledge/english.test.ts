// A fact asked in English (issue 12, set C): the figures of data/hotel.yml with English units, nothing translated
// word by word. Every sentence is written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { englishFact } from '../../../src/understanding/knowledge/english.ts';

const hotel = loadHotel('data/hotel.yml');

test('times, prices and units come from the hotel data', () => {
  assert.equal(englishFact('when do we have to check out?', hotel), `Check-out is until ${hotel.hotel.check_out_time}.`);
  assert.match(englishFact('is there a place to park the car', hotel) ?? '', /^Parking: 900 RUB per day\.$/);
  assert.match(englishFact('what are your room rates', hotel) ?? '', /Standard from 6,500 RUB/);
  assert.match(englishFact('what time is breakfast served', hotel) ?? '', /7:00–11:00 on weekdays, 8:00–12:00 at weekends/);
});

test('no topic, no fact', () => {
  assert.equal(englishFact('hello, does anyone speak english', hotel), null);
});
