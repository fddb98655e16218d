// What the benchmark runs against: a fresh build, a throwaway PostgreSQL database, a Temporal dev server, and the
// real worker and API as child processes. Every start returns something with a `stop()` that is safe to call twice.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureBuild as sharedEnsureBuild } from '../lib/build.mjs';
import { startEmbeddedPostgres } from '../lib/embedded-postgres.mjs';
import { canQuery } from '../lib/postgres-probe.mjs';
import { findFreePort, sleep, stopper, tailFile } from '../lib/process-utils.mjs';
import { resolveTemporalCli } from '../lib/temporal-cli.mjs';
import { startTemporalDevServer } from '../lib/temporal-dev-server.mjs';

const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';
const READY_TIMEOUT_MS = 120_000;
// The worker drains in-flight activities for WORKER_SHUTDOWN_GRACE (30 s by default) before it exits.
const APP_STOP_GRACE_MS = 40_000;

/** npm run build when sources changed since the last build; build output goes to stderr (stdout is for results). */
export function ensureBuild(root, log) {
  sharedEnsureBuild(root, { log, stdio: ['ignore', 2, 2] });
}

/**
 * BENCH_DATABASE_URL as given; else a throwaway `csf_bench_<random>` database on the local server on 5432, or on
 * an embedded server under .data/bench-postgres. Throwaway databases are dropped by `stop()`.
 * @returns {Promise<{ url: string, describe: string, stop: () => Promise<void> }>}
 */
export async function startDatabase(root, log) {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, describe: `BENCH_DATABASE_URL (${new URL(given).host})`, stop: async () => {} };

  let server = null;
  let adminUrl = LOCAL_PG;
  if (!(await canQuery(LOCAL_PG))) {
    log('no PostgreSQL on 127.0.0.1:5432: starting an embedded one under .data/bench-postgres');
    server = await startEmbeddedPostgres({
      dataDir: path.join(root, '.data/bench-postgres'),
      port: await findFreePort(),
      log,
      logFile: path.join(root, '.data/bench-postgres.log'),
      database: 'postgres',
    });
    adminUrl = server.url;
  }
  try {
    const name = `csf_bench_${randomBytes(4).toString('hex')}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    let stopping;
    const stop = () =>
      (stopping ??= (async () => {
        try {
          await dropDatabase(adminUrl, name);
        } finally {
          await server?.stop();
        }
      })());
    return {
      url: url.toString(),
      describe: `${server ? 'embedded' : 'local'} PostgreSQL ${url.host}, database ${name}`,
      stop,
    };
  } catch (error) {
    await server?.stop();
    throw error;
  }
}

async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, statement_timeout: 30_000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

/** FORCE (PostgreSQL 13+) ends connections a killed child may have left; older servers get the plain form. */
async function dropDatabase(adminUrl, name) {
  try {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } catch (error) {
    if (error.code !== '42601') throw error;
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
  }
}

/** In-memory development server on a free port (nothing to clean up on disk), SQLite pragmas for speed. */
export async function startTemporal(root, log) {
  const cli = await resolveTemporalCli({ repoRoot: root, log });
  mkdirSync(path.join(root, '.data'), { recursive: true });
  return startTemporalDevServer({
    cli,
    port: await findFreePort(),
    uiPort: null,
    dbFile: null,
    log,
    logFile: path.join(root, '.data/bench-temporal.log'),
    fast: true,
  });
}

/**
 * Starts `node <main> [args]` (the bench's own Node, so BENCH_NODE reaches every process) with its output in `.data/bench-<name>.log` (truncated each run).
 * @returns {{ name: string, child: import('node:child_process').ChildProcess, logFile: string, stop: () => Promise<void> }}
 */
export function startApp(root, name, main, env, args = []) {
  const logFile = path.join(root, `.data/bench-${name}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = openSync(logFile, 'w');
  // Own process group: a Ctrl-C in the terminal reaches only the bench, which then stops things in order.
  const child = spawn(process.execPath, [path.join(root, main), ...args], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const stop = stopper(child, { graceMs: APP_STOP_GRACE_MS });
  return { name, child, logFile, stop };
}

/** Environment of the API and worker: only what the brief fixes, on top of ours (PATH, HOME, ...). */
export function appEnvironment({ databaseUrl, temporalAddress, port }) {
  return {
    ...process.env,
    // As in the Docker image, so libraries take their production paths.
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: 'bench',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PAYOUT_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'true',
    LOGIN_RATE_LIMIT: '100000',
  };
}

/** Polls GET /health/ready until 200; fails early when one of the apps has exited. */
export async function waitUntilReady(baseUrl, apps) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    await assertRunning(apps);
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status} ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await sleep(500);
  }
  throw new Error(`the API was not ready after ${READY_TIMEOUT_MS / 1000} s (${last})`);
}

/**
 * The worker has no HTTP port: it is ready once Temporal sees a poller on its workflow and activity task queues.
 * Without this the first submissions would also time the worker's start-up.
 */
export async function waitForWorker(client, taskQueue, apps) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  // A CommonJS protobuf root: its namespaces hang off the default export.
  const { TaskQueueType } = (await import('@temporalio/proto')).default.temporal.api.enums.v1;
  const types = [TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY];
  while (Date.now() < deadline) {
    await assertRunning(apps);
    const answers = await Promise.all(
      types.map((taskQueueType) =>
        client.connection
          .withDeadline(Date.now() + 5_000, () =>
            client.workflowService.describeTaskQueue({
              namespace: client.options.namespace,
              taskQueue: { name: taskQueue },
              taskQueueType,
            }),
          )
          .catch(() => ({ pollers: [] })),
      ),
    );
    if (answers.every((a) => a.pollers?.length)) return;
    await sleep(500);
  }
  throw new Error(`no worker polled task queue "${taskQueue}" within ${READY_TIMEOUT_MS / 1000} s`);
}

async function assertRunning(apps) {
  for (const app of apps) {
    if (app.child.exitCode !== null || app.child.signalCode !== null) {
      const reason = app.child.exitCode !== null ? `exit code ${app.child.exitCode}` : `signal ${app.child.signalCode}`;
      throw new Error(`the ${app.name} exited (${reason}):\n${await tailFile(app.logFile, 0, 30)}`);
    }
  }
}

/** Resident and peak memory of a live process from /proc (Linux), in MiB; null elsewhere or once it is gone. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * Warnings and errors the apps logged (pino JSON, level >= 40), grouped by message: the application problems a
 * clean run should not have. Non-JSON lines (a crash's stack trace) count as errors.
 */
export async function logProblems(app) {
  let text = '';
  try {
    text = readFileSync(app.logFile, 'utf8');
  } catch {
    return [];
  }
  const groups = new Map();
  for (const line of text.split('\n').filter(Boolean)) {
    let key;
    try {
      const entry = JSON.parse(line);
      if ((entry.level ?? 0) < 40) continue;
      const status = entry.res?.statusCode ? ` HTTP ${entry.res.statusCode}` : '';
      key = `${entry.level >= 50 ? 'error' : 'warn'}${status}: ${String(entry.msg ?? entry.err?.message ?? '').slice(0, 200)}`;
    } catch {
      key = `output: ${line.slice(0, 200)}`;
    }
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}
