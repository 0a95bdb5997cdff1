/**
 * PGlite does not lock its directory, and two processes writing to one data
 * directory corrupt it. This lock file is our own guard: created exclusively,
 * it names the holder; a lock left by a dead process is taken over.
 */
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
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM means the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readInfo(file: string): LockInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'motcua.lock');
  const info: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.off('exit', release);
        const current = readInfo(file);
        if (current?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readInfo(file);
      const sameHost = holder?.host === os.hostname();
      if (holder && sameHost && !isAlive(holder.pid)) {
        fs.rmSync(file, { force: true }); // stale: its process is gone
        continue;
      }
      throw new DataDirLockedError(
        `Thư mục dữ liệu ${dataDir} đang được tiến trình khác sử dụng ` +
          `(pid ${holder?.pid ?? '?'} trên ${holder?.host ?? '?'}, từ ${holder?.startedAt ?? '?'}). ` +
          `The embedded database is already open in another process; stop it first or set MOTCUA_DATA_DIR.`,
      );
    }
  }
  throw new DataDirLockedError(`Không lấy được khóa ${file}`);
}
