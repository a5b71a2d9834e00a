// «How the assistant is doing»: conversations, bookings, the share handled without reception and handoffs by
// reason, per day or per week (weeks start on Monday) in the hotel's time zone.
import { addDays, todayIn, weekday } from '../hotel/calendar.ts';
import type { ConversationDigest, HandoffReason, Outcome } from './conversation-digest.ts';

export interface PeriodStats {
  /** First day of the period (YYYY-MM-DD). */
  start: string;
  conversations: number;
  bookings: number;
  handoffs: number;
  /** Conversations by how they ended (those with no guest turn are left out: nobody spoke). */
  outcomes: Record<Outcome, number>;
  /**
   * Conversations the assistant finished itself (a booking made, or questions answered) over those where the
   * guest said something; null when none. Handoffs, conversations not understood and abandoned ones all count
   * against it.
   */
  handledShare: number | null;
  handoffReasons: Record<HandoffReason, number>;
  /** Phone calls' latency per stage (ms from the end of the caller's speech): median and 90th percentile. */
  latency: Record<string, { count: number; p50: number; p90: number }>;
}

/** The q-quantile of sorted values (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const emptyReasons = (): Record<HandoffReason, number> => ({
  guest_asked: 0,
  not_understood: 0,
  english_speaker: 0,
  complaint: 0,
  not_covered: 0,
  group_booking: 0,
  system_error: 0,
  other: 0,
});
const emptyOutcomes = (): Record<Outcome, number> => ({ booked: 0, answered: 0, handoff: 0, not_understood: 0, abandoned: 0 });

/** Monday of the week a day falls in. */
export function weekStart(day: string): string {
  return addDays(day, -((weekday(day) + 6) % 7));
}

/** `count` periods ending with the one holding today, oldest first; empty periods included. */
export function periodStats(
  digests: readonly ConversationDigest[],
  options: { period: 'day' | 'week'; count: number; today: string; timeZone: string },
): PeriodStats[] {
  const step = options.period === 'day' ? 1 : 7;
  const last = options.period === 'day' ? options.today : weekStart(options.today);
  const periods = new Map<string, Omit<PeriodStats, 'latency'> & { engaged: number; samples: Record<string, number[]> }>();
  for (let i = options.count - 1; i >= 0; i--) {
    const start = addDays(last, -i * step);
    periods.set(start, {
      start,
      conversations: 0,
      bookings: 0,
      handoffs: 0,
      handledShare: null,
      outcomes: emptyOutcomes(),
      handoffReasons: emptyReasons(),
      engaged: 0,
      samples: {},
    });
  }
  for (const digest of digests) {
    const day = todayIn(options.timeZone, new Date(digest.startedAt * 1000));
    const bucket = periods.get(options.period === 'day' ? day : weekStart(day));
    if (!bucket) continue;
    bucket.conversations += 1;
    bucket.bookings += digest.booked.length;
    if (digest.guestTurns > 0) {
      bucket.engaged += 1;
      bucket.outcomes[digest.outcome] += 1;
    }
    for (const [stage, values] of Object.entries(digest.latency)) bucket.samples[stage] = [...(bucket.samples[stage] ?? []), ...values];
    if (digest.outcome === 'handoff') {
      bucket.handoffs += 1;
      bucket.handoffReasons[digest.handoffReason ?? 'other'] += 1;
    }
  }
  return [...periods.values()].map(({ engaged, samples, ...stats }) => {
    const latency: PeriodStats['latency'] = {};
    for (const [stage, values] of Object.entries(samples)) {
      const sorted = [...values].sort((a, b) => a - b);
      latency[stage] = { count: sorted.length, p50: Math.round(quantile(sorted, 0.5)), p90: Math.round(quantile(sorted, 0.9)) };
    }
    return { ...stats, handledShare: engaged ? (stats.outcomes.booked + stats.outcomes.answered) / engaged : null, latency };
  });
}
