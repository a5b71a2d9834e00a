// Two server processes share PostgreSQL (tracker store) and Redis (lock store) and serve one conversation
// alternately and concurrently: no event is lost or duplicated, and turns never interleave.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { PostgresTrackerStore } from '../../src/stores/tracker-postgres.ts';
import { POSTGRES_URL, postgresMissing, REDIS_URL, redisMissing, uniqueName } from '../helpers/services.ts';

interface Instance {
  child: ChildProcess;
  url: string;
}

function start(table: string, prefix: string): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/server/fixtures/echo-instance.ts', POSTGRES_URL, table, REDIS_URL, prefix, '15'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const m = /listening (\d+)/.exec(out);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}` });
    });
    child.on('exit', (code) => reject(new Error(`instance exited with ${code}`)));
  });
}

async function say(instance: Instance, sender: string, message: string): Promise<{ text: string }[]> {
  const res = await fetch(`${instance.url}/webhooks/rest/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sender, message }),
  });
  assert.equal(res.status, 200);
  return (await res.json()) as { text: string }[];
}

describe('scale-out: two instances, one conversation', async () => {
  const why = (await postgresMissing()) ?? (await redisMissing());
  const table = uniqueName('scale_events');
  const prefix = `${uniqueName('scale')}:`;
  let a: Instance;
  let b: Instance;

  before(async () => {
    if (why) return;
    [a, b] = await Promise.all([start(table, prefix), start(table, prefix)]);
  });

  after(async () => {
    if (why) return;
    for (const i of [a, b]) i.child.kill('SIGTERM');
    const store = new PostgresTrackerStore({ connectionString: POSTGRES_URL, table });
    await store.dropTable();
    await store.close();
  });

  it('alternating turns see each other’s state', { skip: why ?? false }, async () => {
    const sender = uniqueName('guest');
    for (let turn = 1; turn <= 8; turn++) {
      const instance = turn % 2 ? a : b;
      const reply = await say(instance, sender, `сообщение ${turn}`);
      assert.match(reply.at(-1)!.text, new RegExp(`^ход ${turn}:`), `turn ${turn} on ${instance.url}`);
    }
    const tracker = (await (await fetch(`${b.url}/conversations/${sender}/tracker`)).json()) as { events: { event: string; text?: string }[] };
    const users = tracker.events.filter((e) => e.event === 'user').map((e) => e.text);
    assert.deepEqual(users, [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `сообщение ${n}`));
  });

  it('concurrent messages to both instances are serialised, none lost or duplicated', { skip: why ?? false }, async () => {
    const sender = uniqueName('busy');
    const sends = Array.from({ length: 10 }, (_, n) => say(n % 2 ? a : b, sender, `m${n}`));
    const replies = await Promise.all(sends);
    const turns = replies.map((r) => Number(/^ход (\d+):/.exec(r.at(-1)!.text)![1])).sort((x, y) => x - y);
    assert.deepEqual(turns, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'every turn saw all earlier ones exactly once');
    const store = new PostgresTrackerStore({ connectionString: POSTGRES_URL, table });
    const events = await store.load(sender);
    await store.close();
    const users = events.filter((e) => e.event === 'user').map((e) => (e as { text: string }).text);
    assert.equal(users.length, 10);
    assert.equal(new Set(users).size, 10);
    assert.equal(events.filter((e) => e.event === 'session_started').length, 1);
  });
});
