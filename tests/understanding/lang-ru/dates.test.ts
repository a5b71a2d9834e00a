import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractStay } from '../../../src/understanding/lang-ru/dates.ts';

// Tuesday 24 November 2026, noon in Moscow
const now = new Date('2026-11-24T12:00:00+03:00');
const tz = 'Europe/Moscow';
const stay = (text: string, known = {}) => extractStay(text, now, tz, known);

test('day and month, in digits and in words', () => {
  assert.deepEqual(stay('5 декабря'), { check_in: '2026-12-05' });
  assert.deepEqual(stay('на пятое декабря'), { check_in: '2026-12-05' });
  assert.deepEqual(stay('пятого декабря'), { check_in: '2026-12-05' });
  assert.deepEqual(stay('двадцать восьмого декабря'), { check_in: '2026-12-28' });
  assert.deepEqual(stay('15.12'), { check_in: '2026-12-15' });
  assert.deepEqual(stay('05.12.2026'), { check_in: '2026-12-05' });
});

test('a date without a year is the next one not in the past; a recent past one stays past, to be refused', () => {
  assert.deepEqual(stay('5.03'), { check_in: '2027-03-05' });
  assert.deepEqual(stay('первого января'), { check_in: '2027-01-01' });
  assert.deepEqual(stay('24 ноября'), { check_in: '2026-11-24' });
  // never silently moved to next year: the hotel's date check says the day is gone
  assert.deepEqual(stay('20 ноября'), { check_in: '2026-11-20' });
  assert.deepEqual(stay('на первое ноября'), { check_in: '2026-11-01' });
  assert.deepEqual(stay('с пятнадцатого по семнадцатое октября'), { check_in: '2026-10-15', check_out: '2026-10-17', nights: 2 });
  assert.deepEqual(stay('на вчера'), { check_in: '2026-11-23' });
  assert.deepEqual(stay('позавчера'), { check_in: '2026-11-22' });
  // months long gone this year are next year's
  assert.deepEqual(stay('десятого марта'), { check_in: '2027-03-10' });
});

test('the year said, in digits or words, applies to the dates; times of day are no dates', () => {
  assert.deepEqual(stay('на пятое января двадцать седьмого года'), { check_in: '2027-01-05' });
  assert.deepEqual(stay('десятого марта две тысячи двадцать восьмого года'), { check_in: '2028-03-10' });
  assert.deepEqual(stay('в 2028 году с десятого по пятнадцатое февраля'), { check_in: '2028-02-10', check_out: '2028-02-15', nights: 5 });
  assert.deepEqual(stay('в двадцать седьмом году пятнадцатого июня на две ночи'), { check_in: '2027-06-15', check_out: '2027-06-17', nights: 2 });
  assert.deepEqual(stay('с 30 декабря по 2 января 2027 года'), { check_in: '2026-12-30', check_out: '2027-01-02', nights: 3 });
  assert.deepEqual(stay('в двадцать восьмом году'), {});
  assert.deepEqual(stay('приеду в пол второго'), {});
  assert.deepEqual(stay('заселимся пятого декабря к трем часам'), { check_in: '2026-12-05' });
  assert.deepEqual(stay('пятого декабря в 14:30'), { check_in: '2026-12-05' });
});

test('days said win over a vague period', () => {
  assert.deepEqual(stay('на выходные, с пятницы на субботу'), { check_in: '2026-11-27', check_out: '2026-11-28', nights: 1 });
  assert.deepEqual(stay('на выходные с субботы на воскресенье'), { check_in: '2026-11-28', check_out: '2026-11-29', nights: 1 });
  assert.deepEqual(stay('на выходные'), { check_in: '2026-11-27', check_out: '2026-11-29', nights: 2 });
  // a day of the week before each day of a range, numbers as words: the month said at the end is the range's
  assert.deepEqual(stay('со вторника пятнадцатого по четверг семнадцатое декабря'), { check_in: '2026-12-15', check_out: '2026-12-17', nights: 2 });
  assert.deepEqual(stay('с субботы 9-го по понедельник 11-е января'), { check_in: '2027-01-09', check_out: '2027-01-11', nights: 2 });
  // the weekend before the New Year is the last one before 31 December (a Thursday in 2026)
  assert.deepEqual(stay('нам бы на предновогодние выходные'), { check_in: '2026-12-25', check_out: '2026-12-27', nights: 2 });
  assert.deepEqual(stay('выходные прямо перед самым новым годом'), { check_in: '2026-12-25', check_out: '2026-12-27', nights: 2 });
  // «следующие» said on its own is the weekend after this one, with its days; negated it is not
  assert.deepEqual(stay('выходные нужны только не ближайшие а следующие'), { check_in: '2026-12-04', check_out: '2026-12-06', nights: 2 });
  assert.deepEqual(stay('на выходные, на следующие, с субботы по воскресенье'), { check_in: '2026-12-05', check_out: '2026-12-06', nights: 1 });
  assert.deepEqual(stay('на эти выходные а не на следующие'), { check_in: '2026-11-27', check_out: '2026-11-29', nights: 2 });
  // a calendar date said with days of the week places them
  assert.deepEqual(stay('на выходные с пятницы на субботу двенадцатого декабря'), { check_in: '2026-12-11', check_out: '2026-12-12', nights: 1 });
  assert.deepEqual(stay('с пятницы 11 декабря по воскресенье'), { check_in: '2026-12-11', check_out: '2026-12-13', nights: 2 });
  assert.deepEqual(stay('с субботы на воскресенье, 12–13 декабря'), { check_in: '2026-12-12', check_out: '2026-12-13', nights: 1 });
  assert.deepEqual(stay('в пятницу пятого декабря на одну ночь'), { check_in: '2026-12-05', check_out: '2026-12-06', nights: 1 });
});

test('a range written with an en dash', () => {
  assert.deepEqual(stay('забронируйте стандарт 14–16 января для двоих'), { check_in: '2027-01-14', check_out: '2027-01-16', nights: 2 });
});

test('ranges', () => {
  assert.deepEqual(stay('с 5 по 7 декабря'), { check_in: '2026-12-05', check_out: '2026-12-07', nights: 2 });
  assert.deepEqual(stay('с пятого на седьмое'), { check_in: '2026-12-05', check_out: '2026-12-07', nights: 2 });
  assert.deepEqual(stay('с 30 декабря по 2 января'), { check_in: '2026-12-30', check_out: '2027-01-02', nights: 3 });
  assert.deepEqual(stay('5-7 декабря'), { check_in: '2026-12-05', check_out: '2026-12-07', nights: 2 });
  assert.deepEqual(stay('заезд 10 декабря, выезд 12 декабря'), { check_in: '2026-12-10', check_out: '2026-12-12', nights: 2 });
  assert.deepEqual(stay('с двадцать восьмого декабря по третье января'), { check_in: '2026-12-28', check_out: '2027-01-03', nights: 6 });
});

test('relative days and weekdays', () => {
  assert.deepEqual(stay('сегодня'), { check_in: '2026-11-24' });
  assert.deepEqual(stay('завтра'), { check_in: '2026-11-25' });
  assert.deepEqual(stay('послезавтра'), { check_in: '2026-11-26' });
  assert.deepEqual(stay('в пятницу'), { check_in: '2026-11-27' });
  assert.deepEqual(stay('во вторник'), { check_in: '2026-12-01' });
  assert.deepEqual(stay('в следующую пятницу'), { check_in: '2026-12-04' });
  assert.deepEqual(stay('через неделю'), { check_in: '2026-12-01' });
  assert.deepEqual(stay('двадцать восьмого'), { check_in: '2026-11-28' });
});

test('weekday ranges and words for today and tomorrow', () => {
  assert.deepEqual(stay('с понедельника по среду'), { check_in: '2026-11-30', check_out: '2026-12-02', nights: 2 });
  assert.deepEqual(stay('с завтрашнего дня на неделю'), { check_in: '2026-11-25', check_out: '2026-12-02', nights: 7 });
  assert.deepEqual(stay('десятого-двенадцатого декабря'), { check_in: '2026-12-10', check_out: '2026-12-12', nights: 2 });
  assert.ok(stay('с 5 декабря по 5 декабря').invalid);
});

test('weekends and the new year', () => {
  assert.deepEqual(stay('на выходные'), { check_in: '2026-11-27', check_out: '2026-11-29', nights: 2 });
  assert.deepEqual(stay('на следующие выходные'), { check_in: '2026-12-04', check_out: '2026-12-06', nights: 2 });
  assert.deepEqual(stay('на новый год'), { check_in: '2026-12-31' });
});

test('length of stay', () => {
  assert.deepEqual(stay('на две ночи'), { nights: 2 });
  assert.deepEqual(stay('на сутки'), { nights: 1 });
  assert.deepEqual(stay('на неделю'), { nights: 7 });
  assert.deepEqual(stay('на пару ночей'), { nights: 2 });
  assert.deepEqual(stay('с пятницы на две ночи'), { check_in: '2026-11-27', check_out: '2026-11-29', nights: 2 });
  assert.deepEqual(stay('завтра на сутки'), { check_in: '2026-11-25', check_out: '2026-11-26', nights: 1 });
  assert.deepEqual(stay('на 9 декабря на одну ночь для одного человека'), { check_in: '2026-12-09', check_out: '2026-12-10', nights: 1 });
  assert.deepEqual(stay('на 26 декабря на две ночи, нас четверо'), { check_in: '2026-12-26', check_out: '2026-12-28', nights: 2 });
});

test('a known check-in completes the stay', () => {
  assert.deepEqual(stay('на две ночи', { check_in: '2026-12-05' }), { nights: 2, check_out: '2026-12-07' });
  assert.deepEqual(stay('по седьмое', { check_in: '2026-12-05' }), { check_out: '2026-12-07', nights: 2 });
});

test('impossible dates are reported, never guessed', () => {
  assert.deepEqual(stay('31 февраля'), { invalid: '31 февраля', impossible: { date: '2027-02-31', role: 'in' } });
  assert.deepEqual(stay('на 31 ноября').impossible, { date: '2026-11-31', role: 'in' });
  assert.deepEqual(stay('выезд 31 ноября').impossible, { date: '2026-11-31', role: 'out' });
  assert.equal(stay('32 декабря').impossible, undefined);
  assert.equal(stay('32.12').check_in, undefined);
  assert.ok(stay('с 5 декабря по 31 ноября').invalid);
});

test('«после Нового года» is no date of its own', () => {
  assert.deepEqual(stay('после Нового года, 3 января, на 4 дня'), { check_in: '2027-01-03', nights: 4, check_out: '2027-01-07' });
  assert.equal(stay('на Новый год').check_in, '2026-12-31');
  assert.equal(stay('на новогодние праздники').check_in, '2026-12-31');
  assert.deepEqual(stay('на новогодние, с 30 декабря по 2 января'), { check_in: '2026-12-30', check_out: '2027-01-02', nights: 3 });
});

test('counts are not dates', () => {
  assert.deepEqual(stay('с 5 декабря на двоих'), { check_in: '2026-12-05' });
  assert.deepEqual(stay('нас двое взрослых'), {});
  assert.deepEqual(stay('стоимость 6500 рублей'), {});
});

test('a month named first places the days said after it', () => {
  assert.deepEqual(stay('ну нам бы в январе с одиннадцатого по четырнадцатое'), { check_in: '2027-01-11', check_out: '2027-01-14', nights: 3 });
  assert.deepEqual(stay('на февраль числа так с третьего на пятое'), { check_in: '2027-02-03', check_out: '2027-02-05', nights: 2 });
  assert.deepEqual(stay('в марте приедем шестого на три ночи'), { check_in: '2027-03-06', nights: 3, check_out: '2027-03-09' });
  assert.deepEqual(stay('есть что-нибудь в апреле на двенадцатое'), { check_in: '2027-04-12' });
  assert.deepEqual(stay('декабрь, заезд девятнадцатого, выезд двадцать первого'), { check_in: '2026-12-19', check_out: '2026-12-21', nights: 2 });
  // the days after the first follow it across the month's end
  assert.deepEqual(stay('в январе с двадцать девятого по третье'), { check_in: '2027-01-29', check_out: '2027-02-03', nights: 5 });
  // a month said with a day is that day's; two months named alone place nothing
  assert.deepEqual(stay('пятого февраля до восьмого'), { check_in: '2027-02-05', check_out: '2027-02-08', nights: 3 });
  assert.equal(stay('в январе или в феврале, числа с десятого').check_in, '2026-12-10');
  // the month named in the turn before
  assert.deepEqual(stay('с восьмого по десятое', { month: 1 }), { check_in: '2027-01-08', check_out: '2027-01-10', nights: 2 });
});

test('a week named with the days of the week places them in that week', () => {
  // today is Tuesday 24 November; next week starts on Monday 30 November
  assert.deepEqual(stay('ну на следующей неделе со среды по пятницу'), { check_in: '2026-12-02', check_out: '2026-12-04', nights: 2 });
  assert.deepEqual(stay('через неделю в четверг на три ночи'), { check_in: '2026-12-03', nights: 3, check_out: '2026-12-06' });
  assert.deepEqual(stay('через три недели в понедельник'), { check_in: '2026-12-14' });
  assert.deepEqual(stay('на этой неделе с четверга по воскресенье'), { check_in: '2026-11-26', check_out: '2026-11-29', nights: 3 });
  assert.deepEqual(stay('на той неделе в субботу на сутки'), { check_in: '2026-12-05', nights: 1, check_out: '2026-12-06' });
  // with no day of the week, «через неделю» is the day a week from today
  assert.deepEqual(stay('через неделю на две ночи'), { check_in: '2026-12-01', nights: 2, check_out: '2026-12-03' });
});

test('days of the week joined by «и» after «на» are the nights', () => {
  assert.deepEqual(stay('нам на четверг и пятницу'), { check_in: '2026-11-26', check_out: '2026-11-28', nights: 2 });
  assert.deepEqual(stay('на субботу и воскресенье то есть две ночи'), { check_in: '2026-11-28', check_out: '2026-11-30', nights: 2 });
  assert.deepEqual(stay('на понедельник, вторник и среду'), { check_in: '2026-11-30', check_out: '2026-12-03', nights: 3 });
  // a range is a range
  assert.deepEqual(stay('с четверга на пятницу'), { check_in: '2026-11-26', check_out: '2026-11-27', nights: 1 });
});

test('a date corrected in the same breath: the one after «ой нет», «хотя нет», «вернее» wins', () => {
  assert.deepEqual(stay('с восьмого по одиннадцатое ой нет по десятое'), { check_in: '2026-12-08', check_out: '2026-12-10', nights: 2 });
  assert.deepEqual(stay('заезд седьмого хотя нет восьмого декабря'), { check_in: '2026-12-08' });
  assert.deepEqual(stay('выезжаем двенадцатого вернее тринадцатого', { check_in: '2026-12-10' }), { check_out: '2026-12-13', nights: 3 });
});

test('a day alone that corrects a date keeps to that date’s month (issue 12, A1)', () => {
  // in the same breath
  assert.deepEqual(stay('заезд с двенадцатого февраля ой нет с тринадцатого'), { check_in: '2027-02-13' });
  assert.deepEqual(stay('выезд третьего марта хотя нет четвертого', { check_in: '2027-02-27' }), { check_out: '2027-03-04', nights: 5 });
  // a turn later, against the check-in known: «с двадцать второго» is 22 January, not 22 December
  assert.deepEqual(stay('ой извините с двадцать второго', { check_in: '2027-01-19' }), { check_in: '2027-01-22' });
  assert.deepEqual(stay('давайте лучше с третьего', { check_in: '2027-01-30' }), { check_in: '2027-02-03' });
  // the same day of the known month already gone: the next one
  assert.deepEqual(stay('нет с двадцатого', { check_in: '2026-11-26' }), { check_in: '2026-12-20' });
});

test('«следующего года» is next year; a day the next such month lacks is impossible, never a later year', () => {
  assert.deepEqual(stay('на третье ноября следующего года'), { check_in: '2027-11-03' });
  assert.deepEqual(stay('в будущем году десятого октября'), { check_in: '2027-10-10' });
  assert.deepEqual(stay('на двадцать девятое февраля'), { invalid: '29-го февраля', impossible: { date: '2027-02-29', role: 'in' } });
});

test('a weekend in a part of a month named: «в начале декабря на выходные» is that month’s first weekend', () => {
  assert.deepEqual(stay('ну где-то в начале декабря на выходные'), { check_in: '2026-12-04', check_out: '2026-12-06', nights: 2 });
  assert.deepEqual(stay('в середине января на выходные'), { check_in: '2027-01-15', check_out: '2027-01-17', nights: 2 });
  // the month already under way: the coming weekend
  assert.deepEqual(stay('в ноябре на выходные'), { check_in: '2026-11-27', check_out: '2026-11-29', nights: 2 });
});
