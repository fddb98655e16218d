// Every figure the bench prints, also kept in one object so BENCH_JSON=<file> can write them all as JSON: result
// rows (phase, clients, ops/s, p50/p95/p99/max, errors), ratios, memory, CPU and anything a phase adds.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const report = { startedAt: new Date().toISOString(), meta: {}, rows: [], ratios: [], figures: {} };

export function setMeta(fields) {
  Object.assign(report.meta, fields);
}

/** One table row: `summary` as stats.summarize returns it. */
export function addRow(phase, name, clients, summary) {
  const { count, errors, opsPerSec, p50, p95, p99, max } = summary;
  report.rows.push({ phase, name, clients, count, opsPerSec, p50, p95, p99, max, errors });
}

export function addRatio(phase, name, value, note) {
  report.ratios.push({ phase, name, value, ...(note && { note }) });
}

/** Anything else a phase prints (memory, CPU shares, counts), under figures[phase][key]. */
export function addFigure(phase, key, value) {
  (report.figures[phase] ??= {})[key] = value;
}

export function writeReport(file, extra = {}) {
  const target = path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify({ ...report, ...extra, finishedAt: new Date().toISOString() }, null, 2)}\n`);
  return target;
}
