// Search of the work queues (GET /can-bo?q=…) by part of the owner's name: accents and case do not
// matter (officers often type without a Vietnamese input method), % and _ are letters rather than
// wildcards, and only open dossiers are searched by name (closed ones by exact code or id).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receivedAtDesk, startApp } from '../lifecycle/drive.ts';
import type { TestApp } from '../support/test-app.ts';
import { signInOfficer, webClient } from '../support/web-client.ts';

let t: TestApp;
const owners = {
  nguyenVan: 'Nguyễn Văn Ánh',
  nguyenThiVan: 'Nguyễn Thị Vân',
  tranVanNguyen: 'Trần Văn Nguyên',
  symbols: 'Lê Văn_Tú 5%',
  phamVanTu: 'Phạm Văn Tú 50',
  closed: 'Nguyễn Văn Đóng',
} as const;
type Owner = keyof typeof owners;
const d = {} as Record<Owner, { id: string; code: string }>;
const EMPTY = 'Không có hồ sơ nào trong danh sách này.';

async function search(q: string) {
  const c = webClient(t);
  await signInOfficer(t, c, 'motcua.tinh');
  const res = await c.get(`/can-bo?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** Which of the test's dossiers a result page links to. */
function found(body: string): Owner[] {
  return (Object.keys(d) as Owner[]).filter((k) => body.includes(`href="/can-bo/ho-so/${d[k].id}"`));
}

beforeAll(async () => {
  t = await startApp('2026-03-02T09:00:00+07:00');
  for (const k of Object.keys(owners) as Owner[]) {
    const r = await receivedAtDesk(t, '1.004230');
    d[k] = { id: r.id, code: r.code };
    await t.app.database.db.execute(sql`UPDATE dossiers SET owner_name = ${owners[k]} WHERE id = ${r.id}`);
  }
  // Finished: out of every queue, as a returned dossier is.
  await t.app.database.db.execute(sql`UPDATE dossiers SET is_open = false, state = 'RETURNED', queue_role = NULL, queue_agency_id = NULL WHERE id = ${d.closed.id}`);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('work queue search by name', () => {
  it('ignores accents and case, in the name and in what is typed', async () => {
    expect(found(await search('nguyen van'))).toEqual(['nguyenVan']);
    expect(found(await search('NGUYỄN văn'))).toEqual(['nguyenVan']);
    expect(found(await search('  van nguyen '))).toEqual(['tranVanNguyen']);
    // Folding is both ways: "văn" also finds "Vân", as "van" would.
    expect(found(await search('văn'))).toEqual(['nguyenVan', 'nguyenThiVan', 'tranVanNguyen', 'symbols', 'phamVanTu']);
  });

  it('takes % and _ as themselves, not as wildcards', async () => {
    expect(found(await search('van_tu 5%'))).toEqual(['symbols']);
    const none = await search('nguyen_van');
    expect(found(none)).toEqual([]);
    expect(none).toContain(EMPTY);
    expect(found(await search('n%n'))).toEqual([]);
    // A fullwidth ％ folds to %, so it is escaped after folding: a wildcard here would also find "Tú 50".
    expect(found(await search('tu 5％'))).toEqual(['symbols']);
  });

  it('does not find a closed dossier by name, though its code still finds it', async () => {
    const byName = await search('nguyen van dong');
    expect(found(byName)).toEqual([]);
    expect(byName).toContain(EMPTY);
    expect(found(await search(d.closed.code))).toEqual(['closed']);
  });
});
