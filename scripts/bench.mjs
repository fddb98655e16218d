#!/usr/bin/env node
// `npm run bench`: throughput and latency of a proposal submission (HTTP → eligibility → Update-with-start of the
// proposal workflow → activity writing status + audit events), next to two floors measured on the same servers
// with the same concurrency: a bare Temporal workflow start and a bare PostgreSQL insert. Figures only, no
// thresholds. Sizes: BENCH_PROPOSALS (300), BENCH_CONCURRENCY (16), BENCH_WARMUP (= concurrency, untimed
// operations before each timed phase), BENCH_TIMEOUT_S (1800, for the whole run).
// Then the portfolio phase (scripts/bench/portfolio.mjs): a national-programme-sized portfolio seeded in the same
// database, and p50/p99 of the portfolio summary, overdue-reports, milestones and at-risk endpoints beside the same
// SQL run directly with `pg`. Sizes: BENCH_PORTFOLIO_PROPOSALS (100000), BENCH_PORTFOLIO_GRANTS (20000),
// BENCH_PORTFOLIO_CONCURRENCY (20), BENCH_PORTFOLIO_REQUESTS (2000 timed per endpoint and per floor),
// BENCH_PORTFOLIO_WARMUP (200), BENCH_PORTFOLIO_SERIAL_REQUESTS (200, with one client: latency without queueing).
// BENCH_PHASES picks the phases: submit,portfolio (both, the default), or either.
// Progress goes to stderr, results to stdout.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopLoad } from './bench/abort.mjs';
import { ensureDependencies } from './lib/dependencies.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// npm forwards the terminal's SIGINT on top of the one the terminal sends itself: one Ctrl-C, two signals.
const SAME_SIGNAL_WINDOW_MS = 1_000;

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const state = { starting: null, db: null, temporal: null, apps: [], connection: null, floorPool: null };
let shutdownPromise = null;

main().then(
  (code) => shutdown(code),
  (error) => shutdown(1, error),
);

async function main() {
  const config = readConfig();
  handleSignals();
  armWatchdog(config.timeoutS);
  // Before anything imports an npm package: a fresh clone may not have installed dependencies yet.
  ensureDependencies(ROOT, log);
  const infra = await import('./bench/infra.mjs');
  const work = await import('./bench/workload.mjs');
  const stats = await import('./bench/stats.mjs');
  const breakdown = await import('./bench/breakdown.mjs');
  infra.ensureBuild(ROOT, log);

  state.starting = startInfrastructure(infra);
  await state.starting;
  // A Ctrl-C during start-up: shutdown is already tearing down, start nothing more.
  if (shutdownPromise) return 130;
  const { baseUrl, client, pool } = await startApps(infra);
  try {
    let failed = false;
    if (config.phases.includes('submit')) {
      const results = await measure({ config, infra, work, stats, breakdown, baseUrl, client, pool });
      printResults({ config, stats, breakdown, ...results });
      failed ||= results.submit.failures.length > 0;
    }
    if (config.phases.includes('portfolio')) {
      const portfolio = await import('./bench/portfolio.mjs');
      const pidOf = (name) => state.apps.find((app) => app.name === name).child.pid;
      const result = await portfolio.runPortfolioPhase({
        root: ROOT,
        databaseUrl: state.db.url,
        baseUrl,
        pids: { API: pidOf('api'), bench: process.pid },
        log,
        config: config.portfolio,
      });
      const problems = (await infra.logProblems(state.apps.find((app) => app.name === 'api'))).slice(0, 5);
      console.log(
        [
          ...portfolio.formatPortfolio(result, stats),
          ...(problems.length ? ['API warnings/errors (.data/bench-api.log):', ...problems.map(([message, k]) => `  ${k} × ${message}`)] : []),
        ].join('\n'),
      );
      failed ||= result.runs.some((run) => run.http.failures.length || run.floor.failures.length);
    }
    return failed ? 1 : 0;
  } finally {
    await pool.end().catch(() => {});
  }
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
  const phases = (process.env.BENCH_PHASES || 'submit,portfolio').split(',').map((p) => p.trim()).filter(Boolean);
  const unknown = phases.filter((p) => !['submit', 'portfolio'].includes(p));
  if (unknown.length || !phases.length) throw new Error(`BENCH_PHASES must list submit and/or portfolio (got ${process.env.BENCH_PHASES})`);
  const portfolioConcurrency = int('BENCH_PORTFOLIO_CONCURRENCY', 20, 1);
  const portfolio = {
    proposals: int('BENCH_PORTFOLIO_PROPOSALS', 100_000, 1),
    grants: int('BENCH_PORTFOLIO_GRANTS', 20_000, 0),
    concurrency: portfolioConcurrency,
    requests: int('BENCH_PORTFOLIO_REQUESTS', 2_000, 1),
    warmup: int('BENCH_PORTFOLIO_WARMUP', 10 * portfolioConcurrency, 0),
    serial: int('BENCH_PORTFOLIO_SERIAL_REQUESTS', 200, 1),
  };
  if (portfolio.grants > portfolio.proposals) throw new Error('BENCH_PORTFOLIO_GRANTS cannot exceed BENCH_PORTFOLIO_PROPOSALS');
  return { proposals, concurrency, phases, portfolio, warmup: int('BENCH_WARMUP', concurrency, 0), timeoutS: int('BENCH_TIMEOUT_S', 1800, 10) };
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

/** Worker and API as real processes, then a client of our own for the worker check and floor A. */
async function startApps(infra) {
  const { findFreePort } = await import('./lib/process-utils.mjs');
  const { Client, Connection } = await import('@temporalio/client');
  const pg = (await import('pg')).default;
  const port = await findFreePort();
  const env = infra.appEnvironment({ databaseUrl: state.db.url, temporalAddress: state.temporal.address, port });
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

async function measure({ config, infra, work, stats, breakdown, baseUrl, client, pool }) {
  const { proposals: n, concurrency: c, warmup: w } = config;
  const setup = await prepareDrafts({ count: n + w, concurrency: c, work, stats, baseUrl, pool });
  const [warm, timed] = [setup.drafts.slice(0, w), setup.drafts.slice(w)];

  log(`submit: ${w} warm-up, then ${n} timed ...`);
  const submitWarmup = await stats.runConcurrent(w, c, (i) => work.submitDraft(baseUrl, warm[i].token, warm[i].proposalId));
  const workflowIds = new Array(n);
  const pidOf = (name) => state.apps.find((app) => app.name === name).child.pid;
  const pids = { API: pidOf('api'), worker: pidOf('worker'), Temporal: state.temporal.process.pid, bench: process.pid };
  const cpuBefore = breakdown.cpuSnapshot(pids);
  const submit = await stats.runConcurrent(n, c, async (i) => {
    workflowIds[i] = await work.submitDraft(baseUrl, timed[i].token, timed[i].proposalId);
  });
  const cpu = breakdown.formatCpu(cpuBefore, breakdown.cpuSnapshot(pids), os.cpus().length);
  // Memory right after the load: the steady state of a busy API and worker.
  const memory = Object.fromEntries(state.apps.map((app) => [app.name, infra.memoryOf(app.child.pid)]));
  memory.temporal = infra.memoryOf(state.temporal.process.pid);
  const check = await work.verifySubmissions(pool, timed.map((d) => d.proposalId));
  const samples = workflowIds.map((workflowId, i) => ({ workflowId, httpMs: submit.latencies[i] })).filter((s) => s.workflowId);
  const steps = await breakdown.submissionSteps(client, samples, c);

  log(`floor A: ${w} warm-up, then ${n} bare workflow starts ...`);
  await stats.runConcurrent(w, c, () => work.startNoopWorkflow(client));
  const starts = await stats.runConcurrent(n, c, () => work.startNoopWorkflow(client));

  log(`floor B: ${w} warm-up, then ${n} single-row inserts ...`);
  state.floorPool = await work.openInsertFloor(state.db.url, c);
  await stats.runConcurrent(w, c, (i) => state.floorPool.insert(-1 - i));
  const inserts = await stats.runConcurrent(n, c, (i) => state.floorPool.insert(i));
  await state.floorPool.close();
  state.floorPool = null;

  const problems = Object.fromEntries(await Promise.all(state.apps.map(async (app) => [app.name, await infra.logProblems(app)])));
  return { setup, submitWarmup, submit, check, cpu, steps, starts, inserts, memory, problems };
}

/**
 * Untimed set-up, in two passes so each one's rate shows: every applicant signs in (argon2id verification in the
 * API), then drafts its proposal in the demo round.
 */
async function prepareDrafts({ count, concurrency, work, stats, baseUrl, pool }) {
  log(`setup: ${count} organisations and applicants, each signing in and drafting one proposal ...`);
  const roundId = await work.demoRoundId(pool);
  const applicants = await work.createApplicants(pool, count);
  const drafts = applicants.map(() => ({ token: null, proposalId: null }));
  const passes = {};
  for (const [name, step] of [
    ['sign-in', async (i) => (drafts[i].token = await work.signIn(baseUrl, applicants[i]))],
    ['create draft', async (i) => (drafts[i].proposalId = await work.createDraft(baseUrl, drafts[i].token, roundId))],
  ]) {
    const run = await stats.runConcurrent(count, concurrency, step);
    if (run.failures.length) throw new Error(`${name} failed ${run.failures.length} times:\n${stats.describeFailures(run.failures).join('\n')}`);
    passes[name] = stats.summarize(run);
    log(`  ${name}: ${count} in ${seconds(run.wallMs)}`);
  }
  return { drafts, passes };
}

function printResults({ config, stats, breakdown, setup, submitWarmup, submit, check, cpu, steps, starts, inserts, memory, problems }) {
  const cpus = os.cpus();
  const mib = (m) => (m ? `${m.rss.toFixed(0)} MiB (peak ${m.peak.toFixed(0)})` : 'n/a');
  const lines = [
    '',
    `Community Safety Fund benchmark — ${config.proposals} proposals, concurrency ${config.concurrency}, ` +
      `${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), node ${process.version}`,
    stats.formatTable([
      ['submit (HTTP → workflow → DB)', stats.summarize(submit)],
      ['floor: workflow start (client)', stats.summarize(starts)],
      ['floor: pg single-row insert', stats.summarize(inserts)],
      ...Object.entries(setup.passes).map(([name, summary]) => [`setup, untimed: ${name}`, summary]),
    ]),
    `API RSS ${mib(memory.api)}, worker RSS ${mib(memory.worker)}, Temporal dev server RSS ${mib(memory.temporal)}`,
    `warm-up: ${config.warmup} untimed operations before each timed phase` +
      (submitWarmup.failures.length ? ` (${submitWarmup.failures.length} warm-up submissions failed)` : ''),
    `database check: ${Object.entries(check.statuses).map(([s, k]) => `${k} ${s}`).join(', ') || 'no proposals'}, ` +
      `${check.screeningAudits} screening audit events (expected ${config.proposals} of each)`,
    ...cpu,
    ...breakdown.formatSteps(steps),
  ];
  for (const [label, run] of [['submit', submit], ['warm-up submit', submitWarmup], ['workflow start', starts], ['insert', inserts]]) {
    if (run.failures.length) lines.push(`${label} failures (${run.failures.length}):`, ...stats.describeFailures(run.failures));
  }
  for (const [name, groups] of Object.entries(problems)) {
    if (!groups.length) continue;
    lines.push(`${name} logged ${groups.reduce((sum, [, k]) => sum + k, 0)} warnings/errors (.data/bench-${name}.log):`);
    lines.push(...groups.slice(0, 5).map(([message, k]) => `  ${k} × ${message}`));
  }
  console.log(lines.join('\n'));
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
  setTimeout(() => shutdown(1, new Error(`the benchmark did not finish within BENCH_TIMEOUT_S=${timeoutS} s`)), timeoutS * 1000).unref();
}

/**
 * Ordered teardown of whatever was started: API and worker first (they drain into Temporal and PostgreSQL), then
 * our own clients, Temporal, and the database last (dropped if throwaway, embedded server stopped). Each step is
 * attempted even if an earlier one failed.
 */
function shutdown(code, error) {
  return (shutdownPromise ??= (async () => {
    if (error) log(code === 130 ? error.message : `failed: ${error.stack ?? error.message}`);
    stopLoad.abort();
    // Still-starting servers must finish starting before they can be stopped.
    await state.starting?.catch(() => {});
    const steps = [
      ['API and worker', () => Promise.all(state.apps.map((app) => app.stop()))],
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
  for (const app of state.apps) app.child.kill('SIGKILL');
  state.temporal?.process.kill('SIGKILL');
  // The embedded PostgreSQL's own exit hook stops it; a throwaway database on a shared server is left behind.
  process.exit(130);
}
