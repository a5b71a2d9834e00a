// Whether cancelling a booking now is free, by the hotel's own cancellation rule (data/hotel.yml policies.cancellation,
// e.g. «бесплатная отмена до 14:00 за сутки до даты заезда; при более поздней отмене … удерживается …»): the deadline
// is read from the rule's words, so that a cancellation made in time is told «бесплатная» instead of the rule recited.
import { addDays, todayIn } from './calendar.ts';
import type { Hotel, IsoDate } from './types.ts';

export interface CancellationVerdict {
  free: boolean;
  /** What a late cancellation costs by the rule, its condition left out («удерживается стоимость первой ночи»). */
  lateTerms: string | null;
}

const DAYS_BEFORE: Record<string, number> = { сутки: 1, суток: 1, день: 1, дня: 1, двое: 2, трое: 3 };

/** The deadline the rule names: the hour on the day that many days before check-in; null when it names none. */
export function freeCancellationDeadline(rule: string): { daysBefore: number; minutes: number } | null {
  const m = /бесплатн\S*\s+отмен\S*\s+до\s+(\d{1,2}):(\d{2})\s+за\s+(?:(\d+)\s+)?(сутки|суток|день|дня|дней|двое суток|трое суток)/i.exec(rule);
  if (!m) return null;
  const word = (m[4] ?? '').split(' ')[0] ?? '';
  const daysBefore = m[3] ? Number(m[3]) : (DAYS_BEFORE[word] ?? null);
  if (daysBefore === null) return null;
  return { daysBefore, minutes: Number(m[1]) * 60 + Number(m[2]) };
}

function localMinutes(timeZone: string, now: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

/** Free or not for a stay starting on `checkIn`, cancelled `now`; null when the rule names no deadline. */
export function cancellationVerdict(hotel: Hotel, checkIn: IsoDate, now: Date): CancellationVerdict | null {
  const rule = hotel.policies?.['cancellation'];
  if (!rule) return null;
  const deadline = freeCancellationDeadline(rule);
  if (!deadline) return null;
  const zone = hotel.hotel.timezone;
  const today = todayIn(zone, now);
  const lastFreeDay = addDays(checkIn, -deadline.daysBefore);
  const free = today < lastFreeDay || (today === lastFreeDay && localMinutes(zone, now) < deadline.minutes);
  // the part after the free deadline that says what is charged, from its verb on: the condition («при более поздней
  // отмене») is what the caller is in already
  const charge = /(?:удерж|оплач|взима|списыва|штраф)\S*.*$/i;
  const late = rule
    .split(/;\s*/)
    .slice(1)
    .map((part) => charge.exec(part)?.[0])
    .find(Boolean);
  return { free, lateTerms: late?.trim() ?? null };
}
