// Issue 12, booking side: the booking's name is the guest's — the person the room is for, not the caller who
// introduced herself — and a surname explained or spelled is kept whole. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadMorph } from '../../../src/understanding/lang-ru/index.ts';
import { explainedName, guestName } from '../../../src/understanding/lang-ru/guest-name.ts';
import { extractGuests } from '../../../src/understanding/lang-ru/guests.ts';
import { booking, commands, slots } from './fixture.ts';

test('a caller booking for someone else: her own introduction is no guest name', async () => {
  const first = slots(await commands('здравствуйте меня зовут светлана я помощник руководителя хочу забронировать номер для моего шефа на четверг'));
  assert.equal(first.guest_name, undefined);
  assert.equal(first.adults, 1);
  const intro = slots(await commands('это марина из бухгалтерии нам нужен номер для сотрудника с первого по третье декабря'));
  assert.equal(intro.guest_name, undefined);
});

test('the guest named after the person the room is for is the booking name', async () => {
  const morph = await loadMorph();
  assert.equal(guestName('меня зовут павел номер нужен для отца его зовут виктор семёнович орлов', morph), 'Виктор Семёнович Орлов');
  assert.equal(guestName('я секретарь наталья бронирую на имя директора зуев максим', morph), 'Зуев Максим');
  const asked = slots(await commands('оформляйте на начальника его зовут ковальчук дмитрий', booking('guest_name')));
  assert.equal(asked.guest_name, 'Ковальчук Дмитрий');
  // a room for the caller too keeps her name
  assert.equal(guestName('меня зовут нина номер для мамы и меня', morph), 'Нина');
});

test('who asks for a room for someone else is not counted in the party unless they say so', () => {
  assert.deepEqual(extractGuests('меня зовут олег я бронирую номер для мамы'), { adults: 1 });
  assert.deepEqual(extractGuests('номер для папы и меня'), { adults: 2 });
});

test('a guest alone said in the third person, or the caller in the dative, is one', () => {
  assert.deepEqual(extractGuests('это для папы он будет один'), { adults: 1 });
  assert.deepEqual(extractGuests('мне одной на три ночи'), { adults: 1 });
  assert.deepEqual(extractGuests('мне один номер на три ночи'), {});
});

test('a surname explained or spelled is kept whole', async () => {
  for (const [said, name] of [
    ['меня зовут лукас фогель фогель это фамилия', 'Лукас Фогель'],
    ['фамилия по буквам г о р д е е в а имя лидия', 'Лидия Гордеева'],
    ['шульга шульга через у наталья', 'Шульга Наталья'],
  ] as const)
    assert.equal(slots(await commands(said, booking('guest_name'))).guest_name, name, said);
  assert.equal(explainedName('а я в субботу приеду'), 'а я в субботу приеду');
  const morph = await loadMorph();
  // a word about the surname before it is spelled is no part of it
  assert.equal(guestName('фамилия у меня непростая по буквам ж м у р к о', morph, { asked: true, askedName: true }), 'Жмурко');
});

test('a name said again after a self-correction is the name; a correction of something else keeps the name', async () => {
  for (const [said, name] of [
    ['пишите на кузнецову ой нет она документы не поменяла так что на орлову дарью', 'Орлова Дарья'],
    ['запишите на петра ой нет на павла сидорова', 'Павел Сидоров'],
    ['на гусеву марину вернее на гусеву алину', 'Гусева Алина'],
  ] as const) {
    assert.equal(slots(await commands(said, booking('guest_name'))).guest_name, name, said);
  }
  const morph = await loadMorph();
  assert.equal(guestName('иванова анна ой простите телефон забыла', morph, { asked: true }), 'Иванова Анна');
});
