// Every date said in a message, in the order said: calendar dates in their spoken and written shapes, ranges, days of
// the month alone, days counted from today, days of the week, the weekend, the New Year; then placed by the week or
// the month named (weekday-placement.ts, month-named.ts).
import { addDays, daysBetween, daysInMonth, type IsoDate, isoOf, parts, weekdayOf } from './calendar.ts';
import { nextDay, nextDayMonth, spokenDayMonth } from './calendar-placement.ts';
import type { Mention } from './date-mention.ts';
import { DAY, MONTH_RE, monthOf, WEEKDAYS, yearOf } from './date-words.ts';
import { monthPart, placeInMonth } from './month-named.ts';
import { anchorWeekdays, nightsNamed, placeInWeek } from './weekday-placement.ts';

/** A month's wrap («с тридцатого по второе января») is a stay of at most this many nights; a longer one is a slip. */
export const WRAP_NIGHTS = 14;

const NOT_COUNT = '(?! ?(?:-ро|ноч|сут|недел|дн|ден|человек|чел|взросл|гост|дет|ребен|персон|мест|час|руб|тыс|лет|год))';

// «с пятницы 25-го по воскресенье 27-е декабря»: a day of the week may stand before each day of the range
const DOW = '(?:(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)[а-я]* )?';
const RANGE_RE = new RegExp(`(?:(?:^|\\s)(с|со|от) )?${DOW}\\b${DAY}(?: ${MONTH_RE})? ?(по|до|-|–|—|на) ?${DOW}${DAY}(?: ${MONTH_RE})?${NOT_COUNT}`, 'g');
const DAY_MONTH_RE = new RegExp(`\\b${DAY} ${MONTH_RE}(?: (\\d{4}))?`, 'g');

const BEFORE_NEW_YEAR = /(?<![а-я])(?:(?:перед|до) (?:самым )?нов(?:ым|ого) год|предновогодн)/;
// «следующие» / «следующих» with no noun after it (the weekend said before it), not negated («не на следующие»)
const ELLIPTIC_NEXT = /(?<![а-я])(?<!не (?:на )?)следующ(?:ие|их)(?=\s*(?:$|[,.!?]|(?:с|на|по|в|а|и|ну|то|пожалуйста)(?![а-я])))/;

export function findMentions(t: string, today: IsoDate, saidYear?: number, month?: number): Mention[] {
  const found: Mention[] = [];
  const taken = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
  const push = (m: Mention) => {
    if (!taken(m.start, m.end)) found.push(m);
  };
  const dayMonth = (day: number, month: number, year: number | undefined, start: number, end: number, raw: string) => {
    const date = month >= 1 && month <= 12 ? spokenDayMonth(today, day, month, year ?? saidYear) : null;
    push(date ? { start, end, date } : { start, end, invalid: raw });
  };
  // ISO 2026-12-05
  for (const m of t.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    dayMonth(Number(m[3]), Number(m[2]), Number(m[1]), m.index, m.index + m[0].length, m[0]);
  }
  // «5.12», «05.12.2026», «5/12»
  for (const m of t.matchAll(/(?<![\d.])(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?(?![\d])/g)) {
    dayMonth(Number(m[1]), Number(m[2]), yearOf(m[3]), m.index, m.index + m[0].length, m[0]);
  }
  // «с 5 по 7 декабря», «5-7 декабря», «с 30 декабря по 2 января», «с пятого на седьмое»
  for (const m of t.matchAll(RANGE_RE)) {
    const [, from, d1, m1, link, d2, m2] = m;
    if (!from && !(link === '-' || link === '–' || link === '—')) continue;
    if (!from && !m2) continue;
    const start = m.index + (m[0].startsWith(' ') ? 1 : 0);
    const end = m.index + m[0].length;
    if (taken(start, end)) continue;
    const month1 = monthOf(m1);
    const month2 = monthOf(m2);
    const a: Mention = { start, end: start + 1, role: 'in' };
    const b: Mention = { start: end - 1, end, role: 'out' };
    const day1 = Number(d1);
    const day2 = Number(d2);
    // «с 30 по 2 января» wraps into the month before; «с 10 по 5 декабря» (no short stay across a month's end) is
    // both days in the month named, the check-out before the check-in, which the caller then hears
    const wraps = month2 !== undefined && day1 > day2 && daysInMonth(parts(today).year, month2 === 1 ? 12 : month2 - 1) - day1 + day2 <= WRAP_NIGHTS;
    const mon1 = month1 ?? (month2 !== undefined && !wraps ? month2 : undefined);
    if (mon1 !== undefined) {
      // «с 30 декабря по 2 января 2027 года»: the year said is the check-out's
      const date = spokenDayMonth(today, day1, mon1, saidYear !== undefined && month2 !== undefined && month2 < mon1 ? saidYear - 1 : saidYear);
      if (date) a.date = date;
      else a.invalid = `${d1} ${m1 ?? m2}`;
    } else if (month2 !== undefined) {
      // «с 30 по 2 января»: the first day is in the month before
      const prev = month2 === 1 ? 12 : month2 - 1;
      const date = spokenDayMonth(today, day1, prev, saidYear === undefined ? undefined : month2 === 1 ? saidYear - 1 : saidYear);
      if (date) a.date = date;
      else a.invalid = d1 ?? '';
    } else a.dayOnly = day1;
    if (month2 !== undefined && month2 === mon1 && day2 <= day1 && a.date) {
      // the same month named for both days, the second not after the first: as said, before the check-in
      const { year } = parts(a.date);
      if (day2 <= daysInMonth(year, month2)) b.date = isoOf(year, month2, day2);
    } else if (month2 !== undefined) {
      const date = nextDayMonth(a.date ?? today, day2, month2);
      if (date) b.date = date;
      else b.invalid = `${d2} ${m2}`;
    } else if (month1 !== undefined && a.date) {
      const date = nextDay(addDays(a.date, 1), day2);
      // «с десятого января по пятое»: no short stay across the month's end, so the fifth of that January
      const { year, month, day } = parts(a.date);
      if (day2 <= day && date && daysBetween(a.date, date) > WRAP_NIGHTS) b.date = isoOf(year, month, day2);
      else if (date) b.date = date;
    } else b.dayOnly = day2;
    found.push({ ...a, end: b.start }, b);
  }
  // «5 декабря», «пятого декабря», «двадцать восьмого декабря 2026»
  for (const m of t.matchAll(DAY_MONTH_RE)) {
    dayMonth(Number(m[1]), monthOf(m[2]) ?? 0, yearOf(m[3]), m.index, m.index + m[0].length, m[0]);
  }
  // «двадцать восьмого», «5-го», «5 числа»: a day of the month with no month, placed by the other date of the stay
  // («до первого» after a check-in on the 28th is the 1st of the next month)
  for (const m of t.matchAll(/\b(\d{1,2})(?:-го(?! ?(?:ноч|сут|этаж|гост|взросл|номер|комнат|раз|вариант|корпус|человек|ребен|брон))| числа)/g)) {
    // «второй номер», «третий раз» count things; they are no days
    const day = Number(m[1]);
    push(day >= 1 && day <= 31 ? { start: m.index, end: m.index + m[0].length, dayOnly: day } : { start: m.index, end: m.index + m[0].length, invalid: m[0] });
  }
  const rel: [RegExp, number][] = [
    [/(?<![а-я])послезавтра(?![а-я])/g, 2],
    [/(?<![а-я])(?:завтра|завтрашн[а-я]*)(?![а-я])/g, 1],
    [/(?<![а-я])(?:сегодня|сегодняшн[а-я]*)(?![а-я])/g, 0],
    // past days are read as said, so that the hotel's date check can say they are gone
    [/(?<![а-я])(?:вчера|вчерашн[а-я]*)(?![а-я])/g, -1],
    [/(?<![а-я])позавчера(?![а-я])/g, -2],
  ];
  for (const [re, days] of rel)
    for (const m of t.matchAll(re)) push({ start: m.index, end: m.index + m[0].length, date: addDays(today, days), relative: true });
  for (const m of t.matchAll(/(?<![а-я])через (?:(\d+) )?(день|дня|дней|недел[юиь]|месяц)/g)) {
    const n = m[1] ? Number(m[1]) : 1;
    const unit = m[2] ?? '';
    const days = unit.startsWith('нед') ? 7 * n : unit.startsWith('мес') ? 30 * n : n;
    push({ start: m.index, end: m.index + m[0].length, date: addDays(today, days), relative: true });
  }
  // «на выходные, не на эти, а на следующие, с пятницы по воскресенье»: «следующие» said on its own qualifies the
  // weekend said beside it, and the days of that weekend with it
  const nextWeekend = /выходн/.test(t) && ELLIPTIC_NEXT.test(t);
  const weekday = /(?<![а-я])(?:(следующ[а-я]*|ближайш[а-я]*|эт[а-я]*) )?(понедельник|вторник|сред[ауые]|четверг|пятниц|суббот|воскресень)[а-я]*/g;
  for (const m of t.matchAll(weekday)) {
    const target = WEEKDAYS.find(([stem]) => (m[2] ?? '').startsWith(stem.slice(0, 5)))?.[1] ?? 0;
    const todayDow = weekdayOf(today);
    let ahead = (target - todayDow + 7) % 7;
    if (ahead === 0) ahead = 7;
    if (m[1]?.startsWith('следующ') || (!m[1] && nextWeekend && target >= 4)) ahead = 7 - todayDow + target;
    push({ start: m.index, end: m.index + m[0].length, date: addDays(today, ahead), weekday: true, dow: target, ...(m[1] ? { qualified: true } : {}) });
  }
  // «на выходные»: the coming Friday and Saturday nights; «на новый год»: from 31 December
  for (const m of t.matchAll(/(?<![а-я])(?:(следующ[а-я]*|эт[а-я]*|ближайш[а-я]*) )?выходны[ех](?![а-я])/g)) {
    const todayDow = weekdayOf(today);
    let ahead = (4 - todayDow + 7) % 7;
    if (todayDow === 5 || todayDow === 6) ahead = 0; // already the weekend: from today
    if (m[1]?.startsWith('следующ') || (!m[1] && nextWeekend)) ahead = 7 - todayDow + 4;
    let from = addDays(today, ahead);
    let to = addDays(today, ahead + (todayDow === 6 && ahead === 0 ? 1 : 2));
    // «в начале декабря на выходные», «в январе на выходные»: the first weekend in that part of that month
    const part = monthPart(t, today, saidYear);
    // «на выходные перед новым годом», «предновогодние выходные»: the last weekend before 31 December
    if (BEFORE_NEW_YEAR.test(t)) {
      let friday = addDays(isoOf(parts(today).year, 12, 31), -1);
      while (weekdayOf(friday) !== 4) friday = addDays(friday, -1);
      if (friday >= today) {
        from = friday;
        to = addDays(friday, 2);
      }
    } else if (part && part > from) {
      from = part;
      while (weekdayOf(from) !== 4) from = addDays(from, 1);
      to = addDays(from, 2);
    }
    if (!taken(m.index, m.index + m[0].length))
      found.push(
        { start: m.index, end: m.index + 1, date: from, role: 'in', vague: true },
        { start: m.index + 1, end: m.index + m[0].length, date: to, role: 'out', vague: true },
      );
  }
  // «после нового года», «до нового года» place another date, they are none themselves
  for (const m of t.matchAll(/(?<![а-я])(?<!(?:после|до|перед) )(?:нов(?:ый|ом|ого|ому) год|новогодн(?:ие|их|юю)(?![а-я]))/g)) {
    // the holiday only stands in for dates not said: «на новогодние, с 30 декабря по 2 января» is 30 Dec – 2 Jan
    if (found.some((f) => f.date || f.dayOnly !== undefined)) continue;
    // («новый год две тысячи тридцатого» is the night it begins, 31 December before it)
    const year = saidYear !== undefined ? saidYear - 1 : parts(today).year;
    push({ start: m.index, end: m.index + m[0].length, date: isoOf(year, 12, 31) });
  }
  placeInWeek(found, t, today);
  nightsNamed(found, t);
  placeInMonth(found, t, today, saidYear, month);
  // «на выходные, с пятницы на субботу»: the days said win over the vague period
  const explicit = found.some((f) => !f.vague && (f.date || f.dayOnly !== undefined));
  return anchorWeekdays(
    found.filter((f) => !(explicit && f.vague)),
    today,
  ).sort((x, y) => x.start - y.start);
}
