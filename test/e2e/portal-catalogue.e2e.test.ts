// Journeys of the public catalogue in Chromium: search without diacritics from the home page →
// results → a procedure page with the submit-online button; the public look-up of a received
// dossier by its code; the same search with the keyboard alone, focus always visible. axe-core
// checks every page visited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

  /** What has the keyboard focus, and whether it is drawn (the focus ring of site.css, not the browser's default). */
  async function focused(page: Page): Promise<{ tag: string; text: string; name: string; ring: boolean }> {
    return (await page.evaluate(`(() => {
      const e = document.activeElement; const s = getComputedStyle(e);
      return { tag: e.tagName, text: (e.textContent || '').trim(), name: e.getAttribute('name') || '', ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
    })()`)) as { tag: string; text: string; name: string; ring: boolean };
  }

  /** Presses Tab until `want` holds for the focused element (at most `limit` times), checking each stop shows its focus. */
  async function tabTo(page: Page, want: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.ring, `focus ring on ${f.tag} "${f.text.slice(0, 40)}"`).toBe(true);
      if (want(f)) return;
    }
    throw new Error('the element was not reached with Tab');
  }

  it('works with the keyboard alone: skip link, search, results, procedure page', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser, served.baseUrl);
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'A', ring: true });
    expect(skip.text).toMatch(/nội dung chính/i);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await tabTo(page, (f) => f.tag === 'INPUT' && f.name === 'q');
    await page.keyboard.type('giay phep buu chinh');
    await Promise.all([page.waitForURL(/\/thu-tuc\?q=giay\+phep\+buu\+chinh/), page.keyboard.press('Enter')]);
    await expectAccessible(page);
    await tabTo(page, (f) => f.tag === 'A' && f.text === 'Cấp giấy phép bưu chính');
    await Promise.all([page.waitForURL(/\/thu-tuc\/1\.004470$/), page.keyboard.press('Enter')]);
    await tabTo(page, (f) => f.tag === 'A' && f.text === 'Nộp hồ sơ trực tuyến');
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
