// Signing in to the portal in Chromium through the simulated VNeID: a citizen sees their name and
// signs out (through the provider's logout back to the portal); a company's legal representative
// chooses to act for the company. axe-core checks every page on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startVneid, type TestVneid } from '../support/vneid.ts';
import { expectAccessible, haveChromium, launchBrowser, newPage, serveApp, type ServedApp } from './support/browser.ts';
import { DEMO_CITIZEN_ID, DEMO_COMPANY_TAX_CODE, DEMO_REPRESENTATIVE_ID, signInThroughVneid } from './support/vneid-journey.ts';

/** A cold browser with axe on six pages needs more than the default 30 s on a busy machine. */
const JOURNEY_TIMEOUT_MS = 90_000;

describe.skipIf(!haveChromium)('portal sign-in in Chromium', () => {
  let vneid: TestVneid;
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    vneid = await startVneid();
    served = await serveApp(undefined, vneid.env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await vneid?.close();
  });

  it('a citizen signs in, sees their name, and signs out', async () => {
    const { context, page } = await newPage(browser, served.baseUrl);
    await signInThroughVneid(page, DEMO_CITIZEN_ID, { next: '/dang-nhap' });
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await expect(page.locator('.site-header').textContent()).resolves.toContain('Ksor Y Thuận');
    await expectAccessible(page);
    await page.locator('.site-header form[action="/dang-xuat"] button').click();
    await page.waitForURL(`${served.baseUrl}/`);
    await page.goto('/dang-nhap');
    await expect(page.locator('.site-header').textContent()).resolves.not.toContain('Ksor Y Thuận');
    await context.close();
  }, JOURNEY_TIMEOUT_MS);

  it('a legal representative chooses to act for the company', async () => {
    const { context, page } = await newPage(browser, served.baseUrl);
    await signInThroughVneid(page, DEMO_REPRESENTATIVE_ID, { actFor: DEMO_COMPANY_TAX_CODE, next: '/dang-nhap' });
    await expect(page.locator('.site-header').textContent()).resolves.toContain('đại diện cho Công ty TNHH Ánh Dương');
    await page.goto('/tai-khoan/dai-dien');
    await expect(page.locator(`input[value="${DEMO_COMPANY_TAX_CODE}"]`).isChecked()).resolves.toBe(true);
    await expectAccessible(page);
    await context.close();
  }, JOURNEY_TIMEOUT_MS);
});
