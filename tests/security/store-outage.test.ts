// A store outage answers 503 with Retry-After, not 500. Against main (8c9667e) an unreachable database during a
// turn was a 500 "could not process this request".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { ConversationRuntime } from '../../src/runtime/conversation-runtime.ts';
import { buildServer } from '../../src/server/app.ts';
import { InProcessLockStore } from '../../src/stores/lock-memory.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { EchoEngine } from '../helpers/echo-engine.ts';

/** A tracker store whose database went away: every call fails as pg does when the server refuses connections. */
class UnreachableStore extends InMemoryTrackerStore {
  override async load(): Promise<never> {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  }
}

describe('store outage', () => {
  it('a turn while the database is unreachable is a 503 with Retry-After', async () => {
    const runtime = new ConversationRuntime({
      engine: new EchoEngine(),
      trackers: new UnreachableStore(),
      locks: new InProcessLockStore(),
      logger: pino({ level: 'silent' }),
      info: { version: '0.1.0', modelId: 'echo', modelFile: null, generator: 'echo' },
    });
    const { app } = await buildServer({ runtime, logger: pino({ level: 'silent' }), enableApi: true });
    const res = await app.inject({ method: 'POST', url: '/webhooks/rest/webhook', payload: { sender: 'g', message: 'привет' } });
    assert.equal(res.statusCode, 503);
    assert.ok(Number(res.headers['retry-after']) > 0);
    const tracker = await app.inject({ method: 'GET', url: '/conversations/g/tracker' });
    assert.equal(tracker.statusCode, 503);
    await app.close();
  });
});
