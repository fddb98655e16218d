#!/usr/bin/env node
// Per-request overhead of the API, outside the bench: req/s, p50 and p99 of GET /health/live (no auth, no
// database) and GET /api/v1/me (bearer token → user → answer) at 1 and 16 clients, against the compiled API
// (dist/, rebuilt with tsc when missing or PERF_BUILD=1) on a throwaway database and Temporal dev server.
// Sizes: PERF_SECONDS (8 per row, after PERF_WARMUP_S = 2), PERF_CLIENTS (1,16). PERF_LOG_LEVEL (info, the
// production default) is the API's LOG_LEVEL; its log goes to .data/bench-api.log.
// PERF_API_ROOT runs the API of another checkout (e.g. an export of main) for a before/after on the same servers.
// Besides wall-clock figures, each row gives the API process's CPU time per request (from /proc), which other
// load on a shared machine disturbs far less than req/s. Results go to stdout, one line per row; PERF_LABEL names
// the run.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => process.stderr.write(`[perf-http] ${message}\n`);
const seconds = Number(process.env.PERF_SECONDS ?? 8);
const warmupS = Number(process.env.PERF_WARMUP_S ?? 2);
const clientCounts = (process.env.PERF_CLIENTS ?? '1,16').split(',').map(Number);

const API_ROOT = path.resolve(process.env.PERF_API_ROOT ?? ROOT);
if (process.env.PERF_BUILD === '1' || !existsSync(path.join(API_ROOT, 'dist/apps/api/src/main.js'))) {
  log('compiling the API (tsc) ...');
  for (const args of [
    ['tsc', '-p', 'tsconfig.build.json'],
    ['tsc-alias', '-p', 'tsconfig.build.json'],
  ]) {
    const result = spawnSync('npx', args, { cwd: API_ROOT, stdio: 'inherit' });
    if (result.status !== 0) process.exit(1);
  }
}

const infra = await import('./bench/infra.mjs');
const { findFreePort } = await import('./lib/process-utils.mjs');
const [db, temporal] = await Promise.all([infra.startDatabase(ROOT, log), infra.startTemporal(ROOT, log)]);
const port = await findFreePort();
const env = {
  ...infra.appEnvironment({ databaseUrl: db.url, temporalAddress: temporal.address, port }),
  LOG_LEVEL: process.env.PERF_LOG_LEVEL ?? 'info',
};
const api = infra.startApp(ROOT, 'api', path.relative(ROOT, path.join(API_ROOT, 'dist/apps/api/src/main.js')), env);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

try {
  await infra.waitUntilReady(`http://127.0.0.1:${port}`, [api]);
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'applicant@demo.test', password: process.env.DEMO_PASSWORD ?? 'demo-password' }),
  });
  if (login.status !== 200) throw new Error(`sign-in: ${login.status} ${await login.text()}`);
  const token = (await login.json()).accessToken;
  const label = process.env.PERF_LABEL ?? 'run';
  for (const [name, headers] of [
    ['/health/live', {}],
    ['/api/v1/me', { authorization: `Bearer ${token}` }],
  ]) {
    for (const clients of clientCounts) {
      await load(name, headers, clients, warmupS * 1000);
      const cpuBefore = cpuMs(api.child.pid);
      const timings = await load(name, headers, clients, seconds * 1000);
      const cpu = (cpuMs(api.child.pid) - cpuBefore) / timings.length;
      timings.sort((a, b) => a - b);
      const q = (p) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))].toFixed(2);
      console.log(
        `${label}\t${name}\t${String(clients).padStart(2)} clients\t${(timings.length / seconds).toFixed(0).padStart(5)} req/s\tp50 ${q(0.5)} ms\tp99 ${q(0.99)} ms\tAPI CPU ${(cpu * 1000).toFixed(0)} µs/req\tn=${timings.length}`,
      );
    }
  }
} finally {
  agent.destroy();
  await api.stop();
  await Promise.allSettled([db.stop(), temporal.stop()]);
}

/** user + system CPU time of a process so far, in ms (Linux: /proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** `clients` loops each sending one request after the other for `ms`; the latency of every 200. */
async function load(pathname, headers, clients, ms) {
  const until = performance.now() + ms;
  const timings = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const status = await get(pathname, headers);
        if (status !== 200) throw new Error(`${pathname}: HTTP ${status}`);
        timings.push(performance.now() - started);
      }
    }),
  );
  return timings;
}

function get(pathname, headers) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: pathname, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
  });
}
