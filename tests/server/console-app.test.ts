// The console's server side without a browser: sign-in, the session cookie's attributes, CSRF on every change,
// the hotel day by the server's clock, bookings made at the console and their source, numbers masked by role.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { Registry } from 'prom-client';
import { addUser } from '../../src/cli/commands/users.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import { loadHotel } from '../../src/config/hotel-file.ts';
import { consoleApp } from '../../src/server/console-app.ts';
import { SqliteStaffStore } from '../../src/staff/staff-sqlite.ts';
import { SqliteHotelStore } from '../../src/stores/hotel-sqlite.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';

const hotel = loadHotel('data/hotel.yml');
// 22:30 UTC on the 24th is 01:30 on the 25th in Moscow: "today" is the hotel's 25th, whatever the server's zone.
const NOW = new Date('2026-11-24T22:30:00Z');
const PASSWORD = 'a long enough password';

function cookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const line = (Array.isArray(header) ? header : [header ?? '']).find((c) => c.startsWith('portier_session='));
  assert.ok(line, 'a session cookie is set');
  return line;
}

describe('console server', () => {
  let app: FastifyInstance;
  let pms: SqliteHotelStore;
  let staff: SqliteStaffStore;
  const trackers = new InMemoryTrackerStore();

  before(async () => {
    // SMS on, so each booking's confirmations show what the guest was sent
    pms = new SqliteHotelStore(':memory:', { hotel, now: () => NOW, notify: { sms: true, email: false } });
    staff = new SqliteStaffStore(':memory:', () => NOW);
    await addUser(staff, { username: 'anna', role: 'administrator', password: PASSWORD });
    await addUser(staff, { username: 'oleg', role: 'reception', password: PASSWORD });
    const t = NOW.getTime() / 1000 - 600;
    const events: TrackerEvent[] = [
      {
        event: 'user',
        timestamp: t,
        text: '/session_start',
        input_channel: 'twilio_media_streams',
        metadata: { user_phone: '+79035551234' },
        parse_data: { text: '', intent: { name: null, confidence: 0 }, entities: [], commands: [] },
      },
      {
        event: 'user',
        timestamp: t + 5,
        text: 'позовите администратора, мой номер 8 903 555 12 34',
        input_channel: 'twilio_media_streams',
        parse_data: { text: '', intent: { name: 'human_handoff', confidence: 1 }, entities: [], commands: [{ command: 'human handoff' }] },
      },
      { event: 'flow_started', timestamp: t + 5.1, flow_id: 'pattern_human_handoff' },
      { event: 'bot', timestamp: t + 6, text: 'Соединяю вас с администратором.', data: {} },
    ];
    await trackers.append('CA0001', events, 0);
    app = Fastify();
    await consoleApp(app, { pms, hotel, staff, trackers, flowNames: new Map(), now: () => NOW, metrics: new Registry() });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await pms.close();
    await staff.close();
  });

  async function signIn(username: string, password = PASSWORD) {
    const response = await app.inject({ method: 'POST', url: '/console/api/login', payload: { username, password } });
    assert.equal(response.statusCode, 200);
    const cookie = cookieOf(response).split(';')[0]!;
    return { cookie, csrf: (response.json() as { csrf: string }).csrf };
  }

  it('refuses a wrong password and an unknown login alike', async () => {
    for (const username of ['anna', 'nobody']) {
      const response = await app.inject({ method: 'POST', url: '/console/api/login', payload: { username, password: 'wrong password!' } });
      assert.equal(response.statusCode, 401);
      assert.deepEqual(response.json(), { error: 'wrong login or password' });
    }
  });

  it('keeps the session in an httpOnly SameSite cookie scoped to /console, never readable by scripts', async () => {
    const response = await app.inject({ method: 'POST', url: '/console/api/login', payload: { username: 'anna', password: PASSWORD } });
    const cookie = cookieOf(response);
    assert.match(cookie, /HttpOnly/);
    // Over plain HTTP @fastify/session's secure: 'auto' sends SameSite=Lax without Secure; over HTTPS, Strict and Secure.
    assert.match(cookie, /SameSite=(Lax|Strict)/);
    assert.match(cookie, /Path=\/console/);
    assert.doesNotMatch(response.body, /portier_session/);
  });

  it('needs a session for data and a CSRF token for any change', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/console/api/today' })).statusCode, 401);
    const { cookie, csrf } = await signIn('anna');
    const booking = {
      room_type: 'standard',
      check_in: '2026-11-25',
      check_out: '2026-11-27',
      adults: 2,
      guest_name: 'Ирина Орлова',
      phone: '8 903 555-12-34',
      special_requests: ['две раздельные кровати'],
      request_id: 'request-0001',
    };
    const refused = await app.inject({ method: 'POST', url: '/console/api/bookings', headers: { cookie }, payload: booking });
    assert.equal(refused.statusCode, 403);
    const made = await app.inject({ method: 'POST', url: '/console/api/bookings', headers: { cookie, 'x-csrf-token': csrf }, payload: booking });
    assert.equal(made.statusCode, 201, made.body);
    const { booking: b } = made.json() as { booking: { code: string; phone: string; source: string; made_by: string; special_requests: string[] } };
    assert.deepEqual([b.phone, b.source, b.made_by], ['+79035551234', 'console', 'anna']);
    assert.deepEqual(b.special_requests, ['две раздельные кровати']);
    // The same form sent twice (a double click) makes one booking.
    const again = await app.inject({ method: 'POST', url: '/console/api/bookings', headers: { cookie, 'x-csrf-token': csrf }, payload: booking });
    assert.equal((again.json() as { booking: { code: string } }).booking.code, b.code);
  });

  it('writes to the guest about a change at the desk only when the stay changed, not for a wish noted', async () => {
    const { cookie, csrf } = await signIn('oleg');
    const post = (url: string, payload: object) =>
      app.inject({ method: 'POST', url: `/console/api/${url}`, headers: { cookie, 'x-csrf-token': csrf }, payload });
    const stay = { room_type: 'comfort', check_in: '2026-12-03', check_out: '2026-12-05', adults: 1, children: 0 };
    const made = await post('bookings', { ...stay, guest_name: 'Глеб Сорокин', phone: '+7 911 200-30-40', request_id: 'request-sms-01' });
    const { code } = (made.json() as { booking: { code: string } }).booking;
    type Described = { booking: { special_requests: string[]; notifications: { event: string; channel: string }[] } };
    const sent = (r: LightMyRequestResponse) => (r.json() as Described).booking.notifications.map((n) => `${n.event}:${n.channel}`);
    // the change form sends the whole stay as it stands, with the wish the guest mentioned at the desk
    const noted = await post(`bookings/${code}/change`, { ...stay, special_requests: ['поздний завтрак в номер'] });
    assert.equal(noted.statusCode, 200, noted.body);
    assert.deepEqual((noted.json() as Described).booking.special_requests, ['поздний завтрак в номер']);
    assert.deepEqual(sent(noted), ['booked:sms'], 'no «бронь изменена» for a note');
    const moved = await post(`bookings/${code}/change`, { ...stay, check_out: '2026-12-06', special_requests: ['поздний завтрак в номер'] });
    assert.deepEqual(sent(moved), ['booked:sms', 'changed:sms']);
  });

  it('takes today from the server clock in the hotel time zone', async () => {
    const { cookie } = await signIn('anna');
    const today = (await app.inject({ method: 'GET', url: '/console/api/today', headers: { cookie } })).json() as {
      today: string;
      arrivals: { today: { guest_name: string; special_requests: string[] }[] };
    };
    assert.equal(today.today, '2026-11-25');
    assert.deepEqual(
      today.arrivals.today.map((b) => b.guest_name),
      ['Ирина Орлова'],
    );
    // whoever prepares the room sees the guest's wishes with the arrival
    assert.deepEqual(today.arrivals.today[0]?.special_requests, ['две раздельные кровати']);
  });

  it('finds bookings by name, phone and code', async () => {
    const { cookie } = await signIn('oleg');
    for (const q of ['орлова', '+7 903 555 12 34']) {
      const found = (await app.inject({ method: 'GET', url: `/console/api/bookings?q=${encodeURIComponent(q)}`, headers: { cookie } })).json() as {
        bookings: { code: string }[];
      };
      assert.equal(found.bookings.length, 1, q);
      const byCode = (await app.inject({ method: 'GET', url: `/console/api/bookings?q=${found.bookings[0]!.code}`, headers: { cookie } })).json() as {
        bookings: unknown[];
      };
      assert.equal(byCode.bookings.length, 1);
    }
  });

  it('lists handoffs first with their reason, and masks callers’ numbers for reception', async () => {
    const asAdmin = (await app.inject({ method: 'GET', url: '/console/api/conversations', headers: { cookie: (await signIn('anna')).cookie } })).json() as {
      handoffs: { phone: string; handoff_reason: string; ref: string }[];
    };
    assert.equal(asAdmin.handoffs[0]?.phone, '+79035551234');
    assert.equal(asAdmin.handoffs[0]?.handoff_reason, 'guest_asked');
    const { cookie } = await signIn('oleg');
    const asDesk = (await app.inject({ method: 'GET', url: '/console/api/conversations', headers: { cookie } })).json() as {
      handoffs: { phone: string; ref: string }[];
    };
    assert.equal(asDesk.handoffs[0]?.phone, '+7 903 ***-**-34');
    const transcript = await app.inject({ method: 'GET', url: `/console/api/conversations/${asDesk.handoffs[0]!.ref}`, headers: { cookie } });
    assert.doesNotMatch(transcript.body, /555 12 34|5551234/);
    assert.match(transcript.body, /human handoff/);
  });

  it('ends the session on logout', async () => {
    const { cookie, csrf } = await signIn('anna');
    assert.equal((await app.inject({ method: 'POST', url: '/console/api/logout', headers: { cookie, 'x-csrf-token': csrf } })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/console/api/today', headers: { cookie } })).statusCode, 401);
  });

  it('lets only administrators manage staff: add with a role, set a password, disable and enable', async () => {
    const desk = await signIn('oleg');
    assert.equal((await app.inject({ method: 'GET', url: '/console/api/users', headers: { cookie: desk.cookie } })).statusCode, 403);
    const byDesk = await app.inject({
      method: 'POST',
      url: '/console/api/users',
      headers: { cookie: desk.cookie, 'x-csrf-token': desk.csrf },
      payload: { username: 'sneaky', role: 'administrator', password: PASSWORD },
    });
    assert.equal(byDesk.statusCode, 403);

    const { cookie, csrf } = await signIn('anna');
    const change = (url: string, payload: object, withCsrf = true) =>
      app.inject({ method: 'POST', url: `/console/api/${url}`, headers: withCsrf ? { cookie, 'x-csrf-token': csrf } : { cookie }, payload });
    assert.equal((await change('users', { username: 'maria', role: 'reception', password: PASSWORD }, false)).statusCode, 403, 'no CSRF token');
    const weak = await change('users', { username: 'maria', role: 'reception', password: 'short' });
    assert.deepEqual([weak.statusCode, (weak.json() as { field: string }).field], [400, 'password']);
    assert.equal((await change('users', { username: 'мария', role: 'reception', password: PASSWORD })).statusCode, 400);
    assert.equal((await change('users', { username: 'maria', role: 'owner', password: PASSWORD })).statusCode, 400);
    const added = await change('users', { username: 'Maria', display_name: 'Мария Котова', role: 'reception', password: PASSWORD });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal((await change('users', { username: 'maria', role: 'reception', password: PASSWORD })).statusCode, 409);
    const list = (await app.inject({ method: 'GET', url: '/console/api/users', headers: { cookie } })).json() as {
      users: { username: string; role: string; disabled: boolean; me: boolean }[];
    };
    assert.deepEqual(
      list.users.map((u) => `${u.username}:${u.role}:${u.disabled ? 'off' : 'on'}${u.me ? ':me' : ''}`),
      ['anna:administrator:on:me', 'maria:reception:on', 'oleg:reception:on'],
    );
    assert.doesNotMatch(JSON.stringify(list), /argon2|password/i);

    const mariaBefore = await signIn('maria');
    assert.equal((await change('users/maria/password', { password: 'a brand new password' })).statusCode, 200);
    assert.equal(
      (await app.inject({ method: 'GET', url: '/console/api/today', headers: { cookie: mariaBefore.cookie } })).statusCode,
      401,
      'a new password ends her open sessions',
    );
    assert.equal((await change('users/anna/password', { password: 'another new password' })).statusCode, 200);
    assert.equal(
      (await app.inject({ method: 'GET', url: '/console/api/today', headers: { cookie } })).statusCode,
      200,
      'the administrator keeps the session she reset her own password in',
    );
    const oldPassword = await app.inject({ method: 'POST', url: '/console/api/login', payload: { username: 'maria', password: PASSWORD } });
    assert.equal(oldPassword.statusCode, 401);

    const maria = await signIn('maria', 'a brand new password');
    assert.equal((await change('users/maria/disabled', { disabled: true })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/console/api/today', headers: { cookie: maria.cookie } })).statusCode, 401, 'her open session ends');
    const refused = await app.inject({ method: 'POST', url: '/console/api/login', payload: { username: 'maria', password: 'a brand new password' } });
    assert.equal(refused.statusCode, 403);
    assert.match((refused.json() as { error: string }).error, /отключена/);
    assert.equal((await change('users/maria/disabled', { disabled: false })).statusCode, 200);
    assert.equal(
      (await app.inject({ method: 'POST', url: '/console/api/login', payload: { username: 'maria', password: 'a brand new password' } })).statusCode,
      200,
    );

    assert.equal((await change('users/anna/disabled', { disabled: true })).statusCode, 400, 'not one’s own account');
    assert.equal((await change('users/nobody/disabled', { disabled: true })).statusCode, 404);
    assert.equal((await change('users/nobody/password', { password: PASSWORD })).statusCode, 404);
  });
});
