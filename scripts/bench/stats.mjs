// Closed-loop load runner, latency percentiles and the result table of `npm run bench`.
import { performance } from 'node:perf_hooks';
import { stopLoad } from './abort.mjs';

/**
 * Runs `task(i)` for i = 0..count-1 with at most `concurrency` in flight (closed loop: each lane starts its next
 * operation as soon as the previous one answers). Failures are collected, never thrown, so one bad answer does not
 * hide the figures of the others. An early stop (`stopLoad`) ends every lane before its next operation and throws.
 * @returns {Promise<{ count: number, wallMs: number, latencies: number[], failures: { index: number, error: Error }[] }>}
 */
export async function runConcurrent(count, concurrency, task) {
  const latencies = new Array(count);
  const failures = [];
  let next = 0;
  const lane = async () => {
    while (next < count && !stopLoad.signal.aborted) {
      const index = next++;
      const started = performance.now();
      try {
        await task(index);
      } catch (error) {
        failures.push({ index, error });
      }
      latencies[index] = performance.now() - started;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  // Half a run has no figures worth printing; the bench is shutting down anyway.
  if (stopLoad.signal.aborted) throw new Error('stopped early');
  return { count, wallMs: performance.now() - started, latencies, failures };
}

/** Throughput over the wall time of the whole run and nearest-rank percentiles of the per-operation latencies. */
export function summarize({ count, wallMs, latencies, failures }) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return {
    count,
    errors: failures.length,
    opsPerSec: count / (wallMs / 1000),
    wallMs,
    p50: rank(50),
    p95: rank(95),
    p99: rank(99),
    max: sorted.at(-1),
  };
}

const COLUMNS = [
  ['ops/s', (s) => s.opsPerSec.toFixed(1)],
  ['p50 ms', (s) => s.p50.toFixed(1)],
  ['p95 ms', (s) => s.p95.toFixed(1)],
  ['p99 ms', (s) => s.p99.toFixed(1)],
  ['max ms', (s) => s.max.toFixed(1)],
  ['errors', (s) => String(s.errors)],
];

/** Fixed-width table: one row per measured phase, labels left-aligned, numbers right-aligned. */
export function formatTable(rows) {
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  const widths = COLUMNS.map(
    ([title], i) => Math.max(title.length, ...rows.map(([, s]) => COLUMNS[i][1](s).length)) + 2,
  );
  const line = (label, cells) => label.padEnd(labelWidth) + cells.map((cell, i) => cell.padStart(widths[i])).join('');
  return [
    line(
      '',
      COLUMNS.map(([title]) => title),
    ),
    ...rows.map(([label, s]) =>
      line(
        label,
        COLUMNS.map(([, format]) => format(s)),
      ),
    ),
  ].join('\n');
}

/** Groups failures by their message so 300 identical errors print as one line with a count. */
export function describeFailures(failures, max = 5) {
  const groups = new Map();
  for (const { index, error } of failures) {
    const key = error?.message ?? String(error);
    const group = groups.get(key) ?? { count: 0, first: index };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups]
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, max)
    .map(([message, { count, first }]) => `  ${count} × (first #${first}) ${message}`);
}
