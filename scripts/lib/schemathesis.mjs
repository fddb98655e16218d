// Finds (or installs, once) Schemathesis and runs it against the API's OpenAPI document. Node built-ins only:
// `npm run fuzz` uses it before anything is built, and the jest e2e test through the same functions.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXE, findOnPath, findPython, isExecutable, run } from './commands.mjs';

// Pinned: the CLI's flags, report format and summary lines are what runSchemathesis reads.
const PACKAGE = 'schemathesis==4.32.5';

/**
 * Absolute path of the `st` CLI: SCHEMATHESIS_PATH, else .tools/schemathesis (a virtualenv of its own, so its
 * many dependencies never meet the Temporal wheels'), installed from PyPI there once; else `st`/`schemathesis`
 * on PATH.
 */
export async function resolveSchemathesis({ repoRoot, log = console.log }) {
  const given = process.env.SCHEMATHESIS_PATH;
  if (given) {
    if (!(await isExecutable(path.resolve(given))))
      throw new Error(`SCHEMATHESIS_PATH=${given} is not an executable file`);
    return path.resolve(given);
  }
  const venv = path.join(repoRoot, '.tools', 'schemathesis');
  const bin = path.join(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
  const st = path.join(bin, 'st' + EXE);
  if (await isExecutable(st)) return st;

  const problems = [];
  try {
    const pip = path.join(bin, 'pip' + EXE);
    if (!(await isExecutable(pip))) {
      const python = await findPython();
      if (!python) throw new Error('no python3 on PATH to create the .tools/schemathesis virtualenv');
      log(`Creating a Python virtualenv in ${venv} for Schemathesis (one-time) ...`);
      await run(python, ['-m', 'venv', venv], 300_000);
    }
    log(`Installing ${PACKAGE} into ${venv} (one-time) ...`);
    await run(pip, ['install', '--disable-pip-version-check', '--quiet', PACKAGE], 900_000);
    if (await isExecutable(st)) return st;
    problems.push(`pip installed ${PACKAGE} but ${st} is missing`);
  } catch (error) {
    problems.push(error.message);
  }
  for (const name of ['st', 'schemathesis']) {
    const found = await findOnPath(name + EXE);
    if (found && /schemathesis|st, version 4\./i.test(await run(found, ['--version'], 30_000).catch(() => '')))
      return found;
  }
  throw new Error(
    [
      `Could not install ${PACKAGE} into ${venv}, and no \`st\` on PATH.`,
      'What failed:',
      ...problems.map((p) => `  - ${p}`),
    ].join('\n'),
  );
}

/**
 * What the run is judged on: a 5xx, a status the document lacks, a response outside its documented schema,
 * content type or headers (Retry-After on 429 and 503), and a method a path lacks not answered 405 with the
 * exact `Allow`.
 */
export const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'response_schema_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'unsupported_method',
  'allow_header_conformance',
];

/**
 * One `st run` (all phases: examples, coverage, fuzzing, stateful) as the holder of `token`. Resolves with the
 * number of generated test cases, the failures read from the JUnit report (one per operation, with the
 * reproducing curl command) and the whole console output.
 *
 * @param {{ st: string, schemaUrl: string, token?: string, maxTime: number, maxExamples: number,
 *   requestTimeout?: number, seed?: string, workers?: number, reportDir: string, label?: string,
 *   onOutput?: (chunk: string) => void }} options
 */
export async function runSchemathesis(options) {
  const { st, schemaUrl, token, maxTime, maxExamples, reportDir, label = 'run' } = options;
  await fs.mkdir(reportDir, { recursive: true });
  const junit = path.join(reportDir, `${label}.junit.xml`);
  const args = [
    'run',
    schemaUrl,
    '--phases',
    'examples,coverage,fuzzing,stateful',
    '--checks',
    CHECKS.join(','),
    '--max-examples',
    String(maxExamples),
    '--max-time',
    String(maxTime),
    // A request slower than the 15 s bound on answers under faults is a finding too (a network error).
    '--request-timeout',
    String(options.requestTimeout ?? 15),
    // One worker: with several, Hypothesis's lambda-source cache races and reports its own crashes as findings.
    '--workers',
    String(options.workers ?? 1),
    // Signing out everywhere would end the run's own session: every later case would only see 401.
    '--exclude-path',
    '/api/v1/auth/logout',
    '--generation-database',
    'none',
    '--suppress-health-check',
    'all',
    '--report',
    'junit',
    '--report-junit-path',
    junit,
    '--no-color',
    '--output-truncate',
    'false',
    ...(options.seed ? ['--seed', options.seed] : []),
    ...(token ? ['-H', `Authorization: Bearer ${token}`] : []),
  ];
  // Run inside the report folder: schemathesis keeps its crash cache in the working directory.
  const cwd = path.join(reportDir, label);
  await fs.mkdir(cwd, { recursive: true });
  const { code, output } = await spawnCollect(st, args, cwd, (maxTime + 300) * 1000, options.onOutput);
  await fs.writeFile(path.join(reportDir, `${label}.log`), output);
  const report = await fs.readFile(junit, 'utf8').catch(() => '');
  const generated = Number(/(\d+) generated/.exec(output)?.[1] ?? NaN);
  const seed = /^Seed: (\d+)/m.exec(output)?.[1] ?? options.seed ?? null;
  const failures = parseJunit(report);
  // Without a report, whatever stopped schemathesis (bad schema, unreachable app) is itself the finding.
  if (!report) failures.push({ operation: '(run)', kind: 'error', message: output.split('\n').slice(-40).join('\n') });
  return { exitCode: code, generated, seed, failures, output };
}

/** `<testcase name="GET /x"><failure message="ST103">…</failure></testcase>` → one finding per failure or error. */
export function parseJunit(xml) {
  const findings = [];
  for (const match of xml.matchAll(/<testcase name="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = match[2] ?? '';
    for (const f of body.matchAll(/<(failure|error)\b[^>]*?(?:message="([^"]*)")?[^>]*>([\s\S]*?)<\/\1>/g)) {
      findings.push({
        operation: unescapeXml(match[1]),
        kind: f[1],
        codes: unescapeXml(f[2] ?? ''),
        message: unescapeXml(f[3]).trim(),
      });
    }
  }
  return findings;
}

function unescapeXml(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

function spawnCollect(file, args, cwd, timeoutMs, onOutput) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
    });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      onOutput?.(String(chunk));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal, output });
    });
  });
}
