// `npm run fuzz`: Schemathesis against the API, every phase, as an applicant, a programme manager and a finance
// officer, failing on any 5xx, any undocumented status and any response outside its documented schema,
// content type or headers.
//
//   npm run fuzz                              its own app (the jest e2e file, real PostgreSQL, Temporal, worker)
//   npm run fuzz -- --url http://localhost:3000   a running app, signing in as the demo users (DEMO_PASSWORD)
//
// Budget per role: --max-time SECONDS (default 600), --max-examples N (default 100); --seed N to reproduce.
// The e2e test calls this script with --role name=token and a small budget, and reads --summary FILE.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveSchemathesis, runSchemathesis } from './lib/schemathesis.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => process.stderr.write(`[fuzz] ${message}\n`);

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.FUZZ_URL },
    role: { type: 'string', multiple: true, default: [] },
    'max-time': { type: 'string', default: process.env.SCHEMATHESIS_MAX_TIME ?? '600' },
    'max-examples': { type: 'string', default: process.env.SCHEMATHESIS_MAX_EXAMPLES ?? '100' },
    seed: { type: 'string', default: process.env.SCHEMATHESIS_SEED },
    'report-dir': { type: 'string', default: path.join(os.tmpdir(), `csf-fuzz-${Date.now()}`) },
    summary: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

if (!values.url) {
  // No app given: the e2e test starts one (with its data) and calls back into this script with the long budget.
  const jest = path.join(root, 'node_modules/.bin/jest');
  const result = spawnSync(jest, ['test/e2e/schemathesis.e2e.ts', '--runInBand'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      SCHEMATHESIS_MAX_TIME: values['max-time'],
      SCHEMATHESIS_MAX_EXAMPLES: values['max-examples'],
    },
  });
  process.exit(result.status ?? 1);
}

const base = values.url.replace(/\/+$/, '');
const roles = values.role.length ? values.role.map(parseRole) : await demoTokens(base);
const st = await resolveSchemathesis({ repoRoot: root, log });
const runs = [];
for (const { name, token } of roles) {
  log(
    `${name}: st run ${base}/api/openapi.json (max ${values['max-time']} s, ${values['max-examples']} examples per operation)`,
  );
  const result = await runSchemathesis({
    st,
    schemaUrl: `${base}/api/openapi.json`,
    token,
    maxTime: Number(values['max-time']),
    maxExamples: Number(values['max-examples']),
    seed: values.seed,
    reportDir: values['report-dir'],
    label: name,
    onOutput: values.quiet ? undefined : (chunk) => process.stderr.write(chunk),
  });
  log(`${name}: ${result.generated} cases generated, ${result.failures.length} findings (seed ${result.seed})`);
  runs.push({
    role: name,
    generated: result.generated,
    seed: result.seed,
    exitCode: result.exitCode,
    failures: result.failures,
  });
}
if (values.summary) writeFileSync(values.summary, JSON.stringify({ runs }, null, 2));
const findings = runs.flatMap((r) => r.failures.map((f) => ({ role: r.role, ...f })));
for (const f of findings) log(`FINDING as ${f.role}: ${f.operation} [${f.codes ?? f.kind}]\n${f.message}\n`);
log(
  `${runs.reduce((n, r) => n + (r.generated || 0), 0)} cases generated in all, ${findings.length} findings; reports in ${values['report-dir']}`,
);
process.exit(findings.length ? 1 : 0);

function parseRole(value) {
  const at = value.indexOf('=');
  if (at < 1) throw new Error(`--role expects name=token, got ${value}`);
  return { name: value.slice(0, at), token: value.slice(at + 1) };
}

/** The demo users that `npm start` seeds. */
async function demoTokens(url) {
  const password = process.env.DEMO_PASSWORD ?? 'demo-password';
  const users = {
    applicant: 'applicant@demo.test',
    program_manager: 'pm@demo.test',
    finance_officer: 'finance.officer@demo.test',
  };
  const tokens = [];
  for (const [name, email] of Object.entries(users)) {
    const res = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in as ${email} at ${url}: ${res.status} ${await res.text()}`);
    tokens.push({ name, token: (await res.json()).accessToken });
  }
  return tokens;
}
