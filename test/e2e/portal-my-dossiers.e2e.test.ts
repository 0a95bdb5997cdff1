// "My dossiers" in Chromium, signed in through the simulated VNeID as the company's representative:
// answer a supplement request (upload the asked component, send it) and download a signed result,
// then see it in the data warehouse and the notifications inbox. axe-core on every page visited.
import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act } from '../support/dossier-fixtures.ts';
import { startVneid, type TestVneid } from '../support/vneid.ts';
import { at, inAppraisal, staff, toIssuing } from '../lifecycle/drive.ts';
import { expectAccessible, haveChromium, launchBrowser, newPage, serveApp, type ServedApp } from './support/browser.ts';
import { DEMO_COMPANY_TAX_CODE, DEMO_REPRESENTATIVE_ID, signInThroughVneid } from './support/vneid-journey.ts';

const who = staff['H21.10'];

async function signedResultReady(served: ServedApp, dossierId: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if ((await dossierRepo.listResults(served.t.app.database.db, dossierId)).some((r) => r.sha256)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the result was not signed in time');
}

describe.skipIf(!haveChromium)('my dossiers in Chromium', () => {
  let vneid: TestVneid;
  let served: ServedApp;
  let browser: Browser;
  let waiting: { id: string; code: string };
  let licensed: { id: string; code: string };

  beforeAll(async () => {
    vneid = await startVneid();
    served = await serveApp('2026-03-02T09:00:00+07:00', { ...vneid.env, MOTCUA_TOKEN_TTL_HOURS: '2160' });
    const t = served.t;
    at(t, '2026-03-02 09:00');
    licensed = await inAppraisal(t, '1.004470', who);
    waiting = await inAppraisal(t, '1.004230', who);
    at(t, '2026-03-04 10:00');
    await toIssuing(t, licensed.id, who);
    await act(t, await t.login(who.clerk), licensed.id, { type: 'issue_result', documentNumber: '15/GP-SKHCN' });
    await act(t, await t.login(who.specialist), waiting.id, {
      type: 'request_supplement',
      reason: 'Hồ sơ thiếu giấy tờ',
      items: [{ componentCode: 'TP01', description: 'Tờ khai có chữ ký của người đứng đầu', reason: 'Tờ khai chưa ký' }],
    });
    at(t, '2026-03-04 11:00');
    await signedResultReady(served, licensed.id);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await vneid?.close();
  });

  it('answers a supplement request and downloads a signed result', async () => {
    const { context, page } = await newPage(browser, served.baseUrl);
    await signInThroughVneid(page, DEMO_REPRESENTATIVE_ID, { actFor: DEMO_COMPANY_TAX_CODE, next: '/ho-so-cua-toi' });
    await page.goto('/ho-so-cua-toi');
    await expect(page.locator('h1').textContent()).resolves.toContain('Hồ sơ của');
    await expectAccessible(page);

    // The supplement: from the list to the dossier to the request, upload, send.
    await page.locator(`a[href="/ho-so-cua-toi/${waiting.id}"]`).click();
    await page.waitForURL(`**/ho-so-cua-toi/${waiting.id}`);
    await expectAccessible(page);
    await page.locator(`a[href="/ho-so-cua-toi/${waiting.id}/bo-sung"]`).click();
    await expect(page.locator('main').textContent()).resolves.toContain('Tờ khai có chữ ký của người đứng đầu');
    await expectAccessible(page);
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]);
    await page.locator('input[type="file"][name="file-TP01"]').setInputFiles({ name: 'to-khai-da-ky.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await doc.save()) });
    await page.locator('form[action*="/bo-sung/tep/TP01?"] button[type="submit"]').click();
    await page.waitForURL(/tai_len=TP01/);
    await expect(page.locator('main').textContent()).resolves.toContain('Đã tải lên: to-khai-da-ky.pdf');
    await expectAccessible(page);
    await page.locator('textarea[name="note"]').fill('Đã bổ sung tờ khai có chữ ký');
    await page.locator(`form[action="/ho-so-cua-toi/${waiting.id}/bo-sung"] button[type="submit"]`).click();
    await page.waitForURL(/tb=bo_sung/);
    await expect(page.locator('main').textContent()).resolves.toContain('Đã gửi phần bổ sung');
    await expectAccessible(page);
    expect((await dossierRepo.findDossier(served.t.app.database.db, waiting.id))!.state).toBe('APPRAISAL');

    // The signed result: download it from the dossier page, then find it in the data warehouse.
    await page.goto(`/ho-so-cua-toi/${licensed.id}`);
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[href="/ho-so-cua-toi/${licensed.id}/ket-qua/${licensed.code}-KQ1"]`).click()]);
    const saved = await download.path();
    expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(page.locator(`a[href="/verify/${licensed.code}-KQ1"]`).count()).resolves.toBe(1);

    await page.goto('/kho-du-lieu');
    await expect(page.locator('main').textContent()).resolves.toContain('Giấy phép bưu chính');
    await expectAccessible(page);
    await page.goto('/thong-bao');
    await expect(page.locator('main').textContent()).resolves.toContain(`Đã có kết quả hồ sơ ${licensed.code}`);
    await expectAccessible(page);
    await context.close();
  }, 180_000);
});
