// A pet asked about with a party or a room that the rooms taking pets cannot meet (tkb kind 1): the answer names the
// rooms that take pets with their size and what is possible, from the hotel data; never a bare «Да, в номерах …».
// Every sentence is written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import type { Hotel } from '../../../src/hotel/types.ts';
import { petClashAnswer, petPartySentence, petRoomsNeeded } from '../../../src/understanding/knowledge/pet-party.ts';

const hotel = loadHotel('data/hotel.yml');

test('a party larger than every room that takes pets hears the rooms with their size and the number of rooms needed', () => {
  const five = petClashAnswer('ну нас пятеро будет и собачка это как', hotel, {});
  assert.match(five?.text ?? '', /«Стандарт» — до 2 гостей — и «Комфорт» — до 3 гостей, а вас пятеро: с питомцем понадобится два номера\.$/);
  const family = petClashAnswer('двое взрослых и двое детей десяти и двенадцати лет с котом пустите', hotel, {});
  assert.match(family?.text ?? '', /а вас четверо.*Без питомца всех вместит «Семейный»\./);
  // babies under 3 do not count: two adults and a baby with a dog fit a room that takes pets
  assert.equal(petClashAnswer('мы вдвоём с малышом годовалым и с собакой можно', hotel, {}), null);
});

test('the booking party counts when the question names none; a party that fits gets the usual rule', () => {
  assert.match(petClashAnswer('а с собакой можно', hotel, { adults: 4 })?.text ?? '', /а вас четверо/);
  assert.equal(petClashAnswer('а с собакой можно', hotel, { adults: 3 }), null);
});

test('a room that refuses pets named in another clause is refused', () => {
  const a = petClashAnswer('хотим люкс на выходные и кстати с кошкой можно', hotel, {});
  assert.match(a?.text ?? '', /^В номер «Люкс» с питомцем нельзя/);
});

test('the sentence follows the hotel data, not fixed room names', () => {
  const other: Hotel = {
    ...hotel,
    room_types: hotel.room_types.map((t) => (t.code === 'family' ? { ...t, pets_allowed: true } : t)),
  };
  assert.equal(petPartySentence(other, 4), null);
  assert.equal(petRoomsNeeded(hotel, 7), 3);
  assert.match(petPartySentence(other, 6) ?? '', /«Семейный» — до 4 гостей, а вас шестеро: с питомцем понадобится два номера\.$/);
});
