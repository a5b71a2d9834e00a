// One conversation cannot grow without end. Against main (8c9667e) there was no cap: a client could append
// events (or turns) to a single tracker for ever, and every turn of it would load more.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { ConversationRuntime } from '../../src/runtime/conversation-runtime.ts';
import { ConversationFullError } from '../../src/runtime/errors.ts';
import { buildServer } from '../../src/server/app.ts';
import { InProcessLockStore } from '../../src/stores/lock-memory.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { EchoEngine } from '../helpers/echo-engine.ts';

describe('events per conversation', () => {
  it('past the cap a turn is refused with 409 and the log stops growing; other conversations go on', async () => {
    const trackers = new InMemoryTrackerStore();
    const runtime = new ConversationRuntime({
      engine: new EchoEngine(),
      trackers,
      locks: new InProcessLockStore(),
      logger: pino({ level: 'silent' }),
      info: { version: '0.1.0', modelId: 'echo', modelFile: null, generator: 'echo' },
      maxEventsPerConversation: 12,
    });
    const { app } = await buildServer({ runtime, logger: pino({ level: 'silent' }), enableApi: true });
    const say = (sender: string) => app.inject({ method: 'POST', url: '/webhooks/rest/webhook', payload: { sender, message: 'привет' } });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await say('long')).statusCode);
    assert.ok(statuses.includes(409), statuses.join(','));
    const stored = (await trackers.load('long')).length;
    assert.ok(stored <= 12 + 3, `${stored} events stored`);
    assert.equal((await say('other')).statusCode, 200);
    const bulk = await app.inject({
      method: 'POST',
      url: '/conversations/bulk/tracker/events',
      payload: Array.from({ length: 20 }, () => ({ event: 'slot', name: 'x', value: 1 })),
    });
    assert.equal(bulk.statusCode, 409);
    assert.deepEqual(await trackers.load('bulk'), []);
    await assert.rejects(runtime.handleMessage({ sender: 'long', text: 'ещё', channel: 'rest' }), ConversationFullError);
    await app.close();
  });
});
