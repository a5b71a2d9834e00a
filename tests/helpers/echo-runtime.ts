// A ConversationRuntime over the EchoEngine and in-memory stores, for channel and server tests.
import { pino } from 'pino';
import { ConversationRuntime } from '../../src/runtime/conversation-runtime.ts';
import { InProcessLockStore } from '../../src/stores/lock-memory.ts';
import type { LockStore } from '../../src/stores/lock-store.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import type { TrackerStore } from '../../src/stores/tracker-store.ts';
import { EchoEngine } from './echo-engine.ts';

export function echoRuntime(parts: { trackers?: TrackerStore; locks?: LockStore; engine?: EchoEngine } = {}) {
  const engine = parts.engine ?? new EchoEngine();
  const trackers = parts.trackers ?? new InMemoryTrackerStore();
  const runtime = new ConversationRuntime({
    engine,
    trackers,
    locks: parts.locks ?? new InProcessLockStore(),
    logger: pino({ level: 'silent' }),
    info: { version: '0.1.0', modelId: 'echo', modelFile: null, generator: 'echo' },
  });
  return { runtime, engine, trackers };
}
