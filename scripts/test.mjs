// `npm test` on a fresh clone: installs dependencies if missing, type-checks, lints, then runs every jest suite.
// The Temporal CLI (PyPI wheel into .tools/), the dev server and PostgreSQL are started by jest's globalSetup.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './lib/dependencies.mjs';
import { lint } from './lib/lint.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureDependencies(root);
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
// The web portal has its own compiler settings (DOM, JSX, bundler resolution).
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'apps/web/tsconfig.json']);
// ESLint only for now: `prettier --check` joins once the repository has been formatted in one commit.
const linted = lint(root, { prettier: false });
if (linted !== 0) process.exit(linted);
const jestArgs = [join(root, 'node_modules/jest/bin/jest.js'), ...(process.env.CI ? ['--ci'] : []), ...process.argv.slice(2)];
run(process.execPath, jestArgs);
