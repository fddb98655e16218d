#!/usr/bin/env node
// `npm start`: install, build, then run PostgreSQL, Temporal, the worker and the API on a laptop with no setup.
// DATABASE_URL / TEMPORAL_ADDRESS switch the embedded PostgreSQL / Temporal dev server off. Node built-ins only
// until dependencies are installed: the libraries load their npm dependencies lazily.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './lib/build.mjs';
import { ensureDependencies } from './lib/dependencies.mjs';
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs';
import { assertPortFree, commandLineOf, isAlive, sleep, stopChild, terminatePid } from './lib/process-utils.mjs';
import { resolveTemporalCli } from './lib/temporal-cli.mjs';
import { startTemporalDevServer } from './lib/temporal-dev-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, '.data');
const API_MAIN = path.join(ROOT, 'dist/apps/api/src/main.js');
const WORKER_MAIN = path.join(ROOT, 'dist/apps/worker/src/main.js');
const APPS_PID_FILE = path.join(DATA, 'apps.pid');
const READY_TIMEOUT_MS = 120_000;
// The worker's shutdown grace (WORKER_SHUTDOWN_GRACE, 30 s) plus time to close its connections.
const APP_STOP_GRACE_MS = 40_000;
// npm forwards the terminal's SIGINT to us on top of the one the terminal sends itself: one Ctrl-C, two signals.
const SAME_SIGNAL_WINDOW_MS = 1_000;
const DEMO_USERS = [
  'applicant@demo.test, applicant2@, reviewer1@ … reviewer4@, chair@, pm@,',
  'finance.officer@, finance.approver@, admin@, auditor@demo.test',
];

const log = (message) => console.log(`[start] ${message}`);
const warn = (message) => console.error(`[start] ${message}`);

const running = { db: null, temporal: null, apps: new Map() };
let infrastructure = Promise.resolve();
let shutdownPromise = null;
let firstSignalAt = 0;

main().catch((error) => shutdown(1, error.message));

async function main() {
  try {
    ensureDependencies(ROOT, log);
  } catch (error) {
    warn(error.message);
    process.exit(1);
  }
  try {
    ensureBuild(ROOT, { log });
  } catch (error) {
    warn(error.message);
    process.exit(1);
  }
  handleSignals();
  mkdirSync(DATA, { recursive: true });
  await stopLeftoverApps();

  infrastructure = startInfrastructure();
  const infra = await infrastructure;
  if (shutdownPromise) return;

  const port = portFromEnv('PORT', 3000);
  await assertPortFree(port, 'API', 'Set PORT to another port.');
  if (shutdownPromise) return;
  const env = childEnvironment({ ...infra, port });
  startApp('worker', WORKER_MAIN, env);
  startApp('api', API_MAIN, env);
  writeFileSync(
    APPS_PID_FILE,
    [...running.apps].map(([name, child]) => `${name} ${child.pid} ${child.spawnargs.at(-1)}\n`).join(''),
  );

  await waitUntilReady(port);
  if (!shutdownPromise) printBanner({ ...infra, port, demo: env.DEMO_SEED === 'true' });
}

async function startInfrastructure() {
  const [db, temporal] = await Promise.allSettled([startDatabase(), startTemporal()]);
  if (db.status === 'rejected') throw db.reason;
  if (temporal.status === 'rejected') throw temporal.reason;
  return { ...db.value, ...temporal.value };
}

async function startDatabase() {
  if (process.env.DATABASE_URL) return { databaseUrl: process.env.DATABASE_URL, embeddedDb: false };
  const port = portFromEnv('EMBEDDED_PG_PORT', 5488);
  const db = await startEmbeddedPostgres({
    dataDir: path.join(DATA, 'postgres'),
    port,
    log,
    logFile: path.join(DATA, 'postgres.log'),
  });
  running.db = db;
  watchInfrastructure(db.process, 'PostgreSQL', path.join(DATA, 'postgres.log'));
  return { databaseUrl: db.url, embeddedDb: true };
}

async function startTemporal() {
  if (process.env.TEMPORAL_ADDRESS) return { temporalAddress: process.env.TEMPORAL_ADDRESS, temporalUiPort: null };
  const uiPort = portFromEnv('TEMPORAL_UI_PORT', 8233);
  const logFile = path.join(DATA, 'temporal.log');
  const server = await startTemporalDevServer({
    cli: await resolveTemporalCli({ repoRoot: ROOT, log }),
    port: portFromEnv('TEMPORAL_PORT', 7233),
    uiPort,
    dbFile: path.join(DATA, 'temporal.db'),
    namespace: process.env.TEMPORAL_NAMESPACE || 'default',
    log,
    logFile,
  });
  running.temporal = server;
  watchInfrastructure(server.process, 'The Temporal dev server', logFile);
  return { temporalAddress: server.address, temporalUiPort: uiPort };
}

/**
 * A supervisor killed with SIGKILL leaves the API and worker running (they have their own process groups); stop
 * them first, while the database and Temporal they drain into are still up. The servers' own leftovers are
 * handled by their libraries.
 */
async function stopLeftoverApps() {
  const lines = existsSync(APPS_PID_FILE) ? readFileSync(APPS_PID_FILE, 'utf8').split('\n').filter(Boolean) : [];
  await Promise.all(
    lines.map(async (line) => {
      const [name, pidText, main] = line.split(' ');
      const pid = Number.parseInt(pidText, 10);
      if (!pid || !isAlive(pid) || !(await commandLineOf(pid))?.includes(main)) return;
      log(`Stopping the ${name} left running by a previous run (pid ${pid}) ...`);
      await terminatePid(pid, { signal: 'SIGTERM', graceMs: APP_STOP_GRACE_MS });
    }),
  );
  rmSync(APPS_PID_FILE, { force: true });
}

function watchInfrastructure(child, name, logFile) {
  child.once('exit', (code, signal) => {
    if (!shutdownPromise)
      shutdown(1, `${name} stopped unexpectedly (${code ?? signal}); see ${path.relative(ROOT, logFile)}.`);
  });
}

function childEnvironment({ databaseUrl, temporalAddress, embeddedDb, port }) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    JWT_SECRET: process.env.JWT_SECRET || persistentJwtSecret(),
    PAYOUT_ENCRYPTION_KEYS: process.env.PAYOUT_ENCRYPTION_KEYS || persistentPayoutKeys(),
    PORT: String(port),
  };
  // Demo users only go into the embedded database, never into one the user pointed us at.
  if (embeddedDb && env.DEMO_SEED === undefined) env.DEMO_SEED = 'true';
  // Development channel: messages (invitation links, reset links, codes) can be followed without SMTP or SMS.
  if (embeddedDb) env.OUTBOX_FILE ??= path.join(DATA, 'outbox.jsonl');
  // The demo's finance and admin users sign in with a password only; a deployment requires a second factor.
  if (env.DEMO_SEED === 'true') env.REQUIRE_2FA_ROLES ??= 'none';
  return env;
}

/** Generated once and kept in .data, so access tokens stay valid across restarts. */
function persistentJwtSecret() {
  const file = path.join(DATA, 'jwt-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * `id:base64` keys (newest first) that encrypt payout accounts and Temporal payloads, kept beside the data they
 * protect. To rotate: put a new entry first in .data/payout-encryption-keys (`npm run payout-keys -- generate`),
 * restart, then `npm run payout-keys -- rotate`.
 */
function persistentPayoutKeys() {
  const file = path.join(DATA, 'payout-encryption-keys');
  if (existsSync(file)) {
    const keys = readFileSync(file, 'utf8').trim();
    if (keys) return keys;
  }
  const keys = `k1:${randomBytes(32).toString('base64')}`;
  writeFileSync(file, `${keys}\n`, { mode: 0o600 });
  return keys;
}

function startApp(name, main, env) {
  const prettifier = path.join(ROOT, 'node_modules/.bin/pino-pretty');
  const pretty = existsSync(prettifier);
  // Own process group: the terminal's Ctrl-C reaches only this supervisor, which stops things in order.
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', pretty ? 'pipe' : 'inherit', 'inherit'],
  });
  if (pretty) {
    const formatter = spawn(prettifier, [], { detached: true, stdio: ['pipe', 'inherit', 'inherit'] });
    child.stdout.pipe(formatter.stdin);
  }
  child.once('error', (error) => {
    if (!shutdownPromise) shutdown(1, `Could not start the ${name}: ${error.message}`);
  });
  child.once('exit', (code, signal) => {
    if (!shutdownPromise) shutdown(1, `The ${name} exited unexpectedly (${code ?? signal}); stopping everything.`);
  });
  running.apps.set(name, child);
}

async function waitUntilReady(port) {
  const url = `http://127.0.0.1:${port}/health/ready`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline && !shutdownPromise) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status} ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await sleep(1_000);
  }
  if (!shutdownPromise) shutdown(1, `The API was not ready after ${READY_TIMEOUT_MS / 1000} s (${url}: ${last}).`);
}

function printBanner({ port, temporalAddress, temporalUiPort, databaseUrl, embeddedDb, demo }) {
  const api = `http://localhost:${port}`;
  const lines = [
    'Community Safety Fund is running',
    `  Web portal:   ${api}/`,
    `  API docs:     ${api}/api/docs`,
    `  OpenAPI:      ${api}/api/openapi.json`,
    temporalUiPort
      ? `  Temporal UI:  http://localhost:${temporalUiPort}   (gRPC ${temporalAddress})`
      : `  Temporal:     external Temporal at ${temporalAddress}`,
    embeddedDb ? `  PostgreSQL:   ${databaseUrl}   (data in .data/)` : '  PostgreSQL:   DATABASE_URL',
    ...(demo
      ? [
          `  Demo users:   ${DEMO_USERS[0]}`,
          `                ${DEMO_USERS[1]}`,
          `                password: ${process.env.DEMO_PASSWORD ? '$DEMO_PASSWORD' : 'demo-password'}`,
        ]
      : []),
    embeddedDb || temporalUiPort
      ? 'Ctrl-C stops everything; the data in .data/ is kept for the next `npm start`.'
      : 'Ctrl-C stops everything.',
  ];
  const rule = '─'.repeat(Math.max(...lines.map((l) => l.length)) + 2);
  console.log(['', rule, ...lines.map((l) => ` ${l}`), rule, ''].join('\n'));
}

function handleSignals() {
  // A closed stdout (`npm start | head`, a dead terminal) must not crash the supervisor halfway through a shutdown.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  // Last resort if the supervisor itself dies: the apps are in their own process groups and would live on.
  process.once('exit', () => {
    for (const child of running.apps.values())
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (!shutdownPromise) {
        firstSignalAt = Date.now();
        log(`${signal}: stopping (press Ctrl-C again to force) ...`);
        shutdown(0);
      } else if (Date.now() - firstSignalAt > SAME_SIGNAL_WINDOW_MS) {
        forceExit();
      }
    });
  }
}

/** API and worker first (the worker drains in-flight activities), then Temporal, then PostgreSQL. */
function shutdown(code, reason) {
  return (shutdownPromise ??= (async () => {
    if (reason) warn(reason);
    const apps = [...running.apps.values()];
    await Promise.all(apps.map((child) => stopChild(child, { signal: 'SIGTERM', graceMs: APP_STOP_GRACE_MS })));
    rmSync(APPS_PID_FILE, { force: true });
    // Something still starting must finish before it can be stopped.
    await infrastructure.catch(() => {});
    if (running.temporal) {
      log('Stopping the Temporal dev server ...');
      await running.temporal.stop();
    }
    if (running.db) {
      log('Stopping PostgreSQL ...');
      await running.db.stop();
    }
    if (code === 0) log('Stopped.');
    process.exit(code);
  })());
}

function forceExit() {
  warn('Forced stop: killing everything.');
  for (const child of running.apps.values()) child.kill('SIGKILL');
  running.temporal?.process.kill('SIGKILL');
  // SIGQUIT is PostgreSQL's immediate shutdown: as quick as SIGKILL, without orphaned backends.
  running.db?.process.kill('SIGQUIT');
  // Servers still starting are signalled by the libraries' exit hooks.
  process.exit(130);
}

function portFromEnv(name, fallback) {
  const value = process.env[name];
  if (!value) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${value} is not a TCP port.`);
  return port;
}
