// The staff console in a real browser: sign in with the keyboard, create, change and cancel a booking, read a
// conversation's transcript, see numbers masked for reception, and check every page with axe-core.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { addUser } from '../../src/cli/commands/users.ts';
import { type RunningServer, serve } from '../../src/cli/commands/run.ts';
import { openStaffStore } from '../../src/staff/open.ts';
import { axeViolations, type Browser, chromiumMissing, openBrowser, shownDate } from '../helpers/browser.ts';
import { say } from '../helpers/portier-process.ts';
import { type FakeSmtp, type FakeTwilioMessages, startFakeSmtp, startFakeTwilioMessages } from '../notify/fakes.ts';

const skip = chromiumMissing() ?? false;

/** What the user sees (rendered, CSS text-transform applied). */
// biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; its innerText is the rendered text a user reads
const seen = (locator: Locator) => locator.innerText();
const PASSWORD = 'correct horse battery';
const MARKUP = '<img src=x onerror="window.__xss=1"><b>Жирный</b> текст';
const GUEST = "Жанна Д'Арк-Иванова";
const TWILIO_SID = 'AC00000000000000000000000000000003';

describe('staff console in chromium', { skip, timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let twilio: FakeTwilioMessages;
  let smtp: FakeSmtp;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'portier-console-'));
    // Confirmations go to a local Twilio Messages API and SMTP server, so the bookings page shows their status.
    twilio = await startFakeTwilioMessages(TWILIO_SID, 'secret');
    smtp = await startFakeSmtp();
    const notify = {
      TWILIO_ACCOUNT_SID: TWILIO_SID,
      TWILIO_AUTH_TOKEN: 'secret',
      TWILIO_SMS_FROM: '+78125550148',
      TWILIO_API_BASE_URL: twilio.url,
      SMTP_URL: smtp.url,
      SMTP_FROM: 'booking@nevsky-bereg.example',
      PORTIER_NOTIFY_POLL_MS: '100',
    };
    const env = { ...process.env, ...notify, PORTIER_DATA_DIR: dataDir, DATABASE_URL: '', PORTIER_API_TOKEN: 'integration-token', LOG_LEVEL: 'silent' };
    server = await serve({ root: '.', env, port: 0, host: '127.0.0.1', announce: () => {} });
    const staff = await openStaffStore({ dataDir });
    await addUser(staff, { username: 'anna', name: 'Анна Петрова', role: 'administrator', password: PASSWORD });
    await addUser(staff, { username: 'oleg', name: 'Олег Смирнов', role: 'reception', password: PASSWORD });
    await staff.close();
    // A guest who asks for a person: the conversation reception must see first.
    await say(server.url, '+79035550077', 'здравствуйте');
    await say(server.url, '+79035550077', 'позовите администратора пожалуйста');
    // A chat guest who types markup: the transcript must show it as text.
    await say(server.url, 'web-markup', MARKUP);
    browser = await openBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await twilio?.close();
    await smtp?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function noViolations(where: string) {
    const found = await axeViolations(browser.page);
    assert.deepEqual(found, [], `${where}: ${JSON.stringify(found, null, 1)}`);
  }

  async function signIn(login: string) {
    const { page } = browser;
    await page.goto(`${server.url}/console`);
    await page.getByRole('heading', { name: 'Вход для сотрудников' }).waitFor();
    // Keyboard only: the login field has focus, Tab goes to the password, Enter submits.
    await page.keyboard.type(login);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Разделы' }).waitFor();
  }

  it('refuses a wrong password, then signs in; the login page passes axe', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/console`);
    await page.getByLabel('Логин').fill('anna');
    await page.getByLabel('Пароль').fill('not the password');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('alert').filter({ hasText: 'Неверный логин или пароль' }).waitFor();
    await noViolations('login');
    await signIn('anna');
  });

  it('shows today by the server clock (PORTIER_NOW, hotel time zone) with the occupancy grid', async () => {
    const { page } = browser;
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Сегодня' }).waitFor();
    // PORTIER_NOW is 2026-11-24 12:00 Moscow; the browser sits in Los Angeles, where it is still the 24th at 01:00.
    assert.match(await seen(page.getByRole('heading', { level: 1 })), /вт, 24 нояб\./);
    const grid = page.locator('table.grid');
    assert.equal(await seen(grid.locator('thead th').nth(1)), 'ВТ\n24 нояб.');
    assert.ok((await grid.locator('th.weekend').count()) >= 2, 'weekend nights are marked');
    assert.match(await seen(grid.locator('tbody td').first()), /₽/);
    await page.getByRole('list', { name: 'Обозначения' }).waitFor();
    await noViolations('today');
  });

  it('creates a booking for a walk-in, after the hotel system refuses a name with markup', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Брони' }).click();
    await page.getByRole('button', { name: 'Новая бронь' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая бронь' });
    await dialog.getByLabel('Тип номера').selectOption('comfort');
    await dialog.getByLabel('Заезд').fill('2026-11-26');
    await dialog.getByLabel('Выезд').fill('2026-11-28');
    // Shown as a Russian desk reads dates: day, month, year with dots.
    assert.equal(await shownDate(page, 'Заезд'), '26.11.2026');
    assert.equal(await shownDate(page, 'Выезд'), '28.11.2026');
    await dialog.getByLabel('Имя и фамилия гостя').fill(MARKUP);
    await dialog.getByLabel('Телефон').fill('8 903 555-12-34');
    await dialog.getByLabel('Эл. почта (необязательно)').fill('zhanna@example.org');
    await dialog.getByLabel('Пожелания к номеру').fill('детская кроватка\n\n  окна во двор ');
    await noViolations('new booking dialog');
    await dialog.getByRole('button', { name: 'Забронировать' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'только буквы' }).waitFor();
    await dialog.getByLabel('Имя и фамилия гостя').fill(GUEST);
    await dialog.getByRole('button', { name: 'Забронировать' }).click();
    await page.getByRole('status').filter({ hasText: 'создана' }).waitFor();
    const row = page.locator('table.bookings tbody tr').first();
    assert.equal(await seen(row.locator('td').nth(1)), GUEST);
    assert.match(await seen(row), /чт, 26 нояб\. — сб, 28 нояб\./);
    assert.match(await seen(row), /\+7 903 555-12-34/);
    assert.match(await seen(row), /консоль \(anna\)/);
    assert.match(await seen(row), /Пожелания: детская кроватка, окна во двор/);
    await noViolations('bookings');
  });

  /** Searches the booking again until its row says `what` (the sender works through the outbox every 100 ms). */
  async function rowSays(what: RegExp) {
    const { page } = browser;
    const row = page.locator('table.bookings tbody tr').first();
    for (let i = 0; i < 50 && !what.test(await seen(row)); i++) {
      await page.waitForTimeout(100);
      await page.getByRole('button', { name: 'Найти' }).click();
    }
    assert.match(await seen(row), what);
  }

  it('shows what became of the confirmations: the SMS and the letter sent', async () => {
    await rowSays(/SMS о брони: отправлено .*\d\d:\d\d/);
    await rowSays(/Письмо о брони: отправлено/);
    assert.equal(twilio.sent.length, 1);
    assert.equal(smtp.letters.length, 1);
  });

  it('changes the booking through the hotel system’s atomic change', async () => {
    const { page } = browser;
    await page
      .locator('table.bookings tbody tr')
      .first()
      .getByRole('button', { name: /Изменить/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Выезд').fill('2026-11-29');
    twilio.failWith.push(400);
    await dialog.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.getByRole('status').filter({ hasText: 'изменена' }).waitFor();
    assert.match(await seen(page.locator('table.bookings tbody tr').first()), /вс, 29 нояб\./);
  });

  it('shows a refused SMS as failed with the provider’s reason', async () => {
    // Twilio refused the change's SMS for good (a 4xx): the desk sees it failed and why, and calls the guest.
    await rowSays(/SMS об изменении: не отправлено — .*not a valid phone number/);
    await rowSays(/Письмо об изменении: отправлено/);
    await noViolations('bookings with a failed confirmation');
  });

  it('cancels the booking after a confirmation', async () => {
    const { page } = browser;
    await page
      .locator('table.bookings tbody tr')
      .first()
      .getByRole('button', { name: /Отменить/ })
      .click();
    const dialog = page.getByRole('dialog');
    assert.match(await seen(dialog), /Номер освободится/);
    await dialog.getByRole('button', { name: 'Да, отменить бронь' }).click();
    await page.getByRole('status').filter({ hasText: 'отменена' }).waitFor();
    assert.match(await seen(page.locator('table.bookings tbody tr').first()), /отменена/);
  });

  it('shows the e-mail of a guest who left no phone, in the bookings list and on today’s arrivals', async () => {
    const { page } = browser;
    const made = await fetch(`${server.url}/api/bookings`, {
      method: 'POST',
      headers: { authorization: 'Bearer integration-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        room_type: 'standard',
        check_in: '2026-11-24',
        check_out: '2026-11-25',
        adults: 1,
        children: 0,
        guest_name: 'Ольга Почтова',
        phone: '',
        email: 'olga.pochtova@example.org',
      }),
    });
    assert.equal(made.status, 201, await made.clone().text());
    const { code } = (await made.json()) as { code: string };
    await page.getByLabel('Имя, телефон или код брони').fill(code);
    await page.getByRole('button', { name: 'Найти' }).click();
    const contact = page.locator('table.bookings tbody tr').filter({ hasText: code }).locator('td[data-label="Контакт"]');
    await contact.getByRole('link', { name: 'olga.pochtova@example.org' }).waitFor();
    assert.equal(await seen(contact), 'olga.pochtova@example.org');
    await page.getByRole('link', { name: 'Сегодня' }).click();
    const arrivals = page.getByRole('region', { name: /Заезды сегодня/ });
    assert.match(await seen(arrivals.getByRole('row').filter({ hasText: 'Ольга Почтова' })), /olga\.pochtova@example\.org/);
    await noViolations('today with an e-mail-only guest');
    await page.getByRole('link', { name: 'Брони' }).click();
  });

  /** Whether anything on the page sticks out to the right of the window (a cut-off column). */
  const overflowsRight = (page: Browser['page']) =>
    page.evaluate<boolean>(
      "[...document.querySelectorAll('main *')].some((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)",
    );

  it('fits the bookings list and the header on a landscape tablet: one header row, buttons clear of the edge', async () => {
    const { page } = browser;
    await page.locator('table.bookings tbody tr').first().waitFor();
    const header = await page.locator('header').boundingBox();
    assert.ok(header && header.height < 70, `the header is one row (${header?.height} px high)`);
    assert.equal(await overflowsRight(page), false);
    const cancel = await page
      .getByRole('button', { name: /^Отменить/ })
      .first()
      .boundingBox();
    assert.ok(cancel && cancel.x + cancel.width <= 1280 - 16, `«Отменить» stays clear of the right edge (${cancel && cancel.x + cancel.width})`);
  });

  it('shows each booking as a card on a portrait tablet, every field on screen, and stays axe-clean', async () => {
    const portrait = await openBrowser({ width: 800, height: 1280 });
    const shown = browser;
    browser = portrait;
    try {
      await signIn('anna');
      const { page } = portrait;
      const nav = await page.getByRole('navigation', { name: 'Разделы' }).boundingBox();
      const account = await page.getByRole('button', { name: 'Выйти' }).boundingBox();
      assert.ok(nav && account && account.y < nav.y, 'the account sits beside the brand, the sections on one row below');
      const links = await page
        .getByRole('navigation', { name: 'Разделы' })
        .getByRole('link')
        .evaluateAll((all) => new Set(all.map((a) => Math.round(a.getBoundingClientRect().top))).size);
      assert.equal(links, 1, 'the five sections fit on one row');
      await page.getByRole('link', { name: 'Брони' }).click();
      const card = page.locator('table.bookings tbody tr').first();
      await card.waitFor();
      for (const label of ['Код', 'Гость', 'Даты', 'Номер и гости', 'Контакт', 'Сумма', 'Источник', 'SMS и письма']) {
        const cell = card.locator(`td[data-label="${label}"]`);
        assert.ok(await cell.isVisible(), `${label} is shown`);
        const shownLabel = await page.evaluate<string>(
          `getComputedStyle(document.querySelector('table.bookings tbody tr td[data-label="${label}"]'), '::before').content`,
        );
        assert.ok(shownLabel.includes(`"${label}"`), `${label} is labelled on the card (${shownLabel})`);
      }
      assert.ok(await card.getByRole('button', { name: /^Отменить/ }).isVisible());
      assert.equal(await overflowsRight(page), false, 'nothing is cut off at 800 px');
      await noViolations('bookings as cards');
    } finally {
      browser = shown;
      await portrait.close();
    }
  });

  it('lists the handoff first and opens its transcript with what the assistant understood', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Разговоры' }).click();
    const handoffs = page.getByRole('region', { name: 'Переданы на ресепшен' });
    assert.match(await seen(handoffs), /гость попросил сотрудника/);
    assert.match(await seen(handoffs), /\+7 903 555-00-77/);
    await noViolations('conversations');
    await handoffs.getByRole('link').first().click();
    const transcript = page.getByRole('region', { name: 'Расшифровка разговора' });
    await transcript.waitFor();
    assert.match(await seen(transcript), /позовите администратора пожалуйста/);
    assert.match(await seen(transcript), /позвать сотрудника/);
    await noViolations('transcript');
  });

  it('shows markup a guest typed as text, never as elements', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Разговоры' }).click();
    await page.getByRole('region', { name: 'Все разговоры' }).getByRole('row').filter({ hasText: 'чат' }).getByRole('link').first().click();
    const transcript = page.getByRole('region', { name: 'Расшифровка разговора' });
    await transcript.getByText(MARKUP, { exact: true }).waitFor();
    assert.equal(await transcript.locator('.turns b, .turns img').count(), 0);
    assert.equal(await page.evaluate('window.__xss'), undefined);
  });

  it('draws the assistant statistics as charts', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Статистика' }).click();
    await page.locator('svg.chart').first().waitFor();
    assert.ok((await page.locator('svg.chart rect').count()) > 0);
    await noViolations('stats');
  });

  it('lets the administrator add a receptionist, set a new password and disable the account', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Сотрудники' }).click();
    await page.getByRole('heading', { level: 1, name: 'Сотрудники' }).waitFor();
    await page.getByRole('button', { name: 'Новый сотрудник' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый сотрудник' });
    await dialog.getByLabel('Логин', { exact: true }).fill('maria');
    await dialog.getByLabel('Имя и фамилия').fill('Мария Котова');
    await dialog.getByLabel(/^Роль/).selectOption({ label: 'ресепшен' });
    await dialog.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await noViolations('new staff dialog');
    await dialog.getByRole('button', { name: 'Добавить' }).click();
    await page.getByRole('status').filter({ hasText: 'Мария Котова (maria) добавлен' }).waitFor();
    const maria = page.locator('table.users tbody tr').filter({ hasText: 'maria' });
    // The status line is shown before the table is drawn again: wait for the row itself.
    await maria.waitFor();
    assert.match(await seen(maria), /Мария Котова\s+ресепшен\s+действует/);
    assert.match(await seen(page.locator('table.users tbody tr').filter({ hasText: 'anna' })), /это вы/);
    await noViolations('staff');

    await maria.getByRole('button', { name: 'Сменить пароль maria' }).click();
    const reset = page.getByRole('dialog');
    await reset.getByLabel('Новый пароль').fill('short');
    await reset.getByRole('button', { name: 'Сохранить пароль' }).click();
    assert.equal(await reset.isVisible(), true, 'the browser refuses a password under 10 characters');
    await reset.getByLabel('Новый пароль').fill('another long password');
    await reset.getByRole('button', { name: 'Сохранить пароль' }).click();
    await page.getByRole('status').filter({ hasText: 'Пароль сотрудника maria изменён' }).waitFor();
    const login = (password: string) =>
      fetch(`${server.url}/console/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'maria', password }),
      });
    assert.equal((await login('another long password')).status, 200);

    await maria.getByRole('button', { name: 'Отключить maria' }).click();
    await page.getByRole('status').filter({ hasText: 'отключена' }).waitFor();
    await maria.filter({ hasText: 'отключена' }).waitFor({ timeout: 5000 });
    assert.match(await seen(maria), /отключена/);
    assert.equal((await login('another long password')).status, 403);
    await maria.getByRole('button', { name: 'Включить maria' }).click();
    await page.getByRole('status').filter({ hasText: 'снова действует' }).waitFor();
    assert.equal((await login('another long password')).status, 200);
  });

  it('signs out: the session cookie no longer opens the data', async () => {
    const { page, context } = browser;
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('heading', { name: 'Вход для сотрудников' }).waitFor();
    const cookies = await context.cookies(server.url);
    const session = cookies.find((c) => c.name === 'portier_session');
    const response = await fetch(`${server.url}/console/api/today`, { headers: session ? { cookie: `portier_session=${session.value}` } : {} });
    assert.equal(response.status, 401);
  });

  it('masks callers’ numbers for reception', async () => {
    const { page } = browser;
    await signIn('oleg');
    await page.getByRole('link', { name: 'Разговоры' }).click();
    const handoffs = page.getByRole('region', { name: 'Переданы на ресепшен' });
    assert.match(await seen(handoffs), /\+7 903 \*\*\*-\*\*-77/);
    assert.doesNotMatch(await seen(page.locator('main')), /555-00-77/);
  });

  it('offers reception no staff page, and refuses it when asked for by address', async () => {
    const { page } = browser;
    assert.equal(await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Сотрудники' }).count(), 0);
    await page.goto(`${server.url}/console#/users`);
    await page.getByRole('alert').filter({ hasText: 'Сотрудников ведёт администратор' }).waitFor();
    assert.equal(await page.locator('table.users').count(), 0);
  });
});
