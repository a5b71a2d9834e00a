import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { parse } from 'yaml';
import type { RoomType } from '../../../src/hotel/types.ts';
import {
  extractBookingCode,
  extractEmail,
  extractGuests,
  extractName,
  extractPhone,
  extractRoomType,
  extractYesNo,
  loadMorph,
  type Morph,
  numberize,
} from '../../../src/understanding/lang-ru/index.ts';

const rooms = (parse(readFileSync('data/hotel.yml', 'utf8')) as { room_types: RoomType[] }).room_types;
let morph: Morph;
before(async () => {
  morph = await loadMorph();
});

test('numbers in words', () => {
  assert.equal(numberize('двести сорок пять'), '245');
  assert.equal(numberize('нас двое'), 'нас 2-ро');
  assert.equal(numberize('с двадцать первого по тридцать первое'), 'с 21-го по 31-го');
  assert.equal(numberize('третьего января'), '3-го января');
  assert.equal(numberize('с двумя детьми'), 'с 2 детьми');
  assert.equal(numberize('вчетвером'), '4-ро');
  assert.equal(numberize('номер на семью'), 'номер на семью');
});

test('guests', () => {
  assert.deepEqual(extractGuests('нас двое'), { adults: 2 });
  assert.deepEqual(extractGuests('вдвоём'), { adults: 2 });
  assert.deepEqual(extractGuests('я один'), { adults: 1 });
  assert.deepEqual(extractGuests('двое взрослых и ребёнок пяти лет'), { adults: 2, children: 1, children_ages: [5] });
  assert.deepEqual(extractGuests('я с женой и двумя детьми'), { adults: 2, children: 2 });
  assert.deepEqual(extractGuests('двое взрослых'), { adults: 2 });
  assert.deepEqual(extractGuests('3 взрослых'), { adults: 3 });
  assert.deepEqual(extractGuests('для одного человека'), { adults: 1 });
  // typed as heard: «адин» for «один»
  assert.deepEqual(extractGuests('адин взрослый', 'adults'), { adults: 1 });
  // the person spoken to is no companion
  assert.deepEqual(extractGuests('Алло, девушка, я с мужем'), { adults: 2 });
  // without commas: the person spoken to opens the message and is no guest; joined by «и» she is one
  assert.deepEqual(extractGuests('ну девушка запишите меня на пятницу'), {});
  assert.deepEqual(extractGuests('молодой человек мне номер на сутки'), {});
  assert.deepEqual(extractGuests('девушка и я приедем в пятницу'), { adults: 2 });
  assert.deepEqual(extractGuests('я и девушка'), { adults: 2 });
  // a grown son or daughter is an adult
  assert.deepEqual(extractGuests('нас двое будет, я да дочка, она взрослая уже', 'adults'), { adults: 2, children: 0 });
  assert.deepEqual(extractGuests('я и сын, ему 30'), { adults: 2, children: 0 });
  assert.deepEqual(extractGuests('я и сын, ему 5'), { adults: 1, children: 1, children_ages: [5] });
  assert.deepEqual(extractGuests('двое взрослых и двое детей, детям 4 и 10 лет'), { adults: 2, children: 2, children_ages: [4, 10] });
  assert.deepEqual(extractGuests('нас четверо, из них двое детей'), { adults: 2, children: 2 });
  assert.deepEqual(extractGuests('трое', 'adults'), { adults: 3 });
  assert.deepEqual(extractGuests('с 14 по 16 декабря'), {});
  assert.deepEqual(extractGuests('я и муж'), { adults: 2 });
  assert.deepEqual(extractGuests('четверо, двое из них дети'), { adults: 2, children: 2 });
  assert.deepEqual(extractGuests('я плюс один'), { adults: 2 });
  assert.deepEqual(extractGuests('я и сын'), { adults: 1, children: 1 });
  assert.deepEqual(extractGuests('телефон будет 8 926 111 22 33'), {});
  assert.deepEqual(extractGuests('нас двое, телефон восемь девятьсот двадцать шесть сто одиннадцать двадцать два тридцать три'), { adults: 2 });
});

test('children ages in the ways callers say them', () => {
  assert.deepEqual(extractGuests('один взрослый и трое детей, им 5, 7 и 10 лет'), { adults: 1, children: 3, children_ages: [5, 7, 10] });
  assert.deepEqual(extractGuests('двое взрослых и двое детей, детям 5 и 7'), { adults: 2, children: 2, children_ages: [5, 7] });
  assert.deepEqual(extractGuests('двое взрослых и малыш, ему год'), { adults: 2, children: 1, children_ages: [1] });
  assert.deepEqual(extractGuests('пять и семь лет', 'children_ages'), { children: 2, children_ages: [5, 7] });
  assert.deepEqual(extractGuests('пять и семь', 'children_ages'), { children: 2, children_ages: [5, 7] });
  assert.deepEqual(extractGuests('сыну полтора года, дочке четыре', 'children_ages'), { children: 2, children_ages: [1, 4] });
  assert.deepEqual(extractGuests('восемь месяцев', 'children_ages'), { children: 1, children_ages: [0] });
  assert.deepEqual(extractGuests('одному три, другому пять', 'children_ages'), { children: 2, children_ages: [3, 5] });
  // dates after the children are no ages
  assert.deepEqual(extractGuests('двое взрослых и двое детей с 5 по 7 декабря'), { adults: 2, children: 2 });
  assert.equal(extractGuests('двое детей на новый год').children_ages, undefined);
});

test('me and the people named with me', () => {
  assert.deepEqual(extractGuests('я, жена и сын восьми лет'), { adults: 2, children: 1, children_ages: [8] });
  assert.deepEqual(extractGuests('я, муж, мама и дочка'), { adults: 3, children: 1 });
  assert.deepEqual(extractGuests('я и двое детей'), { adults: 1, children: 2 });
});

test('room types through Russian endings and preferences', () => {
  assert.equal(extractRoomType('в люксе', rooms)?.code, 'suite');
  assert.equal(extractRoomType('стандартного номера', rooms)?.code, 'standard');
  assert.equal(extractRoomType('семейный', rooms)?.code, 'family');
  // the English room codes as callers say them
  assert.equal(extractRoomType('мне нужен фэмили рум', rooms)?.code, 'family');
  assert.equal(extractRoomType('сюит на двоих', rooms)?.code, 'suite');
  assert.equal(extractRoomType('комфорт', rooms)?.code, 'comfort');
  assert.equal(extractRoomType('в номере с видом на реку', rooms)?.code, 'comfort');
  assert.equal(extractRoomType('двухкомнатный', rooms)?.code, 'family');
  assert.deepEqual(extractRoomType('что-нибудь подешевле', rooms), { code: 'standard', byPreference: true, preference: 'cheapest' });
  assert.deepEqual(extractRoomType('самый недорогой', rooms), { code: 'standard', byPreference: true, preference: 'cheapest' });
  assert.deepEqual(extractRoomType('самый просторный', rooms), { code: 'suite', byPreference: true, preference: 'largest' });
  assert.equal(extractRoomType('хочу забронировать номер', rooms), null);
  assert.equal(extractRoomType('нас семь человек', rooms), null);
});

test('names go back to the nominative', () => {
  assert.equal(extractName('меня зовут Олег Ковалёв', morph), 'Олег Ковалёв');
  assert.equal(extractName('на имя Елены Соколовой', morph), 'Елена Соколова');
  assert.equal(extractName('запишите на имя Петра Сидорова', morph), 'Пётр Сидоров');
  assert.equal(extractName('на имя Анны Сергеевны Смирновой', morph), 'Анна Сергеевна Смирнова');
  assert.equal(extractName('Пётр Сидоров', morph, { asked: true }), 'Пётр Сидоров');
  assert.equal(extractName('пётр сидоров', morph, { asked: true }), 'Пётр Сидоров');
  assert.equal(extractName('запишите на Смирнова Андрея', morph), 'Смирнов Андрей');
  assert.equal(extractName('Олегу Ковалёву', morph, { asked: true }), 'Олег Ковалёв');
  assert.equal(extractName('на Ольгу Викторовну Павлову', morph, { asked: true }), 'Ольга Викторовна Павлова');
  assert.equal(extractName('Карина Хабибуллина', morph, { asked: true }), 'Карина Хабибуллина');
  assert.equal(extractName('Пётр', morph), null);
  assert.equal(extractName('хочу номер на двоих с видом на реку', morph), null);
});

test('a full name said among other details counts without «меня зовут»', () => {
  assert.equal(extractName('стандарт с 5 по 7 декабря на двоих, Иван Григорьев, телефон 89000000028', morph), 'Иван Григорьев');
  assert.equal(extractName('Пётр Сидоров', morph), 'Пётр Сидоров');
  // «Ксения» ends in «я» but is not the pronoun «я»: the whole name is kept
  assert.equal(extractName('нас двое, Ксения Фёдорова, 89000000029', morph), 'Ксения Фёдорова');
  assert.equal(extractName('Отель Невский берег', morph), null);
  assert.equal(extractName('двое взрослых', morph, { asked: true }), null);
  assert.equal(extractName('да', morph, { asked: true }), null);
});

test('«можно» alone agrees; «а можно …?» asks', () => {
  assert.equal(extractYesNo('можно'), true);
  assert.equal(extractYesNo('да, можно'), true);
  assert.equal(extractYesNo('а можно с собакой?'), null);
  assert.equal(extractYesNo('подходит ли комфорт для троих?'), null);
  assert.equal(extractYesNo('а это точно хорошо будет?'), null);
  assert.equal(extractYesNo('да?'), true);
  assert.equal(extractYesNo('ну да, правильно'), true);
});

test('an e-mail read aloud', () => {
  assert.equal(extractEmail('вадим собака мейл точка ру'), 'vadim@mail.ru');
  assert.equal(extractEmail('моя почта иван точка петров собака яндекс точка ру'), 'ivan.petrov@yandex.ru');
  assert.equal(extractEmail('anna77 собака гмейл ком'), 'anna77@gmail.com');
  assert.equal(extractEmail('у нас собака маленькая'), null);
  assert.equal(extractEmail('можно с собакой?'), null);
  // the words that introduce the address are no part of it, however inflected
  assert.equal(extractEmail('запишите почту тим собака мейл точка ру'), 'tim@mail.ru');
  assert.equal(extractEmail('отправьте на ящик олег собака яндекс ру'), 'oleg@yandex.ru');
  assert.equal(extractEmail('моя электронка лена точка смирнова собака гмейл ком'), 'lena.smirnova@gmail.com');
  assert.equal(extractEmail('почта tim at mail dot ru'), 'tim@mail.ru');
});

test('a surname said apart from the first name', () => {
  assert.equal(extractName('Меня Светлана зовут, фамилия Орлова', morph, { asked: true }), 'Светлана Орлова');
  assert.equal(extractName('фамилия Орлова', morph, { asked: true }), 'Орлова');
  assert.equal(extractName('Тамара Ивановна меня зовут, фамилия Гусева', morph, { asked: true }), 'Тамара Ивановна Гусева');
  // a surname that is also a noun, after the first name asked for
  assert.equal(extractName('Оксана Мельник', morph, { asked: true }), 'Оксана Мельник');
  assert.equal(extractName('Иван Кузнец, телефон 89001112233', morph, { asked: true }), 'Иван Кузнец');
  assert.equal(extractName('Анна, завтра', morph, { asked: true }), 'Анна');
});

test('a surname the dictionary reads as a common word, after a first name', () => {
  assert.equal(extractName('Вадим Орехов', morph, { asked: true }), 'Вадим Орехов');
  assert.equal(extractName('вадим орехов', morph, { asked: true }), 'Вадим Орехов');
  assert.equal(extractName('Анна Лесных', morph, { asked: true }), 'Анна Лесных');
  assert.equal(extractName('Тарас Шевчук', morph, { asked: true }), 'Тарас Шевчук');
  assert.equal(extractName('двое, Анна Лесных, 89000000000', morph), 'Анна Лесных');
});

test('phones become E.164', () => {
  assert.equal(extractPhone('8 916 123-45-67'), '+79161234567');
  assert.equal(extractPhone('+7 (916) 123-45-67'), '+79161234567');
  assert.equal(extractPhone('мой телефон 89000000002'), '+79000000002');
  assert.equal(extractPhone('8 900 000 00 03'), '+79000000003');
  assert.equal(extractPhone('восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь'), '+79161234567');
  assert.equal(extractPhone('с 14 по 16 декабря'), null);
});

test('e-mail, booking codes, yes and no', () => {
  assert.equal(extractEmail('пишите на Ivan.Petrov@mail.ru'), 'ivan.petrov@mail.ru');
  assert.equal(extractBookingCode('код брони AC3DE5'), 'AC3DE5');
  assert.equal(extractBookingCode('номер брони ac3de5'), 'AC3DE5');
  assert.equal(extractBookingCode('ак3де5', true), 'AK3DE5');
  assert.equal(extractBookingCode('телефон 89000000002'), null);
  assert.equal(extractBookingCode('код брони а к три д е пять', true), 'AK3DE5');
  assert.equal(extractBookingCode('эй си три ди и файв', true), 'AC3DE5');
  assert.equal(extractBookingCode('ка семь эм два икс девять', true), 'K7M2X9');
  assert.equal(extractBookingCode('а к три д е пять'), null);
  assert.equal(extractBookingCode('да, всё верно', true), null);
  for (const yes of ['да', 'ага', 'угу', 'давайте', 'конечно', 'да, всё верно', 'всё так']) assert.equal(extractYesNo(yes), true, yes);
  for (const no of ['нет', 'не надо', 'нет, спасибо', 'неверно', 'да нет, не надо']) assert.equal(extractYesNo(no), false, no);
  assert.equal(extractYesNo('хм'), null);
});

test('a party counted from the people named: adults by who they are, a grown son or daughter as an adult', () => {
  assert.deepEqual(extractGuests('мы с мужем и свекровью'), { adults: 3 });
  assert.deepEqual(extractGuests('для папы и меня'), { adults: 2 });
  assert.deepEqual(extractGuests('я и дочка ей двадцать два года'), { children: 0, adults: 2 });
  assert.deepEqual(extractGuests('двое взрослых и сын ему уже восемнадцать'), { adults: 3, children: 0 });
  assert.deepEqual(extractGuests('мы с женой и дочь тридцати лет'), { children: 0, adults: 3 });
  // children stay children
  assert.deepEqual(extractGuests('мы с женой и сын шести лет'), { children: 1, children_ages: [6], adults: 2 });
  assert.deepEqual(extractGuests('для мамы'), { adults: 1 });
});
