// The readers on callers' own ways of saying things: a bare day of leaving, durations with the unit first, relative
// days with a day of the week, names before a phone, double-barrelled surnames, the hotel's own name, room words
// the hotel's data does not list, and booking codes in formats the hotel never issues.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { parse } from 'yaml';
import type { RoomType } from '../../../src/hotel/types.ts';
import { extractCodeAttempt } from '../../../src/understanding/lang-ru/contacts.ts';
import {
  extractGuests,
  extractName,
  extractNights,
  extractRoomType,
  extractStay,
  loadMorph,
  type Morph,
  numberize,
  normalizeText,
  speaksOfGuests,
} from '../../../src/understanding/lang-ru/index.ts';

const hotel = parse(readFileSync('data/hotel.yml', 'utf8')) as { hotel: { name: string }; room_types: RoomType[] };
const rooms = hotel.room_types;
// Tuesday 24 November 2026
const now = new Date('2026-11-24T12:00:00+03:00');
const stay = (text: string, known = {}) => extractStay(text, now, 'Europe/Moscow', known);
let morph: Morph;
before(async () => {
  morph = await loadMorph();
});

test('a day of the month said alone for leaving comes after the check-in, in the next month when its number is smaller', () => {
  const late = { check_in: '2026-12-28', askedOut: true };
  assert.equal(stay('до второго', late).check_out, '2027-01-02');
  assert.equal(stay('по четвёртое', late).check_out, '2027-01-04');
  assert.equal(stay('ну, наверное, числа третьего', late).check_out, '2027-01-03');
  // to the check-out question a day alone is the day of leaving, never a new check-in
  assert.deepEqual(stay('шестого', late), { check_out: '2027-01-06', nights: 9 });
  assert.equal(stay('уезжаем седьмого', { check_in: '2026-12-30' }).check_out, '2027-01-07');
  assert.equal(stay('в воскресенье', { check_in: '2026-12-02', askedOut: true }).check_out, '2026-12-06');
  // the same day said as the check-in is still the check-in
  assert.deepEqual(stay('с пятнадцатого'), { check_in: '2026-12-15' });
  assert.deepEqual(stay('двадцать девятого'), { check_in: '2026-11-29' });
});

test('durations said loosely: the unit before its number, a week in days', () => {
  const n = (s: string) => extractNights(numberize(normalizeText(s)));
  assert.equal(n('суток на пять'), 5);
  assert.equal(n('ночей на шесть'), 6);
  assert.equal(n('на недели три'), 21);
  assert.equal(n('где-то денька на два'), 2);
  assert.equal(n('на недельку'), 7);
  // people after the number are no length («на троих» is read like «трое»)
  assert.equal(n('недели на троих'), undefined);
  assert.equal(n('на ночь двое человек'), 1);
  assert.deepEqual(stay('с восемнадцатого дней на шесть'), { check_in: '2026-12-18', check_out: '2026-12-24', nights: 6 });
});

test('a day counted from today keeps its place beside a day of the week', () => {
  assert.deepEqual(stay('послезавтра до субботы'), { check_in: '2026-11-26', check_out: '2026-11-28', nights: 2 });
  assert.deepEqual(stay('завтра и по понедельник'), { check_in: '2026-11-25', check_out: '2026-11-30', nights: 5 });
  assert.deepEqual(stay('через неделю до пятницы'), { check_in: '2026-12-01', check_out: '2026-12-04', nights: 3 });
  // a calendar date still places the days of the week said with it
  assert.deepEqual(stay('с пятницы на воскресенье, одиннадцатого декабря'), { check_in: '2026-12-11', check_out: '2026-12-13', nights: 2 });
});

test('a name in a typed request: surname first, before «тел.», «моб.», a phone, or «зовут»', () => {
  const name = (s: string) => extractName(s, morph, { hotelName: hotel.hotel.name });
  assert.equal(name('комфорт на двоих 12-14 декабря. Ковальчук Олеся, тел. 8-917-200-30-40'), 'Ковальчук Олеся');
  assert.equal(name('стандарт, 1 взрослый, Шевцов Артём моб. +7 921 000 11 22'), 'Шевцов Артём');
  assert.equal(name('люкс на завтра, Гаврилова, телефон 89112223344'), 'Гаврилова');
  assert.equal(name('хочу номер, меня Степан зовут'), 'Степан');
  assert.equal(name('Мельникова-Орлова Вера Игоревна, 8 911 000 22 33'), 'Мельникова-Орлова Вера Игоревна');
  // common-gender surnames with a woman's name, surnames the dictionary reads as adjectives, after «забронируйте на»
  assert.equal(name('Долгих Вероника, тел. 8 911 000 22 33'), 'Долгих Вероника');
  assert.equal(name('Кривых Марина, 89110002233'), 'Кривых Марина');
  assert.equal(name('Забронируйте на Тихонова Глеба стандарт'), 'Тихонов Глеб');
  // no name where there is none
  assert.equal(name('номер на двоих, тел. 89112223344'), null);
  assert.equal(name('забронируйте на послезавтра комфорт'), null);
});

test('the hotel’s own name is never the caller’s', () => {
  const asked = (s: string) => extractName(s, morph, { asked: true, askedName: true, hotelName: hotel.hotel.name });
  const words = hotel.hotel.name.replace(/[«»"]/g, '').split(/\s+/).slice(1);
  assert.equal(asked(`это гостиница ${words.join(' ')}?`), null);
  assert.equal(asked(`я звоню в ${words.join(' ')}, меня зовут Лидия Осипова`), 'Лидия Осипова');
  assert.equal(asked(`это ${words[0]}?`), null);
  // without the hotel's name given, the reader would have taken a word of it
  assert.notEqual(extractName(`это ${words.join(' ')}`, morph, { asked: true, askedName: true }), null);
});

test('room words from the hotel’s own data: rooms and places counted, the simplest is the cheapest', () => {
  const room = (s: string) => extractRoomType(s, rooms)?.code;
  const cheapest = [...rooms].sort((a, b) => a.price_weekday - b.price_weekday)[0]!.code;
  assert.equal(room('мне однушку'), cheapest);
  assert.equal(room('двухкомнатный есть?'), 'family');
  assert.equal(room('давайте двушку'), 'family');
  assert.equal(room('трёхместный'), rooms.filter((r) => r.max_guests >= 3).sort((a, b) => a.price_weekday - b.price_weekday)[0]!.code);
  assert.equal(room('какой-нибудь простенький'), cheapest);
  assert.equal(room('трёшку'), undefined);
});

test('guests: the caller with a child; numbers with no people are no guests', () => {
  assert.deepEqual(extractGuests('с дочкой шести лет', 'adults'), { adults: 1, children: 1, children_ages: [6] });
  assert.deepEqual(extractGuests('буду с двумя детьми', 'adults'), { adults: 1, children: 2 });
  assert.equal(speaksOfGuests('дней на пять'), false);
  assert.equal(speaksOfGuests('нас пятеро'), true);
});

test('a code in a format the hotel never issues is still passed on as a code', () => {
  assert.equal(extractCodeAttempt('ну вот xk 4471'), 'XK4471');
  assert.equal(extractCodeAttempt('семь семь один два'), '7712');
  assert.equal(extractCodeAttempt('не помню'), null);
  assert.equal(extractCodeAttempt('12'), null);
});

test('counting words that are no dates, misheard room names, one person said last or by who they are', () => {
  assert.deepEqual(stay('а второй номер на те же даты можно'), {});
  assert.deepEqual(stay('третий раз звоню, с двадцатого'), { check_in: '2026-12-20' });
  assert.equal(extractRoomType('давайте комфорд', rooms)?.code, 'comfort');
  assert.equal(extractRoomType('стандард на двоих', rooms)?.code, 'standard');
  // split in two by the recogniser
  assert.equal(extractRoomType('ну давайте стан дарт', rooms)?.code, 'standard');
  assert.equal(extractRoomType('мне се мейный нужен', rooms)?.code, 'family');
  assert.equal(extractRoomType('ком плексный обед у вас есть', rooms), null);
  assert.equal(extractRoomType('компот', rooms), null);
  assert.deepEqual(extractGuests('на пятое на одну ночь, я одна'), { adults: 1 });
  assert.deepEqual(extractGuests('люкс для нашего директора'), { adults: 1 });
  assert.deepEqual(extractGuests('номер для двух сотрудников'), { adults: 2 });
});

test('surnames declined as adjectives go back to the nominative in the person’s gender', () => {
  const unasked = (s: string) => extractName(s, morph, { hotelName: hotel.hotel.name });
  const asked = (s: string) => extractName(s, morph, { asked: true, askedName: true, hotelName: hotel.hotel.name });
  assert.equal(unasked('оформите бронь на имя гордея седого'), 'Гордей Седой');
  assert.equal(unasked('номер для алёны весёлой'), 'Алёна Весёлая');
  assert.equal(unasked('ну на рыжего тимура тогда'), 'Рыжий Тимур');
  assert.equal(unasked('на имя кудрявого'), 'Кудрявый');
  assert.equal(asked('тихого максима'), 'Тихий Максим');
  assert.equal(asked('полина смелая'), 'Полина Смелая');
  assert.equal(asked('меня зовут егор глухой'), 'Егор Глухой');
  assert.equal(asked('на светлую дарью'), 'Светлая Дарья');
  // an adjective elsewhere is no name
  assert.equal(unasked('нужен тихий номер на двоих для алёны'), null);
  assert.equal(unasked('белый медведь'), null);
  assert.equal(unasked('запишите на ивана петрова двухместный номер'), 'Иван Петров');
});

test('a number before a child noun that does not agree with it («четверо, дочка…») counts the party, not the children', () => {
  assert.deepEqual(extractGuests('нас будет четверо дочка тоже едет ей двадцать два'), { adults: 4, children: 0 });
  assert.deepEqual(extractGuests('ну трое нас сын поедет с нами ему уже девятнадцать'), { adults: 3, children: 0 });
  // numbers that agree still count the children
  assert.equal(extractGuests('двое взрослых и трое детей').children, 3);
  assert.equal(extractGuests('двое взрослых и два сына').children, 2);
  assert.equal(extractGuests('один взрослый и один ребенок').children, 1);
});

test('a pet named beside the party is no person, and a number said of pets is no party', () => {
  assert.equal(extractGuests('ну я и собачка человек один', 'adults').adults, 1);
  assert.equal(extractGuests('со мной кошка а людей трое', 'adults').adults, 3);
  assert.equal(extractGuests('две собаки', 'adults').adults, undefined);
});

test('a child with an age limit said as the subject is a kind of guest, one said as coming is a child', () => {
  assert.deepEqual(extractGuests('а ребенок до пяти лет считается'), {});
  assert.equal(extractGuests('мы вдвоем и малыш до двух лет').children, 1);
  assert.equal(extractGuests('едем с ребенком до трех лет').children, 1);
});

test('a pet named by its breed beside the party is no person either', () => {
  assert.equal(extractGuests('ну я и такса человек один', 'adults').adults, 1);
});
