// The backup and restore drill (issue 11; ADR 0023), on the engine under test (PGlite, or PostgreSQL
// with TEST_DATABASE_URL): dossiers with uploaded files and a signed e-result, an audit anchor and more
// entries after it → `motcua backup` → `motcua restore` into an empty database and data folder (a fresh
// database on PostgreSQL, dropped afterwards) → the same rows per table, the same files by hash,
// `motcua audit verify` passes, and the e-result still verifies on the restored system. A changed file
// in the backup, a wrong passphrase and a non-empty target are refused.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { createBackup } from '../../src/cli/backup-command.ts';
import { storeObjects, tableCounts, type BackupManifest } from '../../src/cli/backup-kit.ts';
import { loadConfig } from '../../src/config.ts';
import { anchorAuditHeads } from '../../src/modules/audit/index.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { plainPdf } from '../../src/platform/storage/test-fixtures/pdf-fixtures.ts';
import { act } from '../support/dossier-fixtures.ts';
import { multipartFile } from '../support/multipart.ts';
import type { TestApp } from '../support/test-app.ts';
import { at, inAppraisal, staff, startApp, toIssuing } from '../lifecycle/drive.ts';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/motcua.js');
const pgUrl = process.env.TEST_DATABASE_URL;
const PASSPHRASE = 'dien-tap-sao-luu-2026';
const who = staff['H21.10'];
const LICENCE = '1.004470';
// Each CLI step is a fresh Node process loading the sources (see cli.test.ts for the budget).
const BUDGET = 300_000;

function motcua(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent', MOTCUA_ENV: 'test', MOTCUA_DEMO_DATA: 'never', ...env }, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe(`backup and restore drill (${pgUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let t: TestApp;
  let work: string;
  let backupDir: string;
  let targetDir: string;
  let targetEnv: Record<string, string>;
  let targetDb: string | undefined;
  let resultCode: string;
  let sourceCounts: Record<string, number>;
  let referencedFiles: string[];

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-drill-'));
    backupDir = path.join(work, 'backup');
    targetDir = path.join(work, 'restored');
    t = await startApp('2026-03-02T09:00:00+07:00');

    // A licence decided, signed by the agency and issued; another dossier with an uploaded file.
    at(t, '2026-03-02 09:00');
    const licensed = await inAppraisal(t, LICENCE, who);
    at(t, '2026-03-04 10:00');
    await toIssuing(t, licensed.id, who);
    await act(t, await t.login(who.clerk), licensed.id, { type: 'issue_result', documentNumber: '15/GP-SKHCN' });
    await t.app.runner.drain();
    resultCode = `${licensed.code}-KQ1`;
    const withFile = await inAppraisal(t, LICENCE, who);
    const docs = await t.request('GET', `/api/v1/dossiers/${withFile.id}/documents`, { token: await t.login(who.specialist) });
    const upload = multipartFile(await plainPdf(), 'giay-to.pdf', 'application/pdf');
    const uploaded = await t.request('POST', `/api/v1/dossiers/${withFile.id}/components/${docs.body.components[0].code}/files`, { token: await t.login(who.specialist), body: upload.body, headers: upload.headers });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);

    // An anchor, then more entries after it: the restored chains must extend the anchor.
    const services = t.app.services;
    services.secretKey(); // made on first use: make sure there is one to back up
    await anchorAuditHeads({ db: t.app.database.db, store: services.files.store, secretKey: services.secretKey }, { slot: 'drill', at: t.clock.now() });
    await inAppraisal(t, LICENCE, who);

    if (pgUrl) {
      // The real command against the test's database, with the test process's data folder (files, secret key).
      const r = motcua(['backup', '--out', backupDir], { DATABASE_URL: t.url!, MOTCUA_DATA_DIR: t.app.config.dataDir, MOTCUA_BACKUP_PASSPHRASE: PASSPHRASE });
      expect(r.code, r.err + r.out).toBe(0);
      expect(r.out).toContain('Đã sao lưu');
      targetDb = `motcua_restore_${process.pid}`;
      await admin(`DROP DATABASE IF EXISTS ${targetDb}`);
      await admin(`CREATE DATABASE ${targetDb}`);
      targetEnv = { DATABASE_URL: withDatabase(pgUrl, targetDb), MOTCUA_DATA_DIR: targetDir };
    } else {
      // The embedded test database lives in memory, so the command's function is called in-process.
      await createBackup({ config: t.app.config, database: t.app.database, store: services.files.store, out: backupDir, passphrase: PASSPHRASE, version: 'test' });
      targetEnv = { MOTCUA_DATA_DIR: targetDir };
    }
    sourceCounts = await t.app.database.rawTransaction((query) => tableCounts(query));
    referencedFiles = (await t.app.database.rawTransaction((query) => query('SELECT sha256 FROM stored_files'))).map((r) => String(r.sha256));
  }, BUDGET);

  afterAll(async () => {
    await t?.close();
    if (targetDb) await admin(`DROP DATABASE IF EXISTS ${targetDb} WITH (FORCE)`);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('the backup holds the dump, every stored object, the anchor, encrypted keys and a manifest of hashes and heads', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')) as BackupManifest;
    expect(manifest.database.kind).toBe(pgUrl ? 'postgresql' : 'pglite');
    expect(manifest.tables).toEqual(sourceCounts);
    expect(manifest.audit.chains.some((c) => c.seq > 0)).toBe(true);
    expect(manifest.audit.anchors.map((a) => a.slot)).toContain('drill');
    for (const sha of referencedFiles) expect(manifest.files[`files/${sha}`], sha).toBe(sha);
    expect(Object.keys(manifest.files)).toContain('keys.enc');
    const keys = fs.readFileSync(path.join(backupDir, 'keys.enc'), 'utf8');
    // Encrypted: neither the secret key nor a PEM header shows.
    const secret = fs.readFileSync(path.join(t.app.config.dataDir, 'secret.key'), 'utf8').trim();
    expect(keys).not.toContain(secret);
    expect(keys).not.toContain('PRIVATE KEY');
  });

  it('refuses a backup with one changed byte before touching the target, and a wrong passphrase', () => {
    const tampered = path.join(work, 'tampered');
    fs.cpSync(backupDir, tampered, { recursive: true });
    const victim = path.join(tampered, 'files', referencedFiles[0]!);
    fs.chmodSync(victim, 0o644);
    const bytes = fs.readFileSync(victim);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 1;
    fs.writeFileSync(victim, bytes);
    const changed = motcua(['restore', '--from', tampered], { ...targetEnv, MOTCUA_BACKUP_PASSPHRASE: PASSPHRASE });
    expect(changed.code, changed.out + changed.err).toBe(1);
    expect(changed.err).toContain(`files/${referencedFiles[0]}: mã băm không khớp`);
    const wrong = motcua(['restore', '--from', backupDir], { ...targetEnv, MOTCUA_BACKUP_PASSPHRASE: 'not-the-passphrase' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('sai mật khẩu');
    expect(fs.existsSync(targetDir)).toBe(false);
  }, BUDGET);

  it('restores into an empty database and folder: same rows, same files, audit verifies, the e-result still verifies', async () => {
    const restored = motcua(['restore', '--from', backupDir], { ...targetEnv, MOTCUA_BACKUP_PASSPHRASE: PASSPHRASE });
    expect(restored.code, restored.out + restored.err).toBe(0);
    expect(restored.out).toContain('Số dòng mọi bảng khớp manifest');
    expect(restored.out).toContain('khớp mốc neo');

    const config = loadConfig({ LOG_LEVEL: 'silent', MOTCUA_ENV: 'test', MOTCUA_DEMO_DATA: 'never', ...targetEnv });
    const target = config.database.kind === 'postgresql' ? { kind: 'postgresql' as const, url: config.database.url, poolMax: 2 } : { kind: 'pglite' as const, dataDir: config.database.dataDir };
    const database = await openDatabase(target);
    try {
      expect(await database.rawTransaction((query) => tableCounts(query))).toEqual(sourceCounts);
    } finally {
      await database.close();
    }
    const objects: string[] = [];
    for await (const sha of storeObjects(config.storage)) objects.push(sha);
    const backedUp = fs.readdirSync(path.join(backupDir, 'files'));
    expect(objects.sort()).toEqual(backedUp.sort());
    for (const sha of referencedFiles) expect(objects).toContain(sha);

    const verify = motcua(['audit', 'verify'], targetEnv);
    expect(verify.code, verify.out + verify.err).toBe(0);
    expect(verify.out).toContain('Toàn vẹn');
    expect(verify.out).toContain('Mốc neo cuối');

    const app = await createApp(config, { logger: createLogger('silent') });
    try {
      const res = await app.http.inject({ method: 'GET', url: `/api/v1/public/results/${resultCode}` });
      expect(res.statusCode, res.body).toBe(200);
      const body = JSON.parse(res.body);
      expect(body.result).toMatchObject({ code: resultCode, status: 'VALID' });
      expect(body.signatures[0]).toMatchObject({ valid: true, intact: true, chainTrusted: true });
    } finally {
      await app.close();
    }
  }, BUDGET);

  it('refuses to restore over a non-empty target', () => {
    const again = motcua(['restore', '--from', backupDir], { ...targetEnv, MOTCUA_BACKUP_PASSPHRASE: PASSPHRASE });
    expect(again.code).toBe(1);
    expect(again.err).toContain('không trống');
  }, BUDGET);
});
