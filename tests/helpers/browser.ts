// A real browser for the console's end-to-end tests and screenshots: Debian's chromium driven by playwright-core,
// a fresh profile each time, nothing fetched from the network. Skipped with a reason when chromium is absent,
// unless PORTIER_REQUIRE_SERVICES=1 (CI), where its absence is a failure.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.PORTIER_CHROMIUM ?? '/usr/bin/chromium';

// --lang: date inputs and the like as a Russian desk's browser shows them (06.12.2026).
const FLAGS = ['--lang=ru-RU', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** null when chromium is installed, else why the browser tests skip (an error under PORTIER_REQUIRE_SERVICES=1). */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const why = `no chromium at ${CHROMIUM} (apt-get install chromium, or set PORTIER_CHROMIUM)`;
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
