/**
 * Debian's Chromium, launched headless (never downloaded), with the page's clock fixed to
 * 28 November 2026 at noon in Oslo so "today" and the "next 14 days" are the same on every run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const TODAY = new Date('2026-11-28T12:00:00+01:00');
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** Launches Chromium; without one the browser tests fail (they are part of every test run) and say how to get it. */
export function launch(): Promise<Browser> {
  if (!hasChromium) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions, from the page and its frames. */
  readonly errors: string[];
}

export interface PageOptions {
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { width: number; height: number };
  readonly locale?: string;
  /** @default 'reduce': no animations to wait for, unless a test is about them. */
  readonly reducedMotion?: 'reduce' | 'no-preference';
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 1000 },
    locale: options.locale ?? 'nb-NO',
    timezoneId: 'Europe/Oslo',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  // TeamsJS fetches its list of valid host origins from a CDN when it loads; answer offline.
  await context.route('https://res.cdn.office.net/**', (route) =>
    route.fulfill({ json: { validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com', 'outlook.office.com', '*.office.com'] } }),
  );
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, errors };
}

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/** Runs axe-core with the WCAG 2.1 A and AA rules; returns the violations, summarised. */
export async function axe(target: Page | Frame, options: { readonly disableRules?: readonly string[] } = {}): Promise<AxeViolation[]> {
  await target.addScriptTag({ path: AXE });
  return target.evaluate(async (disabled) => {
    // Tabster's focus sentinels (`data-tabster-dummy`) are focusable and aria-hidden on purpose: they
    // pass focus on the moment they get it. A known false positive (microsoft/tabster#288, Fluent v9 known issues).
    const context = { exclude: [['[data-tabster-dummy]']] };
    const result = await (window as unknown as { axe: { run: (ctx: object, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
      rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}) })),
    }));
  }, options.disableRules ?? []);
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' });
  return path;
}

/**
 * One Chromium for the describe block it is called in: launched before its tests, closed after
 * them together with every page opened through `open`.
 */
export function suiteBrowser(): { readonly browser: Browser; open(options?: PageOptions): Promise<OpenedPage> } {
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const o of opened) await o.context.close();
    await browser?.close();
  });
  const started = (): Browser => {
    if (!browser) throw new Error('suiteBrowser: used before its beforeAll ran');
    return browser;
  };
  return {
    get browser() {
      return started();
    },
    async open(options = {}) {
      const o = await openPage(started(), options);
      opened.push(o);
      return o;
    },
  };
}
