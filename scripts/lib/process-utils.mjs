// Small process, port and file helpers shared by the start scripts. Node built-ins only: these run before dependencies are installed.
import { execFile, spawn } from 'node:child_process';
import { closeSync, createReadStream, openSync, promises as fs } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export { sleep };

/** True while a process with this pid exists (EPERM means it exists but belongs to someone else). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The argv of a running process as one string, or null when it is gone or unreadable. */
export async function commandLineOf(pid) {
  try {
    const raw = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8');
    if (raw) return raw.split('\0').join(' ').trim();
  } catch {
    // No /proc (macOS): ask ps.
  }
  return new Promise((resolve) => {
    execFile('ps', ['-o', 'args=', '-p', String(pid)], (error, stdout) =>
      resolve(error ? null : stdout.trim() || null),
    );
  });
}

export async function waitForPidExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Signals a process that is not our child and waits for it to go, escalating to SIGKILL. */
export async function terminatePid(pid, { signal = 'SIGTERM', graceMs = 10_000 } = {}) {
  const send = (sig) => {
    try {
      process.kill(pid, sig);
    } catch {
      // Already gone.
    }
  };
  send(signal);
  if (await waitForPidExit(pid, graceMs)) return;
  send('SIGKILL');
  await waitForPidExit(pid, 5_000);
}

/** Resolves once a child process has exited (immediately if it already has). */
export function childExited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Stops our own child: `signal`, then SIGKILL after `graceMs`. */
export async function stopChild(child, { signal = 'SIGTERM', graceMs = 10_000 } = {}) {
  const exited = childExited(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = new Promise((resolve) => setTimeout(resolve, graceMs, 'timeout'));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

export function canConnect(port, host = '127.0.0.1', timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Throws a readable error when something already listens on the port (the child would only log EADDRINUSE). */
export async function assertPortFree(port, what, hint = '') {
  const free = await new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free) throw new Error(`Port ${port} (${what}) is already in use.${hint ? ` ${hint}` : ''}`);
}

export async function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Last `maxLines` lines written to a file from byte `start` on, for error messages. */
export async function tailFile(file, start = 0, maxLines = 40) {
  try {
    const { size } = await fs.stat(file);
    const from = Math.max(start, size - 64 * 1024);
    const chunks = [];
    for await (const chunk of createReadStream(file, { start: from })) chunks.push(chunk);
    return lastLines(Buffer.concat(chunks).toString('utf8'), maxLines);
  } catch {
    return '';
  }
}

export function lastLines(text, maxLines = 40) {
  return text.split(/\r?\n/).filter(Boolean).slice(-maxLines).join('\n');
}

/** Keeps the last bytes of a child's output in memory when it has no log file. */
export function captureTail(streams, maxBytes = 16 * 1024) {
  let buffer = '';
  for (const stream of streams) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk) => {
      buffer = (buffer + chunk).slice(-maxBytes);
    });
  }
  return () => buffer;
}

export async function fileExists(file) {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Spawns a server in its own process group (a terminal Ctrl-C must not reach it before the apps have drained),
 * its output appended to `logFile` or kept in memory; `tail()` gives the last lines for error messages.
 */
export async function spawnServer(command, args, { logFile = null, ...options } = {}) {
  let fd;
  let logStart = 0;
  if (logFile) {
    await fs.mkdir(path.dirname(path.resolve(logFile)), { recursive: true });
    fd = openSync(logFile, 'a');
    logStart = (await fs.stat(logFile)).size;
  }
  const child = spawn(command, args, { detached: true, stdio: ['ignore', fd ?? 'pipe', fd ?? 'pipe'], ...options });
  if (fd !== undefined) closeSync(fd);
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) => reject(new Error(`Could not run ${command}: ${error.message}`)));
  });
  const memoryTail = fd === undefined ? captureTail([child.stdout, child.stderr]) : null;
  const tail = async () => (memoryTail ? lastLines(memoryTail()) : tailFile(logFile, logStart));
  return { child, tail };
}

/**
 * A `stop()` that runs once however often it is called, and a last-resort signal to the child if this process
 * exits without calling it (a crashed supervisor must not leave a server holding its port and files).
 */
export function stopper(child, { signal = 'SIGTERM', graceMs = 10_000, after = async () => {} } = {}) {
  const onExit = () => child.kill(signal);
  process.once('exit', onExit);
  let stopping;
  return () =>
    (stopping ??= (async () => {
      process.removeListener('exit', onExit);
      await stopChild(child, { signal, graceMs });
      await after();
    })());
}
