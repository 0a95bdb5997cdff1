// Starts motcua as a separate process (as in production), so the load generator does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>, port: number): Promise<RunningServer> {
  // BENCH_PROFILE=<dir> writes a CPU profile of the server (read it with Chrome DevTools or any .cpuprofile viewer).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(root, 'bin/motcua.js'), 'start'], {
    cwd: root,
    // Demo data stays off unless a benchmark asks for it (the portal pages need the demo catalogue).
    env: { ...process.env, MOTCUA_DEMO_DATA: 'never', ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`motcua exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/v1/health/ready`);
      if (res.ok) break;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
