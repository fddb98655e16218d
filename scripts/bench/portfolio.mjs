// The portfolio phase of `npm run bench`: a national-programme-sized portfolio (portfolio-seed.mjs), then the
// summary, overdue-reports, milestones and at-risk endpoints under N concurrent clients, each beside its floor: the
// very statements the service runs for the same request (read-models/portfolio.js in dist/), through `pg`, at the
// same concurrency, against the same database, in the same run. Also: statements per request (no N+1), and each
// statement's plan once (EXPLAIN ANALYZE, full text in .data/bench-portfolio-explain.txt). Figures only.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import argon2 from 'argon2';
import pg from 'pg';
import { stopLoad } from './abort.mjs';
import { cpuSnapshot } from './breakdown.mjs';
import { REGIONS, seedPortfolio } from './portfolio-seed.mjs';
import { runConcurrent, summarize } from './stats.mjs';
import { request, signIn } from './workload.mjs';

const PASSWORD = 'bench-password';
const LIMIT = 20;
// PostgreSQL (15+) flushes a backend's statistics when it goes idle at most once a second, else within 10 s.
const STATS_FLUSH_WAIT_MS = 11_500;
const STATEMENT_SAMPLE = 50;
const COUNTER_TABLES = ['portfolio_proposal_counts', 'portfolio_grant_counts', 'portfolio_indicator_totals'];

/**
 * @param {{ root: string, databaseUrl: string, baseUrl: string, pids: Record<string, number>, log: (m: string) => void,
 *           config: { proposals: number, grants: number, concurrency: number, requests: number, warmup: number, serial: number } }} options
 */
export async function runPortfolioPhase({ root, databaseUrl, baseUrl, pids, log, config }) {
  const require = createRequire(path.join(root, 'package.json'));
  const queries = require(path.join(root, 'dist/libs/persistence/src/read-models/portfolio.js'));
  const domain = require(path.join(root, 'dist/libs/domain/src/index.js'));
  const tag = randomBytes(3).toString('hex');
  const passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id });

  log(`portfolio: seeding ${config.proposals} proposals and ${config.grants} grants ...`);
  const seed = await seedPortfolio({
    url: databaseUrl,
    proposals: config.proposals,
    grants: config.grants,
    tag,
    passwordHash,
    rubric: domain.EXAMPLE_RUBRIC,
    durations: domain.DEFAULT_ROUND_DURATIONS,
  });
  log(`  seeded in ${(seed.ms / 1000).toFixed(1)} s`);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: config.concurrency, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {});
  try {
    const compaction = await compactCounters(pool);
    const token = await managerToken(pool, baseUrl, tag, passwordHash);
    const endpoints = defineEndpoints(queries, seed.roundIds, baseUrl, token, pool);
    const agreement = await compareWithFloor(endpoints);
    log('portfolio: EXPLAIN (ANALYZE, BUFFERS) of every statement, once per filter ...');
    const plans = await explainAll(pool, queries, seed.roundIds, path.join(root, '.data/bench-portfolio-explain.txt'));
    log(
      `portfolio: statements per request (${STATEMENT_SAMPLE} sequential requests each, ~${Math.round((STATS_FLUSH_WAIT_MS * endpoints.length) / 1000)} s) ...`,
    );
    const statements = await statementsPerRequest(pool, endpoints);
    const background = await backgroundLoad();

    const { requests: n, warmup: w, concurrency: c } = config;
    const runs = [];
    for (const endpoint of endpoints) {
      log(`portfolio: ${endpoint.name}: ${w} warm-up + ${n} timed via HTTP, then the same through pg ...`);
      const shapes = { min: Infinity, max: -Infinity };
      const api = async (i) => {
        const size = await endpoint.http(i);
        shapes.min = Math.min(shapes.min, size);
        shapes.max = Math.max(shapes.max, size);
      };
      await runConcurrent(w, c, api);
      let before = cpuSnapshot(pids);
      const http = await runConcurrent(n, c, api);
      const cpu = cpuShares(before, cpuSnapshot(pids));
      await runConcurrent(w, c, endpoint.floor);
      before = cpuSnapshot(pids);
      const floor = await runConcurrent(n, c, endpoint.floor);
      const floorCpu = cpuShares(before, cpuSnapshot(pids));
      // One client: the time a request takes when it never waits for another (no queueing).
      const serial = {
        http: await runConcurrent(config.serial, 1, api),
        floor: await runConcurrent(config.serial, 1, endpoint.floor),
      };
      runs.push({ endpoint, http, floor, serial, cpu, floorCpu, shapes });
    }
    return { seed, compaction, agreement, plans, statements, background, runs, config };
  } finally {
    await pool.end().catch(() => {});
  }
}

/**
 * The bulk load leaves the counter tables' pages full of dead versions (every counter row was updated thousands
 * of times in a few transactions); autovacuum would reclaim them but not shrink the files, so a seq scan of a
 * few hundred rows would read a thousand pages. VACUUM FULL gives them the size a steady state has.
 */
async function compactCounters(pool) {
  const size = async () =>
    (
      await pool.query(
        `SELECT relname, pg_relation_size(relid)::bigint / 8192 AS pages, n_live_tup AS live FROM pg_stat_user_tables WHERE relname = ANY($1) ORDER BY relname`,
        [COUNTER_TABLES],
      )
    ).rows;
  const before = await size();
  await pool.query(`VACUUM (FULL, ANALYZE) ${COUNTER_TABLES.join(', ')}`);
  const after = await size();
  return before.map((b, i) => `${b.relname} ${b.pages} → ${after[i].pages} pages (${b.live} rows)`);
}

/** A programme manager of our own (inserted with an argon2id hash) signed in through the API. */
async function managerToken(pool, baseUrl, tag, passwordHash) {
  const email = `portfolio-pm-${tag}@bench.test`;
  await pool.query(
    `INSERT INTO users (email, password_hash, display_name, roles, organization_id, language, active)
     VALUES ($1, $2, 'Bench programme manager', ARRAY['program_manager'], NULL, 'fr', true)`,
    [email, passwordHash],
  );
  return signIn(baseUrl, { email, password: PASSWORD });
}

/**
 * Each endpoint: the HTTP request for load index i, and its floor for the same i: what PortfolioService runs for
 * that request, statement for statement (same SQL text, same parameters, same order and parallelism).
 * http() and floor() resolve with the size of the answer (rows / rounds), so empty pages would show.
 */
function defineEndpoints(q, roundIds, baseUrl, token, pool) {
  const regionAt = (i) => (i % 7 === 0 ? null : REGIONS[(i % 7) - 1]);
  const qs = (params) => {
    const s = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined)).toString();
    return s ? `?${s}` : '';
  };
  const get = async (url) => {
    const answer = await request(baseUrl, 'GET', url, { token });
    if (answer.status !== 200)
      throw new Error(`GET ${url.split('?')[0]}: HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
    return answer.body;
  };
  // Summary: the whole fund, one region, one round, one region of one round, in turn.
  const summaryAt = (i) => {
    const kind = i % 4;
    const j = Math.floor(i / 4);
    return {
      roundId: kind >= 2 ? roundIds[j % roundIds.length] : null,
      region: kind % 2 ? REGIONS[j % REGIONS.length] : null,
    };
  };
  // The service's one statement: figures and rounds together.
  const summaryRounds = async (i) => {
    const { roundId, region } = summaryAt(i);
    const { rows } = await pool.query(q.SUMMARY.counters, [roundId, region]);
    return rows[0].rounds;
  };
  const summaryFloor = async (i) => (await summaryRounds(i)).length;

  // Lists: the whole portfolio, then each region in turn; first page of 20 (the service asks for 21).
  const list = (name, route, sql, fixed) => {
    const paramsAt = (i) => ({ ...fixed, region: regionAt(i) });
    return {
      name,
      describe: `${route}?${new URLSearchParams({ ...fixed, limit: String(LIMIT) })}, region none or each of 6 in turn`,
      paramsAt,
      http: async (i) => (await get(`/api/v1/portfolio/${route}${qs({ ...paramsAt(i), limit: LIMIT })}`)).items.length,
      floor: async (i) => {
        const p = paramsAt(i);
        const { rows } = await pool.query(sql, [null, p.region, null, null, p.status ?? null, null, null, LIMIT + 1]);
        return Math.min(rows.length, LIMIT);
      },
      firstPage: async (i) => {
        const p = paramsAt(i);
        const api = (await get(`/api/v1/portfolio/${route}${qs({ ...p, limit: LIMIT })}`)).items;
        const { rows } = await pool.query(sql, [null, p.region, null, null, p.status ?? null, null, null, LIMIT + 1]);
        const key = { 'overdue-reports': 'reportId', milestones: 'milestoneId', 'at-risk': 'grantId' }[route];
        return { api: api.map((x) => x[key]), floor: rows.slice(0, LIMIT).map((r) => r.id) };
      },
      variants: 7,
    };
  };
  return [
    {
      name: 'summary',
      describe: 'summary: whole fund / ?region= / ?roundId= / ?roundId=&region=, in turn',
      http: async (i) => (await get(`/api/v1/portfolio/summary${qs(summaryAt(i))}`)).rounds.length,
      floor: summaryFloor,
      firstPage: async (i) => ({
        api: (await get(`/api/v1/portfolio/summary${qs(summaryAt(i))}`)).rounds.map((r) => r.roundId),
        floor: (await summaryRounds(i)).map((r) => r.id),
      }),
      variants: 4 * REGIONS.length * roundIds.length,
    },
    list('overdue reports', 'overdue-reports', q.OVERDUE_REPORTS, {}),
    list('milestones (late)', 'milestones', q.MILESTONES, { status: 'late' }),
    list('at risk', 'at-risk', q.AT_RISK, {}),
  ];
}

/** Every distinct request once through the API and once through pg: the same rows in the same order. */
async function compareWithFloor(endpoints) {
  const lines = [];
  for (const endpoint of endpoints) {
    let same = 0;
    const differing = [];
    const count = Math.min(endpoint.variants, 28);
    for (let i = 0; i < count; i++) {
      const { api, floor } = await endpoint.firstPage(i);
      if (JSON.stringify(api) === JSON.stringify(floor)) same += 1;
      else differing.push(i);
    }
    lines.push(
      `${endpoint.name}: ${same}/${count} requests gave the floor's rows` +
        (differing.length ? ` (differ: #${differing.join(', #')})` : ''),
    );
  }
  return lines;
}

/**
 * Transactions committed in the database per request, over STATEMENT_SAMPLE sequential requests: outside a
 * transaction each statement is one. Includes the JWT strategy's reload of the user (1 per request).
 */
async function statementsPerRequest(pool, endpoints) {
  const read = async () =>
    Number(
      (await pool.query('SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()')).rows[0]
        .xact_commit,
    );
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const results = [];
  // Whatever other connections have not reported yet (the checks above) is flushed first.
  await sleep(STATS_FLUSH_WAIT_MS);
  let before = await read();
  // One request of each kind: the summary of the whole fund, the first page of each list for the whole portfolio.
  for (const endpoint of endpoints) {
    if (stopLoad.signal.aborted) throw new Error('stopped early');
    for (let k = 0; k < STATEMENT_SAMPLE; k++) await endpoint.http(0);
    await sleep(STATS_FLUSH_WAIT_MS);
    const after = await read();
    // The previous read's own transaction is counted in this window.
    results.push([endpoint.name, (after - before - 1) / STATEMENT_SAMPLE]);
    before = after;
  }
  return results;
}

/** Cores busy on the machine over one idle second: other processes (tests, builds) sharing the CPUs. */
async function backgroundLoad() {
  const before = cpuSnapshot({});
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const after = cpuSnapshot({});
  return (after.machine.busy - before.machine.busy) / 100 / ((after.at - before.at) / 1000);
}

function cpuShares(before, after) {
  const seconds = (after.at - before.at) / 1000;
  const cores = (ticks) => ticks / 100 / seconds;
  const machine = cores(after.machine.busy - before.machine.busy);
  const parts = Object.fromEntries(
    Object.keys(before.processes).map((name) => [name, cores(after.processes[name] - before.processes[name])]),
  );
  const known = Object.values(parts).reduce((sum, v) => sum + (Number.isFinite(v) ? v : 0), 0);
  return { machine, parts, rest: Math.max(0, machine - known) };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each statement, for the filters the load uses: planning and execution time and
 * the plan's scans in one line each; the full plans go to `file`.
 */
async function explainAll(pool, q, roundIds, file) {
  const cases = [];
  const listParams = (region, status = null) => [null, region, null, null, status, null, null, LIMIT + 1];
  for (const region of [null, ...REGIONS]) {
    const where = region ? `region=${region}` : 'all regions';
    cases.push(['overdue reports', where, q.OVERDUE_REPORTS, listParams(region)]);
    cases.push(['milestones (late)', where, q.MILESTONES, listParams(region, 'late')]);
    cases.push(['at risk', where, q.AT_RISK, listParams(region)]);
  }
  for (const [where, roundId, region] of [
    ['whole fund', null, null],
    ['region=conakry', null, 'conakry'],
    ['one round', roundIds[0], null],
  ]) {
    cases.push(['summary (one statement)', where, q.SUMMARY.counters, [roundId, region]]);
  }
  const text = [];
  const byStatement = new Map();
  const client = await pool.connect();
  try {
    for (const [name, where, sql, params] of cases) {
      // Twice: the first run warms the cache; the second is the one reported.
      await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
      const [plan] = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params)).rows[0][
        'QUERY PLAN'
      ];
      const readable = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      text.push(`=== ${name} — ${where}\n${readable}\n`);
      const entry = {
        where,
        planning: plan['Planning Time'],
        execution: plan['Execution Time'],
        buffers: plan.Plan['Shared Hit Blocks'] + plan.Plan['Shared Read Blocks'],
        scans: scansOf(plan.Plan),
      };
      const list = byStatement.get(name) ?? [];
      list.push(entry);
      byStatement.set(name, list);
    }
  } finally {
    client.release();
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text.join('\n'));
  return { file, byStatement: [...byStatement] };
}

/** The plan's scan nodes with the rows they read: where the work is. */
function scansOf(node, out = []) {
  if (/Scan/.test(node['Node Type'])) {
    const rows =
      node['Actual Rows'] * (node['Actual Loops'] ?? 1) +
      (node['Rows Removed by Filter'] ?? 0) * (node['Actual Loops'] ?? 1);
    const loops = node['Actual Loops'] > 1 ? ` ×${node['Actual Loops']}` : '';
    out.push(
      `${node['Node Type'].replace(' Scan', '')} ${node['Index Name'] ?? node['Relation Name'] ?? node['CTE Name']}${loops} (${Math.round(rows)} rows)`,
    );
  }
  for (const child of node.Plans ?? []) scansOf(child, out);
  return out;
}

/** The lines printed under the submission results. */
export function formatPortfolio(result, { formatTable }) {
  const { seed, compaction, agreement, plans, statements, background, runs, config } = result;
  const ms = (v) => `${v.toFixed(2)} ms`;
  const lines = [
    '',
    `Portfolio — ${config.proposals} proposals, ${config.grants} grants, ${config.concurrency} concurrent clients, ` +
      `${config.requests} timed requests per row (after ${config.warmup} warm-up; ${config.serial} for the 1-client rows)`,
    formatTable(
      runs.flatMap(({ endpoint, http, floor, serial }) => [
        [`${endpoint.name} (HTTP)`, summarize(http)],
        [`  floor: same SQL via pg`, summarize(floor)],
        [`  HTTP, 1 client`, summarize(serial.http)],
        [`  floor, 1 client`, summarize(serial.floor)],
      ]),
    ),
    `p99 against the issue's targets (50 ms for the summary, 20 ms for the lists, at ${config.concurrency} clients): ` +
      runs
        .map(({ endpoint, http, serial }) => {
          const target = endpoint.name === 'summary' ? 50 : 20;
          const p99 = summarize(http).p99;
          return `${endpoint.name} ${p99.toFixed(1)} ms ${p99 < target ? 'met' : 'MISSED'} (1 client: ${summarize(serial.http).p99.toFixed(1)} ms)`;
        })
        .join(', '),
    'requests: ' + runs.map(({ endpoint }) => endpoint.describe).join('; '),
    'answers: ' +
      runs
        .map(
          ({ endpoint, shapes }) =>
            `${endpoint.name} ${shapes.min === shapes.max ? shapes.min : `${shapes.min}–${shapes.max}`} ${endpoint.name === 'summary' ? 'rounds' : 'items'}`,
        )
        .join(', '),
    `API vs floor, same rows: ${agreement.join('; ')}`,
    'statements per request (committed transactions ÷ requests; 1 of them is the auth guard reloading the user): ' +
      statements.map(([name, v]) => `${name} ${v.toFixed(2)}`).join(', '),
    `CPU during the timed HTTP runs, cores busy of ${os.cpus().length} (machine = API + bench client + rest, rest being PostgreSQL and other processes; ` +
      `${background.toFixed(2)} busy before the phase while idle):`,
    ...runs.map(({ endpoint, cpu, floorCpu, http, floor }) => {
      const perRequest = (cores, run) => ((cores * run.wallMs) / run.count).toFixed(2);
      return (
        `  ${endpoint.name}: HTTP ${cpu.machine.toFixed(2)} = API ${cpu.parts.API.toFixed(2)} + bench ${cpu.parts.bench.toFixed(2)} + rest ${cpu.rest.toFixed(2)}` +
        ` (per request: API ${perRequest(cpu.parts.API, http)} ms, rest ${perRequest(cpu.rest, http)} ms); ` +
        `floor ${floorCpu.machine.toFixed(2)} = bench ${floorCpu.parts.bench.toFixed(2)} + rest ${floorCpu.rest.toFixed(2)} (per request: rest ${perRequest(floorCpu.rest, floor)} ms)`
      );
    }),
    `seed: ${(seed.ms / 1000).toFixed(1)} s (` +
      seed.steps.map(([name, t]) => `${name} ${(t / 1000).toFixed(1)}`).join(', ') +
      ' s)',
    `rows: ${Object.entries(seed.counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
    ...seed.checks.map((c) => `  ${c}`),
    `counter tables after the bulk load (${seed.deadCounterTuples} dead versions before VACUUM), compacted with VACUUM FULL: ${compaction.join(', ')}`,
    `plans (EXPLAIN ANALYZE once per filter, warm cache; execution ms min–max over the filters; full plans in ${path.relative(process.cwd(), plans.file)}):`,
  ];
  for (const [name, entries] of plans.byStatement) {
    const worst = entries.reduce((a, b) => (b.execution > a.execution ? b : a));
    const exec = entries.map((e) => e.execution);
    lines.push(
      `  ${name}: execution ${Math.min(...exec).toFixed(2)}–${ms(Math.max(...exec))}, planning ≤ ${ms(Math.max(...entries.map((e) => e.planning)))}; ` +
        `worst (${worst.where}, ${worst.buffers} buffers): ${worst.scans.join(', ')}`,
    );
  }
  for (const { endpoint, http, floor } of runs) {
    for (const [label, run] of [
      [endpoint.name, http],
      [`${endpoint.name} floor`, floor],
    ]) {
      if (run.failures.length)
        lines.push(`${label} failures (${run.failures.length}): ${run.failures[0].error?.message}`);
    }
  }
  return lines;
}
