// Plain calendar dates (YYYY-MM-DD) in the hotel's timezone; arithmetic is done on UTC midnights.
// "Today" in a time zone comes from the hotel system's calendar (src/hotel/calendar.ts todayIn).

export type IsoDate = string;

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
