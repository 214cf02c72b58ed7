// Browser-test harness: the real server in-process on a fresh embedded database with demo data,
// serving the built web app, and Debian's Chromium driven by playwright-core.
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/connect';
import { migrate } from '../server/db/migrate';
import { seedChemicals } from '../server/db/seed/seedChemicals';
import { seedDemo } from '../server/db/seed/seedDemo';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const DEMO_PASSWORD = 'rastro-demo-2026';
const WEB_INDEX = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));
const CHROMIUM_ARGS = [
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
 * Whether the browser tests run here. Locally without Chromium they are skipped with a printed reason;
 * in CI (CI set) they are never skipped: the harness then fails loudly instead.
 */
export function browserTestsEnabled(): boolean {
  if (existsSync(CHROMIUM_PATH) || process.env.CI) return true;
  console.warn(
    `[e2e] skipped: no Chromium at ${CHROMIUM_PATH} (install it with: apt-get install chromium). In CI this is a failure.`,
  );
  return false;
}

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (own cookies) whose preferred language is `locale`. */
  newContext(locale?: string): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(
      `web/dist/index.html is missing: build the web app first (npx vite build --config web/vite.config.ts)`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is required for browser tests but is missing at ${CHROMIUM_PATH} (apt-get install chromium)`,
    );
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
  });
  const database = await connectDatabase({ dataDir: 'memory://' });
  await migrate(database.db);
  await seedDemo(database.db, { production: false });
  await seedChemicals(database.db); // as server/main.ts does at start-up
  const app = await buildApp(config, database, { logger: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    baseUrl: address,
    browser,
    async newContext(locale = 'en-US') {
      const context = await browser.newContext({
        locale,
        viewport: { width: 1280, height: 900 },
        baseURL: address,
      });
      context.setDefaultTimeout(10_000);
      return context;
    },
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/**
 * The harness of the enclosing `describe`: started before its tests, closed after them. What it returns reads the
 * started harness when used, so a block passes it around as a plain Harness; using it outside a test throws.
 */
export function harnessForBlock(): Harness {
  let started: Harness | undefined;
  const current = () => {
    if (!started) throw new Error('the harness starts in beforeAll: use it inside a test');
    return started;
  };
  beforeAll(async () => {
    started = await startHarness();
  });
  afterAll(async () => {
    await started?.close();
  });
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get browser() {
      return current().browser;
    },
    newContext: (locale) => current().newContext(locale),
    close: () => current().close(),
  };
}

/** Signs in through the API (sets the session cookie in the context), then opens `path`. */
export async function signedInPage(
  harness: Harness,
  email: string,
  path = '/',
  locale = 'en-US',
): Promise<Page> {
  const context = await harness.newContext(locale);
  const response = await context.request.post('/api/v1/session', {
    data: { email, password: DEMO_PASSWORD },
  });
  if (!response.ok())
    throw new Error(`sign-in as ${email} failed: ${response.status()} ${await response.text()}`);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** signedInPage, then waits for the page's level-1 heading: the route has loaded and drawn before the test acts. */
export async function signedInAtHeading(
  harness: Harness,
  email: string,
  path: string,
  heading: string,
  locale = 'en-US',
): Promise<Page> {
  const page = await signedInPage(harness, email, path, locale);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

/** A JSON call through the page's own session, with its CSRF token, as the web app makes it. */
export async function callApi(
  page: Page,
  method: 'POST' | 'GET',
  path: string,
  data?: unknown,
): Promise<Record<string, unknown>> {
  const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-csrf-token': session.csrfToken },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * axe's serious and critical violations on the page, one line each (rule, impact, help, where) for the failure
 * message. A page that loads its data after drawing is judged once settled, not half drawn: 'network' waits for
 * requests to stop, 'loaded' also for loading regions (aria-busy) to go; 'now' judges it as it is.
 */
export async function seriousViolations(
  page: Page,
  settle: 'now' | 'network' | 'loaded' = 'now',
): Promise<string[]> {
  if (settle === 'loaded') {
    // A page with nothing loading has no busy region: nothing to wait for then.
    await page
      .locator('[aria-busy="true"]')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
  }
  if (settle !== 'now') await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Starts recording every text the page's upload progress bar (`label`) shows, even for one frame: a small test
 * file is sent and handled faster than a test could look. Resolves to a reader of what was seen so far.
 */
export async function recordUploadProgress(page: Page, label: string): Promise<() => Promise<string[]>> {
  await page.evaluate((name) => {
    const seen: string[] = [];
    Object.assign(window, { uploadProgressSeen: seen });
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll(`[role="progressbar"][aria-label="${name}"]`)) {
        const text = bar.getAttribute('aria-valuetext') ?? '';
        if (!seen.includes(text)) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, label);
  return () =>
    page.evaluate(() => (window as unknown as { uploadProgressSeen: string[] }).uploadProgressSeen);
}
