// ESLint (with type information) and Prettier, run from the local node_modules. `npm run lint` runs both;
// `npm test` runs ESLint only until the one-time `prettier --write` over the repo lands, then both.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

function run(root, script, args) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

/** Returns the first non-zero exit status, or 0 when everything is clean. */
export function lint(root, { prettier = true } = {}) {
  const eslint = run(root, 'eslint/bin/eslint.js', ['--max-warnings', '0', '.']);
  if (eslint !== 0 || !prettier) return eslint;
  return run(root, 'prettier/bin/prettier.cjs', ['--check', '--log-level', 'warn', '.']);
}
