// Issue 12 (tester kind 11): the way from a named railway station or airport, from the hotel's data: the directions'
// part naming that place, or the walk from the metro and the transfer from it when the directions do not name it;
// another place's way is not read out. Sentences
// written for these tests (recogniser style).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) });

test('from the station the transfer names: its transfer, the walk from the metro, no airport', async () => {
  const a = await ask('поезд приходит на московский вокзал, а оттуда как до вас дойти или доехать');
  assert.match(a.text, /Московского вокзала — 1200 рублей/);
  assert.match(a.text, /Гостиный двор/);
  assert.doesNotMatch(a.text, /Пулково/);
});

test('from the airport, by its name alone: the drive the directions give, not the metro', async () => {
  const a = await ask('мы из пулково поедем, как к вам лучше добраться');
  assert.match(a.text, /Пулково около 40 минут/);
  assert.doesNotMatch(a.text, /вокзала|Гостиный/);
});

test('a station the data does not know: the walk from the metro and the address, nothing about other places', async () => {
  const a = await ask('подскажите как проехать к вам с витебского вокзала');
  assert.deepEqual(a.sources, ['directions', 'address']);
  assert.doesNotMatch(a.text, /Пулково|Московского/);
});
