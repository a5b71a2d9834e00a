// Know kinds 9, 12 and 4: a late check-out asked with «поздно», an arrival before the check-in hour asked with the
// fee (the usual hour and the early rule both said), and several yes/no questions answered as one reply, with one
// «Да,». Sentences written for these tests (recogniser style).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { joinAnswers } from '../../../src/understanding/knowledge/plain-speech.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) });
const late = hotel.policies['late_check_out']!;
const lateHour = /до (\d{1,2}:\d{2})/.exec(late)![1]!;
const earlyHour = /с (\d{1,2}:\d{2})/.exec(hotel.policies['early_check_in']!)![1]!;
const { check_in_time: checkIn, check_out_time: checkOut } = hotel.hotel;

test('12: leaving late («поздно», «попозже», «задержаться») is the late check-out rule, with the usual hour', async () => {
  for (const q of ['а поздно выехать у вас можно', 'ну а если мы поздно уедем это доплачивать', 'можно ли выписаться попозже вечером']) {
    const a = await ask(q);
    assert.ok(a.sources.includes('late_check_out'), q);
    assert.ok(a.text.includes(lateHour) && a.text.includes('50%') && a.text.includes(checkOut), `${q}: ${a.text}`);
  }
  // arriving late is no late check-out
  assert.deepEqual((await ask('заселите если приедем совсем поздно ночью')).sources, ['check_in_time']);
  // the usual hour alone when nothing is said of lateness
  assert.deepEqual((await ask('во сколько нужно выезжать')).sources, ['check_out_time']);
});

test('9: an arrival before the check-in hour asked «сразу или ждать» gets the usual hour and the early rule with its fee', async () => {
  for (const q of [
    'мы будем часам к одиннадцати нас сразу поселят или придётся ждать',
    'приезжаем в полдень заселите сразу или нет и сколько за это',
    'поезд приходит рано утром в номер сразу пустите',
  ]) {
    const a = await ask(q);
    assert.ok(a.text.includes(checkIn) && a.text.includes(earlyHour) && a.text.includes('50%'), `${q}: ${a.text}`);
    assert.ok(!/паспорт|Оплатить можно/.test(a.text), q);
  }
  // before the early rule's hour: not that early, said first
  const a = await ask('прилетаем в семь утра сразу поселят');
  assert.match(a.text, /^(?:Нет, раньше|Раньше) \d{1,2}:\d{2} (?:заселить )?не получится/);
  assert.ok(a.text.includes(checkIn), a.text);
  // a story of arriving early with another question is that question
  assert.deepEqual((await ask('приедем в восемь утра как до вас добраться от вокзала')).sources.includes('early_check_in'), false);
});

test('9: leaving after the check-out hour with the room kept: the usual hour and the late rule', async () => {
  const a = await ask('самолёт у нас в пять вечера номер до четырёх можно оставить');
  assert.ok(a.text.includes(checkOut) && a.text.includes(lateHour), a.text);
});

test('4: two or three yes/no questions answered with one «Да,»', async () => {
  for (const q of ['интернет есть и камера хранения', 'а сауна есть и спортзал есть', 'парковка есть и завтрак включён и с котом можно']) {
    const a = await ask(q);
    assert.ok(a.sources.length >= 2, `${q}: ${a.sources}`);
    assert.equal(a.text.match(/(?:^|\. )Да,/g)?.length, 1, `${q}: ${a.text}`);
  }
  // a yes and a no keep their own words
  const mixed = await ask('с собакой можно и курить в номере можно');
  assert.deepEqual(mixed.sources, ['pets', 'smoking']);
  assert.match(mixed.text, /^Да, .* Нет, /);
});

test('4: joinAnswers says «есть» as «Есть и …» after a yes', () => {
  assert.equal(joinAnswers(['Да, есть бассейн.', 'Да, есть баня.']), 'Да, есть бассейн. Есть и баня.');
  assert.equal(joinAnswers(['Да, можно.', 'Нет, нельзя.', 'Да, бесплатно.']), 'Да, можно. Нет, нельзя. Да, бесплатно.');
  assert.equal(joinAnswers(['Да, можно с котом.', 'Да, парковка подземная.']), 'Да, можно с котом. Парковка подземная.');
});
