// Dates of a stay as Russian callers say them, relative to "today" in the hotel's timezone:
// «с 5 по 7 декабря», «пятого декабря на две ночи», «с пятницы», «15.12», «завтра на сутки».
// A date without a year is the next one that is not in the past; an impossible date is reported, never guessed.
// The dates are found by date-mentions.ts; this module gives each its role in the stay and reads the nights.
import { todayIn } from '../../hotel/calendar.ts';
import { addDays, daysBetween, daysInMonth, type IsoDate, parts } from './calendar.ts';
import { nearestDay, nearestWeekday, nextDay, nextDayMonth } from './calendar-placement.ts';
import type { Mention } from './date-mention.ts';
import { findMentions, WRAP_NIGHTS } from './date-mentions.ts';
import { MONTH_RE, monthOf } from './date-words.ts';
import { numberize } from './numbers.ts';
import { extractNights } from './stay-length.ts';
import { maskPhoneDigits, normalizeText } from './text.ts';
import { yearAndTimes } from './years-and-times.ts';
import { monthPart } from './month-named.ts';

export { bareMonth } from './month-named.ts';
export { extractNights } from './stay-length.ts';

export interface StayDates {
  check_in?: IsoDate;
  check_out?: IsoDate;
  nights?: number;
  /** What was said that is not a real date ("31 февраля"). */
  invalid?: string;
  /** That date in date shape ("2026-02-31") and whether it was the check-in or the check-out. */
  impossible?: { date: IsoDate; role: 'in' | 'out' };
  /**
   * No day said, only a month or a time ahead («на июль двадцать восьмого года», «в середине марта», «через
   * полтора года»): the first day of it meant.
   */
  period_start?: IsoDate;
  /** A check-out said on or before the check-in («заезд 15 января, выезд 10 января»): kept so the caller hears why. */
  backwards?: IsoDate;
}

// «выезжаем», «уедем», «съезжаем», «выписываемся» (and «выезд»): the day said next is the day of leaving
// («выезд наверное сделаем девятого»: two words may stand between)
const LEAVING = /(?<![а-я])(?:выезд|выезж|выед|выехать|выселен|выселя|уезжа|уед|уехать|съед|съезжа|выписыва|выпишемся|освобо[дж])[а-я]*\s(?:\S+\s){0,2}$/;

function roleByContext(t: string, m: Mention, sawFrom: boolean): 'in' | 'out' | undefined {
  const before = t.slice(Math.max(0, m.start - 24), m.start);
  if (/(?:^|\s)(по|до)\s?$/.test(before) || LEAVING.test(before)) return 'out';
  if (sawFrom && /(?:^|\s)на\s?$/.test(before)) return 'out';
  if (/(?:^|\s)(с|со|от)\s?$/.test(before) || /(заезд[а-я]*|заселен[а-я]*|приеду|приедем|заселиться|заехать)\s(?:\S+\s)?$/.test(before)) return 'in';
  return undefined;
}

// «с третьего по седьмое, хотя нет, по шестое», «пятого, ой нет, шестого», «вернее», «то есть»: the caller corrects
// the date just said, so the one after the marker replaces it
const CORRECTION_BEFORE =
  /(?:^|\s)(?:хотя нет|ой нет|а нет|нет|вернее|точнее|точней|то есть|в смысле|извините|простите|не так|поправлюсь|ошиб(?:ся|лась)|оговорил(?:ся|ась)|перепутал[аи]?)[\s,.!]+(?:\S+\s+)?$/;

function correctsBefore(t: string, m: Mention): boolean {
  return CORRECTION_BEFORE.test(t.slice(Math.max(0, m.start - 22), m.start));
}

/**
 * «заезд двадцать пятого декабря, выезд двадцать второго»: a day of leaving said alone, smaller than the check-in's,
 * whose next month would make a stay longer than a month's wrap, is that day in the check-in's month — before the
 * check-in, so the caller hears it. Null when the next month is meant («с двадцать девятого до второго»).
 */
function earlierInMonth(base: IsoDate | undefined, day: number, from: IsoDate): IsoDate | null {
  if (!base) return null;
  const b = parts(base);
  if (day > b.day) return null;
  const next = nextDay(from, day);
  if (next && daysBetween(base, next) <= WRAP_NIGHTS) return null;
  return addDays(base, day - b.day);
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

// «через год», «через полтора года», «через два года», «через 3 года»
const YEARS_AHEAD = /(?<![а-я])через (?:(полтора)|(\d{1,2})|пару)? ?(?:год|года|лет)(?![а-я])/;

/** The day a time said in years ahead starts («через полтора года»), or null. */
function yearsAhead(t: string, today: IsoDate): IsoDate | null {
  const m = YEARS_AHEAD.exec(t);
  if (!m) return null;
  const years = m[1] ? 1.5 : m[2] ? Number(m[2]) : /пару/.test(m[0]) ? 2 : 1;
  return addDays(today, Math.round(years * 365));
}

/**
 * Reads check-in, check-out and nights from what a caller said. `now` and `timeZone` give "today";
 * `known.check_in` lets «на две ночи» or «по седьмое» complete a stay whose start was said earlier.
 */
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
  // «с 26 по 28, ой, точнее с 26 по 29»: once the caller corrects a date, every date said after it corrects too
  let correcting = false;
  // «у внучки день рождения девятого, хотим с седьмого по десятое»: beside a range said with «с … по …», a day said
  // with no role of its own is the story's, not the stay's
  let storyDate: IsoDate | undefined;
  const ranged = mentions.some((m, i) => m.role === 'in' && !m.vague && mentions.slice(i + 1).some((o) => o.role === 'out' && !o.vague));
  // a day alone is the next one from today, or, while a booking is being changed, from a fortnight before its stay
  const fromDay = known.around && addDays(known.around, -14) > today ? addDays(known.around, -14) : today;
  for (const m of mentions) {
    if (m.invalid) continue;
    // «перенесите на пятницу» while a booking is changed: the Friday nearest that booking's stay, not this week's
    if (known.around && m.weekday && !m.qualified && !m.relative && m.dow !== undefined) m.date = nearestWeekday(known.around, m.dow, today);
    const alone = known.askedOut && known.check_in && (m.dayOnly !== undefined || m.weekday) ? 'out' : undefined;
    if (correctsBefore(t, m)) correcting = true;
    const said = m.role ?? roleByContext(t, m, sawFrom);
    if (ranged && said === undefined && !alone && !correcting) {
      // …though the month it names places the range's days said without one («двадцать шестого декабря … с двадцать
      // пятого до двадцать восьмого» is in December)
      storyDate ??= m.date;
      continue;
    }
    // «заезд пятого, ой нет, шестого»: a correction with no role of its own replaces the date just said
    const role = said ?? alone ?? (correcting ? lastRole : undefined);
    lastRole = role === 'out' || (role === undefined && out.check_in !== undefined) ? 'out' : 'in';
    if (role === 'in' || (role === undefined && out.check_in === undefined && m.start >= 0 && !(known.check_in && roleByContext(t, m, false) === 'out'))) {
      if (out.check_in !== undefined && !correcting) continue;
      sawFrom = true;
      if (m.date) out.check_in = m.date;
      else if (m.dayOnly !== undefined) {
        // a day alone that replaces a check-in (said just before, or known from earlier) keeps to its month
        const replaced = out.check_in ?? (known.around ? undefined : known.check_in) ?? storyDate;
        const d = replaced ? nearestDay(replaced, m.dayOnly, today) : nextDay(fromDay, m.dayOnly);
        if (d) out.check_in = d;
      }
    } else if (out.check_out === undefined || correcting) {
      const base = out.check_in ?? known.check_in ?? known.around;
      if (m.dayOnly !== undefined) {
        const from = base ? addDays(base, 1) : today;
        // «по двадцать пятое января, ой нет, по двадцать шестое»: near the check-out it corrects
        const replaced = out.check_out !== undefined && correcting ? out.check_out : undefined;
        const d = replaced ? nearestDay(replaced, m.dayOnly, from) : (earlierInMonth(base, m.dayOnly, from) ?? nextDay(from, m.dayOnly));
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
  // a month or a time ahead named with no day: where the stay would start, so that a period beyond the booking
  // horizon is refused
  if (!out.check_in && !out.check_out) {
    // («в марте через полтора года»: that month in the year it falls in)
    const ahead = yearsAhead(t, today);
    const month = monthPart(t, today, ahead ? parts(ahead).year : year);
    const start = month ?? ahead;
    if (start) out.period_start = start;
  }
  if (out.check_out && start && out.check_out <= start) {
    out.invalid ??= 'выезд не позже заезда';
    out.backwards = out.check_out;
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
 * week or the check-in's day, it counts nights; otherwise it is the day of the month of the check-out. A collective
 * number alone («трое») counts nights only when the party is known (`partyKnown`).
 */
export function bareCheckOut(text: string, checkIn: IsoDate, partyKnown = false): { check_out: IsoDate; nights: number } | null {
  const t = numberize(normalizeText(text))
    .replace(/[!?.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(?:ну |где-?то |примерно |наверное )?(на )?(\d{1,2})(-ро|-х)?( (?:ноч\S*|сут\S*|дн\S*|ден\S*))?(?: наверное)?$/.exec(t);
  // «двое», «трое» alone count people: before the party is known it is the party said out of turn («двое» to «до
  // какого числа?»); once it is known, the stay's length, as «двое суток» always is
  if (!m || (m[3] === '-ро' && !m[4] && !partyKnown)) return null;
  const n = Number(m[2]);
  if (n < 1) return null;
  if (m[1] || n <= 7 || n <= parts(checkIn).day) return n <= 60 ? { check_out: addDays(checkIn, n), nights: n } : null;
  const day = nextDay(addDays(checkIn, 1), n);
  return day ? { check_out: day, nights: daysBetween(checkIn, day) } : null;
}
