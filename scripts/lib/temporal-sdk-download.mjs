// Last-resort fetch of the Temporal binaries through the SDK's own cached download (needs internet).
// Usage: node temporal-sdk-download.mjs <cli|test-server> <downloadDir>
// Prints `TEMPORAL_BINARY=<absolute path>` on success. Runs as its own process so the SDK's native Runtime (and the
// signal handlers it installs) never lives inside the `npm start` supervisor.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [kind, downloadDir] = process.argv.slice(2);
if (!['cli', 'test-server'].includes(kind) || !downloadDir) {
  console.error('usage: temporal-sdk-download.mjs <cli|test-server> <downloadDir>');
  process.exit(2);
}

const require = createRequire(import.meta.url);
let testingMain;
try {
  testingMain = require.resolve('@temporalio/testing');
} catch {
  console.error('@temporalio/testing is not installed (install dev dependencies: `npm install`)');
  process.exit(1);
}
const sdkVersion = JSON.parse(readFileSync(path.join(path.dirname(testingMain), '..', 'package.json'), 'utf8')).version;
const ext = process.platform === 'win32' ? '.exe' : '';
// The SDK names the cached file `<prefix>-sdk-typescript-<version>` (sdk-core ephemeral_server get_or_download).
const prefix = kind === 'cli' ? 'temporal' : 'temporal-test-server';
const expected = path.resolve(downloadDir, `${prefix}-sdk-typescript-${sdkVersion}${ext}`);

const { TestWorkflowEnvironment } = await import('@temporalio/testing');
const executable = { type: 'cached-download', downloadDir: path.resolve(downloadDir), ttl: '3650d' };
let failure;
try {
  // The SDK only exposes the download as part of starting a server; start one, then tear it down.
  const env =
    kind === 'cli'
      ? await TestWorkflowEnvironment.createLocal({ server: { executable, ui: false } })
      : await TestWorkflowEnvironment.createTimeSkipping({ server: { executable } });
  await env.teardown();
} catch (error) {
  failure = error;
}

// The download finishes before the server starts, so a server that was merely slow to start (the SDK gives it
// 5 s) still leaves a usable binary behind.
if (existsSync(expected)) {
  process.stdout.write(`TEMPORAL_BINARY=${expected}\n`);
  process.exit(0);
}
console.error(failure instanceof Error ? failure.message : String(failure ?? 'download produced no binary'));
process.exit(1);
