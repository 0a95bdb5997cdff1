// Dossier codes (DOMAIN §6.1) are allocated at receipt from a per-agency, per-day counter in the
// receipt's own transaction: unique and gapless under concurrency — within one process, and across
// processes on one PostgreSQL — and neither a refused receipt nor a replayed request uses a number.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, idemKey, submission } from '../support/dossier-fixtures.ts';
import { startTestApp, testDataDir, type TestApp } from '../support/test-app.ts';

const seqOf = (code: string): number => Number(code.split('-').at(-1));
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Codes already issued with a prefix (the demo data has none, but the claim "0001…" must not rest on that silently). */
async function issued(t: TestApp, prefix: string): Promise<number> {
  const res = (await t.app.database.db.execute(sql`SELECT count(*)::int AS n FROM dossiers WHERE code LIKE ${`${prefix}%`}`)) as unknown as { rows: { n: number }[] };
  return res.rows[0]!.n;
}

describe('dossier codes under concurrency', () => {
  let t: TestApp;
  let desk = '';
  let ward = '';
  let province: Record<string, unknown> = {};
  let commune: Record<string, unknown> = {};

  beforeAll(async () => {
    t = await startTestApp('2026-03-03T09:00:00+07:00'); // a Tuesday
    desk = await t.login('motcua.tinh');
    ward = await t.login('pleiku.motcua');
    province = await submission(t, '1.004230');
    commune = await submission(t, '1.001193', { competentAgencyCode: 'H21.55' });
  });
  afterAll(() => t.close());

  const createAndReceive = async (token: string, body: Record<string, unknown>): Promise<string> => {
    const created = await create(t, token, body);
    const res = await t.request('POST', `/api/v1/dossiers/${created.id}/receive`, { token, body: {} });
    if (res.status !== 200) throw new Error(`receive → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.code as string;
  };

  it('40 concurrent create+receive at one desk get 40 distinct codes numbered 0001…0040', async () => {
    expect(await issued(t, 'H21.02-260303-')).toBe(0);
    const codes = await Promise.all(range(1, 40).map(() => createAndReceive(desk, province)));
    expect(new Set(codes).size).toBe(40);
    for (const c of codes) expect(c).toMatch(/^H21\.02-260303-\d{4}$/);
    expect(codes.map(seqOf).sort((a, b) => a - b)).toEqual(range(1, 40));
  });

  it('counters of different agencies are independent: interleaved receipts at a ward and at the centre are each gapless', async () => {
    const before = { centre: await issued(t, 'H21.02-260303-'), ward: await issued(t, 'H21.55-260303-') };
    expect(before.ward).toBe(0);
    const jobs = range(1, 30).map((i) => (i % 2 === 0 ? createAndReceive(desk, province) : createAndReceive(ward, commune)));
    const codes = await Promise.all(jobs);
    const centre = codes.filter((c) => c.startsWith('H21.02-')).map(seqOf).sort((a, b) => a - b);
    const wardCodes = codes.filter((c) => c.startsWith('H21.55-')).map(seqOf).sort((a, b) => a - b);
    expect(centre).toEqual(range(before.centre + 1, before.centre + 15));
    expect(wardCodes).toEqual(range(1, 15));
  });

  it('a refused receipt and a replayed receipt use no number', async () => {
    const start = await issued(t, 'H21.02-260303-');
    // Refused: a required component is missing (guard requiredComponentsProvided) → 403, no code.
    const incomplete = await create(t, desk, { ...province, components: [] });
    const refused = await t.request('POST', `/api/v1/dossiers/${incomplete.id}/receive`, { token: desk, body: {} });
    expect(refused.status).toBe(403);
    expect(await issued(t, 'H21.02-260303-')).toBe(start);
    // Replayed: the same Idempotency-Key sent three times at once → one receipt, one code.
    const created = await Promise.all(range(1, 5).map(() => create(t, desk, province)));
    const answers = await Promise.all(
      created.flatMap((d) => {
        const key = idemKey();
        return range(1, 3).map(() => t.request('POST', `/api/v1/dossiers/${d.id}/receive`, { token: desk, body: {}, headers: { 'idempotency-key': key } }));
      }),
    );
    for (const a of answers) expect(a.status, JSON.stringify(a.body)).toBe(200);
    const perDossier = created.map((_, i) => new Set(answers.slice(i * 3, i * 3 + 3).map((a) => a.body.code)));
    for (const s of perDossier) expect(s.size).toBe(1);
    const codes = perDossier.map((s) => seqOf([...s][0] as string)).sort((a, b) => a - b);
    expect(codes).toEqual(range(start + 1, start + 5));
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(10);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'two processes creating and receiving 60 dossiers each (8 at a time) at the same desk get 120 distinct, gapless codes',
    async () => {
      const script = fileURLToPath(new URL('./support/create-and-receive.ts', import.meta.url));
      const day = '2026-03-04T10:00:00+07:00';
      const runChild = () =>
        new Promise<{ codes: string[]; failures: string[] }>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', script, t.url!, day, '60', '8', JSON.stringify(province)], {
            cwd: fileURLToPath(new URL('../..', import.meta.url)),
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, MOTCUA_DATA_DIR: testDataDir() },
          });
          let out = '';
          let err = '';
          child.stdout.on('data', (d: Buffer) => (out += d.toString()));
          child.stderr.on('data', (d: Buffer) => (err += d.toString()));
          child.on('error', reject);
          child.on('close', (code) => {
            if (code !== 0) return reject(new Error(`child exited ${code}: ${err.slice(0, 2000)}`));
            try {
              resolve(JSON.parse(out.trim().split('\n').at(-1)!));
            } catch (e) {
              reject(new Error(`child output is not JSON: ${out.slice(0, 500)} ${String(e)}`));
            }
          });
        });
      expect(await issued(t, 'H21.02-260304-')).toBe(0);
      const [a, b] = await Promise.all([runChild(), runChild()]);
      expect(a.failures).toEqual([]);
      expect(b.failures).toEqual([]);
      const codes = [...a.codes, ...b.codes];
      expect(codes).toHaveLength(120);
      expect(new Set(codes).size).toBe(120);
      for (const c of codes) expect(c).toMatch(/^H21\.02-260304-\d{4}$/);
      expect(codes.map(seqOf).sort((x, y) => x - y)).toEqual(range(1, 120));
      // Both processes really took part in the contention.
      expect(a.codes.length).toBe(60);
      expect(b.codes.length).toBe(60);
      expect(await issued(t, 'H21.02-260304-')).toBe(120);
    },
    90_000,
  );
});
