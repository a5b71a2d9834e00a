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

// issue 15 kind 7: a party said just before a room type («на двоих люкс») was read as two suites, and a date said
// with an ordinal as a second room; the caller then heard that rooms are booked one by one
test('a party or a date beside a room type counts no rooms', () => {
  for (const said of [
    'люкс нужен с шестого на две ночи вдвоём на двоих люкс',
    'номерок на троих семейный с понедельника',
    'нас трое комфорт на три ночи',
    'на четверых семейную комнату',
    'двое стандартный с пятницы',
    'с двадцать второго стандарт на одного',
    'до второго комфорт нам',
    'а ещё люкс свободный остался',
  ])
    assert.equal(roomsWanted(said, rooms), null, said);
  for (const [said, n] of [
    ['две семейных на январь', 2],
    ['пять стандартных номеров для группы', 5],
    ['и ещё комнату нужно для тёщи', 2],
  ] as const)
    assert.equal(roomsWanted(said, rooms), n, said);
});

test('a one-room booking with the party before the room keeps one room', async () => {
  const said = await commands('алло нужен на двоих люкс с седьмого декабря на три ночи');
  assert.deepEqual(said[0], { command: 'start flow', flow: 'book_room' });
  assert.equal(slots(said).room_type, 'suite');
  assert.equal(slots(said).rooms_wanted, undefined);
});
