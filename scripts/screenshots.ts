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

const OUT = resolve(process.argv[2] ?? 'screenshots');
const PASSWORD = 'screenshots-only-password';
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
await staff.close();
const server = await serve({ root: '.', env: process.env, port: 0, host: '127.0.0.1', announce: () => {} });

// A short chat with the running server, so its /metrics hold measured turns for the statistics page.
for (const message of ['здравствуйте', 'во сколько заезд', 'а парковка есть', 'спасибо до свидания']) {
  await fetch(`${server.url}/webhooks/rest/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sender: 'screenshots', message }) });
}

const PAGES = [
  ['today', '#/today'],
  ['bookings', '#/bookings'],
  ['conversations', '#/conversations'],
  ['stats', '#/stats'],
  ['stats-weeks', '#/stats?period=week'],
] as const;

try {
  for (const [size, viewport] of [['landscape', { width: 1280, height: 800 }], ['portrait', { width: 800, height: 1280 }]] as const) {
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
  rmSync(dataDir, { recursive: true, force: true });
}
