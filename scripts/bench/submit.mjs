// The submit phase: proposal submissions through the real API and worker (HTTP → eligibility → Update-with-start
// of the proposal workflow → activity), beside the floors measured on the same servers at the same concurrency:
// A, a bare workflow start; B, a bare PostgreSQL insert; F1/F2, the fair floors (fair-floor.mjs). Every row also
// at 1 client (latency without queueing).
import os from 'node:os';
import * as breakdown from './breakdown.mjs';
import { startFairFloor } from './fair-floor.mjs';
import { addFigure, addRatio, addRow } from './report.mjs';
import * as stats from './stats.mjs';
import * as work from './workload.mjs';

/**
 * @param {{ root: string, config: object, infra: object, state: object, baseUrl: string, client: object, pool: object,
 *           log: (m: string) => void, passwordHash: string }} ctx
 * @returns {Promise<{ lines: string[], failed: boolean }>}
 */
export async function runSubmitPhase(ctx) {
  const { config, infra, state, baseUrl, client, pool, log } = ctx;
  const { proposals: n, concurrency: c, warmup: w, serial: s } = config;
  const setup = await prepareDrafts({
    count: n + w + s,
    concurrency: c,
    baseUrl,
    pool,
    log,
    passwordHash: ctx.passwordHash,
  });
  const [warm, timed, serialDrafts] = [
    setup.drafts.slice(0, w),
    setup.drafts.slice(w, w + n),
    setup.drafts.slice(w + n),
  ];

  log(`submit: ${w} warm-up, then ${n} timed at ${c} clients, then ${s} at 1 client ...`);
  const submitWarmup = await stats.runConcurrent(w, c, (i) =>
    work.submitDraft(baseUrl, warm[i].token, warm[i].proposalId),
  );
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
  const submitSerial = await stats.runConcurrent(s, 1, (i) =>
    work.submitDraft(baseUrl, serialDrafts[i].token, serialDrafts[i].proposalId),
  );
  const check = await work.verifySubmissions(
    pool,
    [...timed, ...serialDrafts].map((d) => d.proposalId),
  );
  const samples = workflowIds
    .map((workflowId, i) => ({ workflowId, httpMs: submit.latencies[i] }))
    .filter((x) => x.workflowId);
  const steps = await breakdown.submissionSteps(client, samples, c);

  const both = async (label, op, warmOp = op) => {
    log(`${label}: ${w} warm-up, then ${n} at ${c} clients and ${s} at 1 client ...`);
    await stats.runConcurrent(w, c, (i) => warmOp(i));
    return { loaded: await stats.runConcurrent(n, c, op), serial: await stats.runConcurrent(s, 1, (i) => op(n + i)) };
  };
  const starts = await both('floor A (bare workflow start)', () => work.startNoopWorkflow(client));
  state.floorPool = await work.openInsertFloor(state.db.url, c);
  const inserts = await both(
    'floor B (pg single-row insert)',
    (i) => state.floorPool.insert(i),
    (i) => state.floorPool.insert(-1 - i),
  );
  await state.floorPool.close();
  state.floorPool = null;

  const fair = await startFairFloor({
    root: ctx.root,
    infra,
    client,
    databaseUrl: state.db.url,
    temporalAddress: state.temporal.address,
    log,
  });
  state.fairFloor = fair;
  let f1, f2, fairMemory;
  try {
    f1 = await both('floor F1 (Update-with-start, activity, pg insert)', fair.submit(false));
    f2 = await both('floor F2 (Update-with-start, local activity, pg insert)', fair.submit(true));
    fairMemory = infra.memoryOf(fair.app.child.pid);
  } finally {
    await fair.stop();
    state.fairFloor = null;
  }
  const problems = Object.fromEntries(
    await Promise.all([...state.apps, fair.app].map(async (app) => [app.name, await infra.logProblems(app)])),
  );
  const lines = format({
    config,
    setup,
    submitWarmup,
    submit,
    submitSerial,
    check,
    cpu,
    steps,
    starts,
    inserts,
    f1,
    f2,
    memory,
    fairMemory,
    problems,
  });
  const failures = [
    submit,
    submitSerial,
    starts.loaded,
    starts.serial,
    inserts.loaded,
    inserts.serial,
    f1.loaded,
    f1.serial,
    f2.loaded,
    f2.serial,
  ];
  return { lines, failed: failures.some((run) => run.failures.length > 0) };
}

/**
 * Untimed set-up, in two passes so each one's rate shows: every applicant signs in (argon2id verification in the
 * API), then drafts its proposal in the demo round.
 */
async function prepareDrafts({ count, concurrency, baseUrl, pool, log, passwordHash }) {
  log(`setup: ${count} organisations and applicants, each signing in and drafting one proposal ...`);
  const roundId = await work.demoRoundId(pool);
  const applicants = await work.createApplicants(pool, count, passwordHash);
  const drafts = applicants.map(() => ({ token: null, proposalId: null }));
  const passes = {};
  for (const [name, step] of [
    ['sign-in', async (i) => (drafts[i].token = await work.signIn(baseUrl, applicants[i]))],
    ['create draft', async (i) => (drafts[i].proposalId = await work.createDraft(baseUrl, drafts[i].token, roundId))],
  ]) {
    const run = await stats.runConcurrent(count, concurrency, step);
    if (run.failures.length)
      throw new Error(
        `${name} failed ${run.failures.length} times:\n${stats.describeFailures(run.failures).join('\n')}`,
      );
    passes[name] = stats.summarize(run);
    log(`  ${name}: ${count} in ${(run.wallMs / 1000).toFixed(1)} s`);
  }
  return { drafts, passes };
}

function format({
  config,
  setup,
  submitWarmup,
  submit,
  submitSerial,
  check,
  cpu,
  steps,
  starts,
  inserts,
  f1,
  f2,
  memory,
  fairMemory,
  problems,
}) {
  const cpus = os.cpus();
  const c = config.concurrency;
  const mib = (m) => (m ? `${m.rss.toFixed(0)} MiB (peak ${m.peak.toFixed(0)})` : 'n/a');
  const rows = [
    ['submit (HTTP → workflow → DB)', c, submit],
    ['  submit, 1 client', 1, submitSerial],
    ['floor F1: update-with-start + activity', c, f1.loaded],
    ['  F1, 1 client', 1, f1.serial],
    ['floor F2: update-with-start + local act.', c, f2.loaded],
    ['  F2, 1 client', 1, f2.serial],
    ['floor A: workflow start (client)', c, starts.loaded],
    ['  A, 1 client', 1, starts.serial],
    ['floor B: pg single-row insert', c, inserts.loaded],
    ['  B, 1 client', 1, inserts.serial],
  ].map(([label, clients, run]) => {
    const summary = stats.summarize(run);
    addRow('submit', label.trim(), clients, summary);
    return [label, summary];
  });
  const setupRows = Object.entries(setup.passes).map(([name, summary]) => {
    addRow('submit', `setup, untimed: ${name}`, c, summary);
    return [`setup, untimed: ${name}`, summary];
  });
  const [sub, sub1, F1, F1s, F2, F2s] = rows.map(([, summary]) => summary);
  const ratios = [
    ['submit ÷ F1 (ops/s)', sub.opsPerSec / F1.opsPerSec, 'target ≥ 0.70'],
    ['submit ÷ F2 (ops/s)', sub.opsPerSec / F2.opsPerSec],
    ['submit p99 ÷ F1 p99, 1 client', sub1.p99 / F1s.p99, 'target ≤ 2'],
    ['submit p99 ÷ F2 p99, 1 client', sub1.p99 / F2s.p99],
    ['F2 ÷ F1 (ops/s)', F2.opsPerSec / F1.opsPerSec],
  ];
  for (const [name, value, note] of ratios) addRatio('submit', name, value, note);
  addFigure('submit', 'rssMiB', {
    api: memory.api,
    worker: memory.worker,
    temporal: memory.temporal,
    fairFloorWorker: fairMemory,
  });
  addFigure('submit', 'databaseCheck', check);
  addFigure('submit', 'cpu', cpu);
  addFigure('submit', 'steps', steps);
  const lines = [
    '',
    `Submissions — ${config.proposals} timed at ${c} clients, ${config.serial} at 1 client, ` +
      `${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), node ${process.version}`,
    stats.formatTable([...rows, ...setupRows]),
    'ratios: ' +
      ratios
        .map(([name, value, note]) => `${name} ${value.toFixed(2)}${note ? ` (${note}: ${verdict(name, value)})` : ''}`)
        .join('; '),
    `API RSS ${mib(memory.api)}, worker RSS ${mib(memory.worker)}, Temporal dev server RSS ${mib(memory.temporal)}, fair-floor worker RSS ${mib(fairMemory)}`,
    `warm-up: ${config.warmup} untimed operations before each timed phase` +
      (submitWarmup.failures.length ? ` (${submitWarmup.failures.length} warm-up submissions failed)` : ''),
    `database check: ${
      Object.entries(check.statuses)
        .map(([st, k]) => `${k} ${st}`)
        .join(', ') || 'no proposals'
    }, ` + `${check.screeningAudits} screening audit events (expected ${config.proposals + config.serial} of each)`,
    ...cpu,
    ...breakdown.formatSteps(steps),
  ];
  for (const [label, run] of [
    ['submit', submit],
    ['submit (1 client)', submitSerial],
    ['warm-up submit', submitWarmup],
    ['workflow start', starts.loaded],
    ['insert', inserts.loaded],
    ['F1', f1.loaded],
    ['F1 (1 client)', f1.serial],
    ['F2', f2.loaded],
    ['F2 (1 client)', f2.serial],
  ]) {
    if (run.failures.length)
      lines.push(`${label} failures (${run.failures.length}):`, ...stats.describeFailures(run.failures));
  }
  for (const [name, groups] of Object.entries(problems)) {
    if (!groups.length) continue;
    lines.push(
      `${name} logged ${groups.reduce((sum, [, k]) => sum + k, 0)} warnings/errors (.data/bench-${name}.log):`,
    );
    lines.push(...groups.slice(0, 5).map(([message, k]) => `  ${k} × ${message}`));
  }
  return lines;
}

function verdict(name, value) {
  if (name.startsWith('submit ÷ F1'))
    return value >= 0.7 ? 'met' : `MISSED by ${((0.7 - value) * 100).toFixed(0)} points`;
  if (name.startsWith('submit p99 ÷ F1')) return value <= 2 ? 'met' : `MISSED (${value.toFixed(1)}×)`;
  return '';
}
