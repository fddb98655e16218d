// ESLint (with type information) and Prettier, run from the local node_modules by `npm run lint` and `npm test`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Runs a package's bin with this Node; resolves to its exit status. */
export function runBin(root, script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', script), ...args], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Resolves to the first non-zero exit status, or 0 when everything is clean. */
export async function lint(root, { prettier = true } = {}) {
  const eslint = await runBin(root, 'eslint/bin/eslint.js', ['--max-warnings', '0', '.']);
  if (eslint !== 0 || !prettier) return eslint;
  return runBin(root, 'prettier/bin/prettier.cjs', ['--check', '--log-level', 'warn', '.']);
}
