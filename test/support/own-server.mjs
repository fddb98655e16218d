// Runs one server of its own for a test that pauses, stops and restarts it (test/support/own-servers.ts), so the
// shared servers of the jest run are never disturbed. Prints one JSON line when ready; stops the server on SIGTERM
// or when the test process goes away (stdin closes). Usage: node own-server.mjs postgres|temporal '<json options>'
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.mjs';
import { resolveTemporalCli } from '../../scripts/lib/temporal-cli.mjs';
import { startTemporalDevServer } from '../../scripts/lib/temporal-dev-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const [kind, json] = process.argv.slice(2);
const options = JSON.parse(json);
const log = (message) => process.stderr.write(`[${kind}] ${message}\n`);

const server =
  kind === 'postgres'
    ? await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, log, database: 'postgres' })
    : await startTemporalDevServer({
        cli: await resolveTemporalCli({ repoRoot: root, log }),
        port: options.port,
        dbFile: options.dbFile,
        log,
        fast: true,
      });

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // A paused server cannot shut down.
  try {
    process.kill(server.process.pid, 'SIGCONT');
  } catch {
    // already gone
  }
  await server.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
process.stdout.write(`${JSON.stringify({ url: server.url, address: server.address, pid: server.process.pid })}\n`);
