// The command line as a newcomer uses it, in real processes on a temporary embedded database.
// (Run once, on PGlite: the commands share every code path with the server.)
// Every step starts a fresh Node process that compiles and loads the sources: about 1.5 s
// on a quiet 2-vCPU machine, but up to ~11 s while the other test files keep both cores
// busy (measured in CI). The budgets below are for that loaded case; they bound a hang,
// they do not measure speed (bench/ does).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/motcua.js');
const STEPS_BUDGET = 300_000;

function motcua(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('motcua command line', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-cli-'));
    env = { MOTCUA_DATA_DIR: dir };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('explains itself, and every command has --help', () => {
    const help = motcua(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['start', 'migrate', 'seed', 'user', 'client', 'calendar', 'audit', 'jobs']) expect(help.out).toContain(c);
    for (const c of ['start', 'migrate', 'seed', 'user', 'calendar', 'audit']) {
      const r = motcua([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.out.length, c).toBeGreaterThan(20);
    }
    const unknown = motcua(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command');
    expect(motcua(['user', 'create', '--username', 'x']).code).toBe(2);
  }, STEPS_BUDGET);

  it('seeds, lists the holidays of a notice year and of a computed year, and creates an officer', () => {
    const seeded = motcua(['seed'], env);
    expect(seeded.code, seeded.err).toBe(0);
    expect(seeded.out).toContain('37 thủ tục');

    const y2026 = motcua(['calendar', 'holidays', '--year', '2026'], env);
    expect(y2026.code, y2026.err).toBe(0);
    expect(y2026.out).toContain('2026-04-27  SUBSTITUTE_HOLIDAY');
    expect(y2026.out).toContain('Tết Nguyên đán: 2026-02-17');

    const y2030 = JSON.parse(motcua(['calendar', 'holidays', '--year', '2030', '--json'], env).out);
    expect(y2030.status).toBe('COMPUTED');
    expect(y2030.lunar.tet).toBe('2030-02-02');

    const user = motcua(['user', 'create', '--username', 'chuyenvien.moi', '--name', 'Lê Văn Mới', '--password', 'mat-khau-2026', '--role', 'SPECIALIST@H21.10'], env);
    expect(user.code, user.err).toBe(0);
    expect(motcua(['user', 'create', '--username', 'chuyenvien.moi', '--name', 'Lê Văn Mới', '--password', 'mat-khau-2026', '--role', 'SPECIALIST@H21.10'], env).code).toBe(1);
    expect(motcua(['user', 'create', '--username', 'yeu', '--name', 'Mật Khẩu Yếu', '--password', 'short', '--role', 'SPECIALIST@H21.10'], env).code).not.toBe(0);

    const audit = motcua(['audit', 'verify'], env);
    expect(audit.code, audit.out).toBe(0);
    expect(audit.out).toContain('Toàn vẹn');
  }, STEPS_BUDGET);

  it('refuses to open the embedded database while a server holds it', async () => {
    const server = spawn(process.execPath, [bin, 'start'], { cwd: root, env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'silent' } });
    let out = '';
    server.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      for (let i = 0; i < 1200 && !out.includes('/api/v1/health') && server.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
      expect(out).toContain('/api/v1/health');
      const second = motcua(['migrate'], env);
      expect(second.code).toBe(1);
      expect(second.err).toMatch(/đang được tiến trình khác sử dụng/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    expect(fs.existsSync(path.join(dir, 'motcua.lock'))).toBe(false);
    expect(motcua(['migrate'], env).code).toBe(0);
  }, STEPS_BUDGET);
});
