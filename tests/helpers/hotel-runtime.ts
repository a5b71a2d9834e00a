// The whole hotel assistant in-process, as the tests of whole conversations need it: offline understanding, the
// hotel actions, a fresh SQLite hotel system in a temporary folder, the clock pinned to 24 November 2026.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { hotelActions } from '../../actions/index.ts';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';

export interface HotelRuntime {
  runtime: AssembledRuntime;
  /** Closes the runtime and removes its data folder. */
  close(): Promise<void>;
}

export async function hotelRuntime(name: string): Promise<HotelRuntime> {
  const dataDir = mkdtempSync(join(tmpdir(), `portier-${name}-`));
  const env = { ...process.env, PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORTIER_LLM: 'off', DATABASE_URL: '', REDIS_URL: '' };
  const runtime = await createRuntime({
    customActions: hotelActions(),
    root: '.',
    env,
    logger: pino({ level: 'silent' }),
    trackers: new InMemoryTrackerStore(),
    log: () => {},
  });
  return {
    runtime,
    async close() {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
