// A real browser for the console's end-to-end tests and screenshots: Debian's chromium driven by playwright-core,
// a fresh profile each time, nothing fetched from the network. Skipped with a reason when chromium is absent,
// unless PORTIER_REQUIRE_SERVICES=1 (CI), where its absence is a failure.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.PORTIER_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--lang=ru-RU',
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Date inputs as a Russian desk's browser shows them (26.11.2026, дд.мм.гггг): on Linux chromium takes its
 * interface language from LANGUAGE (--lang and the page's lang do not change it), and needs its Russian strings,
 * which Debian ships apart (chromium-l10n).
 */
const RUSSIAN_ENV = { LANGUAGE: 'ru', LANG: 'ru_RU.UTF-8' };
const RUSSIAN_STRINGS = '/usr/lib/chromium/locales/ru.pak';

/** null when chromium is installed, else why the browser tests skip (an error under PORTIER_REQUIRE_SERVICES=1). */
export function chromiumMissing(): string | null {
  let why: string | null = null;
  if (!existsSync(CHROMIUM)) why = `no chromium at ${CHROMIUM} (apt-get install chromium, or set PORTIER_CHROMIUM)`;
  else if (!process.env.PORTIER_CHROMIUM && !existsSync(RUSSIAN_STRINGS)) why = `chromium has no Russian (${RUSSIAN_STRINGS}): apt-get install chromium-l10n`;
  if (!why) return null;
  if (process.env.PORTIER_REQUIRE_SERVICES === '1') throw new Error(`PORTIER_REQUIRE_SERVICES=1 but ${why}`);
  return why;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A tablet-sized window (landscape 1280×800 by default) in a fresh profile. */
export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'portier-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
    locale: 'ru-RU',
    env: { ...process.env, ...RUSSIAN_ENV } as Record<string, string>,
    timezoneId: 'America/Los_Angeles', // far from the hotel's zone: the console must not use the browser's clock
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page (WCAG 2.1 A and AA rules) and returns what it found. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as a <script>: a strict Content-Security-Policy allows it.
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`,
  )) as AxeViolation[];
  return result;
}

/**
 * What a date input shows, read from chromium's accessibility tree: its day, month and year fields with the
 * separators between them, in the order they stand («26.11.2026» on a Russian desk, «11/26/2026» on an American).
 */
export async function shownDate(page: Page, label: string): Promise<string> {
  type Node = { nodeId: string; role?: { value: string }; name?: { value: string }; value?: { value: string }; childIds?: string[] };
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Node[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const input = nodes.find((n) => n.role?.value === 'Date' && n.name?.value === label);
    if (!input) throw new Error(`no date input labelled «${label}»`);
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.role?.value === 'spinbutton') parts.push(node.value?.value || (node.name?.value.split(' ')[0] ?? ''));
      else if (node.role?.value === 'StaticText') parts.push(node.name?.value ?? '');
      else for (const id of node.childIds ?? []) walk(byId.get(id)!);
    };
    walk(input);
    return parts.join('');
  } finally {
    await cdp.detach();
  }
}
