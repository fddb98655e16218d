// The memory phase: the worker's RSS with N open grant workflows waiting on their timers (agreement deadline,
// report due dates, payment polls), and the maxCachedWorkflows that keeps it under 1 GiB. Grants are seeded as in
// the portfolio phase (same seed, its own tag); a second instance of the real worker (its own task queue, everything
// else as the service's worker) runs them with WORKER_MAX_CACHED_WORKFLOWS = BENCH_MEMORY_CACHE (all of them by
// default: the worst case, every run in memory). RSS is read from /proc before and after; the cost per cached run
// gives the largest cache that stays under the limit.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import proto from '@temporalio/proto';
import { stopLoad } from './abort.mjs';
import { seedPortfolio } from './portfolio-seed.mjs';
import { addFigure, addRow } from './report.mjs';
import * as stats from './stats.mjs';

const { EventType } = proto.temporal.api.enums.v1;
const TASK_QUEUE = 'bench-memory';
const LIMIT_MIB = 1024;
// What is kept free under the limit for a burst of tasks, GC headroom and the native runtime's buffers.
const HEADROOM_MIB = 128;
const OPEN = ['awaiting_agreement', 'active', 'suspended'];
const SETTLE_TIMEOUT_MS = 600_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The SDK's own default (worker-options.js) for a worker on this Node with the reused V8 context. */
function sdkDefaultCache() {
  const heapMiB = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
  return Math.max(Math.floor((Math.max(heapMiB - 200, 0) * 600) / 1024), 10);
}

/** @returns {Promise<{ lines: string[], failed: boolean }>} */
export async function runMemoryPhase({ root, config, infra, state, client, pool, log, password }) {
  const { grants: N, cache, concurrency: c } = config.memory;
  const require = createRequire(path.join(root, 'package.json'));
  const domain = require(path.join(root, 'dist/libs/domain/src/index.js'));
  // About half of the seeded grants are closed or terminated (their workflows end): seed twice as many.
  const seeded = 2 * N;
  log(`memory: seeding ${seeded} grants to run ${N} open grant workflows ...`);
  const seed = await seedPortfolio({
    url: state.db.url,
    proposals: seeded,
    grants: seeded,
    tag: `m${randomBytes(3).toString('hex')}`,
    passwordHash: password.hash,
    rubric: domain.EXAMPLE_RUBRIC,
    durations: domain.DEFAULT_ROUND_DURATIONS,
  });
  const { rows: grants } = await pool.query(
    `SELECT id, proposal_id FROM grants WHERE status = ANY($1) AND round_id = ANY($2) ORDER BY id LIMIT $3`,
    [OPEN, seed.roundIds, N],
  );
  const worker = infra.startApp(root, 'memory-worker', 'dist/apps/worker/src/main.js', {
    ...state.appEnv,
    TEMPORAL_TASK_QUEUE: TASK_QUEUE,
    WORKER_MAX_CACHED_WORKFLOWS: String(cache),
  });
  state.extraApps.push(worker);
  try {
    await infra.waitForWorker(client, TASK_QUEUE, [worker]);
    await sleep(2_000);
    const idle = infra.memoryOf(worker.child.pid);
    log(
      `memory: worker idle at ${idle.rss.toFixed(0)} MiB; starting ${grants.length} grant workflows (${c} at a time) ...`,
    );
    const ids = grants.map((g) => `grant-${g.id}`);
    const start = await stats.runConcurrent(grants.length, c, (i) =>
      client.workflow.start('grantWorkflow', {
        taskQueue: TASK_QUEUE,
        workflowId: ids[i],
        args: [{ grantId: grants[i].id, proposalId: grants[i].proposal_id }],
      }),
    );
    const settled = await waitUntilSettled(client, ids, log);
    await sleep(3_000);
    const loaded = infra.memoryOf(worker.child.pid);
    const running = await countRunning(client);
    const cached = Math.min(cache, running ?? grants.length);
    const perRun = cached ? ((loaded.rss - idle.rss) * 1024) / cached : NaN;
    const fits = Math.floor(((LIMIT_MIB - HEADROOM_MIB - idle.rss) * 1024) / perRun);
    const figures = {
      grantsSeeded: seed.counts.grants ?? seeded,
      workflowsStarted: grants.length,
      running,
      maxCachedWorkflows: cache,
      sdkDefaultMaxCachedWorkflows: sdkDefaultCache(),
      idleRssMiB: idle.rss,
      rssMiB: loaded.rss,
      peakRssMiB: loaded.peak,
      kibPerCachedRun: perRun,
      maxCachedForLimit: fits,
      limitMiB: LIMIT_MIB,
      headroomMiB: HEADROOM_MIB,
      settleMs: settled.ms,
    };
    addFigure('memory', 'worker', figures);
    addRow('memory', 'grant workflow start (client)', c, stats.summarize(start));
    const under = loaded.rss <= LIMIT_MIB;
    return {
      lines: [
        '',
        `Worker memory — ${grants.length} open grant workflows (of ${seeded} seeded grants; ${running ?? '?'} running in Temporal) on their own worker, ` +
          `maxCachedWorkflows ${cache} (SDK default here: ${figures.sdkDefaultMaxCachedWorkflows})`,
        `worker RSS idle ${idle.rss.toFixed(0)} MiB → ${loaded.rss.toFixed(0)} MiB (peak ${loaded.peak.toFixed(0)}) once every run waits on its timers ` +
          `(${(settled.ms / 1000).toFixed(0)} s to settle${settled.complete ? '' : ', NOT all settled'}): ${under ? 'under' : 'OVER'} ${LIMIT_MIB} MiB`,
        `per cached run ${perRun.toFixed(0)} KiB → WORKER_MAX_CACHED_WORKFLOWS ≤ ${fits} keeps the worker under ${LIMIT_MIB} MiB with ${HEADROOM_MIB} MiB headroom ` +
          `(evicted runs are replayed from history on their next timer or command)`,
        `starting them: ${stats.summarize(start).opsPerSec.toFixed(0)} starts/s` +
          (start.failures.length ? `, ${start.failures.length} failed:` : ''),
        ...(start.failures.length ? stats.describeFailures(start.failures) : []),
      ],
      failed: start.failures.length > 0 || !settled.complete,
    };
  } finally {
    await worker.stop();
    state.extraApps.splice(state.extraApps.indexOf(worker), 1);
  }
}

/**
 * Settled: the last workflows started (the queue is roughly first in, first out) have no pending activity and their
 * history ends on a completed workflow task or a timer, i.e. they are waiting.
 */
async function waitUntilSettled(client, ids, log) {
  const started = performance.now();
  const sample = ids.slice(-20);
  const waiting = new Set([
    EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
    EventType.EVENT_TYPE_TIMER_STARTED,
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
  ]);
  while (performance.now() - started < SETTLE_TIMEOUT_MS && !stopLoad.signal.aborted) {
    const states = await Promise.all(
      sample.map(async (workflowId) => {
        const handle = client.workflow.getHandle(workflowId);
        const [description, history] = await Promise.all([handle.describe(), handle.fetchHistory()]);
        return !description.raw.pendingActivities?.length && waiting.has(history.events?.at(-1)?.eventType);
      }),
    );
    if (states.every(Boolean)) return { ms: performance.now() - started, complete: true };
    await sleep(2_000);
    if ((performance.now() - started) % 30_000 < 2_100)
      log(`memory: ${states.filter(Boolean).length}/${sample.length} of the last runs settled ...`);
  }
  return { ms: performance.now() - started, complete: false };
}

async function countRunning(client) {
  try {
    return (await client.workflow.count(`TaskQueue = "${TASK_QUEUE}" AND ExecutionStatus = "Running"`)).count;
  } catch {
    return null;
  }
}
