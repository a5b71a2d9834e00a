// Bookings made by phone whose confirmations are still queued when the server is killed (kill -9) are confirmed
// exactly once after a restart: none lost and none doubled. The calls are simulated Twilio calls (webhook, media
// stream, the caller's voice by espeak-ng) to the real server with only its recogniser scripted
// (fixtures/phone-instance.ts); the restarted server is the real `portier run`.
//
// A booking made on the phone carries one contact: the caller's own number (confirmed by SMS) or, when the caller
// will not give a phone, an e-mail address (confirmed by e-mail). So two callers book: one SMS and one e-mail.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { startPortier } from '../helpers/portier-process.ts';
import { type FakeSmtp, type FakeTwilioMessages, startFakeSmtp, startFakeTwilioMessages } from './fakes.ts';

const SID = 'AC00000000000000000000000000000002';
const TOKEN = 'notify-crash-token';
const TIME_SCALE = 4;
const SMS_CALLER = '+79161112233';
const EMAIL = 'olga.vesnina@example.com';
/** What the two callers say, in order: the scripted recogniser hears one line per caller turn. */
const BY_SMS = [
  'Хочу забронировать номер комфорт с четырнадцатого по шестнадцатое декабря',
  'Нас двое взрослых',
  'Пётр Сидоров',
  'Да, запишите этот номер',
  'Да, всё верно',
];
const BY_EMAIL = [
  'Хочу забронировать стандарт с десятого по двенадцатое декабря',
  'Двое взрослых',
  'Ольга Веснина',
  'Нет, не надо',
  'Нет, телефон я давать не буду',
  `Пишите ${EMAIL}`,
  'Да, всё верно',
];

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

/** One caller's whole call: greeting, each line as a turn, then the caller hangs up. Returns what the bot said. */
async function call(url: string, from: string, lines: readonly string[]): Promise<string> {
  const phone = await SimulatedCall.dial({ baseUrl: url, timeScale: TIME_SCALE, from, authToken: 'secret', accountSid: SID });
  await phone.waitForBotTurn();
  for (const line of lines) {
    await phone.say(line);
    await phone.waitForBotTurn();
  }
  await phone.hangup();
  const tracker = (await (await fetch(`${url}/conversations/${phone.callSid}/tracker`)).json()) as { events: { event: string; text?: string | null }[] };
  return tracker.events
    .map((e) => (e.event === 'bot' ? `бот: ${e.text}` : e.event === 'user' ? `гость: ${e.text}` : ''))
    .filter(Boolean)
    .join('\n');
}

const api = (url: string, path: string) => fetch(`${url}/api/${path}`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.json());

test('kill -9 between phone bookings and the send: exactly one SMS and one e-mail after the restart', { timeout: 300_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portier-notify-crash-'));
  const credentials = join(dataDir, 'credentials.yml');
  writeFileSync(credentials, `twilio_media_streams:\n  account_sid: ${SID}\n  auth_token: secret\n`);
  const env = {
    PORTIER_DATA_DIR: dataDir,
    PORTIER_NOW: '2026-11-24T12:00:00+03:00',
    PORTIER_API_TOKEN: TOKEN,
    PORTIER_LLM: 'off',
    OPENAI_API_KEY: '',
    AZURE_SPEECH_API_KEY: '',
    AZURE_SPEECH_KEY: '',
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
  const first = await startPortier(
    [credentials, String(TIME_SCALE)],
    { ...env, PORTIER_NOTIFY_POLL_MS: '600000', PORTIER_TEST_CALLER_LINES: JSON.stringify([...BY_SMS, ...BY_EMAIL]) },
    120_000,
    ['--import', 'tsx', 'tests/notify/fixtures/phone-instance.ts'],
  );
  let codes: string[];
  try {
    const bySms = await call(first.url, SMS_CALLER, BY_SMS);
    const byEmail = await call(first.url, '+79160000005', BY_EMAIL);
    const phoned = (await api(first.url, `bookings?phone=${encodeURIComponent(SMS_CALLER)}`)) as { code: string }[];
    assert.equal(phoned.length, 1, bySms);
    const stays = (await api(first.url, 'bookings?from=2026-12-10&to=2026-12-12')) as { code: string; guest_name: string; phone: string }[];
    const mailed = stays.filter((b) => b.guest_name === 'Ольга Веснина');
    assert.equal(mailed.length, 1, byEmail);
    assert.equal(mailed[0]!.phone, '', 'the e-mail is her only contact');
    // The assistant promises the SMS only to the caller who will get one.
    assert.match(bySms, /SMS/);
    assert.doesNotMatch(byEmail, /SMS/);
    codes = [phoned[0]!.code, mailed[0]!.code];
  } finally {
    first.child.kill('SIGKILL');
    await first.exited;
  }
  assert.equal(twilio.sent.length + smtp.letters.length, 0, 'nothing was sent before the crash');

  const second = await startPortier(['run', '--port', '0'], { ...env, PORTIER_NOTIFY_POLL_MS: '100' });
  try {
    await until('the SMS and the e-mail', () => twilio.sent.length >= 1 && smtp.letters.length >= 1);
    await new Promise((r) => setTimeout(r, 1000)); // several more polls: nothing is sent again
    assert.deepEqual(
      twilio.sent.map((m) => m.to),
      [SMS_CALLER],
    );
    assert.deepEqual(
      smtp.letters.map((l) => l.to),
      [[EMAIL]],
    );
    assert.match(twilio.sent[0]!.body, new RegExp(codes[0]!.replace(/(.{3})(?=.)/g, '$1 ')));
    assert.match(smtp.letters[0]!.raw, new RegExp(codes[1]!));
    for (const [code, channel] of [
      [codes[0], 'sms'],
      [codes[1], 'email'],
    ] as const) {
      const status = (await api(second.url, `bookings/${code}/notifications`)) as { channel: string; status: string }[];
      assert.deepEqual(
        status.map((m) => `${m.channel}:${m.status}`),
        [`${channel}:sent`],
      );
    }
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
});
