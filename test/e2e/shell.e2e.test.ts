// The page shell in a real browser: the 404 page renders in Vietnamese, passes axe-core, and the
// stylesheet and script load under the content security policy (no console errors).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, haveChromium, launchBrowser, newPage, serveApp, type ServedApp } from './support/browser.ts';

describe.skipIf(!haveChromium)('web shell in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('serves an accessible Vietnamese 404 page with its assets under the CSP', async () => {
    const { context, page } = await newPage(browser, served.baseUrl);
    const problems: string[] = [];
    // The page itself answers 404, which Chromium reports once; anything else (CSP, a missing asset) is a fault.
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('status of 404') && problems.push(m.text()));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => r.url().includes('/assets/') && r.status() !== 200 && problems.push(`asset ${r.status()}: ${r.url()}`));
    const res = await page.goto('/khong-co-trang-nay');
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Không tìm thấy trang');
    const css = await page.evaluate('getComputedStyle(document.querySelector(".site-header")).borderBottomWidth');
    expect(css).toBe('6px');
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
