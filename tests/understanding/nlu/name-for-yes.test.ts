// A full name said instead of «да» to the room said back (book kind 4), also when the first name is a word the
// dictionary reads as a common noun («вера», «роза», «надежда», «любовь», «лилия»): the name is the answer and the
// room said back is agreed to; words that only agree or choose are no name. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands, slots } from './fixture.ts';

const BOT = 'На ваши даты свободен «Семейный» — 24 400 рублей за всё проживание. Бронируем его?';
const atRoom = {
  activeFlow: 'book_room',
  requestedSlot: 'room_type',
  history: [
    { role: 'user' as const, text: 'нужен семейный с девятого по одиннадцатое января' },
    { role: 'bot' as const, text: BOT },
  ],
};
const held = { room_choices: ['family'], room_offered: 'family/2027-01-09/2027-01-11', check_in_date: '2027-01-09', check_out_date: '2027-01-11', adults: 3 };

test('a full name instead of «да» is the name, and the room said back is taken', async () => {
  for (const [said, name] of [
    ['надежда смирнова', 'Надежда Смирнова'],
    ['лилия гарипова', 'Лилия Гарипова'],
    ['вера павловна зуева', 'Вера Павловна Зуева'],
    ['любовь орлова', 'Любовь Орлова'],
    ['ну записывайте роза хабибуллина', 'Роза Хабибуллина'],
    ['Гусев Пётр', 'Гусев Пётр'],
  ] as const) {
    const s = slots(await commands(said, atRoom, held));
    assert.equal(s['guest_name'], name, said);
    assert.equal(s['room_type'], 'family', said);
  }
});

test('a name with the phone after it: both taken, the name whole', async () => {
  const s = slots(await commands('роза хабибуллина восемь девятьсот двадцать один сто два тридцать сорок', atRoom, held));
  assert.equal(s['guest_name'], 'Роза Хабибуллина');
  assert.equal(s['guest_phone'], '+79211023040');
  assert.equal(s['room_type'], 'family');
  assert.equal(slots(await commands('надежда лукина, телефон 89211023041', atRoom, held))['guest_name'], 'Надежда Лукина');
});

test('words that agree or choose are no name', async () => {
  for (const said of ['да давайте', 'ну хорошо берём', 'давайте этот']) {
    const s = slots(await commands(said, atRoom, held));
    assert.equal(s['guest_name'], undefined, said);
    assert.equal(s['room_type'], 'family', said);
  }
  assert.equal(slots(await commands('а другой есть', atRoom, held))['guest_name'], undefined);
});
