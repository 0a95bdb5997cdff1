/**
 * A small pool of worker threads for CPU-heavy work that must not run on the
 * event loop (ADR 0020): while a 19 MB PDF is parsed, every other request —
 * health checks included — still gets its answer. Each task runs under a time
 * limit (the worker is terminated, and replaced, when it is exceeded) and a
 * memory limit (V8's heap limit for the thread; exceeding it ends the thread,
 * not the process). Tasks wait in a queue when every worker is busy.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface PoolLimits {
  /** Worker threads at most. */
  size: number;
  /** Per task, from the moment a worker takes it. */
  timeoutMs: number;
  /** Heap of one worker (old generation), in MB. */
  memoryMb: number;
}

/** What a task threw in its worker, as data (see WORKER_SOURCE). */
export interface RemoteError {
  name: string;
  message: string;
  key?: string;
  params?: Record<string, string | number>;
  status?: number;
}

/** The task ran longer than its time limit; its worker was terminated. */
export class TaskTimeoutError extends Error {
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`task exceeded ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The task's worker ran out of its memory limit (or died) before answering. */
export class TaskCrashedError extends Error {
  readonly outOfMemory: boolean;
  constructor(message: string, outOfMemory: boolean) {
    super(message);
    this.outOfMemory = outOfMemory;
  }
}

/** The task threw; `remote` is what it threw. */
export class TaskFailedError extends Error {
  readonly remote: RemoteError;
  constructor(remote: RemoteError) {
    super(remote.message);
    this.remote = remote;
  }
}

interface Job {
  task: string;
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: { id: number; job: Job; timer: NodeJS.Timeout };
}

/**
 * The source every worker runs. Workers do not inherit the tsx loader of their parent, so this small
 * entry is plain JavaScript (evaluated, CommonJS) that loads the TypeScript task module through tsx's
 * `tsImport`, then answers one task message at a time. Errors cross the thread boundary as plain data;
 * the caller rebuilds what it knows (an upload refusal keeps its key and parameters).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsx).then(async ({ tsImport }) => {
  const tasks = await tsImport(workerData.tasks, workerData.tasks);
  parentPort.on('message', async ({ id, task, args }) => {
    try {
      const run = tasks[task];
      if (typeof run !== 'function') throw new Error('no task ' + task);
      parentPort.postMessage({ id, ok: true, value: await run(...args) });
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      parentPort.postMessage({ id, ok: false, error: { name: e.name, message: e.message, key: e.key, params: e.params, status: e.status } });
    }
  });
  parentPort.postMessage({ ready: true });
});
`;
// The ESM build of tsx's API (require.resolve finds the CommonJS one, next to it, whose own imports fail in a worker).
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;

export class WorkerPool {
  readonly #tasks: string;
  readonly #limits: PoolLimits;
  readonly #slots = new Set<Slot>();
  readonly #queue: Job[] = [];
  #nextId = 1;
  #closed = false;

  /** `tasks`: the file URL of a module whose exported functions are the tasks. */
  constructor(tasks: URL, limits: PoolLimits) {
    this.#tasks = tasks.href;
    this.#limits = limits;
  }

  get limits(): PoolLimits {
    return this.#limits;
  }

  /** Starts the workers ahead of the first task (loading a worker takes a second or more). */
  warm(): void {
    while (this.#slots.size < this.#limits.size) this.#spawn();
  }

  run<T>(task: string, args: unknown[]): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('worker pool closed'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ task, args, resolve: resolve as (value: unknown) => void, reject });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('worker pool closed'));
    await Promise.all([...this.#slots].map((slot) => this.#retire(slot, new Error('worker pool closed'))));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const idle = [...this.#slots].find((s) => s.ready && !s.job);
      if (!idle) {
        if (this.#slots.size < this.#limits.size) this.#spawn();
        return;
      }
      this.#start(idle, this.#queue.shift()!);
    }
  }

  #start(slot: Slot, job: Job): void {
    const id = this.#nextId++;
    const timer = setTimeout(() => void this.#retire(slot, new TaskTimeoutError(this.#limits.timeoutMs)), this.#limits.timeoutMs);
    slot.job = { id, job, timer };
    // A busy worker keeps the process alive (the caller awaits it); an idle one does not.
    slot.worker.ref();
    slot.worker.postMessage({ id, task: job.task, args: job.args });
  }

  #spawn(): void {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { tasks: this.#tasks, tsx: tsxApi },
      resourceLimits: { maxOldGenerationSizeMb: this.#limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, this.#limits.memoryMb / 8)) },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false };
    this.#slots.add(slot);
    worker.on('message', (message: { ready?: true; id?: number; ok?: boolean; value?: unknown; error?: RemoteError }) => {
      if (message.ready) {
        slot.ready = true;
        this.#dispatch();
        return;
      }
      const current = slot.job;
      if (!current || current.id !== message.id) return;
      clearTimeout(current.timer);
      slot.job = undefined;
      slot.worker.unref();
      if (message.ok) current.job.resolve(message.value);
      else current.job.reject(new TaskFailedError(message.error ?? { name: 'Error', message: 'task failed' }));
      this.#dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      // Before it is ready the worker could not load its tasks: that is our fault, reported as it is (a 500).
      void this.#retire(slot, slot.ready ? new TaskCrashedError(error.message, outOfMemory) : error);
    });
    worker.on('exit', (code) => {
      void this.#retire(slot, new TaskCrashedError(`worker exited with code ${code}`, false));
    });
    // An idle worker must not keep the process alive; unref after the listeners, whose attaching refs it again.
    worker.unref();
  }

  /** Ends a worker and fails its task with `reason`; a replacement starts when work is waiting. */
  async #retire(slot: Slot, reason: Error): Promise<void> {
    if (!this.#slots.delete(slot)) return;
    const current = slot.job;
    slot.job = undefined;
    if (current) {
      clearTimeout(current.timer);
      current.job.reject(reason);
    }
    if (!slot.ready && !current) {
      // A worker that could not even start would fail again: the waiting tasks fail instead of respawning forever.
      for (const job of this.#queue.splice(0)) job.reject(reason);
    } else if (!this.#closed) {
      this.#dispatch();
    }
    await slot.worker.terminate();
  }
}
