import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { apiRoutes } from '../../../src/server/routes/api-bookings.ts';
import { SqliteHotelStore } from '../../../src/stores/hotel-sqlite.ts';

const hotel = loadHotel('data/hotel.yml');
const TOKEN = 'test-token-123';
let app: FastifyInstance;
let pms: SqliteHotelStore;
const auth = { authorization: `Bearer ${TOKEN}` };

const body = {
  room_type: 'standard',
  check_in: '2026-12-09',
  check_out: '2026-12-10',
  adults: 1,
  children: 0,
  guest_name: 'Олег Ковалёв',
  phone: '+79000000002',
};

before(async () => {
  pms = new SqliteHotelStore(':memory:', { hotel, now: () => new Date('2026-11-24T12:00:00+03:00') });
  app = Fastify();
  await app.register(apiRoutes, { pms, hotel, token: TOKEN });
  // A neighbouring route must keep its own JSON parsing and need no token.
  app.post('/other', async (req) => ({ got: req.body }));
  await app.ready();
});
after(async () => {
  await app.close();
  await pms.close();
});

test('every call without a valid token is 401', async () => {
  for (const [method, url] of [
    ['GET', '/api/bookings?phone=%2B79000000002'],
    ['POST', '/api/bookings'],
    ['POST', '/api/bookings/AAAAAA/cancel'],
    ['GET', '/api/availability?check_in=2026-12-09&check_out=2026-12-10'],
  ] as const) {
    const none = await app.inject({ method, url });
    assert.equal(none.statusCode, 401, `${method} ${url}`);
    const wrong = await app.inject({ method, url, headers: { authorization: 'Bearer nope' } });
    assert.equal(wrong.statusCode, 401);
  }
  const other = await app.inject({ method: 'POST', url: '/other', payload: { a: 1 } });
  assert.deepEqual(other.json(), { got: { a: 1 } });
});

test('POST creates a booking (201) that GET finds by phone and code', async () => {
  const res = await app.inject({ method: 'POST', url: '/api/bookings', headers: auth, payload: body });
  assert.equal(res.statusCode, 201);
  const b = res.json();
  assert.equal(b.status, 'confirmed');
  assert.equal(b.total_price, 6500);
  assert.equal(b.phone, '+79000000002');
  assert.deepEqual(Object.keys(b).sort(), [
    'adults',
    'check_in',
    'check_out',
    'children',
    'code',
    'created_at',
    'guest_name',
    'phone',
    'room_type',
    'special_requests',
    'status',
    'total_price',
  ]);
  assert.deepEqual(b.special_requests, []);
  const byPhone = await app.inject({ method: 'GET', url: `/api/bookings?phone=${encodeURIComponent('+79000000002')}`, headers: auth });
  assert.equal(byPhone.statusCode, 200);
  assert.deepEqual(byPhone.json(), [b]);
  const byCode = await app.inject({ method: 'GET', url: `/api/bookings?code=${b.code}`, headers: auth });
  assert.deepEqual(byCode.json(), [b]);
  const none = await app.inject({ method: 'GET', url: '/api/bookings?phone=%2B79000000099', headers: auth });
  assert.deepEqual(none.json(), []);
  // A number in E.164 shape outside the numbering plan (a fictional UK range) finds nothing; garbage is still 400.
  const unknownRange = await app.inject({ method: 'GET', url: `/api/bookings?phone=${encodeURIComponent('+447700900123')}`, headers: auth });
  assert.equal(unknownRange.statusCode, 200);
  assert.deepEqual(unknownRange.json(), []);
  const garbage = await app.inject({ method: 'GET', url: '/api/bookings?phone=abc', headers: auth });
  assert.equal(garbage.statusCode, 400);
});

test('POST keeps the wishes for the room, and refuses a list that is not one', async () => {
  const payload = { ...body, phone: '+79000000052', special_requests: ['детская кроватка', 'этаж повыше'] };
  const res = await app.inject({ method: 'POST', url: '/api/bookings', headers: auth, payload });
  assert.equal(res.statusCode, 201, res.body);
  assert.deepEqual(res.json().special_requests, ['детская кроватка', 'этаж повыше']);
  const bad = await app.inject({ method: 'POST', url: '/api/bookings', headers: auth, payload: { ...payload, special_requests: 'кроватка' } });
  assert.equal(bad.statusCode, 400);
});

test('GET ?from&to lists the bookings with a night in the period, by check-in; a bad period is 400', async () => {
  const later = await app.inject({
    method: 'POST',
    url: '/api/bookings',
    headers: auth,
    payload: { ...body, check_in: '2026-12-20', check_out: '2026-12-22', phone: '+79000000031' },
  });
  const list = async (query: string) => app.inject({ method: 'GET', url: `/api/bookings?${query}`, headers: auth });
  const december = (await list('from=2026-12-01&to=2027-01-01')).json() as { code: string; check_in: string }[];
  assert.ok(december.length >= 2);
  assert.deepEqual(
    december.map((b) => b.check_in),
    [...december.map((b) => b.check_in)].sort(),
  );
  assert.ok(december.some((b) => b.code === later.json().code));
  // the stay of 20–22 December has nights on the 20th and 21st, not the 22nd
  assert.ok(!(await list('from=2026-12-22&to=2026-12-23')).json().some((b: { code: string }) => b.code === later.json().code));
  assert.ok((await list('from=2026-12-21&to=2026-12-22')).json().some((b: { code: string }) => b.code === later.json().code));
  for (const bad of ['from=2026-12-10&to=2026-12-01', 'from=12.12.2026&to=2026-12-20', 'from=2026-01-01&to=2027-06-01', 'from=2026-12-01']) {
    const res = await list(bad);
    assert.equal(res.statusCode, 400, bad);
  }
});

test('invalid input is 400 with the field, and nothing is written', async () => {
  const cases: [Record<string, unknown> | string, string, string?][] = [
    [{ ...body, check_in: '2026-02-30' }, 'check_in'],
    [{ ...body, check_in: '2026-11-01' }, 'check_in'],
    [{ ...body, check_out: '2026-12-08' }, 'check_out'],
    [{ ...body, adults: 0 }, 'adults'],
    [{ ...body, adults: 3 }, 'adults'],
    [{ ...body, room_type: 'palace' }, 'room_type'],
    [{ ...body, guest_name: '' }, 'guest_name'],
    [{ ...body, phone: '123' }, 'phone'],
    [{ ...body, adults: 'two' }, 'adults'],
    ['{not json', 'body', 'application/json'],
    ['hello', 'body', 'text/plain'],
    ['[1,2]', 'body', 'application/json'],
  ];
  for (const [input, field, type] of cases) {
    const payload = typeof input === 'string' ? input : JSON.stringify({ ...input, phone: input['phone'] === body.phone ? '+79000000050' : input['phone'] });
    const res = await app.inject({
      method: 'POST',
      url: '/api/bookings',
      headers: { ...auth, 'content-type': type ?? 'application/json' },
      payload,
    });
    assert.equal(res.statusCode, 400, payload);
    assert.equal(res.json().field, field, payload);
    assert.equal(typeof res.json().error, 'string');
  }
  const empty = await app.inject({ method: 'POST', url: '/api/bookings', headers: auth });
  assert.equal(empty.statusCode, 400);
  assert.deepEqual(await pms.findBookings({ phone: '+79000000050' }), []);
});

test('409 when nothing is available; cancel frees the room; unknown code is 404', async () => {
  const suite = { ...body, room_type: 'suite', check_in: '2026-12-31', check_out: '2027-01-01', phone: '+79000000060' };
  const first = (await app.inject({ method: 'POST', url: '/api/bookings', headers: auth, payload: suite })).json();
  assert.equal((await app.inject({ method: 'POST', url: '/api/bookings', headers: auth, payload: suite })).statusCode, 201);
  const full = await app.inject({ method: 'POST', url: '/api/bookings', headers: auth, payload: suite });
  assert.equal(full.statusCode, 409);
  assert.equal(typeof full.json().error, 'string');
  const cancelled = await app.inject({ method: 'POST', url: `/api/bookings/${first.code}/cancel`, headers: auth });
  assert.equal(cancelled.statusCode, 200);
  assert.equal(cancelled.json().status, 'cancelled');
  assert.equal((await app.inject({ method: 'POST', url: '/api/bookings', headers: auth, payload: suite })).statusCode, 201);
  assert.equal((await app.inject({ method: 'POST', url: '/api/bookings/ZZZZZZ/cancel', headers: auth })).statusCode, 404);
});

test('an Idempotency-Key header makes a retried POST return the same booking', async () => {
  const payload = { ...body, phone: '+79000000070' };
  const headers = { ...auth, 'idempotency-key': 'retry-1' };
  const a = await app.inject({ method: 'POST', url: '/api/bookings', headers, payload });
  const b = await app.inject({ method: 'POST', url: '/api/bookings', headers, payload });
  assert.equal(a.json().code, b.json().code);
  assert.equal((await pms.findBookings({ phone: '+79000000070' })).length, 1);
});

test('availability lists room types with rooms left and the total price', async () => {
  const res = await app.inject({ method: 'GET', url: '/api/availability?check_in=2026-11-27&check_out=2026-11-29&adults=3', headers: auth });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(
    res.json().map((r: { room_type: string; available: number; total_price: number }) => [r.room_type, r.available, r.total_price]),
    [
      ['comfort', 8, 9900 * 2],
      ['family', 4, 12900 * 2],
    ],
  );
  const bad = await app.inject({ method: 'GET', url: '/api/availability?check_in=2026-11-29&check_out=2026-11-27', headers: auth });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().field, 'check_out');
  const missing = await app.inject({ method: 'GET', url: '/api/availability', headers: auth });
  assert.equal(missing.statusCode, 400);
});

test('availability night by night: rooms left and the price of each night, per room type', async () => {
  const booked = await app.inject({
    method: 'POST',
    url: '/api/bookings',
    headers: auth,
    payload: { ...body, check_in: '2026-12-17', check_out: '2026-12-18', phone: '+79000000080' },
  });
  assert.equal(booked.statusCode, 201);
  // Wednesday 16th, Thursday 17th, Friday 18th: the Friday night is priced as a weekend night
  const res = await app.inject({ method: 'GET', url: '/api/availability/nights?from=2026-12-16&nights=3', headers: auth });
  assert.equal(res.statusCode, 200);
  const grid = res.json();
  assert.deepEqual(grid.dates, ['2026-12-16', '2026-12-17', '2026-12-18']);
  assert.equal(grid.currency, 'RUB');
  assert.deepEqual(
    grid.room_types.map((r: { room_type: string }) => r.room_type),
    ['standard', 'comfort', 'family', 'suite'],
  );
  const standard = grid.room_types[0];
  assert.equal(standard.name, 'Стандарт');
  assert.equal(standard.rooms, 12);
  assert.deepEqual(standard.nights, [
    { date: '2026-12-16', available: 12, price: 6500 },
    { date: '2026-12-17', available: 11, price: 6500 },
    { date: '2026-12-18', available: 12, price: 7500 },
  ]);
  const fortnight = (await app.inject({ method: 'GET', url: '/api/availability/nights?from=2026-12-01', headers: auth })).json();
  assert.equal(fortnight.dates.length, 14, 'two weeks by default');
});

test('availability night by night refuses a bad start or length (400 naming the field) and needs the token', async () => {
  for (const [query, field] of [
    ['nights=3', 'from'],
    ['from=16.12.2026', 'from'],
    ['from=2026-11-01&nights=3', 'from'],
    ['from=2026-12-16&nights=0', 'nights'],
    ['from=2026-12-16&nights=31', 'nights'],
    ['from=2026-12-16&nights=many', 'nights'],
  ] as const) {
    const res = await app.inject({ method: 'GET', url: `/api/availability/nights?${query}`, headers: auth });
    assert.equal(res.statusCode, 400, query);
    assert.equal(res.json().field, field, query);
  }
  assert.equal((await app.inject({ method: 'GET', url: '/api/availability/nights?from=2026-12-16' })).statusCode, 401);
});

test('GET /api/bookings validates its query: an overlong code is 400', async () => {
  const res = await app.inject({ method: 'GET', url: `/api/bookings?code=${'A'.repeat(40)}`, headers: auth });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().field, 'code');
});
