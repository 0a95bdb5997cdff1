// Percentiles and rates, printed the same way for motcua and for the raw-driver ceiling.
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface Summary {
  count: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export function summarise(latenciesMs: number[], seconds: number): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    seconds,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

export const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '—');

/** Runs `worker` in `concurrency` parallel loops for `seconds` after a warm-up; returns per-iteration latencies. */
export async function closedLoop(concurrency: number, warmupSeconds: number, seconds: number, worker: (i: number) => Promise<void>): Promise<Summary> {
  const latencies: number[] = [];
  let measuring = false;
  const start = performance.now();
  const warmEnd = start + warmupSeconds * 1000;
  const end = warmEnd + seconds * 1000;
  let counter = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const t0 = performance.now();
        if (t0 >= end) return;
        if (!measuring && t0 >= warmEnd) measuring = true;
        try {
          await worker(counter++);
        } catch (err) {
          if (++failures <= 3) process.stderr.write(`bench: iteration failed: ${(err as Error).message}\n`);
          if (failures > 100) throw err;
          continue;
        }
        if (t0 >= warmEnd) latencies.push(performance.now() - t0);
      }
    }),
  );
  return summarise(latencies, seconds);
}
