// An officer in Chromium: signs in with the password, turns on two-step verification through the page
// (the code computed here from the secret shown), signs out, signs in again with password and code,
// and sees the work queues. axe-core on every page visited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { totpCode } from '../../src/modules/identity/index.ts';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { inAppraisal, staff } from '../lifecycle/drive.ts';
import { expectAccessible, haveChromium, launchBrowser, newPage, serveApp, type ServedApp } from './support/browser.ts';

describe.skipIf(!haveChromium)('officer sign-in and work queues in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveApp();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('signs in with password, enables TOTP, signs in again with a code and sees the queues', async () => {
    const t = served.t;
    const dossier = await inAppraisal(t, '1.004230', staff['H21.10']);
    const { context, page } = await newPage(browser, served.baseUrl);

    await page.goto('/can-bo');
    await expect(page.locator('h1').textContent()).resolves.toBe('Đăng nhập dành cho cán bộ');
    await expectAccessible(page);
    await page.getByLabel('Tên đăng nhập').fill('khcn.chuyenvien');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-9');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    await expectAccessible(page);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/can-bo');
    await expect(page.locator('h1').textContent()).resolves.toBe('Hồ sơ cần xử lý');
    await expect(page.locator(`a[href="/can-bo/ho-so/${dossier.id}"]`).first().textContent()).resolves.toBe(dossier.code);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Xác thực hai bước' }).click();
    // The QR code to scan is drawn once, as a visible image named for screen readers.
    const qr = page.locator('.qr svg');
    await qr.waitFor({ state: 'visible' });
    await expect(qr.count()).resolves.toBe(1);
    await expect(qr.getAttribute('aria-label')).resolves.toBe('Mã QR để thêm tài khoản vào ứng dụng xác thực');
    await expect(qr.boundingBox().then((box) => (box?.width ?? 0) > 50 && (box?.height ?? 0) > 50)).resolves.toBe(true);
    await expectAccessible(page);
    const secret = (await page.locator('.totp-secret').textContent())!.replace(/\s/g, '');
    await page.getByLabel('Mã xác thực').fill(totpCode(secret, t.clock.now()));
    await page.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toContain('Đã bật xác thực hai bước.');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/can-bo/dang-nhap?da_dang_xuat=1');
    await expectAccessible(page);
    t.clock.advance(30_000);
    await page.getByLabel('Tên đăng nhập').fill('khcn.chuyenvien');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/can-bo/dang-nhap/ma-xac-thuc');
    await expectAccessible(page);
    await page.getByLabel('Mã xác thực').fill('12345');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Nhập đúng 6 chữ số.');
    await expectAccessible(page);
    await page.getByLabel('Mã xác thực').fill(totpCode(secret, t.clock.now()));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.waitForURL('**/can-bo');
    await expect(page.locator('h1').textContent()).resolves.toBe('Hồ sơ cần xử lý');

    // The search field answers its access key and finds the dossier by code.
    await page.locator('#f-q').fill(dossier.code);
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page.locator('table.queue-table tbody tr').count()).resolves.toBe(1);
    await expectAccessible(page);
    await context.close();
  }, 180_000);
});
