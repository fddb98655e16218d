// The benchmark's operations: applicant setup, the submission under test, and the two floors it is compared with.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import argon2 from 'argon2';
import pg from 'pg';
import { stopLoad } from './abort.mjs';

const REQUEST_TIMEOUT_MS = 60_000;
const DEMO_ROUND = 'Community Safety Fund — demo call';
const PASSWORD = 'bench-password';

/** One JSON request to the API; resolves with status and parsed body whatever the status. */
export async function request(baseUrl, method, path, { token, body } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.any([AbortSignal.timeout(REQUEST_TIMEOUT_MS), stopLoad.signal]),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed };
}

/** An Error whose message says what came back, short enough to group identical failures. */
function unexpected(what, { status, body }) {
  const detail = body && typeof body === 'object' ? (body.code ?? body.title ?? JSON.stringify(body)) : String(body);
  return Object.assign(new Error(`${what}: HTTP ${status} ${String(detail).slice(0, 300)}`), { status, body });
}

/** The open round DemoSeedService creates (DEMO_SEED=true); the newest one if a reused database has several. */
export async function demoRoundId(pool) {
  const { rows } = await pool.query('SELECT id FROM rounds WHERE name_en = $1 ORDER BY created_at DESC LIMIT 1', [
    DEMO_ROUND,
  ]);
  if (!rows.length)
    throw new Error(`the demo round "${DEMO_ROUND}" is missing: was the API started with DEMO_SEED=true?`);
  return rows[0].id;
}

/**
 * `count` organisations with one applicant each, written in one transaction: an organisation may have only one
 * open proposal per round, so every submission needs its own. One argon2id hash serves every user (hashing is
 * deliberately slow); it must be made with the service's parameters (`passwordHashFor`), else every first sign-in
 * also rehashes and writes the password.
 * @returns {Promise<{ email: string, password: string }[]>}
 */
export async function createApplicants(pool, count, passwordHash) {
  const tag = randomUUID().slice(0, 8);
  const orgIds = Array.from({ length: count }, () => randomUUID());
  const names = orgIds.map((_, i) => `Bench association ${tag}-${i}`);
  const emails = orgIds.map((_, i) => `bench-${tag}-${i}@bench.test`);
  const hash = passwordHash ?? (await passwordHashFor()).hash;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO organizations (id, name, type, region, commune, phone, status)
       SELECT id, name, 'womens_association', 'conakry', 'matoto', '+224620000000', 'verified'
       FROM unnest($1::uuid[], $2::text[]) AS t(id, name)`,
      [orgIds, names],
    );
    await client.query(
      `INSERT INTO users (email, password_hash, display_name, roles, organization_id, language, active)
       SELECT email, $3, 'Bench applicant', ARRAY['applicant'], org, 'fr', true
       FROM unnest($1::text[], $2::uuid[]) AS t(email, org)`,
      [emails, orgIds, hash],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return emails.map((email) => ({ email, password: PASSWORD }));
}

/**
 * The bench password hashed with the argon2id parameters the service issues (ARGON2_OPTIONS in the built API), so
 * a sign-in costs exactly one verification, as for any account in use.
 */
export async function passwordHashFor(root = new URL('../..', import.meta.url).pathname) {
  const { ARGON2_OPTIONS } = createRequire(path.join(root, 'package.json'))(
    path.join(root, 'dist/apps/api/src/auth/passwords.js'),
  );
  return { hash: await argon2.hash(PASSWORD, ARGON2_OPTIONS), options: ARGON2_OPTIONS, password: PASSWORD };
}

/** @returns {Promise<string>} an access token */
export async function signIn(baseUrl, { email, password }) {
  const answer = await request(baseUrl, 'POST', '/api/v1/auth/login', { body: { email, password } });
  if (answer.status !== 200 || !answer.body?.accessToken) throw unexpected('login', answer);
  return answer.body.accessToken;
}

/** @returns {Promise<string>} the new draft's id */
export async function createDraft(baseUrl, token, roundId) {
  const answer = await request(baseUrl, 'POST', '/api/v1/proposals', { token, body: proposalBody(roundId) });
  if (answer.status !== 201 || answer.body?.status !== 'draft') throw unexpected('create draft', answer);
  return answer.body.id;
}

/** The operation under test: must answer 200 with the proposal in `screening`. @returns {Promise<string>} its workflow id */
export async function submitDraft(baseUrl, token, proposalId) {
  const answer = await request(baseUrl, 'POST', `/api/v1/proposals/${proposalId}/submit`, { token });
  if (answer.status !== 200 || answer.body?.status !== 'screening') throw unexpected('submit', answer);
  return answer.body.workflowId;
}

/** What the database says after the run: every submitted proposal in screening with its audit trail. */
export async function verifySubmissions(pool, proposalIds) {
  const statuses = await pool.query(
    'SELECT status, count(*)::int AS n FROM proposals WHERE id = ANY($1::uuid[]) GROUP BY status',
    [proposalIds],
  );
  const audits = await pool.query(
    `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ANY($1::uuid[]) AND action = 'proposal.screening_started'`,
    [proposalIds],
  );
  return { statuses: Object.fromEntries(statuses.rows.map((r) => [r.status, r.n])), screeningAudits: audits.rows[0].n };
}

/**
 * Floor A: a bare workflow start, the least any submission costs on the Temporal side. Nothing polls
 * `bench-floor`, so only the server's work is timed; the runs stay open in the in-memory dev server.
 */
export function startNoopWorkflow(client) {
  return client.workflow.start('benchNoopWorkflow', {
    taskQueue: 'bench-floor',
    workflowId: `bench-floor-${randomUUID()}`,
    args: [],
  });
}

/**
 * Floor B: a committed single-row insert through a pool as big as the concurrency. A plain table rather than a
 * TEMP one, which each pooled connection would see as its own; dropped by `close()`.
 */
export async function openInsertFloor(databaseUrl, concurrency) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {});
  await pool.query('DROP TABLE IF EXISTS bench_floor');
  await pool.query('CREATE TABLE bench_floor (id uuid PRIMARY KEY, payload jsonb NOT NULL)');
  // Open every connection now, so connection set-up is not timed as an insert.
  await Promise.all(Array.from({ length: concurrency }, () => pool.query('SELECT 1')));
  return {
    insert: (n) =>
      pool.query('INSERT INTO bench_floor (id, payload) VALUES ($1, $2)', [
        randomUUID(),
        { n, action: 'proposal.submitted', note: 'benchmark floor row, about the size of an audit event' },
      ]),
    close: async () => {
      await pool.query('DROP TABLE IF EXISTS bench_floor').catch(() => {});
      await pool.end();
    },
  };
}

/** A complete, eligible proposal: the DESIGN §5 example, shared with the tests. */
const EXAMPLE_PROPOSAL = JSON.parse(
  readFileSync(new URL('../../test/fixtures/example-proposal.json', import.meta.url), 'utf8'),
);

export function proposalBody(roundId) {
  return { roundId, ...structuredClone(EXAMPLE_PROPOSAL) };
}
