// Dates of a stay as Russian callers say them, relative to "today" in the hotel's timezone:
// «с 5 по 7 декабря», «пятого декабря на две ночи», «с пятницы», «15.12», «завтра на сутки».
// A date without a year is the next one that is not in the past; an impossible date is reported, never guessed.
import { todayIn } from '../../hotel/calendar.ts';
import { addDays, daysBetween, daysInMonth, type IsoDate, isoOf, parts, weekdayOf } from './calendar.ts';
import { numberize } from './numbers.ts';
import { maskPhoneDigits, normalizeText } from './text.ts';

export interface StayDates {
  check_in?: IsoDate;
  check_out?: IsoDate;
  nights?: number;
  /** What was said that is not a real date ("31 февраля"). */
  invalid?: string;
  /** That date in date shape ("2026-02-31") and whether it was the check-in or the check-out. */
  impossible?: { date: IsoDate; role: 'in' | 'out' };
}

const MONTH_RE = '(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])';
const MONTH_STEMS: [string, number][] = [
  ['янв', 1],
  ['фев', 2],
  ['мар', 3],
  ['апр', 4],
  ['ма', 5],
  ['июн', 6],
  ['июл', 7],
  ['авг', 8],
  ['сен', 9],
  ['окт', 10],
  ['ноя', 11],
  ['дек', 12],
];
const WEEKDAYS: [string, number][] = [
  ['понедельник', 0],
  ['вторник', 1],
  ['сред', 2],
  ['четверг', 3],
  ['пятниц', 4],
  ['суббот', 5],
  ['воскресен', 6],
];
const DAY = '(\\d{1,2})(?:-?(?:го|е|ое|ого)(?![а-я]))?(?!\\d)(?!-ро)';
const NOT_COUNT = '(?! ?(?:-ро|ноч|сут|недел|дн|ден|человек|чел|взросл|гост|дет|ребен|персон|мест|час|руб|тыс|лет|год))';

const RANGE_RE = new RegExp(`(?:(?:^|\\s)(с|со|от) )?\\b${DAY}(?: ${MONTH_RE})? ?(по|до|-|–|—|на) ?${DAY}(?: ${MONTH_RE})?${NOT_COUNT}`, 'g');
const DAY_MONTH_RE = new RegExp(`\\b${DAY} ${MONTH_RE}(?: (\\d{4}))?`, 'g');

function monthOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return MONTH_STEMS.find(([stem]) => word.startsWith(stem))?.[1];
}

interface Mention {
  start: number;
  end: number;
  date?: IsoDate;
  invalid?: string;
  /** Day of month with no month said: resolved against the other date of the stay. */
  dayOnly?: number;
  /** Said as a day of the week. */
  weekday?: boolean;
  /** That day of the week, Monday 0. */
  dow?: number;
  /** A day of the week said with «этот», «следующий», «ближайший»: placed from today, whatever stay is changed. */
  qualified?: boolean;
  /** «на выходные», «на новый год»: stands in for dates only when no day is said. */
  vague?: boolean;
  /** «завтра», «послезавтра», «через неделю»: placed from today, so no day of the week said with it moves it. */
  relative?: boolean;
  role?: 'in' | 'out';
}

// A day and month without a year that passed less than this many days ago is that past day («на первое ноября»
// on 24 November), refused as past; one that passed longer ago is next year's («в марте» said in November).
const RECENT_PAST_DAYS = 92;

/** The date a caller means by a day and month said today: this year's, a recent past one, or next year's. */
function spokenDayMonth(today: IsoDate, day: number, month: number, year?: number): IsoDate | null {
  if (year !== undefined) return nextDayMonth(today, day, month, year);
  const { year: thisYear } = parts(today);
  if (day <= daysInMonth(thisYear, month)) {
    const iso = isoOf(thisYear, month, day);
    if (iso < today && daysBetween(iso, today) <= RECENT_PAST_DAYS) return iso;
  }
  return nextDayMonth(today, day, month);
}

/** Next date (on or after `from`) with this day and month; null when the day never exists in that month. */
function nextDayMonth(from: IsoDate, day: number, month: number, year?: number): IsoDate | null {
  const f = parts(from);
  if (year !== undefined) return day <= daysInMonth(year, month) ? isoOf(year, month, day) : null;
  // the next such month, not the next year that has the day: «29 февраля» said in 2026 is February 2027, which has
  // no 29th (the caller hears so), never 2028
  const y = month > f.month || (month === f.month && day >= f.day) ? f.year : f.year + 1;
  return day <= daysInMonth(y, month) ? isoOf(y, month, day) : null;
}

/** Next date on or after `from` whose day of month is `day`. */
function nextDay(from: IsoDate, day: number): IsoDate | null {
  if (day < 1 || day > 31) return null;
  let { year, month } = parts(from);
  for (let k = 0; k < 13; k++) {
    if (day <= daysInMonth(year, month)) {
      const iso = isoOf(year, month, day);
      if (iso >= from) return iso;
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return null;
}

/**
 * The date with day of month `day` nearest `around` (in its month, the one before or the one after), on or after
 * `from`: a day said alone to correct a date («с двадцатого января … ой нет, с двадцать первого») is near that date.
 */
function nearestDay(around: IsoDate, day: number, from: IsoDate): IsoDate | null {
  const p = parts(around);
  let best: IsoDate | null = null;
  for (const shift of [-1, 0, 1]) {
    const index = p.year * 12 + (p.month - 1) + shift;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (day < 1 || day > daysInMonth(year, month)) continue;
    const d = isoOf(year, month, day);
    if (d < from) continue;
    const gap = Math.abs(daysBetween(around, d));
    if (!best || gap < Math.abs(daysBetween(around, best))) best = d;
  }
  return best ?? nextDay(from, day);
}

function yearOf(y: string | undefined): number | undefined {
  if (!y) return undefined;
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

function findMentions(t: string, today: IsoDate, saidYear?: number, month?: number): Mention[] {
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
    const mon1 = month1 ?? (month2 !== undefined && day1 <= day2 ? month2 : undefined);
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
    if (month2 !== undefined) {
      const date = nextDayMonth(a.date ?? today, day2, month2);
      if (date) b.date = date;
      else b.invalid = `${d2} ${m2}`;
    } else if (month1 !== undefined && a.date) {
      const date = nextDay(addDays(a.date, 1), day2);
      if (date) b.date = date;
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
  const weekday = /(?<![а-я])(?:(следующ[а-я]*|ближайш[а-я]*|эт[а-я]*) )?(понедельник|вторник|сред[ауые]|четверг|пятниц|суббот|воскресень)[а-я]*/g;
  for (const m of t.matchAll(weekday)) {
    const target = WEEKDAYS.find(([stem]) => (m[2] ?? '').startsWith(stem.slice(0, 5)))?.[1] ?? 0;
    const todayDow = weekdayOf(today);
    let ahead = (target - todayDow + 7) % 7;
    if (ahead === 0) ahead = 7;
    if (m[1]?.startsWith('следующ')) ahead = 7 - todayDow + target;
    push({ start: m.index, end: m.index + m[0].length, date: addDays(today, ahead), weekday: true, dow: target, ...(m[1] ? { qualified: true } : {}) });
  }
  // «на выходные»: the coming Friday and Saturday nights; «на новый год»: from 31 December
  for (const m of t.matchAll(/(?<![а-я])(?:(следующ[а-я]*|эт[а-я]*|ближайш[а-я]*) )?выходны[ех](?![а-я])/g)) {
    const todayDow = weekdayOf(today);
    let ahead = (4 - todayDow + 7) % 7;
    if (todayDow === 5 || todayDow === 6) ahead = 0; // already the weekend: from today
    if (m[1]?.startsWith('следующ')) ahead = 7 - todayDow + 4;
    let from = addDays(today, ahead);
    let to = addDays(today, ahead + (todayDow === 6 && ahead === 0 ? 1 : 2));
    // «в начале декабря на выходные», «в январе на выходные»: the first weekend in that part of that month
    const part = monthPart(t, today, saidYear);
    if (part && part > from) {
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
    const { year } = parts(today);
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

// «на следующей неделе», «на этой неделе», «через неделю», «через две недели»: the week the days of the week said are in
const WEEK_RE = /(?<![а-я])(?:(?:на )?(следующ[а-я]*|будущ[а-я]*|той|эт[а-я]*|текущ[а-я]*) недел[а-я]*|через (?:(\d+) )?недел[а-я]*)/g;

/**
 * «на следующей неделе с четверга по субботу», «через две недели в пятницу»: the days of the week said are in the
 * week named (counted from this week's Monday), and «через неделю» is then no date of its own.
 */
function placeInWeek(found: Mention[], t: string, today: IsoDate): void {
  const weekdays = found.filter((f) => f.weekday && f.dow !== undefined);
  if (weekdays.length === 0) return;
  const m = [...t.matchAll(WEEK_RE)][0];
  if (!m) return;
  const word = m[1] ?? '';
  const weeks = m[2] ? Number(m[2]) : /^(?:эт|текущ)/.test(word) ? 0 : 1;
  const monday = addDays(today, -weekdayOf(today));
  for (const w of weekdays) {
    w.date = addDays(monday, 7 * weeks + (w.dow ?? 0));
    w.qualified = true;
  }
  // «через неделю» placed the week; it is not the check-in as well — unless the days said only end the stay
  // («через неделю до пятницы» is from a week from today)
  const onlyUntil = weekdays.every((w) => /(?:^|\s)(?:до|по)\s*$/.test(t.slice(Math.max(0, w.start - 4), w.start)));
  const qualifier = found.findIndex((f) => f.relative && f.start < m.index + m[0].length && f.end > m.index);
  if (qualifier >= 0 && !onlyUntil) found.splice(qualifier, 1);
}

/**
 * «на пятницу и субботу», «на среду и четверг»: days of the week joined by «и» are the nights of the stay — from the
 * first to the morning after the last (two nights), where «с пятницы на субботу» is one.
 */
function nightsNamed(found: Mention[], t: string): void {
  const weekdays = found.filter((f) => f.weekday && f.date).sort((a, b) => a.start - b.start);
  if (weekdays.length < 2 || found.some((f) => !f.weekday && !f.vague && (f.date || f.dayOnly !== undefined) && !f.relative)) return;
  for (let i = 1; i < weekdays.length; i++) if (!/^\s*(?:,|и|,\s*и)\s*$/.test(t.slice(weekdays[i - 1]!.end, weekdays[i]!.start))) return;
  // «на пятницу и субботу» names nights; «в субботу и воскресенье» may be the days there, «с пятницы…» is a range
  if (!/(?:^|\s)на\s*$/.test(t.slice(Math.max(0, weekdays[0]!.start - 4), weekdays[0]!.start))) return;
  const first = weekdays[0]!;
  const last = weekdays.at(-1)!;
  let out = addDays(last.date!, 1);
  while (out <= first.date!) out = addDays(out, 7);
  first.role = 'in';
  last.role = 'out';
  last.date = out;
  for (const w of weekdays.slice(1, -1)) found.splice(found.indexOf(w), 1);
}

// «в начале», «в середине», «в конце» of the month named
const MONTH_PART_RE = /(?<![а-я])(?:в |на )?(начал[а-я]*|середин[а-я]*|конц[а-я]*|конец)(?= \S+)/;

/** The first day of the part of the month named alone («в середине января» → 11 January), or null. */
function monthPart(t: string, today: IsoDate, saidYear: number | undefined): IsoDate | null {
  const month = bareMonth(t);
  if (month === undefined) return null;
  const part = MONTH_PART_RE.exec(t)?.[1] ?? '';
  const day = part.startsWith('середин') ? 11 : part.startsWith('кон') ? 21 : 1;
  return spokenDayMonth(today, day, month, saidYear) ?? null;
}

// A month named on its own, with no day beside it: «в январе», «на январь», «январь», «в середине февраля».
const BARE_MONTH_RE = new RegExp(`(?<![а-я])${MONTH_RE}(?![а-я])`, 'g');

/**
 * The month a caller names without a day («в январе», «на февраль»), when it is the only one: the days said
 * after it («… с десятого по двенадцатое») are in that month. Undefined when no month, or several, are named alone.
 */
export function bareMonth(text: string): number | undefined {
  const t = numberize(normalizeText(text));
  const months = new Set<number>();
  for (const m of t.matchAll(BARE_MONTH_RE)) {
    // «десятого января» names a day: the month is that day's, not a context for others
    if (/\d(?:-?(?:го|е|ое|ого))? $/.test(t.slice(Math.max(0, m.index - 6), m.index))) continue;
    const n = monthOf(m[1]);
    if (n !== undefined) months.add(n);
  }
  return months.size === 1 ? [...months][0] : undefined;
}

/**
 * «в январе … с десятого по двенадцатое», or «на январь» said a turn before «с восьмого по десятое»: the first day
 * said without a month is in the month named alone (`month`, from this message or the one before); the days after
 * it follow it as usual (so «в январе с тридцатого по второе» ends on 2 February).
 */
function placeInMonth(found: Mention[], t: string, today: IsoDate, saidYear: number | undefined, month: number | undefined): void {
  const named = bareMonth(t) ?? month;
  if (named === undefined) return;
  // a month already said with a day («пятого января … до десятого») places the rest itself
  if (found.some((f) => f.date && !f.relative && !f.weekday && !f.vague)) return;
  const first = found.filter((f) => f.dayOnly !== undefined).sort((a, b) => a.start - b.start)[0];
  if (!first || first.dayOnly === undefined) return;
  const date = spokenDayMonth(today, first.dayOnly, named, saidYear);
  if (!date) return;
  first.date = date;
  delete first.dayOnly;
}

/**
 * «с пятницы 11 декабря по воскресенье», «с пятницы на субботу двенадцатого декабря»: with one calendar date said,
 * the day of the week it falls on (else the one said just before it) is that date, and the other days of the week
 * said fall just before or after it, in the order they were said.
 */
function anchorWeekdays(found: Mention[], today: IsoDate): Mention[] {
  const weekdays = found.filter((f) => f.weekday).sort((x, y) => x.start - y.start);
  // «послезавтра до воскресенья»: a day counted from today is no calendar date for the days of the week to hang on
  const dated = found.filter((f) => !f.weekday && !f.vague && !f.relative && !f.invalid && (f.date || f.dayOnly !== undefined));
  const only = dated[0];
  const anchor = only?.date ?? (only?.dayOnly !== undefined ? nextDay(today, only.dayOnly) : null);
  // «с субботы на воскресенье, 12–13 декабря»: the calendar dates say it all
  if (weekdays.length && dated.length >= 2) return found.filter((f) => !f.weekday);
  if (weekdays.length === 0 || !only || dated.length !== 1 || !anchor || only.role || found.some((f) => f.relative)) return found;
  const named = weekdays.find((w) => w.dow === weekdayOf(anchor)) ?? weekdays.filter((w) => w.start < only.start).at(-1) ?? weekdays[0]!;
  for (const w of weekdays) {
    if (w === named) continue;
    const step = w.start < named.start ? -1 : 1;
    let d = addDays(anchor, step);
    while (weekdayOf(d) !== w.dow) d = addDays(d, step);
    w.date = d;
  }
  // the date stands where its day of the week was said, so «с …» and «на …» before it give its role
  only.date = anchor;
  delete only.dayOnly;
  only.start = named.start;
  only.end = named.end;
  return found.filter((f) => f !== named);
}

// A number of people after it: «недели на 3-х», «на сутки 2 человека» give no length.
const NOT_PEOPLE = '(?![\\d-])(?! ?(?:человек|чел|взросл|гост|персон|дет|ребен))';
// The unit said before its number, as callers approximate: «дней на пять», «ночи на три», «на недели две».
const UNIT_FIRST = [
  new RegExp(`(?:^|\\s)(ноч|сут|недел|дн|ден)[а-я]* на (\\d+)${NOT_PEOPLE}`),
  new RegExp(`(?:^|\\s)на (ноч|сут|недел|дн|ден)[а-я]* (\\d+)${NOT_PEOPLE}`),
];

/**
 * Nights of the stay: «на две ночи», «на сутки», «на неделю», «на пару ночей», «одну ночь», and with the unit first
 * («дней на пять», «на недели две»). A week of days is seven nights.
 */
export function extractNights(t: string): number | undefined {
  const first = UNIT_FIRST.map((re) => re.exec(t)).find((x) => x);
  const m =
    /(?:^|\s)(?:на )?(\d+)(?:-ро|-х)? ?(ноч|сут)/.exec(t) ??
    /(?:^|\s)на (\d+)(?:-ро|-х)? ?(недел|дн|ден)/.exec(t) ??
    (first ? ['', first[2], first[1]] : null) ??
    /(?:^|\s)на (ночь|ночку|сутки|неделю|недельку|одну ночь)/.exec(t);
  if (!m) return undefined;
  if (m.length === 2) {
    const w = m[1] ?? '';
    return w.startsWith('недел') ? 7 : 1;
  }
  const n = Number(m[1]);
  const unit = m[2] ?? '';
  if (!Number.isFinite(n) || n <= 0 || n > 60) return undefined;
  return unit.startsWith('недел') ? 7 * n : n;
}

// «выезжаем», «уедем», «съезжаем», «выписываемся» (and «выезд»): the day said next is the day of leaving
const LEAVING = /(?<![а-я])(?:выезд|выезж|выед|выехать|выселен|выселя|уезжа|уед|съед|съезжа|выписыва|выпишемся|освобо[дж])[а-я]*\s(?:\S+\s)?$/;

function roleByContext(t: string, m: Mention, sawFrom: boolean): 'in' | 'out' | undefined {
  const before = t.slice(Math.max(0, m.start - 24), m.start);
  if (/(?:^|\s)(по|до)\s?$/.test(before) || LEAVING.test(before)) return 'out';
  if (sawFrom && /(?:^|\s)на\s?$/.test(before)) return 'out';
  if (/(?:^|\s)(с|со|от)\s?$/.test(before) || /(заезд[а-я]*|заселен[а-я]*|приеду|приедем|заселиться|заехать)\s(?:\S+\s)?$/.test(before)) return 'in';
  return undefined;
}

/**
 * Reads check-in, check-out and nights from what a caller said. `now` and `timeZone` give "today";
 * `known.check_in` lets «на две ночи» or «по седьмое» complete a stay whose start was said earlier.
 */
// «2027 года», «двадцать седьмого года», «в две тысячи двадцать восьмом году»: the year of the dates said.
const YEAR_RE = /(?<![\d-])(?:(?:2|две) тысяч[аи]? )?(\d{4}|\d{1,2}(?=-?(?:го|м|й|ом|ой)))(?:-?(?:го|м|й|ом|ой))? (?:год(?:а|у)?|г)(?![а-я])/g;
// «в пол второго», «к полвторого», «в 14:00», «в 3 часа»: times of day, never dates
const TIME_RE =
  /(?<![а-я])(?:пол ?\d{1,2}-?го|пол(?:первого|второго|третьего|четвертого|пятого|шестого|седьмого|восьмого|девятого|десятого|одиннадцатого|двенадцатого)|\d{1,2}:\d{2}|(?:в|к) \d{1,2}(?:-?(?:ти|х|и))? час\S*)/g;

const NEXT_YEAR_RE = /(?<![а-я])(?:(?:в )?(?:следующ|будущ)(?:ем|его|ий) году?|(?:следующ|будущ)(?:его|ий) года?)(?![а-я])/g;

/** Blanks out what looks like a date but is none (a time of day) and reads the year said, if any. */
function yearAndTimes(t: string, today: IsoDate): { text: string; year?: number } {
  let year: number | undefined;
  const blank = (m: string) => ' '.repeat(m.length);
  const text = t
    .replace(TIME_RE, blank)
    .replace(YEAR_RE, (m, y: string) => {
      const n = Number(y);
      const full = n < 100 ? 2000 + n : n;
      if (full >= parts(today).year - 1 && full <= parts(today).year + 10) year = full;
      return blank(m);
    })
    // «двадцать первого ноября следующего года», «в будущем году»
    .replace(NEXT_YEAR_RE, (m) => {
      year ??= parts(today).year + 1;
      return blank(m);
    });
  return year === undefined ? { text } : { text, year };
}

// «с третьего по седьмое, хотя нет, по шестое», «пятого, ой нет, шестого», «вернее», «то есть»: the caller corrects
// the date just said, so the one after the marker replaces it
const CORRECTION_BEFORE = /(?:^|\s)(?:хотя нет|ой нет|нет|вернее|точнее|то есть|в смысле|извините|простите|не так)[\s,]+(?:\S+\s+)?$/;

function correctsBefore(t: string, m: Mention): boolean {
  return CORRECTION_BEFORE.test(t.slice(Math.max(0, m.start - 22), m.start));
}

export interface KnownStay {
  check_in?: IsoDate;
  /** A booking being changed: a day said alone («двадцать пятого») is the one nearest its stay, not after today. */
  around?: IsoDate;
  /** The check-out was just asked: a day said alone («первого», «в воскресенье») is the day of leaving. */
  askedOut?: boolean;
  /** A month the caller named alone just before («на январь»): days said now without a month are in it. */
  month?: number;
}

/** The day of the week nearest a date (three days either side), never before today. */
function nearestWeekday(around: IsoDate, dow: number, today: IsoDate): IsoDate {
  const back = (weekdayOf(around) - dow + 7) % 7;
  let d = back <= 3 ? addDays(around, -back) : addDays(around, 7 - back);
  while (d <= today) d = addDays(d, 7);
  return d;
}

export function extractStay(text: string, now: Date, timeZone: string, known: KnownStay = {}): StayDates {
  const today = todayIn(timeZone, now);
  const { text: t, year } = yearAndTimes(maskPhoneDigits(numberize(normalizeText(text))), today);
  const mentions = findMentions(t, today, year, known.month);
  const out: StayDates = {};
  const invalid = mentions.find((m) => m.invalid);
  if (invalid?.invalid) {
    out.invalid = invalid.invalid;
    const date = impossibleIsoDate(invalid.invalid, now, timeZone);
    if (date) out.impossible = { date, role: (invalid.role ?? roleByContext(t, invalid, false)) === 'out' ? 'out' : 'in' };
  }
  let sawFrom = false;
  let lastRole: 'in' | 'out' | undefined;
  // a day alone is the next one from today, or, while a booking is being changed, from a fortnight before its stay
  const fromDay = known.around && addDays(known.around, -14) > today ? addDays(known.around, -14) : today;
  for (const m of mentions) {
    if (m.invalid) continue;
    // «перенесите на пятницу» while a booking is changed: the Friday nearest that booking's stay, not this week's
    if (known.around && m.weekday && !m.qualified && !m.relative && m.dow !== undefined) m.date = nearestWeekday(known.around, m.dow, today);
    const alone = known.askedOut && known.check_in && (m.dayOnly !== undefined || m.weekday) ? 'out' : undefined;
    // «заезд пятого, ой нет, шестого»: a correction with no role of its own replaces the date just said
    const role = m.role ?? roleByContext(t, m, sawFrom) ?? alone ?? (correctsBefore(t, m) ? lastRole : undefined);
    lastRole = role === 'out' || (role === undefined && out.check_in !== undefined) ? 'out' : 'in';
    if (role === 'in' || (role === undefined && out.check_in === undefined && m.start >= 0 && !(known.check_in && roleByContext(t, m, false) === 'out'))) {
      if (out.check_in !== undefined && !correctsBefore(t, m)) continue;
      sawFrom = true;
      if (m.date) out.check_in = m.date;
      else if (m.dayOnly !== undefined) {
        // a day alone that replaces a check-in (said just before, or known from earlier) keeps to its month
        const replaced = out.check_in ?? (known.around ? undefined : known.check_in);
        const d = replaced ? nearestDay(replaced, m.dayOnly, today) : nextDay(fromDay, m.dayOnly);
        if (d) out.check_in = d;
      }
    } else if (out.check_out === undefined || correctsBefore(t, m)) {
      const base = out.check_in ?? known.check_in ?? known.around;
      if (m.dayOnly !== undefined) {
        const from = base ? addDays(base, 1) : today;
        // «по двадцать пятое января, ой нет, по двадцать шестое»: near the check-out it corrects
        const replaced = out.check_out !== undefined && correctsBefore(t, m) ? out.check_out : undefined;
        const d = replaced ? nearestDay(replaced, m.dayOnly, from) : nextDay(from, m.dayOnly);
        if (d) out.check_out = d;
      } else if (m.date) {
        let d = m.date;
        if (base && d <= base) {
          if (m.weekday) {
            // «с понедельника по среду»: the Wednesday after that Monday
            while (d <= base) d = addDays(d, 7);
          } else {
            // a day and month said without a year: the first one after the check-in, if within a stay's reach
            const p = parts(d);
            const next = nextDayMonth(addDays(base, 1), p.day, p.month);
            if (next && daysBetween(base, next) <= 62) d = next;
          }
        }
        out.check_out = d;
      }
    }
  }
  const nights = extractNights(t);
  const start = out.check_in ?? known.check_in;
  // a check-out said alone for a booking being changed counts its nights from that booking's check-in
  if (!start && known.around && out.check_out && out.check_out <= known.around) delete out.check_out;
  if (nights !== undefined) {
    out.nights = nights;
    if (start && out.check_out === undefined) out.check_out = addDays(start, nights);
  } else if (out.check_in && out.check_out) {
    out.nights = daysBetween(out.check_in, out.check_out);
  } else if (!out.check_in && known.check_in && out.check_out) {
    out.nights = daysBetween(known.check_in, out.check_out);
  }
  if (out.check_out && start && out.check_out <= start) {
    out.invalid ??= 'выезд не позже заезда';
    delete out.check_out;
    delete out.nights;
  }
  return out;
}

/**
 * «31 ноября» → "2026-11-31": a date that does not exist, shaped like a date so that the hotel's own date check
 * can tell the caller so (the next such month from today, as for real dates). Null for anything else.
 */
export function impossibleIsoDate(said: string, now: Date, timeZone: string): IsoDate | null {
  const m = new RegExp(`^(\\d{1,2})(?:-?(?:го|е|ое|ого))? ${MONTH_RE}(?: (\\d{4}))?$`).exec(numberize(normalizeText(said)));
  const month = monthOf(m?.[2]);
  if (!m || month === undefined) return null;
  const day = Number(m[1]);
  const today = parts(todayIn(timeZone, now));
  const year = m[3] ? Number(m[3]) : month >= today.month ? today.year : today.year + 1;
  if (day < 1 || day > 31 || day <= daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/**
 * A bare number said to the check-out question («три», «на пять», «двенадцать»): with «на», or no larger than a
 * week or the check-in's day, it counts nights; otherwise it is the day of the month of the check-out.
 */
export function bareCheckOut(text: string, checkIn: IsoDate): { check_out: IsoDate; nights: number } | null {
  const t = numberize(normalizeText(text))
    .replace(/[!?.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(?:ну |где-?то |примерно |наверное )?(на )?(\d{1,2})(?:-ро|-х)?(?: (?:ноч\S*|сут\S*|дн\S*|ден\S*))?(?: наверное)?$/.exec(t);
  if (!m) return null;
  const n = Number(m[2]);
  if (n < 1) return null;
  if (m[1] || n <= 7 || n <= parts(checkIn).day) return n <= 60 ? { check_out: addDays(checkIn, n), nights: n } : null;
  const day = nextDay(addDays(checkIn, 1), n);
  return day ? { check_out: day, nights: daysBetween(checkIn, day) } : null;
}
