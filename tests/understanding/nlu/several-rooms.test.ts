// Several rooms in one request (issue 12, kind C): the number is kept for the booking, so the caller hears that one
// booking is one room and is offered the next after the first. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { roomsWanted } from '../../../src/understanding/lang-ru/room-count.ts';
import { booking, commands, slots } from './fixture.ts';

const rooms = loadHotel('data/hotel.yml').room_types;

test('rooms counted in a request, never a phone or a booking number', () => {
  for (const [said, n] of [
    ['нам бы три номера на новогодние', 3],
    ['две комнаты рядом можно', 2],
    ['пару комфортов на выходные', 2],
    ['нужно четыре стандарта для команды', 4],
    ['ещё одну комнату для бабушки', 2],
    ['второй номер тоже на эти числа', 2],
  ] as const)
    assert.equal(roomsWanted(said, rooms), n, said);
  for (const said of ['два номера телефона могу дать', 'один номер на двоих', 'номер на троих', 'у меня два номера брони'])
    assert.equal(roomsWanted(said, rooms), null, said);
});

test('a booking asked for several rooms keeps the number; said during the booking, it is taken there', async () => {
  const opening = await commands('алло нам нужно две комнаты с девятого по одиннадцатое декабря');
  assert.deepEqual(opening[0], { command: 'start flow', flow: 'book_room' });
  assert.equal(slots(opening).rooms_wanted, 2);
  assert.equal(slots(opening).check_in_date, '2026-12-09');
  assert.equal(slots(await commands('ой и ещё один номер для родителей', booking('guest_name'))).rooms_wanted, 2);
});
