// A supplement round trip between the back office and the portal, in Chromium, axe-checked on every
// page visited: the specialist asks for one paper and one answer of the declaration; the company's
// representative signs in through the simulated VNeID, uploads the paper and corrects the answer;
// the specialist sees exactly those two marked "Mới bổ sung" and goes on with the appraisal.
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { startVneid, type TestVneid } from '../support/vneid.ts';
import { at, inAppraisal, staff } from '../lifecycle/drive.ts';
import { expectAccessible, haveChromium, newPage, officerJourneys } from './support/browser.ts';
import { DEMO_COMPANY_TAX_CODE, DEMO_REPRESENTATIVE_ID, signInThroughVneid } from './support/vneid-journey.ts';

const who = staff['H21.10'];
const LICENCE_PAPER = 'Giấy phép hoạt động in đã được cấp (trường hợp giấy phép bị hư hỏng)';
const LICENCE_NUMBER = 'Số giấy phép hoạt động in đã được cấp';
const NEW_TAG = 'Mới bổ sung';

describe.skipIf(!haveChromium)('a supplement round trip between the back office and the portal', () => {
  let vneid: TestVneid | undefined;
  const journeys = officerJourneys('2026-03-02T09:00:00+07:00', async () => {
    vneid = await startVneid();
    return vneid.env;
  });
  afterAll(async () => vneid?.close());

  /** Submits the action section whose form has the given field label, and checks the page after the redirect. */
  async function submitAction(page: Page, label: string): Promise<void> {
    const form = page.locator('section.office-action').filter({ has: page.getByLabel(label, { exact: true }) });
    await Promise.all([page.waitForURL(/xong=|thao-tac/), form.locator('button[type=submit]').click()]);
    await expectAccessible(page);
  }

  it('asks for a paper and an answer, gets both from the portal, and shows them as new', async () => {
    const t = journeys.served.t;
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    const before = (await dossierRepo.findDossier(t.app.database.db, d.id))!;

    // The specialist asks, from the dossier page: one row names the paper, the other the answer.
    at(t, '2026-03-03 10:00');
    const specialist = await journeys.as(who.specialist);
    expect((await specialist.goto(`/can-bo/ho-so/${d.id}`))?.status()).toBe(200);
    await expectAccessible(specialist);
    await expect(specialist.locator('section[aria-labelledby="s-declaration"]').textContent()).resolves.toContain(String(before.formData.soGiayPhep));
    const request = specialist.locator('section.office-action').filter({ has: specialist.getByLabel('Lý do yêu cầu bổ sung', { exact: true }) });
    await request.getByLabel('Lý do yêu cầu bổ sung', { exact: true }).fill('Hồ sơ cần bổ sung, hoàn thiện theo Nghị định 61/2018');
    const rows: [string, string, string][] = [
      [LICENCE_PAPER, 'Bản chụp rõ nét giấy phép đã cấp', 'Bản chụp bị mờ, không đọc được số giấy phép'],
      [LICENCE_NUMBER, 'Số giấy phép đúng như trên giấy phép', 'Số giấy phép trên tờ khai không khớp với bản chụp'],
    ];
    for (const [i, [target, description, reason]] of rows.entries()) {
      const row = request.locator('fieldset.office-row').nth(i);
      await row.getByLabel('Giấy tờ hoặc mục tờ khai cần bổ sung').selectOption({ label: target });
      await row.getByLabel('Nội dung cần bổ sung').fill(description);
      await row.getByLabel('Lý do', { exact: true }).fill(reason);
    }
    await submitAction(specialist, 'Lý do yêu cầu bổ sung');
    await expect(specialist.locator('h1 + p + p .tag').first().textContent()).resolves.toBe('Chờ công dân bổ sung hồ sơ');

    // The company's representative answers on the portal: the paper, then the one answer asked.
    at(t, '2026-03-04 09:00');
    const { context, page } = await newPage(journeys.browser, journeys.served.baseUrl);
    await signInThroughVneid(page, DEMO_REPRESENTATIVE_ID, { actFor: DEMO_COMPANY_TAX_CODE, next: `/ho-so-cua-toi/${d.id}` });
    await page.goto(`/ho-so-cua-toi/${d.id}/bo-sung`);
    await expectAccessible(page);
    const asked = page.locator('main');
    await expect(asked.textContent()).resolves.toContain('Số giấy phép trên tờ khai không khớp với bản chụp');
    // Only the answer asked is offered, prefilled with what the dossier holds.
    await expect(page.locator('input[name^="formData."]').count()).resolves.toBe(1);
    const answer = page.locator('input[name="formData.soGiayPhep"]');
    await expect(answer.inputValue()).resolves.toBe(String(before.formData.soGiayPhep));

    const scan = await PDFDocument.create();
    scan.addPage([420, 595]);
    await page.locator('input[type="file"][name="file-TP02"]').setInputFiles({ name: 'giay-phep-ro-net.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await scan.save()) });
    await Promise.all([page.waitForURL(/tai_len=TP02/), page.locator('form[action*="/bo-sung/tep/TP02?"] button[type="submit"]').click()]);
    await expectAccessible(page);
    await page.locator('input[name="formData.soGiayPhep"]').fill('27/GP-STTTT');
    await page.locator('textarea[name="note"]').fill('Đã chụp lại giấy phép và sửa số giấy phép');
    await Promise.all([page.waitForURL(/tb=bo_sung_tk/), page.locator(`form[action="/ho-so-cua-toi/${d.id}/bo-sung"] button[type="submit"]`).click()]);
    await expect(page.locator('main').textContent()).resolves.toContain('Đã gửi phần bổ sung');
    await expectAccessible(page);
    await context.close();

    // Back in the office: exactly the paper and the answer carry the tag; the appraisal goes on.
    at(t, '2026-03-04 10:00');
    const again = await journeys.as(who.specialist);
    expect((await again.goto(`/can-bo/ho-so/${d.id}`))?.status()).toBe(200);
    await expectAccessible(again);
    const declaration = again.locator('section[aria-labelledby="s-declaration"]');
    await expect(declaration.textContent()).resolves.toContain('27/GP-STTTT');
    await expect(declaration.locator('dd', { hasText: NEW_TAG }).count()).resolves.toBe(1);
    await expect(declaration.locator('dd', { hasText: NEW_TAG }).textContent()).resolves.toContain('27/GP-STTTT');
    const papers = again.locator('section[aria-labelledby="s-papers"] tbody tr');
    await expect(papers.filter({ hasText: NEW_TAG }).count()).resolves.toBe(1);
    await expect(papers.filter({ hasText: NEW_TAG }).textContent()).resolves.toContain(LICENCE_PAPER);
    await expect(papers.filter({ hasText: NEW_TAG }).textContent()).resolves.toContain('giay-phep-ro-net.pdf');

    await again.locator('section[aria-labelledby="act-submit_opinion"]').getByLabel('Đề xuất giải quyết').check();
    await again.locator('section[aria-labelledby="act-submit_opinion"]').getByLabel('Ý kiến thẩm định', { exact: true }).fill('Đã bổ sung đủ, đề nghị cấp lại giấy phép.');
    await submitAction(again, 'Ý kiến thẩm định');
    expect((await dossierRepo.findDossier(t.app.database.db, d.id))!.state).toBe('AWAITING_APPROVAL');
  }, 240_000);
});
