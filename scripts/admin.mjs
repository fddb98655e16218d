// `npm run admin -- <command>`: builds if sources changed, then runs the admin command (apps/api/src/admin-cli.ts)
// against DATABASE_URL, or else the embedded PostgreSQL of `npm start` (the running one, or started for the command
// and stopped after it).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './lib/build.mjs';
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs';
import { canQuery } from './lib/postgres-probe.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => process.stderr.write(`[admin] ${message}\n`);
ensureBuild(root, { log, stdio: ['ignore', 2, 2] });

const env = { ...process.env };
env.PUBLIC_URL ||= `http://localhost:${process.env.PORT || 3000}`;
let embedded = null;
if (!env.DATABASE_URL) {
  // The same port and database `npm start` uses (scripts/start.mjs).
  const port = Number(process.env.EMBEDDED_PG_PORT || 5488);
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/csf`;
  if (await canQuery(url)) {
    env.DATABASE_URL = url;
  } else {
    const dataDir = join(root, '.data/postgres');
    if (!existsSync(join(dataDir, 'PG_VERSION')))
      log('No embedded database yet: creating it in .data/postgres (npm start will use it).');
    embedded = await startEmbeddedPostgres({ dataDir, port, log, logFile: join(root, '.data/postgres.log') });
    env.DATABASE_URL = embedded.url;
  }
}
let status = 0;
try {
  execFileSync(process.execPath, [join(root, 'dist/apps/api/src/admin-cli.js'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
} catch (error) {
  status = error.status ?? 1;
} finally {
  await embedded?.stop();
}
process.exit(status);
