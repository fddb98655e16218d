// Finding and running outside programs (Python, the Temporal binaries). Node built-ins only.
import { spawn } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';

export const EXE = process.platform === 'win32' ? '.exe' : '';

export async function findPython() {
  for (const name of ['python3', 'python']) {
    const file = await findOnPath(name + EXE);
    if (file && /Python 3\./.test(await run(file, ['--version'], 15_000).catch(() => ''))) return file;
  }
  return null;
}

export async function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.resolve(dir, name);
    if (await isExecutable(file)) return file;
  }
  return null;
}

export async function isExecutable(file) {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return false;
    await fs.access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command, resolving with its stdout; rejects with the tail of stdout+stderr when it fails. */
export function run(file, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(stdout);
      const tail = output.trim().split('\n').slice(-15).join('\n');
      reject(new Error(`exit ${code ?? signal}${tail ? `\n${tail}` : ''}`));
    });
  });
}
