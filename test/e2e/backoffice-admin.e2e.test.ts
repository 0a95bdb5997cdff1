// Administration and the leader's overview in Chromium, axe-checked on every page visited: an
// administrator drafts a procedure version, edits its e-form with the server-side preview, looks at
// the workflow diagram and publishes; a leader opens the overview and drills down to a dossier.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { at, inAppraisal, staff } from '../lifecycle/drive.ts';
import { expectAccessible, haveChromium, officerJourneys } from './support/browser.ts';

describe.skipIf(!haveChromium)('administration and overview in Chromium', () => {
  const journeys = officerJourneys('2026-03-02T09:00:00+07:00');
  const as = (username: string) => journeys.as(username);

  async function click(page: Page, name: string | RegExp, role: 'link' | 'button' = 'link'): Promise<void> {
    await Promise.all([page.waitForEvent('framenavigated'), page.getByRole(role, { name }).first().click()]);
    await page.waitForLoadState('load');
    await expectAccessible(page);
  }

  it('an administrator drafts a version, edits and previews its e-form, and publishes it', async () => {
    const page = await as('quantri');
    expect((await page.goto('/can-bo/quan-tri'))?.status()).toBe(200);
    await expectAccessible(page);
    await page.goto('/can-bo/quan-tri/thu-tuc');
    await expectAccessible(page);
    await page.goto('/can-bo/quan-tri/thu-tuc/1.004230');
    await expectAccessible(page);
    await click(page, 'Tạo bản nháp', 'button');
    expect(page.url()).toMatch(/\/phien-ban\/\d+$/);
    const versionUrl = page.url();
    await expect(page.locator('img[src$="so-do.svg"]').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).resolves.toBeGreaterThan(0);

    await click(page, 'Sửa biểu mẫu điện tử');
    const box = page.getByLabel('Cấu trúc biểu mẫu (JSON)');
    const schema = JSON.parse(await box.inputValue());
    schema.pages[0].fields.push({ name: 'soNhaMoi', label: 'Số nhà mới', type: 'text', required: true });
    await box.fill(JSON.stringify(schema, null, 2));
    await click(page, 'Xem trước', 'button');
    await expect(page.getByLabel('Số nhà mới *').count()).resolves.toBe(1);
    await box.fill('{"version": 1, "pages": []}');
    await click(page, 'Lưu', 'button');
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('lỗi');
    await box.fill(JSON.stringify(schema, null, 2));
    await click(page, 'Lưu', 'button');
    await expect(page.locator('.notice').first().textContent()).resolves.toContain('Đã lưu biểu mẫu');

    await page.goto(`${versionUrl}/quy-trinh`);
    await expectAccessible(page);
    await expect(page.locator('figure svg rect').count()).resolves.toBeGreaterThan(3);

    await page.goto(versionUrl);
    await click(page, 'Công bố phiên bản này', 'button');
    await expect(page.locator('.notice').first().textContent()).resolves.toContain('Đã công bố');
    const current = await journeys.served.t.request('GET', '/api/v1/procedures/1.004230');
    expect(JSON.stringify(current.body.eform)).toContain('soNhaMoi');
  }, 240_000);

  it('a leader opens the overview and drills down to a dossier', async () => {
    const t = journeys.served.t;
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', staff['H21.10']);
    const page = await as('khcn.giamdoc');
    expect((await page.goto('/can-bo/tong-quan'))?.status()).toBe(200);
    await expectAccessible(page);
    await expect(page.locator('img[src*="bieu-do.svg"]').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).resolves.toBeGreaterThan(0);
    await click(page, 'Đang giải quyết: 1');
    await expect(page.locator(`a[href="/can-bo/ho-so/${d.id}"]`).count()).resolves.toBe(1);
  }, 120_000);
});
