/**
 * PGlite does not lock its directory, and two processes writing to one data
 * directory corrupt it. This lock file is our own guard: created atomically, it
 * names the holder; a lock its holder can no longer be holding is taken over.
 *
 * "No longer holding" must be judged carefully, because a wrong "still held"
 * keeps motcua down after every crash, and a wrong "stale" corrupts the data:
 *  - an empty or unreadable file (a crash between create and write in an older
 *    version, a full disk) names nobody: stale;
 *  - a lock from an earlier boot of this machine (the boot id differs): stale;
 *  - a lock whose pid is dead: stale;
 *  - a lock whose pid is alive but started at another time is an unrelated
 *    process that got the pid again — pid 1 after a container restart, where
 *    motcua itself is pid 1 again: stale;
 *  - the same pid with the same start time is a live motcua: held.
 * A lock written on another host (a data folder on shared storage) cannot be
 * checked from here and is always held; the message says how to clear it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  /** This lock's own random name: release removes the file only while it is still ours. */
  token?: string;
  /** /proc/sys/kernel/random/boot_id: changes on every boot of the machine (absent off Linux). */
  bootId?: string;
  /** The holder's start time in clock ticks since boot (/proc/<pid>/stat field 22; absent off Linux). */
  processStart?: string;
}

/** What the lock is judged against: this machine's /proc, its name and this process's pid. */
export interface LockEnvironment {
  procDir: string;
  hostname: string;
  pid: number;
}

const defaultEnvironment = (): LockEnvironment => ({ procDir: '/proc', hostname: os.hostname(), pid: process.pid });

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM means the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function bootId(env: LockEnvironment): string | undefined {
  return readText(path.join(env.procDir, 'sys/kernel/random/boot_id')) || undefined;
}

/** A process's start time since boot, from /proc/<pid>/stat: the fields after the command name (which may hold spaces and parentheses). */
export function processStartTime(env: LockEnvironment, pid: number): string | undefined {
  const stat = readText(path.join(env.procDir, String(pid), 'stat'));
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Field 22 of stat; fields[0] is field 3 (the state).
  return fields[19] && /^\d+$/.test(fields[19]) ? fields[19] : undefined;
}

function parseInfo(text: string | undefined): LockInfo | undefined {
  if (!text) return undefined;
  try {
    const info = JSON.parse(text) as Partial<LockInfo>;
    if (typeof info.pid !== 'number' || !Number.isInteger(info.pid) || info.pid <= 0 || typeof info.host !== 'string') return undefined;
    return info as LockInfo;
  } catch {
    return undefined;
  }
}

type Verdict = { stale: true; why: string } | { stale: false; holder: LockInfo };

/** Whether the lock described by `text` can still be held by its holder (see the header). */
export function judgeLock(text: string | undefined, env: LockEnvironment = defaultEnvironment()): Verdict {
  const holder = parseInfo(text);
  if (!holder) return { stale: true, why: 'empty or unreadable' };
  if (holder.host !== env.hostname) return { stale: false, holder };
  const boot = bootId(env);
  if (holder.bootId && boot && holder.bootId !== boot) return { stale: true, why: 'left by an earlier boot' };
  if (!isAlive(holder.pid)) return { stale: true, why: `process ${holder.pid} is gone` };
  if (holder.processStart) {
    const now = processStartTime(env, holder.pid);
    if (now && now !== holder.processStart) return { stale: true, why: `pid ${holder.pid} is now another process` };
  }
  return { stale: false, holder };
}

/** Writes the lock only if no file is there: a temporary file linked into place is never seen half-written. */
function tryCreate(file: string, info: LockInfo): boolean {
  const temporary = `${file}.${info.token}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(info), { mode: 0o644 });
  try {
    fs.linkSync(temporary, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * Removes the stale lock whose text we judged — and only that one: of two
 * processes taking over at once, the second must not remove the lock the first
 * has just written. The file is moved aside, then compared; a fresh lock moved
 * by mistake is put back.
 */
function removeStale(file: string, judged: string | undefined, token: string): void {
  const aside = `${file}.${token}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else cleared it
    throw err;
  }
  const moved = readText(aside);
  if (moved !== judged) {
    try {
      fs.linkSync(aside, file);
    } catch {
      /* a third process holds the name now; the loop reads it again */
    }
  }
  fs.rmSync(aside, { force: true });
}

export function acquireDataDirLock(dataDir: string, env: LockEnvironment = defaultEnvironment()): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'motcua.lock');
  const token = randomBytes(12).toString('hex');
  const boot = bootId(env);
  const start = processStartTime(env, env.pid);
  const info: LockInfo = { pid: env.pid, host: env.hostname, startedAt: new Date().toISOString(), token, ...(boot ? { bootId: boot } : {}), ...(start ? { processStart: start } : {}) };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file, info)) {
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.off('exit', release);
        if (parseInfo(readText(file))?.token === token) fs.rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { file, release };
    }
    const text = readText(file);
    if (text === undefined) continue; // removed between our attempt and the read: try again
    const verdict = judgeLock(text, env);
    if (verdict.stale) {
      removeStale(file, text, token);
      continue;
    }
    const holder = verdict.holder;
    throw new DataDirLockedError(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình khác sử dụng ` +
        `(pid ${holder.pid} trên ${holder.host}, từ ${holder.startedAt}). ` +
        `The embedded database is already open in another process; stop it first or set MOTCUA_DATA_DIR.` +
        (holder.host !== env.hostname ? ` If no motcua runs on ${holder.host} any more, delete ${file}.` : ''),
    );
  }
  throw new DataDirLockedError(`Không lấy được khóa ${file} (the lock file keeps changing: another motcua is starting on this folder).`);
}
