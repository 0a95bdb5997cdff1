// Issue 11, item 15 (part): motcua refuses to start in production with the development CA, a
// simulator, no secret key, demo data, or the demo accounts' published password still working —
// each refusal naming what to fix. Outside production none of this applies.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, SIMULATOR_CLIENT_SECRET, type Config } from '../../src/config.ts';
import { hashPassword } from '../../src/modules/identity/password.ts';
import { rawQuery } from '../../src/platform/db/raw-query.ts';
import { configProblems, databaseProblems, ProductionGuardError, assertNoProblems } from '../../src/production-guards.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let clean: Config;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-guards-'));
  fs.mkdirSync(path.join(dir, 'p12'));
  fs.writeFileSync(path.join(dir, 'trust.pem'), '');
  clean = loadConfig({
    MOTCUA_ENV: 'production',
    MOTCUA_DATA_DIR: dir,
    MOTCUA_SECRET_KEY: randomBytes(32).toString('hex'),
    MOTCUA_OIDC_ISSUER: 'https://vneid.example.invalid',
    MOTCUA_OIDC_CLIENT_SECRET: 'secret-issued-by-vneid',
    MOTCUA_SIGNING: 'p12',
    MOTCUA_SIGNING_P12_DIR: path.join(dir, 'p12'),
    MOTCUA_TRUST_LIST: path.join(dir, 'trust.pem'),
    MOTCUA_DEMO_DATA: 'never',
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('configuration guards', () => {
  it('pass a proper production configuration', () => {
    expect(configProblems(clean)).toEqual([]);
  });

  it.each<[string, (c: Config) => Config, RegExp]>([
    ['the development CA', (c) => ({ ...c, signing: { kind: 'dev', dir: path.join(dir, 'pki') } }), /MOTCUA_SIGNING=dev/],
    ['the VNeID simulator', (c) => ({ ...c, oidc: { ...c.oidc, simulator: { enabled: true, port: 0 } } }), /MOTCUA_VNEID_SIMULATOR/],
    ['the simulator’s published client secret', (c) => ({ ...c, oidc: { ...c.oidc, clientSecret: SIMULATOR_CLIENT_SECRET } }), /MOTCUA_OIDC_CLIENT_SECRET/],
    ['a secret key file made next to the data', (c) => ({ ...c, secretKey: { kind: 'file', path: path.join(dir, 'secret.key') } }), /MOTCUA_SECRET_KEY/],
    ['demo data', (c) => ({ ...c, demoData: 'always' }), /MOTCUA_DEMO_DATA=always/],
  ])('refuse %s', (_what, change, names) => {
    const problems = configProblems(change(clean));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(names);
    expect(() => assertNoProblems(problems)).toThrow(ProductionGuardError);
  });

  it('accept a key file the operator names (MOTCUA_SECRET_KEY_FILE), which is read and never made', () => {
    const keyFile = path.join(dir, 'mounted.key');
    const config = loadConfig({ ...envOf(clean), MOTCUA_SECRET_KEY: undefined, MOTCUA_SECRET_KEY_FILE: keyFile });
    expect(config.secretKey).toEqual({ kind: 'file', path: keyFile, create: false });
    expect(configProblems({ ...clean, secretKey: config.secretKey })).toEqual([]);
  });

  it('apply only in production', () => {
    expect(configProblems({ ...clean, env: 'development', signing: { kind: 'dev', dir }, demoData: 'always' })).toEqual([]);
  });
});

/** The environment `clean` was loaded from, for variations through loadConfig. */
function envOf(c: Config): Record<string, string | undefined> {
  return {
    MOTCUA_ENV: c.env,
    MOTCUA_DATA_DIR: c.dataDir,
    MOTCUA_SECRET_KEY: c.secretKey.kind === 'value' ? c.secretKey.key.toString('hex') : undefined,
    MOTCUA_OIDC_ISSUER: c.oidc.issuer,
    MOTCUA_OIDC_CLIENT_SECRET: c.oidc.clientSecret,
    MOTCUA_SIGNING: 'p12',
    MOTCUA_SIGNING_P12_DIR: path.join(dir, 'p12'),
    MOTCUA_TRUST_LIST: path.join(dir, 'trust.pem'),
    MOTCUA_DEMO_DATA: 'never',
  };
}

describe('database guards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());
  const deps = () => ({ db: t.app.database.db, authenticator: t.app.services.authenticator });

  it('refuse a development database whose demo accounts still open with the demo password, naming them', async () => {
    const problems = await databaseProblems(deps(), { env: 'production' });
    expect(problems.join('\n')).toMatch(/quantri/);
    expect(problems.join('\n')).toMatch(/khcn\.chuyenvien/);
    expect(problems.join('\n')).toMatch(/demo API client token/);
    expect(await databaseProblems(deps(), { env: 'development' })).toEqual([]);
  });

  it('pass once the demo passwords are changed or the accounts deactivated, and the demo client revoked', async () => {
    const strong = await hashPassword(randomBytes(16).toString('hex'));
    await rawQuery(t.app.database.db, `UPDATE officers SET password_hash = $1 WHERE username <> 'quantri'`, [strong]);
    await rawQuery(t.app.database.db, `UPDATE officers SET active = false WHERE username = 'quantri'`, []);
    await rawQuery(t.app.database.db, `UPDATE api_clients SET active = false`, []);
    t.app.services.authenticator.forget((await import('../../src/modules/identity/index.ts')).DEMO_CLIENT_TOKEN);
    expect(await databaseProblems(deps(), { env: 'production' })).toEqual([]);
  });
});

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('motcua start in production', () => {
  it('stops before opening anything, listing every problem with the setting to change', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'bin/motcua.js'), 'start'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        LOG_LEVEL: 'silent',
        PORT: '0',
        MOTCUA_ENV: 'production',
        MOTCUA_DATA_DIR: path.join(dir, 'start'),
        MOTCUA_SECRET_KEY: randomBytes(32).toString('hex'),
        MOTCUA_OIDC_ISSUER: 'https://vneid.example.invalid',
        MOTCUA_OIDC_CLIENT_SECRET: 'secret-issued-by-vneid',
        MOTCUA_DEMO_DATA: 'always',
      },
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/MOTCUA_SIGNING=dev/);
    expect(r.stderr).toMatch(/MOTCUA_DEMO_DATA=always/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(fs.existsSync(path.join(dir, 'start', 'pglite'))).toBe(false);
  }, 150_000);
});
