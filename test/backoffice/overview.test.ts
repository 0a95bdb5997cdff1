// The leader's overview: figures match dossiers driven through the API (finished early / on time /
// late by the manual clock, in progress, overdue), only the leader's agencies count, each number
// drills down to its dossiers, the chart is an SVG image, and other officers get 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, inAppraisal, issuedAt, staff, startApp } from '../lifecycle/drive.ts';
import type { TestApp } from '../support/test-app.ts';
import { signInOfficer, webClient, type WebClient } from '../support/web-client.ts';

let t: TestApp;
let leader: WebClient;
let finished: { id: string; code: string; timeliness: string }[];
let open: { id: string; code: string };
let elsewhere: { id: string; code: string };
const MARCH = 'tu=2026-03-01&den=2026-03-31';

/** The numbers of one table row (th text → the seven linked figures). */
function row(body: string, header: string): number[] {
  const tr = new RegExp(`<tr><th scope="row">${header}[^]*?</tr>`).exec(body);
  expect(tr, header).not.toBeNull();
  return [...tr![0].matchAll(/<td class="num"><a [^>]*>(\d+)<\/a><\/td>/g)].map((m) => Number(m[1]));
}

beforeAll(async () => {
  t = await startApp('2026-03-02T09:00:00+07:00');
  finished = await issuedAt(t, staff['H21.10'], ['2026-03-04 10:00', '2026-03-11 16:00', '2026-03-13 10:00']);
  at(t, '2026-03-16 09:00');
  open = await inAppraisal(t, '1.004230', staff['H21.10']);
  elsewhere = await inAppraisal(t, '1.005074', staff['H21.11']);
  at(t, '2026-03-31 16:00');
  leader = webClient(t);
  await signInOfficer(t, leader, 'khcn.giamdoc');
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe('leader overview', () => {
  it('counts the dossiers of the leader agency only, by timeliness and state', async () => {
    const count = (tl: string) => finished.filter((f) => f.timeliness === tl).length;
    expect(finished.map((f) => f.timeliness)).toContain('LATE');
    const page = await leader.get(`/can-bo/tong-quan?${MARCH}`);
    expect(page.status).toBe(200);
    // received, in progress, early, on time, late, at risk, overdue
    expect(row(page.body, 'Tất cả')).toEqual([4, 1, count('EARLY'), count('ON_TIME'), count('LATE'), 0, 1]);
    expect(page.body).toContain('<img src="/can-bo/tong-quan/bieu-do.svg?tu=2026-03-01&amp;den=2026-03-31" alt="');
    // The specialist holds the open dossier.
    const specialist = row(page.body, 'Hoàng Văn Thẩm');
    expect([specialist[1], specialist[6]]).toEqual([1, 1]);
  });

  it('uses this month by default and reports a bad period on its field', async () => {
    const page = await leader.get('/can-bo/tong-quan');
    expect(page.body).toContain('value="2026-03-01"');
    expect(page.body).toContain('value="2026-03-31"');
    const bad = await leader.get('/can-bo/tong-quan?tu=2026-03-20&den=2026-03-01');
    expect(bad.status).toBe(200);
    expect(bad.body).toContain('f-den-error');
    const other = await leader.get('/can-bo/tong-quan?tu=2026-02-01&den=2026-02-28');
    expect(row(other.body, 'Tất cả')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('drills down from a number to the dossiers behind it', async () => {
    const late = finished.find((f) => f.timeliness === 'LATE')!;
    const list = await leader.get(`/can-bo/tong-quan/ho-so?${MARCH}&chi-so=late`);
    expect(list.status).toBe(200);
    expect(list.body).toContain(`href="/can-bo/ho-so/${late.id}"`);
    for (const f of finished.filter((x) => x.timeliness !== 'LATE')) expect(list.body).not.toContain(f.id);
    const received = await leader.get(`/can-bo/tong-quan/ho-so?${MARCH}&chi-so=received`);
    expect(received.body.match(/href="\/can-bo\/ho-so\//g)?.length).toBe(4);
    expect(received.body).not.toContain(elsewhere.id);
    const overdue = await leader.get(`/can-bo/tong-quan/ho-so?${MARCH}&chi-so=overdue`);
    expect(overdue.body).toContain(open.id);
    const page = await leader.get(`/can-bo/tong-quan?${MARCH}`);
    const specialistRow = /<tr><th scope="row">Hoàng Văn Thẩm[^]*?<\/tr>/.exec(page.body)![0];
    const officerLink = /href="([^"]*chi-so=inProgress&amp;can-bo=[0-9a-f-]{36})"/.exec(specialistRow)![1]!.replace(/&amp;/g, '&');
    expect((await leader.get(officerLink)).body).toContain(open.id);
    expect((await leader.get(`/can-bo/tong-quan/ho-so?${MARCH}&chi-so=bogus`)).status).toBe(404);
    expect((await leader.get(`/can-bo/tong-quan/ho-so?${MARCH}&chi-so=late&don-vi=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('serves the chart as an SVG image', async () => {
    const svg = await leader.get(`/can-bo/tong-quan/bieu-do.svg?${MARCH}`);
    expect(svg.status).toBe(200);
    expect(String(svg.headers['content-type'])).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(svg.body).toContain('Trễ hạn');
  });

  it('is not for officers without a leading role, and another department sees only its own', async () => {
    const specialist = webClient(t);
    await signInOfficer(t, specialist, 'khcn.chuyenvien');
    expect((await specialist.get('/can-bo/tong-quan')).status).toBe(404);
    const other = webClient(t);
    await signInOfficer(t, other, 'gddt.giamdoc');
    const page = await other.get(`/can-bo/tong-quan?${MARCH}`);
    expect(row(page.body, 'Tất cả')).toEqual([1, 1, 0, 0, 0, 0, expect.any(Number)]);
    expect((await other.get(`/can-bo/tong-quan/ho-so?${MARCH}&chi-so=received`)).body).toContain(elsewhere.id);
  });
});
