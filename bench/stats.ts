// SPDX-License-Identifier: EUPL-1.2
// Timing helpers for `npm run bench`: sample a task, report percentiles.

export interface Sample {
  name: string;
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Runs the task a few times unmeasured, then n times measured, one after another; the task reports its own duration in ms. */
export async function sample(
  name: string,
  n: number,
  task: () => Promise<number>,
  warmup = 5,
): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await task());
  times.sort((a, b) => a - b);
  return {
    name,
    n,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
  };
}

export async function once<T>(task: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await task();
  return [result, performance.now() - start];
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** A Markdown table row per sample, with its p99 relative to the baseline's p99. */
export function table(samples: Sample[], baseline: Sample): string {
  const rows = samples.map(
    (s) =>
      `| ${s.name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p99)} | ${(s.p99 / baseline.p99).toFixed(2)}× |`,
  );
  return [
    '| Measurement (server-side) | n | p50 | p99 | p99 vs. trivial query |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
