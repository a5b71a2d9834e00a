// The staff store's contract, on SQLite (one instance) and PostgreSQL (shared by the instances behind the load
// balancer): accounts, disabling, sessions with their expiry, the cookie secret and booking origins. On PostgreSQL
// two stores opened on the same database — two instances — see each other's accounts, sessions and secret.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { openStaffStore } from '../../src/staff/open.ts';
import { PostgresStaffStore } from '../../src/staff/staff-postgres.ts';
import { SqliteStaffStore } from '../../src/staff/staff-sqlite.ts';
import { type StaffStore, UserExistsError } from '../../src/staff/types.ts';
import { POSTGRES_URL, postgresMissing, uniqueName } from '../helpers/services.ts';

const NOW = new Date('2026-11-24T09:00:00Z');
const pgMissing = await postgresMissing();
const tmp = mkdtempSync(join(tmpdir(), 'portier-staff-'));
const schemas: string[] = [];
after(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if (!schemas.length) return;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

interface Kind {
  name: string;
  skip: string | false;
  /** Two stores on the same data, as two instances would open it. */
  open(): Promise<[StaffStore, StaffStore]>;
}

const kinds: Kind[] = [
  {
    name: 'sqlite',
    skip: false,
    async open() {
      const dataDir = mkdtempSync(join(tmp, 'sqlite-'));
      return [await openStaffStore({ dataDir }, () => NOW), await openStaffStore({ dataDir }, () => NOW)];
    },
  },
  {
    name: 'postgres',
    skip: pgMissing ?? false,
    async open() {
      const schema = uniqueName('t_staff');
      schemas.push(schema);
      // Two instances starting at once: the migration runs once, under its advisory lock.
      const location = { dataDir: tmp, databaseUrl: POSTGRES_URL, schema };
      const pair = await Promise.all([openStaffStore(location, () => NOW), openStaffStore(location, () => NOW)]);
      return pair as [StaffStore, StaffStore];
    },
  },
];

for (const kind of kinds) {
  describe(`staff store: ${kind.name}`, { skip: kind.skip }, () => {
    it('is the kind the location asks for', async () => {
      const [a, b] = await kind.open();
      assert.ok(kind.name === 'sqlite' ? a instanceof SqliteStaffStore : a instanceof PostgresStaffStore);
      await Promise.all([a.close(), b.close()]);
    });

    it('adds, finds, lists, re-passwords and disables accounts; a login is taken once', async () => {
      const [a, b] = await kind.open();
      try {
        const anna = await a.addUser({ username: 'anna', displayName: 'Анна Петрова', role: 'administrator', passwordHash: 'h1' });
        assert.deepEqual(anna, {
          id: anna.id,
          username: 'anna',
          displayName: 'Анна Петрова',
          role: 'administrator',
          createdAt: NOW.toISOString(),
          disabled: false,
        });
        await a.addUser({ username: 'desk', displayName: 'desk', role: 'reception', passwordHash: 'h2' });
        await assert.rejects(b.addUser({ username: 'anna', displayName: 'x', role: 'reception', passwordHash: 'h3' }), UserExistsError);
        assert.deepEqual(
          (await b.listUsers()).map((u) => `${u.username}:${u.role}`),
          ['anna:administrator', 'desk:reception'],
        );
        assert.equal((await b.userByName('anna'))?.passwordHash, 'h1');
        assert.equal(await b.setPassword('anna', 'h4'), true);
        assert.equal((await a.userByName('anna'))?.passwordHash, 'h4');
        assert.equal(await b.setPassword('nobody', 'h5'), false);
        assert.equal(await b.setDisabled('desk', true), true);
        const desk = await a.userByName('desk');
        assert.equal(desk?.disabled, true);
        assert.equal((await a.userById(desk!.id))?.disabled, true);
        assert.equal(await a.setDisabled('desk', false), true);
        assert.equal((await b.userById(desk!.id))?.disabled, false);
        assert.equal(await a.setDisabled('nobody', true), false);
        assert.equal(await a.userById(99_999), null);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('keeps a session until it expires and forgets it when destroyed, on either store', async () => {
      const [a, b] = await kind.open();
      try {
        const now = Date.now();
        await a.setSession('s1', '{"userId":1}', now + 60_000);
        assert.equal(await b.getSession('s1', now), '{"userId":1}');
        assert.equal(await b.getSession('s1', now + 60_000), null, 'expired');
        await b.setSession('s1', '{"userId":2}', now + 120_000);
        assert.equal(await a.getSession('s1', now), '{"userId":2}', 'overwritten');
        await a.destroySession('s1');
        assert.equal(await b.getSession('s1', now), null);
        assert.equal(await a.getSession('unknown', now), null);
        // a new password signs the user out everywhere but where it was set
        for (const [id, value] of [
          ['u7-desk', '{"userId":7}'],
          ['u7-phone', '{"cookie":{},"userId":7}'],
          ['u7-here', '{"userId":7}'],
          ['u70', '{"userId":70}'],
          ['anon', '{"cookie":{}}'],
        ])
          await a.setSession(id!, value!, now + 60_000);
        assert.equal(await b.endUserSessions(7, 'u7-here'), 2);
        assert.deepEqual(await Promise.all(['u7-desk', 'u7-phone', 'u7-here', 'u70', 'anon'].map((id) => a.getSession(id, now).then((v) => v !== null))), [
          false,
          false,
          true,
          true,
          true,
        ]);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('makes one cookie secret that every store on the same data reads', async () => {
      const [a, b] = await kind.open();
      try {
        const [x, y] = await Promise.all([a.secret('session'), b.secret('session')]);
        assert.equal(x, y);
        assert.ok(x.length >= 40);
        assert.notEqual(await a.secret('other'), x);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('records where bookings came from, the first record winning', async () => {
      const [a, b] = await kind.open();
      try {
        await a.recordOrigin({ code: '111222333', source: 'console', by: 'anna', at: '2026-11-24T09:00:00.000Z' });
        await b.recordOrigin({ code: '111222333', source: 'api', by: null, at: '2026-11-24T10:00:00.000Z' });
        await b.recordOrigin({ code: '444555666', source: 'api', by: null, at: '2026-11-24T10:00:00.000Z' });
        const found = await a.origins(['111222333', '444555666', '777888999']);
        assert.deepEqual(Object.fromEntries(found), {
          '111222333': { code: '111222333', source: 'console', by: 'anna', at: '2026-11-24T09:00:00.000Z' },
          '444555666': { code: '444555666', source: 'api', by: null, at: '2026-11-24T10:00:00.000Z' },
        });
        assert.equal((await a.origins([])).size, 0);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
}

describe('staff.sqlite made before accounts could be disabled', () => {
  it('gains the column and keeps every account enabled', async () => {
    const file = join(tmp, 'old-staff.sqlite');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(file);
    db.exec(`CREATE TABLE staff_users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
      role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at TEXT NOT NULL);
      INSERT INTO staff_users (username, display_name, role, password_hash, created_at) VALUES ('anna', 'Анна', 'administrator', 'h', '2026-01-01T00:00:00.000Z');`);
    db.close();
    const store = new SqliteStaffStore(file);
    try {
      assert.equal((await store.userByName('anna'))?.disabled, false);
      assert.equal(await store.setDisabled('anna', true), true);
    } finally {
      await store.close();
    }
  });
});
