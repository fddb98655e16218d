import { Role } from '@csf/domain';
import { grantStateQuery, grantWorkflowId } from '@csf/temporal';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { saveHistory } from '../support/histories';
import { ReviewFlow } from '../support/review-flow';
import { withHttpProvider } from '../support/suite';

const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } };

describe('grant agreement and tranche 1 through the manual gateway (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;

  beforeAll(async () => {
    app = await TestApp.start({ PAYMENT_GATEWAY: 'manual' });
    flow = await ReviewFlow.create(app);
  });
  afterAll(() => app?.stop());

  it('signs, requests, approves (maker ≠ checker), orders and confirms the payment of tranche 1', async () => {
    const g = await flow.approvedGrant();
    const path = `/grants/${g.grantId}`;
    const other = await flow.applicant();
    expect(
      (await app.request('POST', `${path}/agreement/sign`, { token: other.token, body: mobileMoney })).status,
    ).toBe(404);
    const badNumber = await app.request('POST', `${path}/agreement/sign`, {
      token: g.applicant.token,
      body: { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+22462000000' } },
    });
    expect(badNumber.body.errors).toEqual([
      expect.objectContaining({ field: 'payoutAccount.msisdn', code: 'INVALID_PHONE' }),
    ]);
    const noBank = await app.request('POST', `${path}/agreement/sign`, {
      token: g.applicant.token,
      body: { payoutAccount: { method: 'bank_transfer', bankName: 'BIG' } },
    });
    expect(noBank.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'payoutAccount.accountName',
      'payoutAccount.accountNumber',
    ]);
    expect(
      (await app.request('POST', `${path}/tranches/1/request-release`, { token: g.officer.token, body: {} })).body.code,
    ).toBe('INVALID_STATE');

    const signed = await app.request('POST', `${path}/agreement/sign`, { token: g.applicant.token, body: mobileMoney });
    expect(signed.body).toMatchObject({ status: 'active', payoutMethod: 'mobile_money' });
    expect(signed.body.tranches.map((t: { status: string }) => t.status)).toEqual(['eligible', 'pending', 'pending']);
    expect(
      (await app.request('POST', `${path}/agreement/sign`, { token: g.applicant.token, body: mobileMoney })).status,
    ).toBe(409);

    expect(
      (await app.request('POST', `${path}/tranches/2/request-release`, { token: g.officer.token, body: {} })).body.code,
    ).toBe('TRANCHE_NOT_ELIGIBLE');
    expect(
      (await app.request('POST', `${path}/tranches/1/request-release`, { token: g.approver.token, body: {} })).status,
    ).toBe(403);
    const requested = await app.request('POST', `${path}/tranches/1/request-release`, {
      token: g.officer.token,
      body: {},
    });
    expect(requested.body).toMatchObject({ number: 1, status: 'release_requested', requestedBy: g.officer.user.id });

    // The maker cannot also be the checker: not by role, and not in the database whatever the application does.
    expect(
      (await app.request('POST', `${path}/tranches/1/approve-release`, { token: g.officer.token, body: {} })).status,
    ).toBe(403);
    await expect(
      app.dataSource.query('UPDATE grant_tranches SET approved_by = requested_by WHERE grant_id = $1 AND number = 1', [
        g.grantId,
      ]),
    ).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '23514', constraint: 'grant_tranches_maker_is_not_checker' }),
    });

    const approved = await app.request('POST', `${path}/tranches/1/approve-release`, {
      token: g.approver.token,
      body: {},
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ approvedBy: g.approver.user.id });
    // The payment order is created by the workflow right after the approval.
    await eventually(
      async () =>
        (await app.request('GET', `${path}/tranches`, { token: g.officer.token })).body[0].status === 'disbursing',
    );
    expect(
      (await app.request('POST', `${path}/tranches/1/approve-release`, { token: g.approver.token, body: {} })).status,
    ).toBe(409);

    const badConfirm = await app.request('POST', `${path}/tranches/1/confirm-payment`, {
      token: g.officer.token,
      body: { reference: 'OM-1', paidAt: 'yesterday' },
    });
    expect(badConfirm.status).toBe(422);
    const confirmed = await app.request('POST', `${path}/tranches/1/confirm-payment`, {
      token: g.officer.token,
      body: { reference: 'OM-2027-0001', paidAt: '2027-02-15T10:00:00Z', amount: 16_000_000 },
    });
    expect(confirmed.body).toMatchObject({ status: 'disbursed', disbursedAt: '2027-02-15T10:00:00.000Z' });
    expect(
      (
        await app.request('POST', `${path}/tranches/1/confirm-payment`, {
          token: g.officer.token,
          body: { reference: 'OM-2027-0002', paidAt: '2027-02-16T10:00:00Z', amount: 16_000_000 },
        })
      ).status,
    ).toBe(409);

    const grant = (await app.request('GET', path, { token: g.applicant.token })).body;
    expect(grant).toMatchObject({ disbursedAmount: 16_000_000, status: 'active' });
    const [{ payments }] = await app.dataSource.query(
      'SELECT count(*)::int AS payments FROM payments WHERE grant_id = $1',
      [g.grantId],
    );
    expect(payments).toBe(1);
    const round = (await app.request('GET', `/rounds/${flow.roundId}`, { token: flow.pm })).body;
    expect(round.disbursedAmount).toBeGreaterThanOrEqual(16_000_000);
    expect(round.disbursedAmount).toBeLessThanOrEqual(round.reservedAmount);
    const state = await app.temporal.workflow.getHandle(grantWorkflowId(g.grantId)).query(grantStateQuery);
    expect(state.tranches![0]).toMatchObject({ number: 1, status: 'disbursed' });
    await saveHistory(app.temporal, 'grant-manual-tranche-1-paid', grantWorkflowId(g.grantId));

    const history = (await app.request('GET', `${path}/history`, { token: g.officer.token })).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(history).toEqual([
      'grant.created',
      'grant.agreement_signed',
      'tranche.release_requested',
      'tranche.release_approved',
      'tranche.disbursing',
      'tranche.disbursed',
    ]);

    const csv = await app.request('GET', '/exports/disbursements.csv', { token: g.officer.token });
    expect([csv.status, csv.headers.get('content-type')]).toEqual([200, expect.stringContaining('text/csv')]);
    const line = (csv.body as string).split('\n').find((l) => l.startsWith(g.grantId))!;
    expect(line).toContain('OM-2027-0001');
    expect(line).toContain(g.officer.user.email);
    expect(line).toContain(g.approver.user.email);
    expect((await app.request('GET', '/exports/disbursements.csv', { token: g.applicant.token })).status).toBe(403);
  });

  it('records the amount paid (the tranche amount exactly) and a reference used by one payment only', async () => {
    const ordered = async () => {
      const g = await flow.approvedGrant();
      const path = `/grants/${g.grantId}`;
      await app.request('POST', `${path}/agreement/sign`, { token: g.applicant.token, body: mobileMoney });
      await app.request('POST', `${path}/tranches/1/request-release`, { token: g.officer.token, body: {} });
      await app.request('POST', `${path}/tranches/1/approve-release`, { token: g.approver.token, body: {} });
      await eventually(
        async () =>
          (await app.request('GET', `${path}/tranches`, { token: g.officer.token })).body[0].status === 'disbursing',
      );
      return { ...g, path };
    };
    const [a, b] = [await ordered(), await ordered()];
    const confirm = (g: typeof a, body: Record<string, unknown>) =>
      app.request('POST', `${g.path}/tranches/1/confirm-payment`, {
        token: g.officer.token,
        body: { paidAt: '2027-02-15T10:00:00Z', ...body },
      });
    expect((await confirm(a, { reference: 'OM-DUP-0001' })).body.errors).toEqual([
      expect.objectContaining({ field: 'amount' }),
    ]);
    const less = await confirm(a, { reference: 'OM-DUP-0001', amount: 15_999_999 });
    expect([less.status, less.headers.get('content-type'), less.body.code]).toEqual([
      422,
      expect.stringContaining('application/problem+json'),
      'PAYMENT_AMOUNT_MISMATCH',
    ]);
    expect((await confirm(a, { reference: 'OM-DUP-0001', amount: 16_000_000 })).body).toMatchObject({
      status: 'disbursed',
    });
    // The same bank reference cannot pay a second tranche: it is one transfer.
    const twice = await confirm(b, { reference: 'OM-DUP-0001', amount: 16_000_000 });
    expect([twice.status, twice.body.code]).toEqual([409, 'PAYMENT_REFERENCE_DUPLICATE']);
    expect((await app.request('GET', `${b.path}/tranches`, { token: b.officer.token })).body[0].status).toBe(
      'disbursing',
    );
    expect((await confirm(b, { reference: 'OM-DUP-0002', amount: 16_000_000 })).body).toMatchObject({
      status: 'disbursed',
    });
    const paid = await app.dataSource.query(
      'SELECT paid_amount::bigint AS paid FROM payments WHERE grant_id = ANY($1)',
      [[a.grantId, b.grantId]],
    );
    expect(paid.map((p: { paid: string }) => Number(p.paid))).toEqual([16_000_000, 16_000_000]);
  });

  it('lets exactly one of 20 concurrent approvals of a tranche win', async () => {
    const g = await flow.approvedGrant();
    const path = `/grants/${g.grantId}`;
    await app.request('POST', `${path}/agreement/sign`, { token: g.applicant.token, body: mobileMoney });
    await app.request('POST', `${path}/tranches/1/request-release`, { token: g.officer.token, body: {} });
    const approvers = await Promise.all(Array.from({ length: 4 }, () => app.actor([Role.FINANCE_APPROVER])));
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_v, i) =>
        app.request('POST', `${path}/tranches/1/approve-release`, { token: approvers[i % 4].token, body: {} }),
      ),
    );
    const wins = answers.filter((a) => a.status === 200);
    expect(wins).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 200).every((a) => a.status === 409)).toBe(true);
    await eventually(
      async () =>
        (await app.request('GET', `${path}/tranches`, { token: g.officer.token })).body[0].status === 'disbursing',
    );
    const [{ payments }] = await app.dataSource.query(
      'SELECT count(*)::int AS payments FROM payments WHERE grant_id = $1',
      [g.grantId],
    );
    expect(payments).toBe(1);
    const events = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'tranche.release_approved'`,
      [g.grantId],
    );
    expect(events[0].n).toBe(1);
  });
});

describe('tranche payment through the HTTP provider (e2e)', () => {
  // Answers that settle nothing are asked about again on a doubling wait: start it short here.
  const suite = withHttpProvider({ PAYMENT_POLL_INTERVAL: '500ms', PAYMENT_POLL_MAX_INTERVAL: '2s' });

  async function release(g: Awaited<ReturnType<ReviewFlow['approvedGrant']>>) {
    const path = `/grants/${g.grantId}`;
    await suite.app.request('POST', `${path}/agreement/sign`, { token: g.applicant.token, body: mobileMoney });
    await suite.app.request('POST', `${path}/tranches/1/request-release`, { token: g.officer.token, body: {} });
    return suite.app.request('POST', `${path}/tranches/1/approve-release`, { token: g.approver.token, body: {} });
  }

  const trancheStatus = async (g: { grantId: string; officer: { token: string } }) =>
    (await suite.app.request('GET', `/grants/${g.grantId}/tranches`, { token: g.officer.token })).body[0]
      .status as string;

  it('pays once through provider errors: 503s are retried with the same idempotency key', async () => {
    const g = await suite.flow.approvedGrant();
    suite.provider.failNextCreates = 2;
    suite.provider.succeedAfterPolls = 2;
    expect((await release(g)).status).toBe(200);
    await eventually(async () => (await trancheStatus(g)) === 'disbursed', 30_000);
    const mine = [...suite.provider.transfers.values()].filter((t) => t.idempotencyKey.includes(g.grantId));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ amount: 16_000_000, currency: 'GNF', status: 'succeeded' });
    const creates = suite.provider.requests.filter((r) => r.method === 'POST' && r.key === mine[0].idempotencyKey);
    expect(creates.length).toBe(3);
    const [payment] = await suite.app.dataSource.query(
      'SELECT status, provider_reference FROM payments WHERE grant_id = $1',
      [g.grantId],
    );
    expect(payment).toEqual({ status: 'paid', provider_reference: mine[0].id });
  });

  it('marks a tranche failed when the provider fails the transfer, and pays it again only after a maker and a different checker', async () => {
    const g = await suite.flow.approvedGrant();
    suite.provider.failNextTransfer = true;
    suite.provider.succeedAfterPolls = 1;
    await release(g);
    await eventually(async () => (await trancheStatus(g)) === 'failed', 30_000);
    // A finance officer alone no longer pays again: the retry is a new release request.
    const retried = await suite.app.request('POST', `/grants/${g.grantId}/tranches/1/retry`, {
      token: g.officer.token,
      body: {},
    });
    expect(retried.body).toMatchObject({
      status: 'release_requested',
      requestedBy: g.officer.user.id,
      approvedBy: null,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await trancheStatus(g)).toBe('release_requested');
    expect(suite.provider.ledger(g.grantId)).toHaveLength(1);
    expect(
      (
        await suite.app.request('POST', `/grants/${g.grantId}/tranches/1/approve-release`, {
          token: g.officer.token,
          body: {},
        })
      ).status,
    ).toBe(403);
    expect(suite.provider.ledger(g.grantId)).toHaveLength(1);

    const approved = await suite.app.request('POST', `/grants/${g.grantId}/tranches/1/approve-release`, {
      token: g.approver.token,
      body: {},
    });
    expect(approved.status).toBe(200);
    await eventually(async () => (await trancheStatus(g)) === 'disbursed', 30_000);
    const payments = await suite.app.dataSource.query(
      'SELECT attempt, status FROM payments WHERE grant_id = $1 ORDER BY attempt',
      [g.grantId],
    );
    expect(payments).toEqual([
      { attempt: 1, status: 'failed' },
      { attempt: 2, status: 'paid' },
    ]);
    const grant = (await suite.app.request('GET', `/grants/${g.grantId}`, { token: g.officer.token })).body;
    expect(grant.disbursedAmount).toBe(16_000_000);
    const keys = suite.provider.ledger(g.grantId).map((t) => [t.idempotencyKey.replace(g.grantId, 'G'), t.status]);
    expect(keys).toEqual([
      ['csf:G:tranche-1:attempt-1', 'failed'],
      ['csf:G:tranche-1:attempt-2', 'succeeded'],
    ]);
    const actions = (
      await suite.app.request('GET', `/grants/${g.grantId}/history`, { token: g.officer.token })
    ).body.items.map((e: { action: string }) => e.action);
    expect(
      actions.filter((a: string) => a === 'tranche.release_requested' || a === 'tranche.release_approved'),
    ).toEqual([
      'tranche.release_requested',
      'tranche.release_approved',
      'tranche.release_requested',
      'tranche.release_approved',
    ]);
    await saveHistory(suite.app.temporal, 'grant-http-failed-retried-by-maker-and-checker', grantWorkflowId(g.grantId));
  });
});
