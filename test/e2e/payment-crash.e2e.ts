import { spawn, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { FakePaymentProvider } from '../support/payment-provider';
import { ReviewFlow } from '../support/review-flow';

const root = join(__dirname, '../..');

/**
 * The real worker as its own process, so it can be killed like a crashed machine. It runs from the sources
 * (transpiled on load), so the test needs no build of dist/ first.
 */
function startWorkerProcess(): ChildProcess {
  return spawn(process.execPath, [join(root, 'test/support/worker-from-sources.cjs')], {
    cwd: root,
    env: { ...process.env },
    stdio: 'ignore',
  });
}

/**
 * Kill -9 of the worker while the disbursement activity waits on the payment provider, which has already
 * recorded the transfer. A new worker picks the activity up (heartbeat timeout), sends the same idempotency
 * key, finds the same transfer, and completes the tranche: exactly one payment.
 */
describe('a worker crash during a payment (e2e, real processes)', () => {
  let app: TestApp;
  const provider = new FakePaymentProvider();
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    const url = await provider.start();
    app = await TestApp.start({ PAYMENT_GATEWAY: 'http', PAYMENT_API_URL: url, LOG_LEVEL: 'warn' }, { worker: false });
  }, 240_000);

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await app?.stop();
    await provider.stop();
  });

  it('pays the tranche exactly once and completes it on the restarted worker', async () => {
    workers.push(startWorkerProcess());
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

    provider.holdCreates = true;
    provider.succeedAfterPolls = 1;
    expect(
      (await app.request('POST', `/grants/${grantId}/tranches/1/approve-release`, { token: approver.token, body: {} }))
        .status,
    ).toBe(200);
    // The provider has accepted the transfer, but the worker has not heard back: kill it now.
    await eventually(
      async () => [...provider.transfers.values()].some((t) => t.idempotencyKey.includes(grantId)),
      30_000,
    );
    workers[0].kill('SIGKILL');
    await new Promise((resolve) => workers[0].once('exit', resolve));
    provider.release();
    const [before] = await app.dataSource.query(
      'SELECT status FROM grant_tranches WHERE grant_id = $1 AND number = 1',
      [grantId],
    );
    expect(before.status).toBe('disbursing');

    workers.push(startWorkerProcess());
    await eventually(async () => {
      const [t] = await app.dataSource.query('SELECT status FROM grant_tranches WHERE grant_id = $1 AND number = 1', [
        grantId,
      ]);
      return t.status === 'disbursed';
    }, 60_000);

    const transfers = [...provider.transfers.values()].filter((t) => t.idempotencyKey.includes(grantId));
    expect(transfers).toHaveLength(1);
    const creates = provider.requests.filter((r) => r.method === 'POST' && r.key === transfers[0].idempotencyKey);
    expect(creates.length).toBeGreaterThanOrEqual(2); // the dead worker's call and the retry, same key
    const payments = await app.dataSource.query('SELECT status, provider_reference FROM payments WHERE grant_id = $1', [
      grantId,
    ]);
    expect(payments).toEqual([{ status: 'paid', provider_reference: transfers[0].id }]);
    const [grant] = await app.dataSource.query(
      'SELECT disbursed_amount::bigint AS disbursed FROM grants WHERE id = $1',
      [grantId],
    );
    expect(Number(grant.disbursed)).toBe(16_000_000);
  }, 180_000);
});
