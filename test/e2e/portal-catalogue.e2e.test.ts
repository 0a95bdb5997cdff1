// Journeys of the public catalogue in Chromium: search without diacritics from the home page →
// results → a procedure page with the submit-online button; the public look-up of a received
// dossier by its code. axe-core checks every page visited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { receivedAtDesk } from '../lifecycle/drive.ts';
import { expectAccessible, haveChromium, launchBrowser, newPage, serveApp, type ServedApp } from './support/browser.ts';

describe.skipIf(!haveChromium)('portal catalogue in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveApp('2026-03-02T09:00:00+07:00', { MOTCUA_TOKEN_TTL_HOURS: '2160' });
    browser = await launchBrowser();
    // The app, Chromium and a shared two-core machine: starting can take longer than the default.
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('finds "cap giay phep" from the home page and reaches a procedure that can be applied for online', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser, served.baseUrl);
    await page.goto('/');
    await expectAccessible(page);
    await page.getByLabel('Tìm thủ tục hành chính').fill('cap giay phep');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.waitForURL(/\/thu-tuc\?q=cap\+giay\+phep/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Kết quả tìm kiếm “cap giay phep”');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Cấp giấy phép bưu chính', exact: true }).click();
    await page.waitForURL(/\/thu-tuc\/1\.004470$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Cấp giấy phép bưu chính');
    const submit = page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).first();
    await expect(submit.getAttribute('href')).resolves.toBe('/nop-ho-so/1.004470');
    await expectAccessible(page);
    await context.close();
  });

  it('looks up a received dossier by its code', { timeout: 120_000 }, async () => {
    const d = await receivedAtDesk(served.t, '2.000488');
    const { context, page } = await newPage(browser, served.baseUrl);
    await page.goto('/tra-cuu');
    await expectAccessible(page);
    await page.getByLabel('Mã hồ sơ').fill(d.code);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.waitForURL(new RegExp(`/tra-cuu/${d.code.replace(/\./g, '\\.')}$`));
    await expect(page.locator('h1').textContent()).resolves.toBe(`Hồ sơ ${d.code}`);
    await expect(page.locator('.panel .ref').textContent()).resolves.toBe('Đã tiếp nhận');
    await expectAccessible(page);
    await page.goto('/tra-cuu/H21.02-260302-9999');
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Không tìm thấy hồ sơ');
    await expectAccessible(page);
    // the guide the look-up page points people to
    await page.goto('/tin-tuc/tra-cuu-ho-so');
    await expect(page.locator('h1').textContent()).resolves.toBe('Tra cứu tình trạng hồ sơ bằng mã hồ sơ hoặc mã QR');
    await expectAccessible(page);
    await context.close();
  });
});
