// Plain calendar dates (YYYY-MM-DD) in the hotel's timezone; arithmetic is done on UTC midnights.

export type IsoDate = string;

// Building an Intl formatter costs far more than using one: keep one per timezone.
const formatters = new Map<string, Intl.DateTimeFormat>();

// Formatting still costs a few µs per message: the last answer per zone is kept for its UTC minute (since 1972
// every zone's offset is a whole number of minutes, so a local date only changes on a UTC minute).
const lastDates = new Map<string, { minute: number; date: IsoDate }>();
const WHOLE_MINUTE_OFFSETS_FROM = Date.UTC(1973, 0, 1);

export function todayIn(now: Date, timeZone: string): IsoDate {
  const ms = now.getTime();
  const minute = Math.floor(ms / 60_000);
  const last = lastDates.get(timeZone);
  if (last && last.minute === minute && ms >= WHOLE_MINUTE_OFFSETS_FROM) return last.date;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const date = f.format(now);
  lastDates.set(timeZone, { minute, date });
  return date;
}

export function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 };
}
