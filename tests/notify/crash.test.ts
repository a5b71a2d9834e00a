// A booking whose confirmations are still queued when the server is killed (kill -9) is confirmed exactly once
// after a restart: one SMS and one e-mail, none lost and none doubled. The server is the real `portier run`.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startPortier } from '../helpers/portier-process.ts';
import { type FakeSmtp, type FakeTwilioMessages, startFakeSmtp, startFakeTwilioMessages } from './fakes.ts';

const SID = 'AC00000000000000000000000000000002';
const TOKEN = 'notify-crash-token';
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

async function until(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('kill -9 between the booking and the send: exactly one SMS and one e-mail after the restart', { timeout: 240_000 }, async () => {
  const env = {
    PORTIER_DATA_DIR: mkdtempSync(join(tmpdir(), 'portier-notify-crash-')),
    PORTIER_NOW: '2026-11-24T12:00:00+03:00',
    PORTIER_API_TOKEN: TOKEN,
    OPENAI_API_KEY: '',
    DATABASE_URL: '',
    REDIS_URL: '',
    TWILIO_ACCOUNT_SID: SID,
    TWILIO_AUTH_TOKEN: 'secret',
    TWILIO_SMS_FROM: '+78125550148',
    TWILIO_API_BASE_URL: twilio.url,
    SMTP_URL: smtp.url,
    SMTP_FROM: 'booking@nevsky-bereg.example',
  };
  // The first process looks at its outbox only every 10 minutes: it dies before it sends anything.
  const first = await startPortier(['run', '--port', '0'], { ...env, PORTIER_NOTIFY_POLL_MS: '600000' });
  const res = await fetch(`${first.url}/api/bookings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ room_type: 'comfort', check_in: '2026-12-14', check_out: '2026-12-16', adults: 2, guest_name: 'Ирина Ковалёва', phone: '+79161112233', email: 'irina@example.org' }),
  });
  assert.equal(res.status, 201);
  const { code } = (await res.json()) as { code: string };
  first.child.kill('SIGKILL');
  await first.exited;
  assert.equal(twilio.sent.length + smtp.letters.length, 0, 'nothing was sent before the crash');

  const second = await startPortier(['run', '--port', '0'], { ...env, PORTIER_NOTIFY_POLL_MS: '100' });
  try {
    await until('the SMS and the e-mail', () => twilio.sent.length >= 1 && smtp.letters.length >= 1);
    await new Promise((r) => setTimeout(r, 1000)); // several more polls: nothing is sent again
    assert.equal(twilio.sent.length, 1);
    assert.equal(smtp.letters.length, 1);
    assert.match(twilio.sent[0]!.body, new RegExp(code.replace(/(.{3})(?=.)/g, '$1 ')));
    const status = await fetch(`${second.url}/api/bookings/${code}/notifications`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.deepEqual(((await status.json()) as { channel: string; status: string }[]).map((m) => `${m.channel}:${m.status}`), ['sms:sent', 'email:sent']);
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
});
