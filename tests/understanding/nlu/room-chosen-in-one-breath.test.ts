// Set J kinds (booking flow) at the room question: one room chosen while another is named as the reason, and the
// cheapest (or largest) «какой есть» said as the choice. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { extractRoomType } from '../../../src/understanding/lang-ru/rooms.ts';
import { asksRoomPreference } from '../../../src/understanding/nlu/question-shapes.ts';
import { booking, commands, slots } from './fixture.ts';

const rooms = loadHotel('data/hotel.yml').room_types;
const stay = { check_in_date: '2026-12-05', check_out_date: '2026-12-07', adults: 3 };

test('the room chosen is the one said with the choice, not the one in the reason or the refusal', async () => {
  for (const [said, room] of [
    ['ну раз в стандарте втроём тесно тогда оформляйте семейный', 'family'],
    ['хорошо возьмём люкс если в комфорт трое не помещаются', 'suite'],
    ['комфорт нам дороговато не надо давайте стандарт', 'standard'],
    ['стандарт маловат пусть будет комфорт', 'comfort'],
  ] as const)
    assert.equal(slots(await commands(said, booking('room_type'), stay)).room_type, room, said);
});

test('two rooms named without a choice or a refusal are read as before', () => {
  assert.equal(extractRoomType('люкс или комфорт', rooms)?.code, 'comfort');
  assert.equal(extractRoomType('стандарт', rooms)?.code, 'standard');
});

test('the cheapest «какой есть» is the choice; asked with «какой» before the wish it is a question', async () => {
  for (const said of ['ну самый бюджетный какой у вас есть', 'давайте подешевле из тех что остались', 'самый недорогой какой найдётся']) {
    assert.equal(asksRoomPreference(said), false, said);
    assert.equal(slots(await commands(said, booking('room_type'), stay)).room_type, 'standard', said);
  }
  assert.equal(asksRoomPreference('а какой из них самый недорогой'), true);
  assert.ok((await commands('а какой из них самый недорогой', booking('room_type'), stay)).some((c) => c.command === 'knowledge'));
});

test('a booking asked for outright with the price of its stay is the booking, whose offer says the price', async () => {
  for (const said of [
    'хотим забронировать самый недорогой на двоих с восьмого по десятое декабря почём это выйдет',
    'забронируйте люкс на одного с третьего по пятое декабря сколько это будет стоить',
  ]) {
    const cs = await commands(said);
    assert.ok(
      cs.some((c) => c.command === 'start flow' && c.flow === 'book_room'),
      said,
    );
    assert.ok(!cs.some((c) => c.command === 'knowledge'), said);
  }
  // asking whether one may book, or the price of something else, stays a question
  assert.ok((await commands('а можно ли забронировать стандарт на пятое декабря сколько стоит')).some((c) => c.command === 'knowledge'));
  assert.ok((await commands('хочу забронировать номер с пятого по седьмое декабря сколько стоит парковка')).some((c) => c.command === 'knowledge'));
});
