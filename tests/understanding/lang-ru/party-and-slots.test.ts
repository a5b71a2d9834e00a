// What the readers take from a caller's words for the right slot (tester kinds 2, 3, 12): children's ages closed by
// «и год», children named in the dative, a surname said as «на фамилию …» out of turn, and a room's name said to the
// name question, which is a room and not a guest called «Семейный». Sentences written for this test.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { extractAll, extractGuests, loadMorph, type Morph } from '../../../src/understanding/lang-ru/index.ts';

const rooms = loadHotel('data/hotel.yml').room_types;
let morph: Morph;
before(async () => {
  morph = await loadMorph();
});
const read = (text: string, requestedSlot: string | null = null) =>
  extractAll(text, { now: new Date('2026-11-24T12:00:00+03:00'), timeZone: 'Europe/Moscow', rooms, morph, requestedSlot });

test('«и год» closing a list of ages is a child of one, and every child is counted', () => {
  assert.deepEqual(extractGuests('нас двое взрослых и трое детишек четырнадцать лет шесть лет и год'), { adults: 2, children: 3, children_ages: [14, 6, 1] });
  assert.deepEqual(extractGuests('детям одиннадцать восемь и годик'), { children_ages: [11, 8, 1], children: 3 });
  assert.deepEqual(extractGuests('двенадцать и год', 'children_ages'), { children_ages: [12, 1], children: 2 });
  // «год» alone is no list: «на год» is a length, not a child
  assert.equal(extractGuests('хотим снять номер на год').children_ages, undefined);
});

test('children said in the dative or as a baby of one year still count', () => {
  assert.deepEqual(extractGuests('мы с женой и дочке десять'), { adults: 2, children: 1, children_ages: [10] });
  assert.deepEqual(extractGuests('нас двое плюс малыш годовалый'), { adults: 2, children: 1, children_ages: [1] });
  assert.equal(extractGuests('номер для меня и сыну семь лет').children, 1);
});

test('a surname after «на фамилию» is a name even when no name is asked', () => {
  assert.equal(read('оформите на фамилию латышева').name, 'Латышева');
  assert.equal(read('можно на фамилию гончаренко').name, 'Гончаренко');
});

test('a room named to the name question is the room, not a name', () => {
  for (const [said, code] of [
    ['семейный', 'family'],
    ['ну стандартный', 'standard'],
  ] as const) {
    const x = read(said, 'guest_name');
    assert.equal(x.name, null, said);
    assert.equal(x.room?.code, code, said);
  }
  // a real name beside a room word stays a name
  assert.equal(read('зарина комфортова', 'guest_name').name, 'Зарина Комфортова');
});
