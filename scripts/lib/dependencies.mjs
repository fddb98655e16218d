// Installs npm dependencies when they are missing or older than package-lock.json; plain Node, no packages,
// because it runs before anything is installed (`npm start` / `npm test` on a fresh clone).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function ensureDependencies(root, log = (m) => process.stderr.write(`${m}\n`)) {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  // `npm install`, not `npm ci`: mirrors without other platforms' optional binaries (@swc/core-darwin-*, …)
  // produce a lock that `npm ci` rejects as out of sync. `npm install` still follows the lock's versions.
  log('Installing dependencies (npm install) ...');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm install failed with exit code ${result.status}`);
}
