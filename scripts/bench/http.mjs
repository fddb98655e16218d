// The http phase: what each layer of a request costs, bottom up, at the bench's concurrency and at 1 client. A
// bare Node HTTP server (its own process, no framework), the API's GET /health/live (Nest, Express, logging, no
// guard, no database), GET /api/v1/me (plus the JWT guard and its reload of the user), and that reload alone
// through `pg` (the statement the guard runs). The difference between two rows is what the layer in between costs.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { addRatio, addRow } from './report.mjs';
import * as stats from './stats.mjs';
import * as work from './workload.mjs';
import { stopLoad } from './abort.mjs';

const BARE_SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  const body = '{"status":"ok"}';
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

async function startBareServer() {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
    child.once('exit', (code) => reject(new Error(`the bare HTTP server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function get(url, token) {
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.any([AbortSignal.timeout(30_000), stopLoad.signal]),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${new URL(url).pathname}: HTTP ${response.status}`);
}

/** @returns {Promise<{ lines: string[], failed: boolean }>} */
export async function runHttpPhase({ config, state, baseUrl, pool, log, passwordHash }) {
  const databaseUrl = state.db.url;
  const { httpRequests: n, concurrency: c, warmup: w, serial: s } = config;
  const [applicant] = await work.createApplicants(pool, 1, passwordHash);
  const token = await work.signIn(baseUrl, applicant);
  const { rows } = await pool.query('SELECT id FROM users WHERE email = $1', [applicant.email]);
  const userId = rows[0].id;
  // The guard's statement (TypeORM's findOne of the user by id): one round trip, through a pool as big as the
  // concurrency (the API's own is DB_POOL_SIZE, 20), every connection opened before the timing starts.
  const floorPool = new pg.Pool({ connectionString: databaseUrl, max: c });
  floorPool.on('error', () => {});
  await Promise.all(Array.from({ length: c }, () => floorPool.query('SELECT 1')));
  const guardFloor = () => floorPool.query('SELECT * FROM users WHERE id = $1 LIMIT 1', [userId]);
  const bare = await startBareServer();
  const runs = [];
  try {
    for (const [label, op] of [
      ['bare Node http (no framework)', () => get(bare.url)],
      ['GET /health/live (Nest, no auth, no DB)', () => get(`${baseUrl}/health/live`)],
      ['GET /api/v1/me (JWT guard + user reload)', () => get(`${baseUrl}/api/v1/me`, token)],
      ["  floor: the guard's user SELECT via pg", guardFloor],
    ]) {
      log(`http: ${label}: ${w} warm-up, ${n} at ${c} clients, ${s} at 1 client ...`);
      await stats.runConcurrent(w, c, op);
      runs.push([label, { loaded: await stats.runConcurrent(n, c, op), serial: await stats.runConcurrent(s, 1, op) }]);
    }
  } finally {
    bare.stop();
    await floorPool.end().catch(() => {});
  }
  const table = runs.flatMap(([label, { loaded, serial }]) => {
    const [a, b] = [stats.summarize(loaded), stats.summarize(serial)];
    addRow('http', label.trim(), c, a);
    addRow('http', `${label.trim()}, 1 client`, 1, b);
    return [
      [label, a],
      [`${label.startsWith('  ') ? '  ' : ''}  1 client`, b],
    ];
  });
  const p50 = (i) => stats.summarize(runs[i][1].serial).p50;
  const layers = [
    ['Nest + Express + logging over bare Node', p50(1) - p50(0)],
    ['JWT guard + user reload over /health/live', p50(2) - p50(1)],
    ['of which the user SELECT alone', p50(3)],
  ];
  for (const [name, value] of layers) addRatio('http', `${name} (p50 ms, 1 client)`, value);
  const failed = runs.some(([, r]) => r.loaded.failures.length || r.serial.failures.length);
  const lines = [
    '',
    `HTTP layers — ${n} requests at ${c} clients, ${s} at 1 client per row (keep-alive, one user's token for /me)`,
    stats.formatTable(table),
    'what each layer adds, p50 at 1 client: ' + layers.map(([name, v]) => `${name} ${v.toFixed(2)} ms`).join('; '),
  ];
  for (const [label, r] of runs) {
    for (const [kind, run] of [
      ['', r.loaded],
      [' (1 client)', r.serial],
    ]) {
      if (run.failures.length)
        lines.push(
          `${label.trim()}${kind} failures (${run.failures.length}):`,
          ...stats.describeFailures(run.failures),
        );
    }
  }
  return { lines, failed };
}
