// Runs `temporal server start-dev` as a supervised child and waits until it really serves gRPC.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  assertPortFree,
  canConnect,
  childExited,
  commandLineOf,
  findFreePort,
  isAlive,
  sleep,
  spawnServer,
  stopper,
  terminatePid,
} from './process-utils.mjs';

export { findFreePort };

// Search attributes operators filter by; registering them at start is idempotent on an existing database.
const SEARCH_ATTRIBUTES = ['CsfProposalStatus=Keyword', 'CsfRoundId=Keyword', 'CsfRegion=Keyword'];
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

/**
 * Starts a Temporal development server.
 * @returns {Promise<{ address: string, process: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 */
export async function startTemporalDevServer({
  cli,
  port,
  uiPort = null,
  dbFile = null,
  namespace = 'default',
  log = console.log,
  logFile = null,
  fast = false,
  pidFile = dbFile ? `${dbFile}.pid` : null,
}) {
  if (pidFile) await stopLeftover(pidFile, log);
  const hint = 'Stop whatever uses it, pick another port (TEMPORAL_PORT / TEMPORAL_UI_PORT), or set TEMPORAL_ADDRESS.';
  await assertPortFree(port, 'Temporal gRPC', hint);
  if (uiPort) await assertPortFree(uiPort, 'Temporal UI', hint);
  if (dbFile) await fs.mkdir(path.dirname(path.resolve(dbFile)), { recursive: true });

  const args = devServerArgs({ port, uiPort, dbFile, namespace, fast });
  const { child, tail } = await spawnServer(cli, args, { logFile });
  if (pidFile) await fs.writeFile(pidFile, `${child.pid}\n`);

  const address = `127.0.0.1:${port}`;
  const stop = stopper(child, {
    graceMs: STOP_GRACE_MS,
    after: async () => pidFile && fs.rm(pidFile, { force: true }),
  });

  try {
    await waitUntilServing({ child, address, namespace, tail });
  } catch (error) {
    await stop();
    throw error;
  }
  log(`Temporal dev server ready at ${address}${uiPort ? `, UI at http://localhost:${uiPort}` : ''}`);
  return { address, process: child, stop };
}

function devServerArgs({ port, uiPort, dbFile, namespace, fast }) {
  return [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--namespace',
    namespace,
    ...(dbFile ? ['--db-filename', path.resolve(dbFile)] : []),
    // No internet here: keep the UI from fetching its newsfeed.
    ...(uiPort ? ['--ui-port', String(uiPort), '--ui-disable-news-fetch'] : ['--headless']),
    '--log-level',
    'warn',
    '--dynamic-config-value',
    'frontend.enableUpdateWorkflowExecution=true',
    '--dynamic-config-value',
    'frontend.enableExecuteMultiOperation=true',
    // What a production cluster has: activities scheduled by a workflow task go back to the worker that completed
    // it in the same round trip (no activity-task poll), and search attributes are read from the cache instead of
    // the dev server's default of reloading them from its database on every read (each start and upsert).
    '--dynamic-config-value',
    'system.enableActivityEagerExecution=true',
    '--dynamic-config-value',
    'system.forceSearchAttributesCacheRefreshOnRead=false',
    ...SEARCH_ATTRIBUTES.flatMap((sa) => ['--search-attribute', sa]),
    ...(fast ? ['--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF'] : []),
  ];
}

async function waitUntilServing({ child, address, namespace, tail }) {
  const { Connection } = await import('@temporalio/client');
  const port = Number(address.split(':').pop());
  const exited = childExited(child);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError = 'port not open yet';

  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const reason = child.exitCode !== null ? `exit code ${child.exitCode}` : `signal ${child.signalCode}`;
      throw new Error(`Temporal dev server exited during start-up (${reason}):\n${await tail()}`);
    }
    if (await canConnect(port)) {
      try {
        await probe(Connection, address, namespace);
        return;
      } catch (error) {
        lastError = error.message;
      }
    }
    await Promise.race([exited, sleep(250)]);
  }
  throw new Error(
    `Temporal dev server at ${address} was not ready after ${READY_TIMEOUT_MS / 1000} s (${lastError}):\n${await tail()}`,
  );
}

/** Frontend healthy and the namespace registered: only then can the worker poll and the API start workflows. */
async function probe(Connection, address, namespace) {
  const connection = await Connection.connect({ address, connectTimeout: '3s' });
  try {
    const deadline = () => new Date(Date.now() + 3_000);
    const health = await connection.withDeadline(deadline(), () => connection.healthService.check({}));
    if (health.status !== 1) throw new Error(`health status ${health.status}`);
    await connection.withDeadline(deadline(), () => connection.workflowService.getSystemInfo({}));
    await connection.withDeadline(deadline(), () => connection.workflowService.describeNamespace({ namespace }));
  } finally {
    await connection.close();
  }
}

/** A previous supervisor killed with SIGKILL leaves its server running; stop it if the pid file says it is ours. */
async function stopLeftover(pidFile, log) {
  const pid = Number.parseInt(await fs.readFile(pidFile, 'utf8').catch(() => ''), 10);
  if (!pid) return;
  if (isAlive(pid) && /\bstart-dev\b/.test((await commandLineOf(pid)) ?? '')) {
    log(`Stopping a Temporal dev server left running by a previous run (pid ${pid}) ...`);
    await terminatePid(pid, { signal: 'SIGTERM', graceMs: STOP_GRACE_MS });
  }
  await fs.rm(pidFile, { force: true });
}
