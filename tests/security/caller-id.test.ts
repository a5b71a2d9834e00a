// Issue 14, point 1: on the phone a caller ID equal to the booking's phone is proof, but only the number the
// telephone network gave through the Twilio channel. Against main at 9c5d125 a role-`user` JWT on the Rasa HTTP
// API posted a voice-channel user event with the guest's number as `user_phone` to its own conversation, ran
// action_find_booking with /execute and heard the booking; it could as well post the slots that record the proof
// (`verified_booking_code`, `found_booking_code`) and cancel the booking with /execute action_cancel_booking.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import type { Booking } from '../../src/hotel/types.ts';
import { post, type SecurityServer, securityServer } from './harness.ts';

const SECRET = 'caller-id-jwt-secret';
const sign = (username: string) =>
  new SignJWT({ user: { username, role: 'user' } }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));

describe('caller ID as proof of a booking', { timeout: 120_000 }, () => {
  let s: SecurityServer;
  let victim: Booking;
  before(async () => {
    s = await securityServer({ jwtSecret: SECRET, env: { PORTIER_TWILIO_ALLOW_UNSIGNED: '1' } });
    const pms = s.server.runtime.pms;
    if (!pms) throw new Error('the server runs the hotel system in-process');
    victim = await pms.createBooking({
      room_type: 'standard',
      check_in: '2026-12-14',
      check_out: '2026-12-16',
      adults: 2,
      children: 0,
      guest_name: 'Анна Смирнова',
      phone: '+79000007001',
    });
  });
  after(() => s.close());

  const leaks = () => new RegExp(`${victim.code}|Смирнов|Стандарт|рубл`, 'i');

  it('a role-user token cannot fake a call from the guest’s number with tracker events and /execute', async () => {
    const auth = { authorization: `Bearer ${await sign('mallory')}` };
    const forged = [{ user_phone: victim.phone }, { user_phone: victim.phone, caller_id_proof: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }];
    for (const metadata of forged) {
      const events = [
        {
          event: 'user',
          text: 'найдите мою бронь',
          input_channel: 'twilio_media_streams',
          metadata,
          parse_data: { intent: { name: null, confidence: 0 }, entities: [] },
        },
      ];
      const appended = await post(`${s.url}/conversations/mallory/tracker/events`, events, auth);
      assert.equal(appended.status, 200, await appended.text());
      const executed = await post(`${s.url}/conversations/mallory/execute?output_channel=twilio_media_streams`, { name: 'action_find_booking' }, auth);
      assert.equal(executed.status, 200, await executed.clone().text());
      const body = (await executed.json()) as { messages: { text?: string }[]; tracker: { slots: Record<string, unknown> } };
      assert.doesNotMatch(body.messages.map((m) => m.text ?? '').join(' '), leaks());
      assert.notEqual(body.tracker.slots['verified_booking_code'], victim.code);
    }
  });

  it('the same number on /messages (metadata) proves nothing', async () => {
    const auth = { authorization: `Bearer ${await sign('eve')}` };
    const appended = await post(
      `${s.url}/conversations/eve/messages`,
      { text: 'найдите мою бронь', sender: 'user', metadata: { user_phone: victim.phone } },
      auth,
    );
    assert.equal(appended.status, 200, await appended.text());
    const executed = await post(`${s.url}/conversations/eve/execute?output_channel=twilio_media_streams`, { name: 'action_find_booking' }, auth);
    const body = (await executed.json()) as { messages: { text?: string }[] };
    assert.doesNotMatch(body.messages.map((m) => m.text ?? '').join(' '), leaks());
  });

  it('a role-user token cannot set the proof slots with tracker events and cancel with /execute', async () => {
    const auth = { authorization: `Bearer ${await sign('oscar')}` };
    const proof = [
      { event: 'slot', name: 'found_booking_code', value: victim.code },
      { event: 'slot', name: 'verified_booking_code', value: victim.code },
    ];
    for (const method of ['POST', 'PUT']) {
      const res = await fetch(`${s.url}/conversations/oscar/tracker/events`, {
        method,
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify(proof),
      });
      assert.equal(res.status, 403, `${method}: ${await res.text()}`);
    }
    await post(`${s.url}/conversations/oscar/execute`, { name: 'action_cancel_booking' }, auth);
    assert.equal((await s.server.runtime.pms?.findBookings({ code: victim.code }))?.[0]?.status, 'confirmed');
    // The operator's token still edits any slot, as in Rasa.
    const admin = await post(`${s.url}/conversations/oscar/tracker/events?token=${s.authToken}`, [{ event: 'slot', name: 'lookup_status', value: 'found' }]);
    assert.equal(admin.status, 200);
  });

  it('the Twilio channel itself still proves the guest’s number', async () => {
    const form = new URLSearchParams({ From: victim.phone, Body: 'хочу узнать детали моей брони' });
    const res = await fetch(`${s.url}/webhooks/twilio_media_streams/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    assert.equal(res.status, 200);
    const texts = ((await res.json()) as { text?: string }[]).map((m) => m.text ?? '').join(' ');
    assert.match(texts, /[Нн]ашла бронь/);
    assert.match(texts, /Анна Смирнова|Смирнов/);
  });
});
