// Bundles workflow code once at build time (dist/workflow-bundle.js), so workers start without webpack.
import { bundleWorkflowCode } from '@temporalio/worker';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { code } = await bundleWorkflowCode({
  workflowsPath: join(root, 'dist/workflows/src/index.js'),
  logger: { info() {}, warn: console.warn, error: console.error, debug() {}, trace() {}, log() {} },
});
await writeFile(join(root, 'dist/workflow-bundle.js'), code);
console.log(`workflow bundle: dist/workflow-bundle.js (${Math.round(code.length / 1024)} KiB)`);
