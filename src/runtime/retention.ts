// How long guests' conversations and the confirmations sent to them are kept (152-ФЗ: personal data no longer
// than its purpose needs). With a retention period the server deletes older conversations and outbox messages at
// start and then every hour; `portier prune` does the same once, from the command line or a cron job.
import type { Logger } from 'pino';
import type { Outbox } from '../notify/types.ts';
import type { TrackerStore } from '../stores/tracker-store.ts';

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;

/** "90d", "36h", "30m" → milliseconds; null when the text is not such an age. */
export function parseAge(text: string): number | null {
  const match = /^\s*(\d+)\s*([dhm])\s*$/i.exec(text);
  if (!match) return null;
  const amount = Number(match[1]);
  return amount > 0 ? amount * UNIT_MS[match[2]!.toLowerCase() as keyof typeof UNIT_MS] : null;
}

/** Deletes the conversations whose last event is older than `ageMs` before `now`; returns how many. */
export async function pruneConversations(trackers: TrackerStore, ageMs: number, now: Date): Promise<number> {
  return trackers.prune((now.getTime() - ageMs) / 1000);
}

/** Deletes the outbox messages (the guest's phone or e-mail and a copy of the booking) written before the cut. */
export function pruneNotifications(outbox: Outbox, ageMs: number, now: Date): Promise<number> {
  return outbox.prune(new Date(now.getTime() - ageMs));
}

export interface RetentionOptions {
  trackers: TrackerStore;
  /** The hotel store's notification outbox, when it has one. */
  outbox?: Outbox | null;
  days: number;
  clock: () => Date;
  logger: Logger;
  intervalMs?: number;
}

/** Prunes now and then every hour; returns the function that stops it. */
export function startRetention(options: RetentionOptions): () => void {
  const ageMs = options.days * UNIT_MS.d;
  const { outbox } = options;
  const run = () =>
    Promise.all([pruneConversations(options.trackers, ageMs, options.clock()), outbox ? pruneNotifications(outbox, ageMs, options.clock()) : 0]).then(
      ([deleted, notifications]) => {
        if (deleted > 0 || notifications > 0)
          options.logger.info({ event: 'retention.pruned', deleted, notifications, days: options.days }, 'old conversations and notifications deleted');
      },
      (error: Error) => options.logger.warn({ event: 'retention.failed', error: error.message }, 'could not delete old conversations or notifications'),
    );
  void run();
  const timer = setInterval(() => void run(), options.intervalMs ?? UNIT_MS.h);
  timer.unref();
  return () => clearInterval(timer);
}
