// /api/openapi.json against the server `portier run` assembles: every /api route is described, nothing else
// is, and what the document says a request must hold is what the handlers refuse without.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pino } from 'pino';
import { type RunningServer, serve } from '../../src/cli/commands/run.ts';

const TOKEN = 'openapi-test-token';
let server: RunningServer;
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: { required?: string[]; properties: Record<string, unknown> } }> };
  responses: Record<string, unknown>;
  security?: unknown[];
}
let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };

before(async () => {
  const env = {
    ...process.env,
    PORTIER_DATA_DIR: mkdtempSync(join(tmpdir(), 'portier-openapi-')),
    PORTIER_API_TOKEN: TOKEN,
    // The nights query refuses past dates, so the day asked for below must stay in the future: the clock is pinned.
    PORTIER_NOW: '2026-11-24T12:00:00+03:00',
    OPENAI_API_KEY: '',
    DATABASE_URL: '',
    REDIS_URL: '',
  };
  server = await serve({ root: '.', env, port: 0, host: '127.0.0.1', runtimeOptions: { logger: pino({ level: 'silent' }) } });
  const res = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(res.statusCode, 200);
  doc = res.json();
});
after(() => server.close());

/** The /api routes the server really has, from Fastify's router. */
function apiRoutes(): Set<string> {
  const routes = new Set<string>();
  const tree = server.app.printRoutes({ commonPrefix: false, includeHooks: false });
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)(?:[├└]── )(\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    const path = stack.join('');
    if (!match[3] || !path.startsWith('/api/') || path === '/api/openapi.json') continue;
    for (const method of match[3].split(', ')) if (method !== 'HEAD') routes.add(`${method} ${path}`);
  }
  return routes;
}

test('the document is OpenAPI 3.1 and describes exactly the /api routes the server has', () => {
  assert.equal(doc.openapi, '3.1.0');
  const documented = new Set<string>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const method of Object.keys(operations)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
  }
  const served = apiRoutes();
  assert.ok(served.size >= 8, [...served].join(', '));
  assert.deepEqual([...documented].sort(), [...served].sort());
  for (const path of Object.keys(doc.paths)) assert.ok(path.startsWith('/api/'), `${path} is not an /api route`);
});

test('every route but the document itself needs the bearer token, and says so', async () => {
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      assert.deepEqual(op.security, [{ bearer: [] }], `${method} ${path}`);
      assert.ok(op.responses['401'], `${method} ${path} documents its 401`);
      const res = await server.app.inject({ method: method.toUpperCase() as 'GET', url: path.replace(/\{\w+\}/g, 'X') });
      assert.equal(res.statusCode, 401, `${method} ${path} without a token`);
    }
  }
});

test('a booking missing any field the document calls required is refused with 400', async () => {
  const body = doc.paths['/api/bookings']!.post!.requestBody!.content['application/json']!.schema;
  const full = {
    room_type: 'standard',
    check_in: '2026-12-09',
    check_out: '2026-12-10',
    adults: 1,
    children: 0,
    guest_name: 'Олег Ковалёв',
    phone: '+79000000002',
  };
  assert.deepEqual(
    Object.keys(body.properties)
      .filter((k) => k in full)
      .sort(),
    [...(body.required ?? [])].concat('children').sort(),
  );
  for (const field of body.required ?? []) {
    const { [field as keyof typeof full]: _left, ...partial } = full;
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/bookings',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      payload: partial,
    });
    assert.equal(res.statusCode, 400, `without ${field}`);
  }
});

test("the nights query's documented maximum is the one the handler enforces", async () => {
  const nights = doc.paths['/api/availability/nights']!.get!.parameters!.find((p) => p.name === 'nights')!;
  const max = nights.schema.maximum as number;
  const ask = (n: number) =>
    server.app.inject({ method: 'GET', url: `/api/availability/nights?from=2026-12-01&nights=${n}`, headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal((await ask(max)).statusCode, 200);
  assert.equal((await ask(max + 1)).statusCode, 400);
});
