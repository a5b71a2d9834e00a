// The whole assistant behind its HTTP server, as an outsider reaches it: offline understanding, the hotel actions,
// a fresh SQLite hotel system, the REST channel (so the caller's IP is the one the server sees).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Booking, BookingRequest } from '../../src/hotel/types.ts';
import { createRuntime } from '../../src/runtime/create-runtime.ts';
import { buildServer } from '../../src/server/app.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { hotelActions } from '../../actions/index.ts';

/** `settings`: more environment, e.g. the SMS and e-mail channels (nothing is sent: the sender runs only in `portier run`). */
export async function hotelAssistant(settings: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'portier-security-'));
  const env = {
    ...process.env,
    PORTIER_DATA_DIR: dataDir,
    PORTIER_NOW: '2026-11-24T12:00:00+03:00',
    PORTIER_LLM: 'off',
    DATABASE_URL: '',
    REDIS_URL: '',
    ...settings,
  };
  const runtime = await createRuntime({
    customActions: hotelActions(),
    root: '.',
    env,
    logger: pino({ level: 'silent' }),
    trackers: new InMemoryTrackerStore(),
    log: () => {},
  });
  const { app } = await buildServer({ runtime, logger: pino({ level: 'silent' }) });
  const pms = runtime.pms;
  if (!pms) throw new Error('the assistant runs its actions in-process, with the hotel system');
  let guests = 0;
  return {
    runtime,
    dataDir,
    pms,
    /** One chat message over REST from `ip`; the bot's texts joined by newlines. */
    async say(sender: string, message: string, options: { ip?: string; metadata?: Record<string, unknown> } = {}): Promise<string> {
      const res = await app.inject({
        method: 'POST',
        url: '/webhooks/rest/webhook',
        payload: { sender, message, ...(options.metadata ? { metadata: options.metadata } : {}) },
        remoteAddress: options.ip ?? '198.51.100.1',
      });
      if (res.statusCode !== 200) throw new Error(`webhook answered ${res.statusCode}: ${res.body}`);
      return (res.json() as { text?: string }[]).map((m) => m.text ?? '').join('\n');
    },
    /** A guest's confirmed booking, made directly in the hotel system. */
    book(over: Partial<BookingRequest> = {}): Promise<Booking> {
      guests++;
      return pms.createBooking({
        room_type: 'standard',
        check_in: '2026-12-14',
        check_out: '2026-12-16',
        adults: 2,
        children: 0,
        guest_name: 'Анна Смирнова',
        phone: `+7900000${String(7000 + guests)}`,
        ...over,
      });
    },
    async close(): Promise<void> {
      await app.close();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
