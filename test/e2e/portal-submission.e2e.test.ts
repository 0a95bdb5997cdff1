// Applying online in Chromium: sign in through the simulated VNeID, start from the procedure's
// submission page, fill the prefilled e-form, upload a PDF, choose delivery, check answers, submit,
// and land on the confirmation with the dossier code — as a citizen, and as a company's legal
// representative applying for the company. axe-core checks every page on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startVneid, type TestVneid } from '../support/vneid.ts';
import { dossiersOf, publishForPortal, smallPdf } from '../portal/submission-fixtures.ts';
import { expectAccessible, haveChromium, launchBrowser, newPage, serveApp, type ServedApp } from './support/browser.ts';
import { DEMO_CITIZEN_ID, DEMO_COMPANY_TAX_CODE, DEMO_REPRESENTATIVE_ID, signInThroughVneid } from './support/vneid-journey.ts';

const CODE = '2.000815';

async function continueOn(page: Page, path: RegExp): Promise<void> {
  await page.locator('main button[name="action"][value="next"]').click();
  await page.waitForURL(path);
  await expectAccessible(page);
}

async function applyOnline(page: Page, pdf: Buffer): Promise<string> {
  await expectAccessible(page);
  await page.locator('#f-agency').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.waitForURL(/\/buoc\/yeuCau$/);
  await expectAccessible(page);
  // Prefilled from the identity claims.
  await expect(page.locator('#f-hoTen').inputValue()).resolves.not.toBe('');
  await expect(page.locator('#f-soDinhDanh').inputValue()).resolves.toMatch(/^\d{12}$/);
  await expect(page.locator('main').textContent()).resolves.toContain('Đã điền sẵn từ tài khoản định danh điện tử');
  await page.locator('#f-tenGiayTo').fill('Bằng tốt nghiệp trung học phổ thông');
  await page.locator('input[name="coQuanCap"][value="viet-nam"]').check();
  await page.locator('#f-soTrang').fill('2');
  await page.locator('#f-soBanSao').fill('3');
  await page.locator('input[name="hinhThucKetQua"][value="ban-giay"]').check();
  await continueOn(page, /\/giay-to$/);

  await page.locator('#f-file-TP01').setInputFiles({ name: 'bang-tot-nghiep.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.locator('form[action*="/TP01/tai-len?"] button').click();
  await page.waitForLoadState();
  await expect(page.locator('main').textContent()).resolves.toContain('Đã đính kèm: bang-tot-nghiep.pdf');
  await expectAccessible(page);
  await continueOn(page, /\/nhan-ket-qua$/);

  await page.locator('input[name="method"][value="AT_DESK"]').check();
  await continueOn(page, /\/kiem-tra$/);
  await expect(page.locator('main').textContent()).resolves.toContain('Bằng tốt nghiệp trung học phổ thông');
  await page.locator('input[name="declaration"]').check();
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await page.waitForURL(/\/nop-ho-so\/xac-nhan\//);
  await expectAccessible(page);
  await expect(page.locator('.panel h1').textContent()).resolves.toBe('Đã nộp hồ sơ');
  return page.url();
}

describe.skipIf(!haveChromium)('online submission in Chromium', () => {
  let vneid: TestVneid;
  let served: ServedApp;
  let browser: Browser;
  let pdf: Buffer;
  beforeAll(async () => {
    vneid = await startVneid();
    served = await serveApp(undefined, vneid.env);
    await publishForPortal(served.t, CODE);
    browser = await launchBrowser();
    pdf = await smallPdf('Bang tot nghiep');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await vneid?.close();
  });

  it('a citizen applies and gets the dossier code', async () => {
    const { context, page } = await newPage(browser, served.baseUrl);
    await signInThroughVneid(page, DEMO_CITIZEN_ID, { next: `/nop-ho-so/${CODE}` });
    const url = await applyOnline(page, pdf);
    const [dossier] = await dossiersOf(served.t, DEMO_CITIZEN_ID);
    expect(url).toContain(dossier!.id);
    if (dossier!.code) await expect(page.locator('.panel .ref').textContent()).resolves.toBe(dossier!.code);
    await context.close();
  }, 120_000);

  it("a company's legal representative applies for the company", async () => {
    const { context, page } = await newPage(browser, served.baseUrl);
    await signInThroughVneid(page, DEMO_REPRESENTATIVE_ID, { actFor: DEMO_COMPANY_TAX_CODE, next: `/nop-ho-so/${CODE}` });
    await expect(page.locator('main').textContent()).resolves.toContain('người đại diện của');
    const url = await applyOnline(page, pdf);
    const owned = await dossiersOf(served.t, DEMO_COMPANY_TAX_CODE);
    expect(owned.some((d) => url.includes(d.id))).toBe(true);
    await context.close();
  }, 120_000);
});
