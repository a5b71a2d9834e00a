// Where a day said without its year (or its month) falls on the calendar, counted from today or near another date.
import { addDays, daysBetween, daysInMonth, type IsoDate, isoOf, parts, weekdayOf } from './calendar.ts';

// A day and month without a year that passed less than this many days ago is that past day («на первое ноября»
// on 24 November), refused as past; one that passed longer ago is next year's («в марте» said in November).
const RECENT_PAST_DAYS = 92;

/** The date a caller means by a day and month said today: this year's, a recent past one, or next year's. */
export function spokenDayMonth(today: IsoDate, day: number, month: number, year?: number): IsoDate | null {
  if (year !== undefined) return nextDayMonth(today, day, month, year);
  const { year: thisYear } = parts(today);
  if (day <= daysInMonth(thisYear, month)) {
    const iso = isoOf(thisYear, month, day);
    if (iso < today && daysBetween(iso, today) <= RECENT_PAST_DAYS) return iso;
  }
  return nextDayMonth(today, day, month);
}

/** Next date (on or after `from`) with this day and month; null when the day never exists in that month. */
export function nextDayMonth(from: IsoDate, day: number, month: number, year?: number): IsoDate | null {
  const f = parts(from);
  if (year !== undefined) return day <= daysInMonth(year, month) ? isoOf(year, month, day) : null;
  // the next such month, not the next year that has the day: «29 февраля» said in 2026 is February 2027, which has
  // no 29th (the caller hears so), never 2028
  const y = month > f.month || (month === f.month && day >= f.day) ? f.year : f.year + 1;
  return day <= daysInMonth(y, month) ? isoOf(y, month, day) : null;
}

/** Next date on or after `from` whose day of month is `day`. */
export function nextDay(from: IsoDate, day: number): IsoDate | null {
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
export function nearestDay(around: IsoDate, day: number, from: IsoDate): IsoDate | null {
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

/** The day of the week nearest a date (three days either side), never before today. */
export function nearestWeekday(around: IsoDate, dow: number, today: IsoDate): IsoDate {
  const back = (weekdayOf(around) - dow + 7) % 7;
  let d = back <= 3 ? addDays(around, -back) : addDays(around, 7 - back);
  while (d <= today) d = addDays(d, 7);
  return d;
}
