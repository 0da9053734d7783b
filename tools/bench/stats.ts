/** Latency figures of the benchmark. */
export interface Figures {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
  };
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Runs `task` `total` times with `concurrency` workers; returns each duration in ms. */
export async function measure(total: number, concurrency: number, task: (i: number) => Promise<number | void>): Promise<{ samples: number[]; seconds: number }> {
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const own = await task(i);
        samples.push(typeof own === 'number' ? own : performance.now() - t0);
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000 };
}
