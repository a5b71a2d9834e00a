// Two server processes share PostgreSQL (tracker store) and Redis (lock store) and serve one conversation
// alternately and concurrently: no event is lost or duplicated, and turns never interleave.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { addUser } from '../../src/cli/commands/users.ts';
import { PostgresStaffStore } from '../../src/staff/staff-postgres.ts';
import { PostgresTrackerStore } from '../../src/stores/tracker-postgres.ts';
import { type PortierProcess, say as sayText, startPortier } from '../helpers/portier-process.ts';
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
    assert.deepEqual(
      users,
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `сообщение ${n}`),
    );
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

describe('scale-out: two `portier run` processes on PostgreSQL + Redis complete one booking', async () => {
  const why = (await postgresMissing()) ?? (await redisMissing());

  it('turns alternate between the instances and the booking is made once', { skip: why ?? false, timeout: 240_000 }, async () => {
    // Months ahead of the pinned «now» (24 November). A day that passed less than 92 days ago is read as that past
    // day and refused (lang-ru/dates.ts), so August to November are never picked.
    const months = ['декабря', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля'];
    // Bookings stay in the shared test database between runs: pick a random stay so rooms never run out.
    const month = Math.floor(Math.random() * months.length);
    const day = 1 + Math.floor(Math.random() * 24);
    const phoneTail = String(Math.floor(Math.random() * 1e7)).padStart(7, '0');
    const env = {
      DATABASE_URL: POSTGRES_URL,
      REDIS_URL: REDIS_URL,
      PORTIER_NOW: '2026-11-24T12:00:00+03:00',
      PORTIER_API_TOKEN: 'scale-token',
      PORTIER_DATA_DIR: '',
      PORTIER_LLM: 'off',
    };
    const args = ['run', '--port', '0', '--interface', '127.0.0.1', '--enable-api'];
    const instances: PortierProcess[] = [await startPortier(args, env), await startPortier(args, env)];
    const sender = uniqueName('scale-guest');
    try {
      const lines = [
        'Добрый день, хочу забронировать номер',
        `с ${day} по ${day + 2} ${months[month]}`,
        'двое взрослых',
        'стандарт',
        'Марина Волкова',
        `+7 901 ${phoneTail}`,
        'да',
      ];
      let last = '';
      for (const [i, text] of lines.entries()) last = await sayText(instances[i % 2]!.url, sender, text);
      assert.match(last, /забронирован/);
      const res = await fetch(`${instances[1]!.url}/api/bookings?phone=%2B7901${phoneTail}`, { headers: { authorization: 'Bearer scale-token' } });
      const bookings = (await res.json()) as { code: string; status: string }[];
      assert.equal(bookings.filter((b) => b.status === 'confirmed').length, 1);
      const tracker = (await (await fetch(`${instances[0]!.url}/conversations/${sender}/tracker`)).json()) as { events: { event: string }[] };
      assert.equal(tracker.events.filter((e) => e.event === 'user').length, lines.length);
      for (const b of bookings) {
        await fetch(`${instances[0]!.url}/api/bookings/${b.code}/cancel`, { method: 'POST', headers: { authorization: 'Bearer scale-token' } });
      }
      await consoleSessionIsShared(instances[0]!.url, instances[1]!.url);
    } finally {
      for (const instance of instances) instance.child.kill('SIGTERM');
      await Promise.all(instances.map((instance) => instance.exited));
    }
  });
});

/** A staff member signs in on one instance; the balancer sends the next requests to the other, which knows them. */
async function consoleSessionIsShared(first: string, second: string): Promise<void> {
  const staff = await PostgresStaffStore.open({ connectionString: POSTGRES_URL });
  const login = uniqueName('desk').toLowerCase().slice(0, 40);
  try {
    await addUser(staff, { username: login, role: 'reception', password: 'shared-session-password' });
    const signIn = await fetch(`${first}/console/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: login, password: 'shared-session-password' }),
    });
    assert.equal(signIn.status, 200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrf } = (await signIn.json()) as { csrf: string };
    const today = await fetch(`${second}/console/api/today`, { headers: { cookie } });
    assert.equal(today.status, 200, 'the session opened on the first instance holds on the second');
    const out = await fetch(`${second}/console/api/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
    assert.equal(out.status, 200, 'the CSRF token made on the first instance is good on the second');
    assert.equal((await fetch(`${first}/console/api/today`, { headers: { cookie } })).status, 401, 'signed out everywhere');
  } finally {
    await staff.close();
    // The test database is shared between runs: leave no account behind.
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query('DELETE FROM portier.staff_users WHERE username = $1', [login]);
    await client.end();
  }
}
