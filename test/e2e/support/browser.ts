// Playwright journeys drive Debian's Chromium (never a downloaded browser) against a motcua that
// listens on a real port, and check every page they visit with axe-core (WCAG 2.1 A/AA rules):
// a serious or critical violation fails the journey.
import fs from 'node:fs';
import net from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { signInOfficer, webClient } from '../../support/web-client.ts';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = fs.existsSync(CHROMIUM);
// CI sets MOTCUA_REQUIRE_CHROMIUM: there a missing browser must fail loudly instead of skipping the journeys.
if (!haveChromium && process.env.MOTCUA_REQUIRE_CHROMIUM === '1') throw new Error(`Chromium not found at ${CHROMIUM}; install Debian's chromium package`);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps calling Google on this closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface ServedApp {
  t: TestApp;
  baseUrl: string;
  close(): Promise<void>;
}

/** A free loopback port, found before the app is built so its public URL can be the real one. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * A whole motcua on a fresh database, listening on a free loopback port, with its job worker running.
 * MOTCUA_PUBLIC_URL is the served URL (OIDC redirect URIs are built from it).
 */
export async function serveApp(start?: string, env: Record<string, string> = {}): Promise<ServedApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const t = await startTestApp(start, { MOTCUA_PUBLIC_URL: baseUrl, ...env });
  await t.app.http.listen({ port, host: '127.0.0.1' });
  t.app.runner.start();
  return { t, baseUrl, close: () => t.close() };
}

export async function newPage(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'vi-VN', acceptDownloads: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  return { context, page };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (evaluate is not bound by the page's CSP) and returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // A string expression: the test runs in Node without DOM types; the code runs in the page.
  const result = (await page.evaluate(`(async () => {
    if (!window.axe) { ${axeSource} }
    return window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  })()`)) as { violations: AxeViolation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}

/** Fails with the list of violations, naming the page, when axe finds a serious or critical one. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) {
    throw new Error(`axe-core: ${violations.length} serious/critical violation(s) on ${page.url()}:\n${violations.map((v) => `  ${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n')}`);
  }
}

/** A browser tab signed in as a demo officer (the session is opened directly; sign-in has its own journey). */
export async function officerTab(served: ServedApp, browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const client = webClient(served.t);
  await signInOfficer(served.t, client, username);
  const tab = await newPage(browser, served.baseUrl);
  await tab.context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: served.baseUrl })));
  return tab;
}

export interface OfficerJourneys {
  readonly served: ServedApp;
  readonly browser: Browser;
  /** A tab signed in as the officer; it is closed with the others after the journeys. */
  as(username: string): Promise<Page>;
}

/**
 * Registers, inside a describe, one served motcua and one Chromium shared by its journeys, both closed
 * after them. `env` may be computed once the journeys start (e.g. a simulated provider's address).
 */
export function officerJourneys(start: string, env: Record<string, string> | (() => Promise<Record<string, string>>) = {}): OfficerJourneys {
  let served: ServedApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    const extra = typeof env === 'function' ? await env() : env;
    // Journeys span simulated days: access tokens must outlive the clock's jumps.
    served = await serveApp(start, { MOTCUA_TOKEN_TTL_HOURS: '2160', ...extra });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await served?.close();
  });
  return {
    get served() {
      return served!;
    },
    get browser() {
      return browser!;
    },
    async as(username) {
      const { context, page } = await officerTab(served!, browser!, username);
      contexts.push(context);
      return page;
    },
  };
}
