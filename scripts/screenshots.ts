// `npm run screenshots`: the staff console's pages with a month of demo data (`portier demo-data`), photographed
// in chromium at a tablet's landscape and portrait sizes into screenshots/ (not committed).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addUser } from '../src/cli/commands/users.ts';
import { writeDemoData } from '../src/cli/commands/demo-data.ts';
import { serve } from '../src/cli/commands/run.ts';
import { openStaffStore } from '../src/staff/open.ts';
import { chromiumMissing, openBrowser } from '../tests/helpers/browser.ts';
import { startFakeSmtp, startFakeTwilioMessages } from '../tests/notify/fakes.ts';

const OUT = resolve(process.argv[2] ?? 'screenshots');
const PASSWORD = 'screenshots-only-password';
const TWILIO_SID = 'AC00000000000000000000000000000004';
const missing = chromiumMissing();
if (missing) {
  process.stderr.write(`cannot take screenshots: ${missing}\n`);
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'portier-screenshots-'));
process.env.PORTIER_DATA_DIR = dataDir;
// Everything in the temporary folder: never a DATABASE_URL of the shell this runs in.
process.env.DATABASE_URL = '';
process.env.LOG_LEVEL ??= 'warn';
mkdirSync(OUT, { recursive: true });
await writeDemoData({ root: '.', days: 30, bookings: 90, conversations: 70, seed: 1 }, (line) => process.stdout.write(`${line}\n`));
const staff = await openStaffStore({ dataDir });
await addUser(staff, { username: 'anna', name: 'Анна Петрова', role: 'administrator', password: PASSWORD });
await addUser(staff, { username: 'oleg', name: 'Олег Смирнов', role: 'reception', password: PASSWORD });
await addUser(staff, { username: 'night.desk', name: 'Ночная смена', role: 'reception', password: PASSWORD });
await staff.setDisabled('night.desk', true);
await staff.close();

// Confirmations go to a local Twilio Messages API and SMTP server (never a real one), so «Брони» shows them.
const twilio = await startFakeTwilioMessages(TWILIO_SID, 'screenshots');
const smtp = await startFakeSmtp();
Object.assign(process.env, {
  PORTIER_API_TOKEN: 'screenshots-token',
  TWILIO_ACCOUNT_SID: TWILIO_SID,
  TWILIO_AUTH_TOKEN: 'screenshots',
  TWILIO_SMS_FROM: '+78125550148',
  TWILIO_API_BASE_URL: twilio.url,
  SMTP_URL: smtp.url,
  SMTP_FROM: 'booking@nevsky-bereg.example',
  PORTIER_NOTIFY_POLL_MS: '100',
});
const server = await serve({ root: '.', env: process.env, port: 0, host: '127.0.0.1', announce: () => {} });
await phoneBookingsWithConfirmations();

// A short chat with the running server, so its /metrics hold measured turns for the statistics page.
for (const message of ['здравствуйте', 'во сколько заезд', 'а парковка есть', 'спасибо до свидания']) {
  await fetch(`${server.url}/webhooks/rest/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sender: 'screenshots', message }),
  });
}

/**
 * Three guests book through /api with a phone and an e-mail: one is confirmed both ways, one's SMS is refused for
 * good (a 4xx from Twilio), one's SMS meets a Twilio outage and waits for its next attempt.
 */
async function phoneBookingsWithConfirmations() {
  const today = new Date(Date.parse(process.env.PORTIER_NOW ?? '') || Date.now());
  const day = (n: number) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  const guests = [
    { name: 'Ирина Ковалёва', phone: '+79161112233', email: 'irina.kovaleva@example.org', fail: null },
    { name: 'Павел Громов', phone: '+79031234567', email: 'p.gromov@example.org', fail: 400 },
    { name: 'Светлана Орлова', phone: '+79265554433', email: 'svetlana@example.org', fail: 503 },
  ];
  for (const [i, guest] of guests.entries()) {
    if (guest.fail) twilio.failWith.push(guest.fail);
    const before = twilio.sent.length + smtp.letters.length;
    await fetch(`${server.url}/api/bookings`, {
      method: 'POST',
      headers: { authorization: 'Bearer screenshots-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        room_type: 'standard',
        check_in: day(2 + i),
        check_out: day(4 + i),
        adults: 2,
        guest_name: guest.name,
        phone: guest.phone,
        email: guest.email,
      }),
    });
    // Each guest's messages are handled before the next books, so each failure meets its own guest's SMS.
    for (let wait = 0; wait < 50 && twilio.sent.length + smtp.letters.length < before + (guest.fail ? 1 : 2); wait++)
      await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
  }
}

const PAGES = [
  ['today', '#/today'],
  ['bookings', '#/bookings'],
  ['conversations', '#/conversations'],
  ['stats', '#/stats'],
  ['stats-weeks', '#/stats?period=week'],
  ['staff', '#/users'],
] as const;

try {
  for (const [size, viewport] of [
    ['landscape', { width: 1280, height: 800 }],
    ['portrait', { width: 800, height: 1280 }],
  ] as const) {
    const browser = await openBrowser(viewport);
    const { page } = browser;
    await page.goto(`${server.url}/console`);
    await page.getByLabel('Логин').fill('anna');
    await page.getByLabel('Пароль').fill(PASSWORD);
    await page.screenshot({ path: join(OUT, `${size}-login.png`) });
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('navigation', { name: 'Разделы' }).waitFor();
    for (const [name, hash] of PAGES) {
      await page.goto(`${server.url}/console${hash}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(OUT, `${size}-${name}.png`), fullPage: true });
      // the first screen as the tablet shows it, at full resolution (the whole page is too tall to read)
      await page.screenshot({ path: join(OUT, `${size}-${name}-screen.png`) });
    }
    // A transcript: the newest conversation handed to reception.
    await page.goto(`${server.url}/console#/conversations`);
    await page.getByRole('region', { name: 'Переданы на ресепшен' }).getByRole('link').first().click();
    await page.getByRole('region', { name: 'Расшифровка разговора' }).waitFor();
    await page.screenshot({ path: join(OUT, `${size}-transcript.png`), fullPage: true });
    // The new-booking dialog.
    await page.goto(`${server.url}/console#/bookings`);
    await page.getByRole('button', { name: 'Новая бронь' }).click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: join(OUT, `${size}-new-booking.png`) });
    await browser.close();
  }
  process.stdout.write(`screenshots in ${OUT}\n`);
} finally {
  await server.close();
  await twilio.close();
  await smtp.close();
  rmSync(dataDir, { recursive: true, force: true });
}
