import { ChildProcess, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { FakePaymentProvider } from '../support/payment-provider';
import { ReviewFlow } from '../support/review-flow';

const root = join(__dirname, '../..');
const TOKEN = 'scrape-secret-for-the-test';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The samples of one metric in Prometheus text format, each with its labels. */
function samples(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => {
      const match = /^[^{ ]+(?:\{(.*)\})? (\S+)/.exec(line)!;
      const labels = Object.fromEntries(
        [...(match[1] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
      );
      return { labels, value: Number(match[2]) };
    });
}

async function scrape(url: string, token?: string): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/**
 * Prometheus metrics of the API (in the test process) and of a real worker process with METRICS_PORT, whose
 * Runtime runs the Temporal SDK's exporter: request latency by route template and status, the PostgreSQL pool,
 * payment outcomes after a real payment, the SDK's own `temporal_*` metrics, and METRICS_TOKEN refusals.
 */
describe('metrics (e2e, real worker process)', () => {
  let app: TestApp;
  let worker: ChildProcess;
  let workerMetrics: string;
  const provider = new FakePaymentProvider();

  beforeAll(async () => {
    const url = await provider.start();
    app = await TestApp.start(
      { PAYMENT_GATEWAY: 'http', PAYMENT_API_URL: url, METRICS_TOKEN: TOKEN },
      { worker: false },
    );
    const port = await freePort();
    workerMetrics = `http://127.0.0.1:${port}/metrics`;
    worker = spawn(process.execPath, [join(root, 'test/support/worker-from-sources.cjs')], {
      cwd: root,
      env: { ...process.env, METRICS_PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    await eventually(
      async () => (await scrape(workerMetrics, TOKEN).catch(() => ({ status: 0 }))).status === 200,
      60_000,
    );
  }, 240_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      worker.kill('SIGTERM');
      await new Promise((resolve) => worker.once('exit', resolve));
    }
    await app?.stop();
    await provider.stop();
  });

  it('times API requests by route template and status, and shows the PostgreSQL pool', async () => {
    const { token } = await app.actor([Role.PROGRAM_MANAGER]);
    const missing = '0b9c8a52-9a3e-4d0c-8f1e-1d2c3b4a5f60';
    expect((await app.request('GET', '/me', { token })).status).toBe(200);
    expect((await app.request('GET', `/proposals/${missing}`, { token })).status).toBe(404);
    expect((await app.request('GET', '/me')).status).toBe(401);

    const { status, text, headers } = await scrape(`${app.baseUrl}/metrics`, TOKEN);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/plain');
    const counts = samples(text, 'csf_http_request_duration_seconds_count');
    const count = (route: string, code: string) =>
      counts.find((s) => s.labels.method === 'GET' && s.labels.route === route && s.labels.status === code)?.value ?? 0;
    expect(count('/api/v1/me', '200')).toBeGreaterThanOrEqual(1);
    expect(count('/api/v1/me', '401')).toBeGreaterThanOrEqual(1);
    expect(count('/api/v1/proposals/:id', '404')).toBeGreaterThanOrEqual(1);
    // The template, never the raw path: one series per route, not one per record.
    expect(text).not.toContain(missing);
    expect(
      samples(text, 'csf_http_request_duration_seconds_bucket').some(
        (s) => s.labels.route === '/api/v1/me' && s.labels.le === '+Inf',
      ),
    ).toBe(true);
    expect(counts.every((s) => s.labels.service === 'api')).toBe(true);

    const pool = samples(text, 'csf_db_pool_connections');
    expect(pool).toHaveLength(1);
    expect(pool[0].value).toBeGreaterThanOrEqual(1);
    expect(samples(text, 'csf_db_pool_max')[0].value).toBe(20);
    expect(samples(text, 'csf_db_pool_waiting')[0].value).toBeGreaterThanOrEqual(0);
    expect(samples(text, 'process_cpu_seconds_total').length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a scrape without the METRICS_TOKEN, and /metrics is not part of the API contract', async () => {
    const anonymous = await scrape(`${app.baseUrl}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(JSON.parse(anonymous.text).code).toBe('UNAUTHENTICATED');
    expect(anonymous.text).not.toContain('csf_');
    expect((await scrape(`${app.baseUrl}/metrics`, 'not-the-token')).status).toBe(401);
    // A user's bearer token is not a scrape token either.
    const { token } = await app.actor([Role.ADMIN]);
    expect((await scrape(`${app.baseUrl}/metrics`, token)).status).toBe(401);
    const worker = await scrape(workerMetrics);
    expect(worker.status).toBe(401);
    expect(worker.text).not.toContain('csf_');

    const contract = (await app.request('GET', '/api/openapi.json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(contract.paths).filter((p) => p.includes('metrics'))).toEqual([]);
  });

  it('counts a payment by outcome on the worker, beside the Temporal SDK metrics', async () => {
    const flow = await ReviewFlow.create(app);
    const { id, applicant } = await flow.awaitingDecision();
    const grantId = (await flow.decide(id, { outcome: 'approve', amount: 40_000_000 })).body.grantId as string;
    const officer = await app.actor([Role.FINANCE_OFFICER]);
    const approver = await app.actor([Role.FINANCE_APPROVER]);
    await app.request('POST', `/grants/${grantId}/agreement/sign`, {
      token: applicant.token,
      body: { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } },
    });
    await app.request('POST', `/grants/${grantId}/tranches/1/request-release`, { token: officer.token, body: {} });
    expect(
      (await app.request('POST', `/grants/${grantId}/tranches/1/approve-release`, { token: approver.token, body: {} }))
        .status,
    ).toBe(200);
    await eventually(async () => {
      const [t] = await app.dataSource.query('SELECT status FROM grant_tranches WHERE grant_id = $1 AND number = 1', [
        grantId,
      ]);
      return t.status === 'disbursed';
    }, 60_000);

    const { status, text } = await scrape(workerMetrics, TOKEN);
    expect(status).toBe(200);
    const paid = samples(text, 'csf_payment_outcomes_total').find(
      (s) => s.labels.gateway === 'http' && s.labels.outcome === 'paid',
    );
    expect(paid?.value).toBeGreaterThanOrEqual(1);
    expect(paid?.labels.service).toBe('worker');
    // The SDK's exporter: workflow and activity task metrics of this worker's task queue.
    const temporal = text.split('\n').filter((line) => line.startsWith('temporal_'));
    expect(temporal.length).toBeGreaterThan(0);
    expect(temporal.some((line) => line.includes(`task_queue="${process.env.TEMPORAL_TASK_QUEUE}"`))).toBe(true);
    expect(samples(text, 'csf_db_pool_connections')[0].value).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
