// The caller's wishes for the room while booking (issue 12, A6): how the beds are made up, a room for a wheelchair,
// a baby cot, a quiet room, the floor; taken back, or replaced by their opposite. Sentences written for this test
// in the recogniser's style; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeRoomWishes, readRoomWishes, wishPhrases } from '../../../src/understanding/lang-ru/room-wishes.ts';

const wanted = (text: string) => readRoomWishes(text).wanted;

test('beds apart or together, however said', () => {
  for (const t of [
    'нам бы две отдельные кровати',
    'мы с братом так что кровати раздельные пожалуйста',
    'можно с двумя односпальными кроватями',
    'чтобы кровати стояли по отдельности',
    'мы с коллегой спать будем раздельно',
    'номер твин',
  ])
    assert.deepEqual(wanted(t), ['twin_beds'], t);
  for (const t of ['нам одну большую кровать', 'нужна двуспальная', 'кровать чтобы вместе']) assert.deepEqual(wanted(t), ['double_bed'], t);
});

test('a wheelchair, not a pram; other needs of moving about', () => {
  for (const t of ['папа передвигается на коляске', 'у нас колясочник', 'нужен номер под инвалидную коляску']) assert.deepEqual(wanted(t), ['wheelchair'], t);
  for (const t of ['бабушка плохо ходит', 'со мной будет человек с инвалидностью']) assert.deepEqual(wanted(t), ['accessible'], t);
  assert.deepEqual(wanted('мы с малышом и коляской'), []);
});

test('a baby cot, a quiet room, the floor', () => {
  assert.deepEqual(wanted('и детскую кроватку поставьте'), ['baby_cot']);
  assert.deepEqual(wanted('хотелось бы тихий номер окнами во двор'), ['quiet']);
  assert.deepEqual(wanted('если можно этаж повыше'), ['high_floor']);
  assert.deepEqual(wanted('лучше на первом этаже'), ['low_floor']);
  // a floor refused is the wish for another: «не на первом» is higher, «не на последнем» lower (tester kind B4)
  assert.deepEqual(wanted('только чтоб не на первом этаже и потише'), ['high_floor', 'quiet']);
  assert.deepEqual(wanted('лишь бы не верхний этаж'), ['low_floor']);
  assert.deepEqual(wanted('нужен номер на двоих с пятого тихий и не на первом этаже'), ['quiet', 'high_floor']);
  // a baby cot is no bed arrangement
  assert.deepEqual(wanted('для ребенка кроватка нужна'), ['baby_cot']);
});

test('nothing of the kind: no wish', () => {
  for (const t of ['на двоих с десятого по двенадцатое', 'два номера пожалуйста', 'иван петров', 'да всё верно'])
    assert.deepEqual(readRoomWishes(t), { wanted: [], withdrawn: [] }, t);
});

test('wishes add up, a wish taken back goes, its opposite replaces it', () => {
  const first = mergeRoomWishes('нет', readRoomWishes('две отдельные кровати пожалуйста'));
  assert.equal(first, 'две раздельные кровати');
  const more = mergeRoomWishes(first, readRoomWishes('и ещё детская кроватка'));
  assert.equal(more, 'две раздельные кровати; детская кроватка');
  const swapped = mergeRoomWishes(more, readRoomWishes('хотя нет давайте одну двуспальную'));
  assert.deepEqual(wishPhrases(swapped), ['детская кроватка', 'одна двуспальная кровать']);
  assert.equal(mergeRoomWishes(swapped, readRoomWishes('кроватка уже не нужна')), 'одна двуспальная кровать');
  assert.equal(mergeRoomWishes('тихий номер', readRoomWishes('без тихого номера можно')), 'нет');
  // said again: nothing changes
  assert.equal(mergeRoomWishes('детская кроватка', readRoomWishes('детскую кроватку не забудьте')), null);
  assert.deepEqual(wishPhrases('нет'), []);
});
