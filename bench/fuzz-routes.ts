// Hostile bodies against every public route: NUL and lone surrogates, wrong types, deep nesting, huge strings,
// prototype keys, broken JSON, forms and wrong content types, hostile path ids. Counts answers by status; a 5xx
// or a server that stops answering is a failure. `npm run bench -- fuzz` or
//   node --import tsx bench/fuzz-routes.ts [--bodies 500] [--store sqlite|postgres|both] [--seed 14]
// (tests/security/fuzz.test.ts runs a smaller version in the test suite).
import { parseArgs } from 'node:util';
import { mulberry32 } from '../src/engine/dialogue/random.ts';

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\u202e',
  '<script>alert(1)</script>',
  "'; DROP TABLE bookings; --",
  '../../etc/passwd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile input (log4shell probe), not a template
  '${jndi:ldap://x}',
  '{{7*7}}',
  '%00',
  '\u0007\u001b[31m',
  '+79161234567',
  '2027-02-30',
  '9999-99-99',
  '',
  ' ',
  'null',
  '🏨'.repeat(50),
  'я'.repeat(3000),
];

function nastyString(rng: Rng): string {
  const base = pick(rng, NASTY_STRINGS);
  return rng() < 0.3 ? base + pick(rng, NASTY_STRINGS) : base;
}

function nastyValue(rng: Rng, depth = 0): unknown {
  const r = rng();
  if (depth > 3 || r < 0.35) return nastyString(rng);
  if (r < 0.45) return pick(rng, [0, -1, 1e308, -1e308, 3.5, 2 ** 53 + 1, true, false, null]);
  if (r < 0.6) return Array.from({ length: Math.floor(rng() * 4) }, () => nastyValue(rng, depth + 1));
  const obj: Record<string, unknown> = {};
  for (let i = 0; i < 1 + Math.floor(rng() * 4); i++) obj[rng() < 0.1 ? '__proto__' : nastyString(rng).slice(0, 20)] = nastyValue(rng, depth + 1);
  return obj;
}

const FIELDS = [
  'sender',
  'message',
  'metadata',
  'text',
  'event',
  'name',
  'value',
  'timestamp',
  'parse_data',
  'update',
  'entities',
  'room_type',
  'check_in',
  'check_out',
  'adults',
  'children',
  'children_ages',
  'guest_name',
  'phone',
  'email',
  'From',
  'Body',
  'CallSid',
  'To',
];

/** One hostile request body with its content type. */
export function hostileBody(rng: Rng): { body: string; type: string } {
  const r = rng();
  if (r < 0.1) return { body: pick(rng, ['{', '{"a":', '[1,2', 'nul', '"\\u0000', '{"a":1}}', '\u0000', '']), type: 'application/json' };
  if (r < 0.15) return { body: `${'['.repeat(60)}${']'.repeat(60)}`, type: 'application/json' };
  if (r < 0.2)
    return {
      body: 'sender=a&message=%00&From=%2B7&Body=x',
      type: pick(rng, ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml']),
    };
  if (r < 0.25) return { body: JSON.stringify(nastyValue(rng)), type: 'application/json' };
  const obj: Record<string, unknown> = {};
  for (let i = 0; i < 1 + Math.floor(rng() * 6); i++) obj[pick(rng, FIELDS)] = nastyValue(rng);
  if (rng() < 0.4) obj.event = pick(rng, ['user', 'bot', 'slot', 'action', 'stack', 'restart', 'flow_started', 'nope']);
  return { body: JSON.stringify(rng() < 0.2 ? [obj, nastyValue(rng)] : obj), type: 'application/json' };
}

const IDS = ['guest', 'a%00b', '%ED%A0%80', '..%2F..%2Fx', '%2B79161234567', 'x'.repeat(300), '%F0%9F%8F%A8', '%C0%AF', 'CA123'];

/** Every public route, with path ids filled from hostile ones. */
export function routes(rng: Rng): { method: string; path: string }[] {
  const id = () => pick(rng, IDS);
  return [
    { method: 'POST', path: '/webhooks/rest/webhook' },
    { method: 'GET', path: '/webhooks/rest/' },
    { method: 'POST', path: `/conversations/${id()}/messages` },
    { method: 'POST', path: `/conversations/${id()}/tracker/events` },
    { method: 'PUT', path: `/conversations/${id()}/tracker/events` },
    { method: 'GET', path: `/conversations/${id()}/tracker?include_events=${pick(rng, ['ALL', 'x', '%00'])}&until=${pick(rng, ['1', 'abc', '-1e999'])}` },
    { method: 'POST', path: `/conversations/${id()}/trigger_intent` },
    { method: 'POST', path: '/model/parse' },
    { method: 'GET', path: '/status' },
    {
      method: 'GET',
      path: `/api/bookings?${pick(rng, ['code', 'phone', 'from'])}=${pick(rng, ['%00', '2027-02-30', '%ED%A0%80', 'x'.repeat(500), '+7'])}&to=2027-02-30`,
    },
    { method: 'POST', path: '/api/bookings' },
    { method: 'POST', path: `/api/bookings/${id()}/cancel` },
    {
      method: 'GET',
      path: `/api/availability?check_in=${pick(rng, ['2027-02-30', '%00', '2026-12-01'])}&check_out=${pick(rng, ['2027-03-01', 'x', '2026-12-03'])}&adults=${pick(rng, ['1', '-5', '1e9', 'NaN'])}`,
    },
    { method: 'GET', path: '/api/today' },
    { method: 'POST', path: '/webhooks/twilio_media_streams/webhook' },
    { method: 'GET', path: '/health' },
  ];
}

export interface FuzzResult {
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: { method: string; path: string; status: number; body: string }[];
  aliveAfter: boolean;
  seconds: number;
}

/** Sends `bodies` hostile requests to every route (staff and Rasa API tokens on most, to get past auth). */
export async function fuzzRoutes(baseUrl: string, tokens: { api: string; rasa: string }, bodies: number, seed = 14): Promise<FuzzResult> {
  const rng = mulberry32(seed);
  const started = performance.now();
  const result: FuzzResult = { requests: 0, byStatus: {}, serverErrors: [], aliveAfter: false, seconds: 0 };
  for (let i = 0; i < bodies; i++) {
    for (const route of routes(rng)) {
      const { body, type } = hostileBody(rng);
      const headers: Record<string, string> = { 'content-type': type };
      if (rng() < 0.9) headers.authorization = `Bearer ${route.path.startsWith('/api/') ? tokens.api : tokens.rasa}`;
      const res = await fetch(`${baseUrl}${route.path}`, { method: route.method, headers, ...(route.method === 'GET' ? {} : { body }) }).catch(
        (error: Error) => ({ status: 0, text: async () => error.message }),
      );
      result.requests += 1;
      const key = String(res.status);
      result.byStatus[key] = (result.byStatus[key] ?? 0) + 1;
      if (res.status >= 500 || res.status === 0) result.serverErrors.push({ ...route, status: res.status, body: (await res.text()).slice(0, 200) });
      else if ('body' in res) await res.body?.cancel();
    }
  }
  result.aliveAfter =
    (await fetch(`${baseUrl}/health/live`)
      .then((r) => r.status)
      .catch(() => 0)) === 200;
  result.seconds = Math.round((performance.now() - started) / 100) / 10;
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { bodies: { type: 'string', default: '500' }, store: { type: 'string', default: 'both' }, seed: { type: 'string', default: '14' } },
  });
  const { securityServer } = await import('../tests/security/harness.ts');
  const stores = values.store === 'both' ? (['sqlite', 'postgres'] as const) : ([values.store] as ('sqlite' | 'postgres')[]);
  let failed = false;
  for (const store of stores) {
    // Development mode for the Twilio route, so bodies reach it; rate limits apply to loopback only when asked.
    const server = await securityServer({ store, env: { PORTIER_TWILIO_ALLOW_UNSIGNED: '1' } });
    try {
      const r = await fuzzRoutes(server.url, { api: server.apiToken, rasa: server.authToken }, Number(values.bodies), Number(values.seed));
      console.log(
        `${store}: ${r.requests} requests (${values.bodies} hostile bodies × ${r.requests / Number(values.bodies)} routes) in ${r.seconds} s; statuses ${JSON.stringify(r.byStatus)}; 5xx ${r.serverErrors.length}; alive after: ${r.aliveAfter}`,
      );
      for (const e of r.serverErrors.slice(0, 10)) console.log(`  ${e.status} ${e.method} ${e.path}: ${e.body}`);
      failed ||= r.serverErrors.length > 0 || !r.aliveAfter;
    } finally {
      await server.close();
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
