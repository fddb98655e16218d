import { Client as TemporalClient, Connection } from '@temporalio/client';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { proposalWorkflowId } from '@csf/temporal';
import { dataSourceOptions, runMigrations } from '@csf/persistence';
import { ExpiredRecordsCleanup } from '../../apps/api/src/common/expired-records.cleanup';
import { requestFingerprint } from '../../apps/api/src/common/idempotency.interceptor';
import { HttpResult, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { proposalBody } from '../support/factory';
import { OwnServer } from '../support/own-servers';
import { ReviewFlow } from '../support/review-flow';

const root = join(__dirname, '../..');
/** What the issue promises: an answer within 15 s whatever hangs (REQUEST_TIMEOUT is 10 s by default). */
const BOUND_MS = 15_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL and Temporal hung (SIGSTOP of the real processes), stopped and restarted, under the real API and worker:
 * every answer is a 503 problem+json with Retry-After within 15 s (never a 401 or a 500, never a hang), and a command
 * retried afterwards with its Idempotency-Key happens exactly once. This file runs its own PostgreSQL and Temporal:
 * the shared ones of the jest run serve other test files in parallel.
 */
describe('bounded answers under faults (e2e)', () => {
  let pg: OwnServer;
  let temporal: OwnServer;
  let app: TestApp;
  let flow: ReviewFlow;
  let workflows: TemporalClient;
  let temporalConnection: Connection;
  // Per run, so two runs at once (two people, or `npm test` beside a single file) never share a server.
  const run = randomBytes(4).toString('hex');
  const dbFile = join(root, `.data/test-faults-${run}/temporal.db`);
  const dataDir = join(root, `.data/test-faults-${run}/postgres`);

  beforeAll(async () => {
    [pg, temporal] = await Promise.all([
      freePort().then((port) => OwnServer.start('postgres', { port, dataDir })),
      freePort().then((port) => OwnServer.start('temporal', { port, dbFile })),
    ]);
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS csf_faults WITH (FORCE)');
    await admin.query('CREATE DATABASE csf_faults');
    await admin.end();
    const url = new URL(pg.url!);
    url.pathname = '/csf_faults';
    const migrator = await new DataSource(dataSourceOptions(url.toString())).initialize();
    await runMigrations(migrator);
    await migrator.destroy();

    app = await TestApp.start({
      DATABASE_URL: url.toString(),
      TEMPORAL_ADDRESS: temporal.address!,
      REQUEST_TIMEOUT: '',
      IDEMPOTENCY_TTL: '',
      // Every request checks its bearer against PostgreSQL here, as for a user this process has not seen lately: a
      // cached user would let GET /me answer 200 without touching the database that the tests hang or stop.
      AUTH_USER_CACHE_TTL: '0s',
    });
    flow = await ReviewFlow.create(app);
    temporalConnection = await Connection.connect({ address: temporal.address });
    workflows = new TemporalClient({ connection: temporalConnection, namespace: 'default' });
  }, 180_000);

  afterAll(async () => {
    pg?.resume();
    temporal?.resume();
    await app?.stop();
    await temporalConnection?.close();
    await Promise.all([pg?.stop(), temporal?.stop()]);
    await rm(join(root, `.data/test-faults-${run}`), { recursive: true, force: true });
  }, 60_000);

  async function draft() {
    const applicant = await flow.applicant();
    const created = await app.request('POST', '/proposals', {
      token: applicant.token,
      body: proposalBody(flow.roundId),
    });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, token: applicant.token };
  }

  async function timed(send: () => Promise<HttpResult>) {
    const started = Date.now();
    const res = await send();
    return { ...res, ms: Date.now() - started };
  }

  function expectUnavailable(res: HttpResult & { ms: number }) {
    expect({ status: res.status, code: res.body?.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.ms).toBeLessThan(BOUND_MS);
  }

  /** A client that honours Retry-After: sends the same request (same key) until it is no longer 503 or 409 in progress. */
  async function retried(send: () => Promise<HttpResult>, timeoutMs = 45_000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const res = await send();
      const again = res.status === 503 || res.body?.code === 'IDEMPOTENCY_KEY_IN_PROGRESS';
      if (!again || Date.now() > until) return res;
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(Number(res.headers.get('retry-after') ?? 1), 5) * 1000),
      );
    }
  }

  /** Exactly one submission: the counter, the audit trail and Temporal all say so. */
  async function expectSubmittedOnce(id: string) {
    await eventually(
      async () =>
        (await app.dataSource.query('SELECT status FROM proposals WHERE id = $1', [id]))[0].status === 'screening',
    );
    const [row] = await app.dataSource.query('SELECT submission_count FROM proposals WHERE id = $1', [id]);
    expect(row.submission_count).toBe(1);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE entity_id = $1 AND action = 'proposal.submitted'`,
      [id],
    );
    expect(count).toBe(1);
    const runs = [];
    for await (const run of workflows.workflow.list({ query: `WorkflowId = '${proposalWorkflowId(id)}'` }))
      runs.push(run);
    expect(runs).toHaveLength(1);
  }

  describe('idempotency keys', () => {
    const claim = (actorId: string, key: string, hash: string, leaseSeconds: number) =>
      app.dataSource.query(
        `INSERT INTO idempotency_keys (actor_id, key, method, path, request_hash, state, lease_token, lease_until, expires_at)
         VALUES ($1, $2, 'POST', '/api/v1/proposals', $3, 'in_progress', gen_random_uuid(), now() + $4 * interval '1 second', now() + interval '1 day')`,
        [actorId, key, hash, leaseSeconds],
      );

    it('frees the key of a request whose process died once its lease has run out; a live one keeps it', async () => {
      const applicant = await flow.applicant();
      const body = proposalBody(flow.roundId, { title: 'Éclairage du marché de Madina' });
      const hash = requestFingerprint(process.env.JWT_SECRET!, 'POST', '/api/v1/proposals', body);
      const send = (key: string) =>
        app.request('POST', '/proposals', { token: applicant.token, body, headers: { 'idempotency-key': key } });

      // What an API killed mid-request leaves behind: a claim nobody renews any more.
      await claim(applicant.userId, 'killed-mid-request', hash, -1);
      const rerun = await send('killed-mid-request');
      expect(rerun.status).toBe(201);
      const replay = await send('killed-mid-request');
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body.id).toBe(rerun.body.id);

      // A request still in flight (its lease renewed) keeps the key: the second one waits, nothing runs twice.
      await claim(applicant.userId, 'still-running', hash, 20);
      const second = await send('still-running');
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
      const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM proposals WHERE title = $1`, [
        'Éclairage du marché de Madina',
      ]);
      expect(count).toBe(1);
    });

    it('expires keys and their answers after IDEMPOTENCY_TTL; the cleanup job deletes them in batches', async () => {
      const applicant = await flow.applicant();
      const body = proposalBody(flow.roundId);
      const first = await app.request('POST', '/proposals', {
        token: applicant.token,
        body,
        headers: { 'idempotency-key': 'expiring-key' },
      });
      expect(first.status).toBe(201);
      const [row] = await app.dataSource.query(
        `SELECT extract(epoch FROM expires_at - created_at)::int AS ttl FROM idempotency_keys WHERE actor_id = $1 AND key = 'expiring-key'`,
        [applicant.userId],
      );
      expect(Math.abs(row.ttl - 24 * 3600)).toBeLessThan(5);

      // A day later the key means nothing any more: the same request is a new command, another body is not refused.
      await app.dataSource.query(
        `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE actor_id = $1`,
        [applicant.userId],
      );
      const again = await app.request('POST', '/proposals', {
        token: applicant.token,
        body,
        headers: { 'idempotency-key': 'expiring-key' },
      });
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBeNull();
      expect(again.body.id).not.toBe(first.body.id);

      await app.dataSource.query(
        `INSERT INTO idempotency_keys (actor_id, key, method, path, request_hash, state, expires_at)
         SELECT $1, 'old-' || i, 'POST', '/x', 'h', 'completed', now() - interval '1 hour' FROM generate_series(1, 2500) i`,
        [applicant.userId],
      );
      await app.dataSource.query(
        `INSERT INTO attempt_counters (scope, subject, failures, window_started_at, expires_at)
         VALUES ('test', 'expired', 3, now() - interval '2 days', now() - interval '1 day'), ('test', 'current', 3, now(), now() + interval '1 day')`,
      );
      const removed = await app.api.get(ExpiredRecordsCleanup).run();
      expect(removed?.idempotency_keys).toBeGreaterThanOrEqual(2500);
      expect(removed?.attempt_counters).toBeGreaterThanOrEqual(1);
      const left = await app.dataSource.query(`SELECT key FROM idempotency_keys WHERE actor_id = $1`, [
        applicant.userId,
      ]);
      expect(left).toEqual([{ key: 'expiring-key' }]);
      const counters = await app.dataSource.query(`SELECT subject FROM attempt_counters WHERE scope = 'test'`);
      expect(counters).toEqual([{ subject: 'current' }]);
    });
  });

  it('answers 503 within 15 s while PostgreSQL hangs, never 401 or 500; the submit retried with its key happens once', async () => {
    const proposal = await draft();
    const submit = () =>
      app.request('POST', `/proposals/${proposal.id}/submit`, {
        token: proposal.token,
        headers: { 'idempotency-key': 'submit-while-pg-hangs' },
      });

    pg.pause();
    try {
      const answers = await Promise.all([
        timed(() => app.request('GET', '/me', { token: proposal.token })),
        timed(() => app.request('GET', '/proposals', { token: proposal.token })),
        timed(submit),
        timed(() =>
          app.request('POST', '/proposals', {
            token: proposal.token,
            body: proposalBody(flow.roundId),
            headers: { 'idempotency-key': 'draft-while-pg-hangs' },
          }),
        ),
        timed(() =>
          app.request('POST', '/auth/login', { body: { email: 'someone@example.org', password: 'whatever-it-is' } }),
        ),
      ]);
      for (const answer of answers) expectUnavailable(answer);
      const ready = await timed(() => app.request('GET', '/health/ready'));
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(BOUND_MS);
    } finally {
      pg.resume();
    }

    const after = await retried(submit);
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('screening');
    const replay = await submit();
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    await expectSubmittedOnce(proposal.id);
  }, 90_000);

  it('answers a submit within 15 s while Temporal hangs, refuses a second one with the same key meanwhile, and submits once', async () => {
    const proposal = await draft();
    const submit = () =>
      app.request('POST', `/proposals/${proposal.id}/submit`, {
        token: proposal.token,
        headers: { 'idempotency-key': 'submit-while-temporal-hangs' },
      });

    temporal.pause();
    try {
      const first = timed(submit);
      // The first one is in flight (its claim is in the table): the same key is refused, not run a second time.
      await eventually(
        async () =>
          (await app.dataSource.query(`SELECT 1 FROM idempotency_keys WHERE key = 'submit-while-temporal-hangs'`))
            .length > 0,
      );
      const second = await submit();
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
      expectUnavailable(await first);
      const ready = await timed(() => app.request('GET', '/health/ready'));
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(BOUND_MS);
    } finally {
      temporal.resume();
    }

    const after = await retried(submit);
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('screening');
    await expectSubmittedOnce(proposal.id);
  }, 90_000);

  it('answers 503 while PostgreSQL is stopped, and serves again once it is back', async () => {
    const proposal = await draft();
    await pg.stop();
    try {
      expectUnavailable(await timed(() => app.request('GET', '/me', { token: proposal.token })));
      expectUnavailable(
        await timed(() =>
          app.request('POST', `/proposals/${proposal.id}/submit`, {
            token: proposal.token,
            headers: { 'idempotency-key': 'submit-while-pg-down' },
          }),
        ),
      );
    } finally {
      await pg.start();
    }
    await eventually(async () => (await app.request('GET', '/health/ready')).status === 200, 30_000);
    const after = await retried(() =>
      app.request('POST', `/proposals/${proposal.id}/submit`, {
        token: proposal.token,
        headers: { 'idempotency-key': 'submit-while-pg-down' },
      }),
    );
    expect(after.status).toBe(200);
    await expectSubmittedOnce(proposal.id);
  }, 90_000);

  it('answers 503 while Temporal is stopped, and after its restart finds every workflow again and submits once', async () => {
    const before = await draft();
    expect((await app.request('POST', `/proposals/${before.id}/submit`, { token: before.token })).status).toBe(200);
    const proposal = await draft();
    const submit = () =>
      app.request('POST', `/proposals/${proposal.id}/submit`, {
        token: proposal.token,
        headers: { 'idempotency-key': 'submit-while-temporal-down' },
      });

    await temporal.stop();
    try {
      expectUnavailable(await timed(submit));
    } finally {
      await temporal.start();
    }
    await eventually(async () => (await app.request('GET', '/health/ready')).status === 200, 30_000);
    const after = await retried(submit, 60_000);
    expect(after.status).toBe(200);
    await expectSubmittedOnce(proposal.id);
    // Its state is on disk: the workflow submitted before the restart is still there.
    await expect(workflows.workflow.getHandle(proposalWorkflowId(before.id)).describe()).resolves.toMatchObject({
      status: { name: 'RUNNING' },
    });
  }, 120_000);
});
