// Desk intake in Chromium: procedure search → applicant → received → Form 01 downloaded and read
// with pdftotext → routed to the competent agency; and an online dossier accepted from the online
// intake list. axe-core runs on every page visited.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitOnline, vn } from '../lifecycle/drive.ts';
import { declaration } from '../backoffice/intake-helpers.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { signInOfficer, webClient } from '../support/web-client.ts';
import { expectAccessible, haveChromium, launchBrowser, newPage, serveApp, type ServedApp } from './support/browser.ts';

const PROC = '1.004230';

describe.skipIf(!haveChromium)('desk intake in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveApp('2026-03-02T09:00:00+07:00', { MOTCUA_OCR_WORKERS: '0', MOTCUA_TOKEN_TTL_HOURS: '2160' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function asDesk(): Promise<Page> {
    const client = webClient(served.t);
    await signInOfficer(served.t, client, 'motcua.tinh');
    const { context, page } = await newPage(browser, served.baseUrl);
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: served.baseUrl })));
    return page;
  }

  it('takes a dossier in at the counter, prints Form 01 and routes it', async () => {
    const page = await asDesk();
    await page.goto('/can-bo/tiep-nhan');
    await expectAccessible(page);
    await page.getByLabel('Tên hoặc mã thủ tục').fill('giay phep in');
    await Promise.all([page.waitForURL('**/can-bo/tiep-nhan?q=*'), page.getByRole('button', { name: 'Tìm' }).click()]);
    await expectAccessible(page);
    await Promise.all([page.waitForURL(/\/can-bo\/tiep-nhan\/[0-9a-f-]{36}$/), page.locator('form', { has: page.locator(`input[value="${PROC}"]`) }).getByRole('button').click()]);
    await expectAccessible(page);
    await page.fill('#f-personalId', '064195012345');
    await page.fill('#f-fullName', 'Nguyễn Thị Hoa');
    await page.fill('#f-orgName', 'Công ty TNHH In Phố Núi');
    await page.fill('#f-taxCode', '0100109106');
    for (const [name, value] of Object.entries(await declaration(served.t, PROC))) {
      const el = page.locator(`[name="${name}"]`).first();
      const tag = await el.evaluate((e) => `${e.tagName}:${(e as unknown as { type: string }).type}`);
      if (tag === 'SELECT:select-one') await el.selectOption(value);
      else if (tag.endsWith(':checkbox')) await el.check();
      else await el.fill(value);
    }
    await Promise.all([page.waitForURL('**/giay-to'), page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()]);
    await expectAccessible(page);
    await Promise.all([page.waitForURL('**/ket-qua'), page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click()]);
    await expectAccessible(page);
    const code = (await page.locator('.lead').first().textContent())!.replace('Mã hồ sơ: ', '').trim();
    expect(code).toMatch(/^H21\.02-260302-\d{4}$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Mẫu 01/ }).click()]);
    const fs = await import('node:fs');
    const pdf = fs.readFileSync((await download.path())!);
    expect(await pdfText(pdf)).toContain(code);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Chuyển hồ sơ đến cơ quan giải quyết' }).click()]);
    await expect(page.getByText(/Đã chuyển đến/).count()).resolves.toBe(1);
    await expectAccessible(page);
  }, 120_000);

  it('accepts an online dossier from the online intake list', async () => {
    const online = await submitOnline(served.t, PROC, vn('2026-03-02 08:30'));
    const page = await asDesk();
    await page.goto('/can-bo/tiep-nhan/truc-tuyen');
    await expectAccessible(page);
    const row = page.locator('tr', { has: page.locator(`a[href="/can-bo/ho-so/${online.id}"]`) });
    await expect(row.getByText(/còn .* làm việc/).count()).resolves.toBe(1);
    await Promise.all([page.waitForLoadState('load'), row.getByRole('button', { name: 'Thực hiện' }).click()]);
    await expectAccessible(page);
    await expect(page.locator(`a[href="/can-bo/ho-so/${online.id}"]`).count()).resolves.toBe(0);
  });
});
