import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every process under `pid` (PostgreSQL's backends are children of its postmaster). */
function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat, after the command name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]) ?? []));
  return tree;
}

export interface OwnServerOptions {
  port: number;
  /** PostgreSQL: the cluster directory (kept between runs; initdb only the first time). */
  dataDir?: string;
  /** Temporal: its SQLite file, so a restart finds every workflow again. */
  dbFile?: string;
}

/**
 * A PostgreSQL or Temporal dev server that belongs to one test file: it may pause it (SIGSTOP on the whole process
 * tree: the server hangs, connections stay open, nothing answers), resume it, and stop and start it again on the
 * same port and data. The jest run's shared servers are never touched.
 */
export class OwnServer {
  private child?: ChildProcess;
  pid = 0;
  url?: string;
  address?: string;
  private paused = false;

  private constructor(
    readonly kind: 'postgres' | 'temporal',
    readonly options: OwnServerOptions,
  ) {}

  static async start(kind: 'postgres' | 'temporal', options: OwnServerOptions): Promise<OwnServer> {
    const server = new OwnServer(kind, options);
    await server.start();
    return server;
  }

  async start(): Promise<void> {
    const script = join(__dirname, 'own-server.mjs');
    const child = spawn(process.execPath, [script, this.kind, JSON.stringify(this.options)], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    const ready = await new Promise<{ url?: string; address?: string; pid: number }>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk) => {
        out += String(chunk);
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line && out.includes('\n')) resolve(JSON.parse(line));
      });
      child.once('exit', (code) =>
        reject(new Error(`${this.kind} exited (${code}) before it was ready:\n${stderr.slice(-3000)}`)),
      );
    });
    Object.assign(this, ready);
  }

  /** The server stops answering but keeps its connections: a hung dependency. */
  pause(): void {
    for (const pid of processTree(this.pid)) process.kill(pid, 'SIGSTOP');
    this.paused = true;
  }

  resume(): void {
    for (const pid of processTree(this.pid)) process.kill(pid, 'SIGCONT');
    this.paused = false;
  }

  /** A clean stop (PostgreSQL's fast shutdown, Temporal's SIGTERM): connections are refused until `start`. */
  async stop(): Promise<void> {
    if (this.paused) this.resume();
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    this.child = undefined;
  }
}
