// Issue 11, item 11: the embedded database's lock file. An empty or corrupt lock, one left by an
// earlier boot, or one naming a live but unrelated process (pid 1 after a container restart) is
// stale and taken over; a live motcua — in this process or another — still blocks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, judgeLock, processStartTime, type DataDirLock } from '../../src/platform/db/lock-file.ts';

const root = path.resolve(import.meta.dirname, '../..');
const here = { procDir: '/proc', hostname: os.hostname(), pid: process.pid };
const onLinux = fs.existsSync('/proc/self/stat');

let dir: string;
let lockFile: string;
const held: DataDirLock[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lock-'));
  lockFile = path.join(dir, 'motcua.lock');
});
afterEach(() => {
  for (const l of held.splice(0)) l.release();
  fs.rmSync(dir, { recursive: true, force: true });
});

const take = (): DataDirLock => {
  const lock = acquireDataDirLock(dir);
  held.push(lock);
  return lock;
};
const holder = (): Record<string, unknown> => JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Record<string, unknown>;

describe('the data folder lock', () => {
  it('takes over an empty or corrupt lock file', () => {
    for (const content of ['', '   \n', '{"pid":', 'not json at all', '{"pid":"12","host":3}', '{"pid":-1,"host":"x"}']) {
      fs.writeFileSync(lockFile, content);
      const lock = take();
      expect(holder().pid, JSON.stringify(content)).toBe(process.pid);
      lock.release();
      held.pop();
      expect(fs.existsSync(lockFile)).toBe(false);
    }
  });

  it.skipIf(!onLinux)('takes over a lock naming pid 1 when pid 1 is another process than the one that wrote it (a restarted container)', () => {
    const pid1Start = processStartTime(here, 1);
    expect(pid1Start).toBeDefined();
    // The motcua that wrote this lock was pid 1 of the container's previous life: pid 1 is alive now, but started at another time.
    const restarted = { pid: 1, host: os.hostname(), startedAt: '2026-01-01T00:00:00Z', processStart: String(Number(pid1Start) + 12345) };
    fs.writeFileSync(lockFile, JSON.stringify(restarted));
    take();
    expect(holder().pid).toBe(process.pid);
  });

  it.skipIf(!onLinux)('takes over a lock from an earlier boot of the machine, and records boot id and start time in its own', () => {
    fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: '2026-01-01T00:00:00Z', bootId: '00000000-0000-0000-0000-000000000000' }));
    take();
    const mine = holder();
    expect(mine.bootId).toBe(fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    expect(mine.processStart).toBe(processStartTime(here, process.pid));
    expect(mine.token).toMatch(/^[0-9a-f]{24}$/);
  });

  it('takes over a lock whose process is gone (the old behaviour, kept)', () => {
    fs.writeFileSync(lockFile, JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname(), startedAt: '2026-01-01T00:00:00Z' }));
    take();
    expect(holder().pid).toBe(process.pid);
  });

  it('is held against a second opening in the same live process, and against a lock from another host', () => {
    take();
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(judgeLock(JSON.stringify({ pid: 1, host: 'another-host', startedAt: 'x' }), here)).toMatchObject({ stale: false });
  });

  it('is held by a live motcua in another process, and free once it exits', async () => {
    const script = `
      const { acquireDataDirLock } = await import(${JSON.stringify(path.join(root, 'src/platform/db/lock-file.ts'))});
      acquireDataDirLock(process.env.LOCK_DIR);
      process.stdout.write('locked\\n');
      process.stdin.once('data', () => process.exit(0));
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env: { ...process.env, LOCK_DIR: dir }, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    for (let i = 0; i < 600 && !out.includes('locked'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain('locked');
    expect(() => acquireDataDirLock(dir)).toThrow(/đang được tiến trình khác sử dụng/);
    child.stdin.write('bye\n');
    await new Promise((r) => child.once('exit', r));
    expect(fs.existsSync(lockFile)).toBe(false);
    take();
  }, 90_000);

  it('release removes only its own lock', () => {
    const lock = take();
    const other = JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: 'x', token: 'someone-else' });
    fs.writeFileSync(lockFile, other);
    lock.release();
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(other);
  });
});
