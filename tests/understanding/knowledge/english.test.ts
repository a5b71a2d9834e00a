// A fact asked in English (issue 12, set C): the figures of data/hotel.yml with English units, nothing translated
// word by word. Every sentence is written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { englishFact, englishFacts } from '../../../src/understanding/knowledge/english.ts';

const hotel = loadHotel('data/hotel.yml');

test('times, prices and units come from the hotel data', () => {
  assert.equal(englishFact('when do we have to check out?', hotel), `Check-out is until ${hotel.hotel.check_out_time}.`);
  assert.match(
    englishFact('is there a place to park the car', hotel) ?? '',
    /^Yes, we have underground parking for 900 RUB per day; please reserve a space in advance\.$/,
  );
  assert.match(englishFact('what are your room rates', hotel) ?? '', /Standard from 6,500 RUB/);
  assert.match(englishFact('what time is breakfast served', hotel) ?? '', /7:00–11:00 on weekdays and 8:00–12:00 at weekends/);
});

test('no topic, no fact', () => {
  assert.equal(englishFact('hello, does anyone speak english', hotel), null);
});

// know kinds 6 and 17: natural English sentences, every topic of the turn answered, in the order asked
test('several questions in English are each answered in a natural sentence', () => {
  const both = englishFacts('is the wifi free? and do you have somewhere to leave our bags', hotel) ?? '';
  assert.equal(both, 'Wi-Fi is free for guests. Yes, you can leave your luggage with us free of charge.');
  const early = englishFacts('could we check in early, around ten', hotel) ?? '';
  assert.match(early, /^Early check-in from 10:00 is possible for 50% of the night's price, if rooms are available; regular check-in is from 14:00\.$/);
  assert.match(
    englishFacts('what about smoking and a baby cot', hotel) ?? '',
    /^Smoking is not allowed in the rooms; the fine is 5,000 RUB\. A baby cot is available free of charge on request\.$/,
  );
  assert.doesNotMatch(englishFacts('do you accept mastercard, and what documents do we need', hotel) ?? '', /: yes, we have it/);
  assert.equal(englishFacts('hello there', hotel), null);
});
