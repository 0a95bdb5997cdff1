// The officer dossier page in Chromium, axe-checked on every page visited: (a) a desk dossier from
// assignment to return at the desk, all through the pages; (b) parallel inter-agency work where each
// agency sees its part; (c) an extension with its apology letter; (d) the four-eyes refusal; (e) an
// officer of another agency gets the 404 page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { at, DESK, ensureOfficer, inAppraisal, receivedAtDesk, staff, transferFromDesk } from '../lifecycle/drive.ts';
import { expectAccessible, haveChromium, officerJourneys } from './support/browser.ts';

const who = staff['H21.10'];
/** Each journey drives several officers through several pages on a shared 2-core machine. */
const JOURNEY_MS = 240_000;

describe.skipIf(!haveChromium)('officer dossier page in Chromium', () => {
  const journeys = officerJourneys('2026-03-02T09:00:00+07:00');
  const as = (username: string) => journeys.as(username);

  async function open(page: Page, id: string): Promise<void> {
    const res = await page.goto(`/can-bo/ho-so/${id}`);
    expect(res?.status()).toBe(200);
    await expectAccessible(page);
  }

  /** Fills the action's form (labels → values) and submits it; the page after the redirect is checked too. */
  async function act(page: Page, actionId: string, fill: Record<string, string> = {}, select: Record<string, string> = {}): Promise<void> {
    const form = page.locator(`section[aria-labelledby="act-${actionId}"]`);
    for (const [label, value] of Object.entries(fill)) await form.getByLabel(label, { exact: true }).fill(value);
    for (const [label, value] of Object.entries(select)) await form.getByLabel(label, { exact: true }).selectOption({ label: value });
    await Promise.all([page.waitForLoadState('load'), form.locator('button[type=submit]').click()]);
    await page.waitForURL(/xong=|thao-tac/);
    await expectAccessible(page);
  }

  it('(a) assignment, appraisal, approval, signature, issue and return at the desk', async () => {
    const t = journeys.served.t;
    at(t, '2026-03-02 09:00');
    const d = await receivedAtDesk(t, '1.004230');
    await transferFromDesk(t, d.id);

    const head = await as(who.head);
    await open(head, d.id);
    await expect(head.locator('h1').textContent()).resolves.toContain(d.code);
    await act(head, 'assign', {}, { 'Chuyên viên xử lý': 'Hoàng Văn Thẩm' });
    await expect(head.locator('.notice').first().textContent()).resolves.toContain('Đã thực hiện');

    const specialist = await as(who.specialist);
    await open(specialist, d.id);
    await specialist.locator('section[aria-labelledby="act-submit_opinion"]').getByLabel('Đề xuất giải quyết').check();
    await act(specialist, 'submit_opinion', { 'Ý kiến thẩm định': 'Hồ sơ đủ điều kiện cấp phép.' });

    const leader = await as(who.leader);
    await open(leader, d.id);
    await act(leader, 'approve');
    await act(leader, 'sign');
    const clerk = await as(who.clerk);
    await open(clerk, d.id);
    await act(clerk, 'issue_result');
    await t.app.runner.drain();

    const desk = await as(DESK);
    await open(desk, d.id);
    await expect(desk.locator('section[aria-labelledby="s-results"]').textContent()).resolves.toContain('Kết quả');
    const returnForm = desk.locator('section.office-action').filter({ has: desk.getByLabel('Người nhận kết quả') });
    const returnId = (await returnForm.getAttribute('aria-labelledby'))!.replace(/^act-/, '');
    await act(desk, returnId, { 'Người nhận kết quả': 'Nguyễn Văn An', 'Số giấy tờ tuỳ thân của người nhận': '064090001234' });
    await expect(desk.locator('h1 + p + p .tag').first().textContent()).resolves.toBe('Đã trả kết quả');
  }, JOURNEY_MS);

  it('(b) parallel inter-agency work: each cooperating agency sees only its part', async () => {
    const t = journeys.served.t;
    at(t, '2026-03-03 09:00');
    const edu = staff['H21.11'];
    const d = await inAppraisal(t, '1.005074', edu);
    const specialist = await as(edu.specialist);
    await open(specialist, d.id);
    const form = specialist.locator('section[aria-labelledby="act-start_interagency"]');
    await form.getByLabel('Song song (các cơ quan cùng xử lý)').check();
    const rows: [string, string, string, string][] = [
      ['H21.11', 'Chủ trì', '10', 'Tổng hợp hồ sơ trường học'],
      ['H21.14', 'Phối hợp', '5', 'Thẩm định phần tài chính'],
      ['H21.15', 'Phối hợp', '4', 'Thẩm định phần nhân sự'],
    ];
    for (const [i, [code, role, days, task]] of rows.entries()) {
      const row = form.locator('fieldset.office-row').nth(i);
      await row.getByLabel('Mã cơ quan').fill(code);
      await row.getByLabel('Vai trò').selectOption({ label: role });
      await row.getByLabel('Thời hạn (ngày làm việc)').fill(days);
      await row.getByLabel('Nội dung công việc').fill(task);
    }
    await act(specialist, 'start_interagency');
    await expect(specialist.locator('section[aria-labelledby="s-inter"]').textContent()).resolves.toContain('Thẩm định phần nhân sự');

    const finance = await as('taichinh.chuyenvien');
    await open(finance, d.id);
    const part = await finance.locator('section[aria-labelledby="s-inter"]').textContent();
    expect(part).toContain('Thẩm định phần tài chính');
    expect(part).not.toContain('Thẩm định phần nhân sự');
    await act(finance, 'complete_task', { 'Kết quả thực hiện': 'Đủ điều kiện về tài chính' });
    await expect(finance.locator('section[aria-labelledby="s-inter"]').textContent()).resolves.toContain('Đã hoàn thành');
  }, JOURNEY_MS);

  it('(c) an extension with its apology letter (Form 04)', async () => {
    const t = journeys.served.t;
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    at(t, '2026-03-10 16:30');
    const leader = await as(who.leader);
    await open(leader, d.id);
    await act(leader, 'extend', { 'Lý do chậm, nội dung xin lỗi': 'Cần xác minh thực tế cơ sở in, xin lỗi ông/bà vì sự chậm trễ', 'Số ngày làm việc gia hạn': '3' });
    await expect(leader.locator('h1 ~ p .tag.grey').textContent()).resolves.toBe('Đã gia hạn');
    const letter = leader.getByRole('link', { name: /Phiếu xin lỗi và hẹn lại ngày trả kết quả/ });
    const res = await leader.request.get(`${journeys.served.baseUrl}${await letter.getAttribute('href')}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
  }, JOURNEY_MS);

  it('(d) the four-eyes refusal and (e) another agency gets the 404 page', async () => {
    const t = journeys.served.t;
    at(t, '2026-03-04 09:00');
    await ensureOfficer(t, 'tuphap.truongphong', [{ role: 'DEPARTMENT_HEAD', agencyCode: 'H21.12' }]);
    const d = await receivedAtDesk(t, '2.000488');
    await transferFromDesk(t, d.id);
    const head = await as('tuphap.truongphong');
    await open(head, d.id);
    await act(head, 'assign', {}, { 'Chuyên viên xử lý': 'Phan Văn Pháp' });
    const both = await as('tuphap.chuyenvien'); // specialist and leader of H21.12
    await open(both, d.id);
    await both.locator('section[aria-labelledby="act-submit_opinion"]').getByLabel('Đề xuất giải quyết').check();
    await act(both, 'submit_opinion', { 'Ý kiến thẩm định': 'Đủ điều kiện.' });
    await expect(both.locator('section[aria-labelledby="act-approve"]').count()).resolves.toBe(0);
    // Not offered; posted anyway (as a tab drawn earlier, or a crafted request would), it is refused with the reason in words.
    const reason = await both.evaluate(`(async () => {
      const body = new URLSearchParams({ _csrf: document.querySelector('input[name=_csrf]').value, _action: 'approve', _type: 'approve',
        expectedVersion: document.querySelector('input[name=expectedVersion]').value, _key: 'four-eyes-e2e-1' });
      const res = await fetch(location.pathname + '/thao-tac', { method: 'POST', body });
      document.open(); document.write(await res.text()); document.close();
      return res.status;
    })()`);
    expect(reason).toBe(403);
    await expect(both.locator('.notice').first().textContent()).resolves.toContain('bốn mắt');
    await expectAccessible(both);

    const outsider = await as('gddt.truongphong');
    const res = await outsider.goto(`/can-bo/ho-so/${d.id}`);
    expect(res?.status()).toBe(404);
    await expect(outsider.locator('h1').textContent()).resolves.toBe('Không tìm thấy trang');
    await expectAccessible(outsider);
  }, JOURNEY_MS);
});
