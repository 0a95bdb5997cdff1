// Issue 11, item 16: two motcua on one machine, each with its own data folder and PORT=0, both
// come up and answer — nothing listens on a fixed port (the VNeID simulator took 3001). Each
// banner names the port it really got, and each portal sends its citizens to its own simulator.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/motcua.js');

interface Running {
  child: ChildProcess;
  dir: string;
  out: () => string;
}

function startMotcua(): Running {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-side-'));
  // No MOTCUA_VNEID_SIMULATOR_PORT: the default must not collide.
  const env: Record<string, string | undefined> = { ...process.env, MOTCUA_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', MOTCUA_ENV: 'development', MOTCUA_OCR_WORKERS: '0' };
  delete env.MOTCUA_VNEID_SIMULATOR_PORT;
  delete env.MOTCUA_PUBLIC_URL;
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [bin, 'start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return { child, dir, out: () => out };
}

const running: Running[] = [];
afterAll(async () => {
  for (const r of running) {
    if (r.child.exitCode === null) {
      r.child.kill('SIGTERM');
      await new Promise((resolve) => r.child.once('exit', resolve));
    }
    fs.rmSync(r.dir, { recursive: true, force: true });
  }
});

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('two motcua side by side', () => {
  it('both start with PORT=0 and the default simulator port, and answer on the ports their banners print', async () => {
    running.push(startMotcua(), startMotcua());
    const ready = (r: Running) => /\/api\/v1\/health\S*/.test(r.out()) || r.child.exitCode !== null;
    // A first start migrates and seeds an empty database: ≈ 30 s alone, minutes while both cores are busy.
    for (let i = 0; i < 4800 && !running.every(ready); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const urls = running.map((r) => {
      const health = /(http:\/\/127\.0\.0\.1:(\d+))\/api\/v1\/health\S*/.exec(r.out());
      expect(health, r.out()).not.toBeNull();
      expect(Number(health![2])).toBeGreaterThan(0);
      const issuer = /VNeID mô phỏng: (http:\/\/127\.0\.0\.1:\d+)/.exec(r.out());
      expect(issuer, r.out()).not.toBeNull();
      return { base: health![1]!, health: health![0]!, issuer: issuer![1]! };
    });
    expect(urls[0]!.base).not.toBe(urls[1]!.base);
    expect(urls[0]!.issuer).not.toBe(urls[1]!.issuer);
    for (const u of urls) {
      const health = await fetch(u.health);
      expect(health.status, u.health).toBe(200);
      // The simulator answers on the port it printed, and names itself by it.
      const discovery = await fetch(`${u.issuer}/.well-known/openid-configuration`);
      expect(discovery.status).toBe(200);
      expect(((await discovery.json()) as { issuer: string }).issuer).toBe(u.issuer);
      // The portal sends its citizens to its own simulator, with a callback on its own real port.
      const signIn = await fetch(`${u.base}/dang-nhap/vneid`, { redirect: 'manual' });
      expect([302, 303]).toContain(signIn.status);
      const location = new URL(signIn.headers.get('location')!);
      expect(location.origin).toBe(u.issuer);
      expect(location.searchParams.get('redirect_uri')).toBe(`${u.base}/dang-nhap/callback`);
    }
  }, 560_000);
});
