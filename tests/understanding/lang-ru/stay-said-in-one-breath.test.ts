// Set J kinds (booking flow): a stay said with a story date beside it, a stay corrected in the same message, number
// words the recogniser split in two, a phone dictated with words linking its groups. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractStay } from '../../../src/understanding/lang-ru/dates.ts';
import { joinSplitNumerals } from '../../../src/understanding/lang-ru/numbers.ts';
import { extractPhone } from '../../../src/understanding/lang-ru/phones.ts';
import { usualForms } from '../../../src/understanding/lang-ru/spoken.ts';
import { booking, commands, slots } from '../nlu/fixture.ts';

const NOW = new Date('2026-11-24T12:00:00+03:00');
const stay = (said: string) => extractStay(said, NOW, 'Europe/Moscow');

test('a range said with «с … по …» wins over a day of the story told beside it', () => {
  assert.deepEqual(stay('у сына выпускной четырнадцатого декабря так что нам с двенадцатого по пятнадцатое'), {
    check_in: '2026-12-12',
    check_out: '2026-12-15',
    nights: 3,
  });
  // the story's month places the range said without one
  assert.deepEqual(stay('концерт будет третьего января мы хотим приехать со второго по четвёртое'), {
    check_in: '2027-01-02',
    check_out: '2027-01-04',
    nights: 2,
  });
  assert.deepEqual(stay('годовщина свадьбы восьмого числа поэтому с шестого до девятого'), { check_in: '2026-12-06', check_out: '2026-12-09', nights: 3 });
  // a day alone with nights, no range: still the stay
  assert.deepEqual(stay('седьмого декабря на две ночи'), { check_in: '2026-12-07', nights: 2, check_out: '2026-12-09' });
});

test('a stay corrected in the same message: every date after the correction replaces the one before', () => {
  assert.deepEqual(stay('с 3 по 6 декабря. Ой, вернее с 3 по 7.'), { check_in: '2026-12-03', check_out: '2026-12-07', nights: 4 });
  assert.deepEqual(stay('с десятого по двенадцатое то есть с одиннадцатого по тринадцатое'), { check_in: '2026-12-11', check_out: '2026-12-13', nights: 2 });
  assert.deepEqual(stay('с первого по третье декабря ой перепутала с второго по четвёртое'), { check_in: '2026-12-02', check_out: '2026-12-04', nights: 2 });
});

test('number words split in two by the recogniser are one number again', () => {
  assert.equal(joinSplitNumerals('с четыр надцатого по шестнадцатое'), 'с четырнадцатого по шестнадцатое');
  assert.equal(joinSplitNumerals('двад цать первого'), 'двадцать первого');
  assert.equal(joinSplitNumerals('восемь надцатого'), 'восемнадцатого');
  // numbers of their own, and ordinary words, stay as said
  assert.equal(joinSplitNumerals('три ста'), 'три ста');
  assert.equal(joinSplitNumerals('сорок два человека'), 'сорок два человека');
  assert.equal(usualForms('на выход ные'), 'на выход ные');
});

test('the pieces of a split day are the stay, never a guest name', async () => {
  const s = slots(await commands(usualForms('с пят надцатого по восемнадцатое'), booking('check_in_date')));
  assert.deepEqual(s, { check_in_date: '2026-12-15', check_out_date: '2026-12-18' });
  const raw = slots(await commands('ну с одиннад цатого по тринадцатое', booking('check_in_date')));
  assert.equal(raw.guest_name, undefined);
  assert.equal(raw.check_in_date, '2026-12-11');
});

test('a phone dictated in groups with linking words between them', () => {
  assert.equal(extractPhone('восемь девятьсот двадцать шесть потом пятьсот десять и в конце тридцать три сорок'), '+79265103340');
  assert.equal(extractPhone('плюс семь девятьсот три, затем четыреста один, и последние двадцать два ноль восемь'), '+79034012208');
  assert.equal(extractPhone('нас двое и трое детей'), null);
});

test('a phone with linking words and e-mail refused in the same breath is the phone', async () => {
  const s = slots(
    await commands('пишите восемь девятьсот двадцать шесть дальше пятьсот десять а последние тридцать три сорок а почты у меня нет', booking('guest_phone')),
  );
  assert.equal(s.guest_phone, '+79265103340');
});

test('a typed self-correction is the booking said again, not a second request to answer', async () => {
  const cs = await commands('Здравствуйте. Нужен номер с 8 по 10 декабря. Ой, точнее с 8 по 11-е.');
  assert.ok(!cs.some((c) => c.command === 'knowledge'));
  assert.deepEqual(slots(cs), { check_in_date: '2026-12-08', check_out_date: '2026-12-11' });
});
