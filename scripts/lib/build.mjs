// Rebuilds dist/ when a source is newer than the last build (npm start, npm run bench, npm run openapi).
// Node built-ins only: it runs before anything else is loaded.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['apps', 'libs', 'workflows', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const OUTPUTS = [
  'dist/apps/api/src/main.js',
  'dist/apps/worker/src/main.js',
  'dist/workflow-bundle.js',
  'dist/web/index.html',
];

/**
 * @param {string} root repository root
 * @param {{ log?: (m: string) => void, stdio?: import('node:child_process').StdioOptions, timeoutMs?: number }} options
 */
export function ensureBuild(root, { log = console.log, stdio = 'inherit', timeoutMs = 600_000 } = {}) {
  const stamp = path.join(root, 'dist/.build-stamp');
  const built = [...OUTPUTS, 'dist/.build-stamp'].every((f) => existsSync(path.join(root, f)));
  if (built && newestMtime(SOURCES.map((s) => path.join(root, s))) <= mtime(stamp)) return false;
  log(built ? 'Sources changed since the last build: npm run build ...' : 'Building (npm run build) ...');
  // Stamped with the time the build started, so a file saved during the build triggers the next one.
  const startedAt = new Date();
  // Under `npm start`/`npm run …`, npm_execpath is the npm that launched us; reuse it rather than PATH's.
  const npmCli = process.env.npm_execpath;
  const [file, args] =
    npmCli && /\.[cm]?js$/.test(npmCli) ? [process.execPath, [npmCli, 'run', 'build']] : ['npm', ['run', 'build']];
  const result = spawnSync(file, args, { cwd: root, stdio, timeout: timeoutMs, shell: process.platform === 'win32' });
  if (result.status !== 0)
    throw new Error(`npm run build failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
  writeFileSync(stamp, `${startedAt.toISOString()}\n`);
  utimesSync(stamp, startedAt, startedAt);
  return true;
}

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestMtime(entries) {
  let newest = 0;
  for (const entry of entries) {
    let stat;
    try {
      stat = statSync(entry);
    } catch {
      continue;
    }
    // A directory's own mtime moves when a file in it is added, renamed or deleted.
    newest = Math.max(newest, stat.mtimeMs);
    if (!stat.isDirectory()) continue;
    const children = readdirSync(entry).filter((name) => name !== 'node_modules' && !name.startsWith('.'));
    newest = Math.max(newest, newestMtime(children.map((name) => path.join(entry, name))));
  }
  return newest;
}
