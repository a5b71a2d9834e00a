// What the console's data routes share: the hotel, its system, the staff store, the conversations and the clock.
import type { Registry } from 'prom-client';
import type { Hotel, Pms } from '../../hotel/types.ts';
import type { ConversationIndex } from '../../staff/conversation-index.ts';
import type { StaffStore } from '../../staff/types.ts';

export interface ConsoleContext {
  pms: Pms;
  hotel: Hotel;
  staff: StaffStore;
  conversations: ConversationIndex;
  /** The server's clock (PORTIER_NOW): "today" is the hotel's day by it, never the browser's. */
  now: () => Date;
  /** The server's metrics, for latency per stage. */
  metrics: Registry;
}

/** A phone shown to staff who may not see callers' numbers: "+7 903 ***-**-34". */
export function maskedPhone(e164: string): string {
  const m = /^\+7(\d{3})\d{3}\d{2}(\d{2})$/.exec(e164);
  if (m) return `+7 ${m[1]} ***-**-${m[2]}`;
  return e164.length > 6 ? `${e164.slice(0, 3)}${'*'.repeat(e164.length - 5)}${e164.slice(-2)}` : '***';
}
