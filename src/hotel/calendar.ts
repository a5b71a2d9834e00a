// Calendar arithmetic on plain ISO dates (YYYY-MM-DD) as the hotel sees them: no times, no offsets.
import type { IsoDate } from './types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a real calendar date, or null (2026-02-30 is not a date). */
export function dayNumber(date: string): number | null {
  // Hotel rules ask about the same few dates many times per turn: remember the answers (bounded).
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const n = computeDayNumber(date);
  if (dayNumbers.size >= CACHE_LIMIT) dayNumbers.clear();
  dayNumbers.set(date, n);
  return n;
}

const CACHE_LIMIT = 10_000;
const dayNumbers = new Map<string, number | null>();
const isoDates = new Map<number, IsoDate>();

function computeDayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

export function isIsoDate(date: string): boolean {
  return dayNumber(date) !== null;
}

export function fromDayNumber(day: number): IsoDate {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDates.size >= CACHE_LIMIT) isoDates.clear();
    isoDates.set(day, iso);
  }
  return iso;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`not a calendar date: ${date}`);
  return fromDayNumber(n + days);
}

/** Nights between check-in and check-out (negative when out is before in). */
export function nightsBetween(checkIn: IsoDate, checkOut: IsoDate): number {
  const a = dayNumber(checkIn);
  const b = dayNumber(checkOut);
  if (a === null || b === null) throw new RangeError(`not a calendar date: ${a === null ? checkIn : checkOut}`);
  return b - a;
}

/** The dates of each night of a stay: check-in up to the day before check-out. */
export function stayNights(checkIn: IsoDate, checkOut: IsoDate): IsoDate[] {
  const n = nightsBetween(checkIn, checkOut);
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(checkIn, i));
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekday(date: IsoDate): number {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(n * DAY_MS).getUTCDay();
}

/** Friday and Saturday nights are charged at the weekend price. */
export function isWeekendNight(date: IsoDate): boolean {
  const d = weekday(date);
  return d === 5 || d === 6;
}

/** The calendar date of an instant in a time zone, e.g. todayIn('Europe/Moscow', now). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The last answer per time zone, valid for the whole UTC minute it was asked in. */
const lastDates = new Map<string, { minute: number; date: IsoDate }>();
/** Since 1972 every zone's UTC offset is a whole number of minutes, so a local date changes only on a UTC minute. */
const WHOLE_MINUTE_OFFSETS_FROM = Date.UTC(1973, 0, 1);

export function todayIn(timeZone: string, now: Date): IsoDate {
  const ms = now.getTime();
  const minute = Math.floor(ms / 60_000);
  const last = lastDates.get(timeZone);
  if (last && last.minute === minute && ms >= WHOLE_MINUTE_OFFSETS_FROM) return last.date;
  const date = formatDate(timeZone, now);
  lastDates.set(timeZone, { minute, date });
  return date;
}

function formatDate(timeZone: string, now: Date): IsoDate {
  // Building a formatter costs ~0.1 ms; one per time zone is kept.
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  let year = '';
  let month = '';
  let day = '';
  for (const p of format.formatToParts(now)) {
    if (p.type === 'year') year = p.value;
    else if (p.type === 'month') month = p.value;
    else if (p.type === 'day') day = p.value;
  }
  return `${year}-${month}-${day}`;
}
