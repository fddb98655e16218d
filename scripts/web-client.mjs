#!/usr/bin/env node
// `npm run web:client`: writes apps/web/src/api/schema.d.ts, the web portal's types, from openapi.json.
// `--check` writes nothing and fails when the file is stale (test/web-client.test.ts runs it in `npm test`).
// `--from <file>` reads another contract (a fresh one not yet committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(root, 'apps/web/src/api/schema.d.ts');
const args = process.argv.slice(2);
const from = args.includes('--from') ? args[args.indexOf('--from') + 1] : join(root, 'openapi.json');

const HEADER = '// Generated from openapi.json by `npm run web:client`: do not edit.\n\n';
const contract = JSON.parse(readFileSync(from, 'utf8'));
const generated = HEADER + astToString(await openapiTS(contract, { alphabetize: true }));

if (args.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUTPUT, 'utf8');
  } catch {}
  if (current !== generated) {
    console.error(`${OUTPUT} is stale: run \`npm run web:client\` after \`npm run openapi\``);
    process.exit(1);
  }
  console.log(`${OUTPUT} is current`);
} else {
  writeFileSync(OUTPUT, generated);
  console.log(`wrote ${OUTPUT}`);
}
