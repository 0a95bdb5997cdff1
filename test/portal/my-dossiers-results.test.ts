// Results on the portal: a dossier driven to a signed e-result through the API shows the result on
// its page; the owner downloads the signed PDF and finds it in the data warehouse with its validity,
// issuer, source and a verify link; anyone else gets 404 for the result and the warehouse item.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/modules/audit/audit.tables.ts';
import type { TestApp } from '../support/test-app.ts';
import type { WebClient } from '../support/web-client.ts';
import { at, startApp } from '../lifecycle/drive.ts';
import { makeCitizen, makeDossier } from '../factories/index.ts';

const LICENCE = '1.004470'; // Cấp giấy phép bưu chính

describe('signed results and the data warehouse on the portal', () => {
  let t: TestApp;
  let d: { id: string; code: string | null };
  let owner: WebClient;
  let stranger: WebClient;

  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    at(t, '2026-03-02 09:00');
    d = await makeDossier(t, { state: 'RESULT_READY', procedureCode: LICENCE });
    await t.app.runner.drain();
    owner = (await makeCitizen(t, { actingFor: '0100109106' })).client;
    stranger = (await makeCitizen(t, { personalId: '064090009999', organisations: [] })).client;
  }, 240_000); // signing keys and the signature itself are slow on a busy machine
  afterAll(() => t.close());

  it('the owner downloads the signed result and sees the verify link; a stranger gets 404', async () => {
    const code = `${d.code}-KQ1`;
    const page = await owner.get(`/ho-so-cua-toi/${d.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Giấy phép bưu chính');
    expect(page.body).toContain(`href="/verify/${code}"`);
    expect(page.body).toContain('Kết quả đã sẵn sàng');
    const pdf = await owner.get(`/ho-so-cua-toi/${d.id}/ket-qua/${code}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.startsWith('%PDF-')).toBe(true);
    expect((await stranger.get(`/ho-so-cua-toi/${d.id}/ket-qua/${code}`)).status).toBe(404);
    expect((await owner.get(`/ho-so-cua-toi/${d.id}/ket-qua/${d.code}-KQ9`)).status).toBe(404);
  });

  it('the data warehouse lists the result with validity, issuer and source; reads are audited; others cannot download it', async () => {
    const kho = await owner.get('/kho-du-lieu');
    expect(kho.status).toBe(200);
    expect(kho.body).toContain('Giấy phép bưu chính');
    expect(kho.body).toContain('Sở Khoa học và Công nghệ tỉnh Gia Lai');
    expect(kho.body).toContain('Còn hiệu lực');
    expect(kho.body).toContain(`href="/ho-so-cua-toi/${d.id}"`);
    expect(kho.body).toContain(`href="/verify/${d.code}-KQ1"`);
    const link = /href="(\/kho-du-lieu\/[^"]+\/tai-ve)"/.exec(kho.body)?.[1];
    expect(link).toBeDefined();
    const file = await owner.get(link!);
    expect(file.status).toBe(200);
    expect(file.body.startsWith('%PDF-')).toBe(true);
    expect((await stranger.get(link!)).status).toBe(404);
    expect((await stranger.get('/kho-du-lieu')).body).toContain('Kho dữ liệu của bạn chưa có giấy tờ nào');
    const reads = await t.app.database.db.select().from(auditLog).where(eq(auditLog.action, 'warehouse.read'));
    expect(reads.length).toBeGreaterThanOrEqual(2); // the page and the download
  });
});
