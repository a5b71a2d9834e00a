// The outbox and its sender on SQLite, against local Twilio Messages and SMTP servers: one SMS and one e-mail
// per booking event, retries with backoff then `failed` with the reason, permanent refusals not retried,
// two senders never sending one message twice, and an SMS that fits two Cyrillic segments.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { loadHotel } from '../../src/config/hotel-file.ts';
import type { Booking } from '../../src/hotel/types.ts';
import { stayIcs } from '../../src/notify/ics.ts';
import { OutboxWorker } from '../../src/notify/outbox-worker.ts';
import { notifySetup } from '../../src/notify/setup.ts';
import { loadNotificationTemplates, renderSms } from '../../src/notify/templates.ts';
import { enqueueSqlite, OUTBOX_SQLITE_MIGRATION, SqliteOutbox } from '../../src/stores/outbox-sqlite.ts';
import { type FakeSmtp, type FakeTwilioMessages, startFakeSmtp, startFakeTwilioMessages } from './fakes.ts';

const hotel = loadHotel('data/hotel.yml');
const templates = loadNotificationTemplates('notifications.yml');
const SID = 'AC00000000000000000000000000000001';
const booking: Booking = {
  code: '482193057',
  status: 'confirmed',
  room_type: 'comfort',
  check_in: '2026-12-14',
  check_out: '2026-12-16',
  adults: 2,
  children: 0,
  guest_name: 'Ирина Ковалёва',
  phone: '+79161112233',
  email: 'irina@example.org',
  special_requests: [],
  total_price: 19800,
  created_at: '2026-11-24T09:00:00.000Z',
};

let twilio: FakeTwilioMessages;
let smtp: FakeSmtp;
before(async () => {
  twilio = await startFakeTwilioMessages(SID, 'secret');
  smtp = await startFakeSmtp();
});
after(async () => {
  await twilio.close();
  await smtp.close();
});
beforeEach(() => {
  twilio.sent.length = 0;
  twilio.failWith.length = 0;
  smtp.letters.length = 0;
});

function setup(clock = { t: Date.parse('2026-11-24T09:00:00Z') }) {
  const db = new Database(':memory:');
  db.exec(OUTBOX_SQLITE_MIGRATION);
  const outbox = new SqliteOutbox(db);
  const notify = notifySetup({
    TWILIO_ACCOUNT_SID: SID,
    TWILIO_AUTH_TOKEN: 'secret',
    TWILIO_SMS_FROM: '+78125550148',
    TWILIO_API_BASE_URL: twilio.url,
    SMTP_URL: smtp.url,
    SMTP_FROM: 'Невский берег <booking@nevsky-bereg.example>',
  });
  const worker = (name = 'w') =>
    new OutboxWorker({
      outbox,
      hotel,
      templates,
      sms: notify.sms,
      email: notify.email,
      logger: pino({ level: 'silent', name }),
      now: () => new Date(clock.t),
      retryDelaysMs: [1000, 2000],
    });
  return { db, outbox, notify, worker, clock };
}

describe('booking confirmations through the outbox', () => {
  it('a booking sends exactly one SMS and one e-mail with the stay as .ics, and both show as sent', async () => {
    const { db, outbox, notify, worker } = setup();
    assert.match(notify.summary, /SMS and e-mail/);
    enqueueSqlite(db, booking, 'booked', notify.channels, new Date('2026-11-24T09:00:00Z'));
    const w = worker();
    assert.equal(await w.runOnce(), 2);
    assert.equal(await w.runOnce(), 0, 'nothing is sent twice');
    assert.equal(twilio.sent.length, 1);
    assert.equal(twilio.sent[0]!.to, '+79161112233');
    assert.match(twilio.sent[0]!.body, /482 193 057/);
    assert.match(twilio.sent[0]!.body, /14 декабря/);
    assert.equal(smtp.letters.length, 1);
    assert.deepEqual(smtp.letters[0]!.to, ['irina@example.org']);
    assert.match(smtp.letters[0]!.raw, /text\/calendar/);
    const ics = stayIcs(booking, hotel);
    assert.match(ics, /DTSTART;VALUE=DATE:20261214/);
    assert.match(ics, /DTEND;VALUE=DATE:20261216/);
    const calendarPart = smtp.letters[0]!.raw.split(/\r?\n--/).find((p) => /text\/calendar/.test(p)) ?? '';
    const body = calendarPart
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join('\n')
      .replace(/\s+/g, '');
    assert.match(/base64/i.test(calendarPart) ? Buffer.from(body, 'base64').toString('utf8') : body, /20261214/, 'the letter carries the stay');
    const statuses = (await outbox.listNotifications(booking.code)).map((m) => `${m.channel}:${m.status}`);
    assert.deepEqual(statuses, ['sms:sent', 'email:sent']);
    notify.email?.close();
  });

  it('a failing SMS is retried with backoff, then marked failed with the reason', async () => {
    const { db, outbox, notify, worker, clock } = setup();
    enqueueSqlite(db, booking, 'booked', { sms: true, email: false }, new Date(clock.t));
    twilio.failWith.push(500, 500, 500);
    const w = worker();
    await w.runOnce();
    assert.equal(await w.runOnce(), 0, 'not due again before the backoff');
    clock.t += 1000;
    await w.runOnce();
    clock.t += 2000;
    await w.runOnce();
    const [m] = await outbox.listNotifications(booking.code);
    assert.equal(m!.status, 'failed');
    assert.equal(m!.attempts, 3);
    assert.match(m!.last_error ?? '', /Twilio SMS API answered 500/);
    assert.equal(twilio.sent.length, 0);
    notify.email?.close();
  });

  it('a refusal that cannot heal (invalid number, unknown mailbox) fails at once', async () => {
    const { db, outbox, notify, worker, clock } = setup();
    enqueueSqlite(db, booking, 'cancelled', notify.channels, new Date(clock.t));
    twilio.failWith.push(400);
    smtp.refuseNext = true;
    await worker().runOnce();
    const states = (await outbox.listNotifications(booking.code)).map((m) => [m.status, m.attempts]);
    assert.deepEqual(states, [
      ['failed', 1],
      ['failed', 1],
    ]);
    notify.email?.close();
  });

  it('two senders working the same outbox send each message once', async () => {
    const { db, notify, worker, clock } = setup();
    for (let i = 0; i < 5; i++) enqueueSqlite(db, { ...booking, code: `10000000${i}`, email: null }, 'booked', notify.channels, new Date(clock.t));
    await Promise.all([worker('a').runOnce(), worker('b').runOnce()]);
    assert.equal(twilio.sent.length, 5);
    assert.equal(new Set(twilio.sent.map((s) => s.body)).size, 5);
    notify.email?.close();
  });

  it('nothing is queued for a channel that is not configured, and the SMS texts fit two Cyrillic segments', () => {
    const { db, outbox } = setup();
    const off = notifySetup({});
    assert.deepEqual(off.channels, { sms: false, email: false });
    assert.match(off.summary, /off: set TWILIO_ACCOUNT_SID/);
    enqueueSqlite(db, booking, 'booked', off.channels, new Date());
    return outbox.listNotifications(booking.code).then((list) => {
      assert.equal(list.length, 0);
      for (const event of ['booked', 'changed', 'cancelled'] as const) {
        const text = renderSms(templates, event, { ...booking, guest_name: 'Константин Константинопольский' }, hotel);
        assert.ok(text.length <= 134, `${event}: ${text.length} characters: ${text}`);
      }
    });
  });
});
