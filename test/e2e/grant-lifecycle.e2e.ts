import { Role } from '@csf/domain';
import { grantStateQuery, grantWorkflowId } from '@csf/temporal';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { saveHistory } from '../support/histories';
import { moneyInvariantViolations } from '../support/money-invariants';
import { ReviewFlow } from '../support/review-flow';
import { withHttpProvider } from '../support/suite';

const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } };
const DAY = 24 * 3600 * 1000;

type Grant = Awaited<ReturnType<ReviewFlow['approvedGrant']>>;
interface Report {
  id: string;
  sequence: number;
  kind: string;
  gatesTranche: number | null;
  dueAt: string;
  status: string;
  submissionCount: number;
}

/** A report's content in the shape of DESIGN §5, cumulative to date. */
function reportBody(milestoneId: string, o: { spent?: number; reached?: number; milestone?: string } = {}) {
  const reached = o.reached ?? 300;
  return {
    narrative: 'Lampadaires posés, patrouilles conjointes lancées.',
    beneficiaries: { total: reached, women: Math.floor(reached / 2), youth: Math.floor(reached / 3) },
    indicators: [{ key: 'people_reached', value: reached }],
    expenditures: [{ category: 'equipment', amount: o.spent ?? 10_000_000 }],
    milestones: [{ id: milestoneId, status: o.milestone ?? 'delayed' }],
    attachments: [{ name: 'factures.pdf', reference: 'drive://csf/factures.pdf' }],
  };
}

/** Drives one grant over HTTP as its grantee, finance staff and programme manager would. */
class GrantDriver {
  constructor(
    readonly app: TestApp,
    readonly flow: ReviewFlow,
    readonly g: Grant,
  ) {}

  get path() {
    return `/grants/${this.g.grantId}`;
  }

  post(suffix: string, token: string, body: unknown = {}) {
    return this.app.request('POST', `${this.path}${suffix}`, { token, body });
  }

  async grant() {
    return (await this.app.request('GET', this.path, { token: this.flow.pm })).body;
  }

  async reports(): Promise<Report[]> {
    return (await this.app.request('GET', `${this.path}/reports`, { token: this.g.applicant.token })).body;
  }

  async tranches(): Promise<{ number: number; status: string; requestedBy: string; approvedBy: string }[]> {
    return (await this.app.request('GET', `${this.path}/tranches`, { token: this.g.officer.token })).body;
  }

  async milestoneId(): Promise<string> {
    return (await this.app.request('GET', `${this.path}/milestones`, { token: this.flow.pm })).body[0].id;
  }

  async sign() {
    const signed = await this.post('/agreement/sign', this.g.applicant.token, mobileMoney);
    expect(signed.status).toBe(200);
    return signed.body;
  }

  /** Maker requests, checker approves, and the payment completes. */
  async release(n: number) {
    expect((await this.post(`/tranches/${n}/request-release`, this.g.officer.token)).status).toBe(200);
    expect((await this.post(`/tranches/${n}/approve-release`, this.g.approver.token)).status).toBe(200);
    await this.disbursed(n);
  }

  async disbursed(n: number) {
    await eventually(async () => (await this.tranches())[n - 1].status === 'disbursed', 30_000);
  }

  async submit(report: Report, body: unknown) {
    return this.post(`/reports/${report.id}/submit`, this.g.applicant.token, body);
  }

  async accept(report: Report) {
    const accepted = await this.post(`/reports/${report.id}/accept`, this.flow.pm);
    expect(accepted.body).toMatchObject({ status: 'accepted' });
    return accepted;
  }
}

describe('a grant from agreement to closeout over the API (e2e)', () => {
  const suite = withHttpProvider({ GRANT_HISTORY_LIMIT: '2000' });

  it('agreement, three tranches, three reports (one sent back), closeout — with a worker restart mid-way', async () => {
    const { app, flow, provider } = suite;
    const g = await flow.approvedGrant(40_000_000);
    const d = new GrantDriver(app, flow, g);
    const signed = await d.sign();
    // Report k is due k × reportPeriod (90 days) after signature: one per tranche after the first, then the final one.
    const reports = await d.reports();
    expect(reports.map((r) => [r.sequence, r.kind, r.gatesTranche, r.status])).toEqual([
      [1, 'progress', 2, 'scheduled'],
      [2, 'progress', 3, 'scheduled'],
      [3, 'final', null, 'scheduled'],
    ]);
    const signedAt = Date.parse(signed.agreementSignedAt);
    expect(reports.map((r) => Math.round((Date.parse(r.dueAt) - signedAt) / DAY))).toEqual([90, 180, 270]);
    const [r1, r2, r3] = reports;
    const milestone = await d.milestoneId();

    await d.release(1);

    // Bad reports change nothing.
    const other = await flow.applicant();
    expect((await d.post(`/reports/${r1.id}/submit`, other.token, reportBody(milestone))).status).toBe(404);
    expect((await d.post(`/reports/${r1.id}/submit`, flow.pm, reportBody(milestone))).status).toBe(403);
    const tooMuch = await d.submit(r1, reportBody(milestone, { spent: 16_000_001 }));
    expect([tooMuch.status, tooMuch.body.code, tooMuch.body.errors]).toEqual([
      422,
      'EXPENDITURE_ABOVE_DISBURSED',
      [expect.objectContaining({ field: 'expenditures', code: 'TOO_LARGE' })],
    ]);
    expect(tooMuch.headers.get('content-type')).toContain('application/problem+json');
    const unknownCategory = await d.submit(r1, {
      ...reportBody(milestone),
      expenditures: [{ category: 'travel', amount: 1 }],
    });
    expect(unknownCategory.body.errors).toEqual([
      expect.objectContaining({ field: 'expenditures[0].category', code: 'NOT_IN_LIST' }),
    ]);
    const fractional = await d.submit(r1, {
      ...reportBody(milestone),
      expenditures: [{ category: 'equipment', amount: 10.5 }],
    });
    expect(fractional.body.errors).toEqual([
      expect.objectContaining({ field: 'expenditures[0].amount', code: 'NOT_INTEGER' }),
    ]);
    const negative = await d.submit(r1, {
      ...reportBody(milestone),
      expenditures: [{ category: 'equipment', amount: -5 }],
    });
    expect(negative.body.errors).toEqual([
      expect.objectContaining({ field: 'expenditures[0].amount', code: 'NEGATIVE' }),
    ]);
    const women = await d.submit(r1, { ...reportBody(milestone), beneficiaries: { total: 10, women: 11, youth: 0 } });
    expect(women.body.errors).toEqual([expect.objectContaining({ field: 'beneficiaries.women', code: 'TOO_LARGE' })]);
    const strangeMilestone = await d.submit(r1, {
      ...reportBody(milestone),
      milestones: [{ id: r2.id, status: 'achieved' }],
    });
    expect(strangeMilestone.body.errors).toEqual([
      expect.objectContaining({ field: 'milestones[0].id', code: 'NOT_IN_LIST' }),
    ]);
    expect((await d.post(`/reports/${r1.id}/accept`, flow.pm)).body.code).toBe('INVALID_REPORT_STATE');
    expect((await d.reports())[0]).toMatchObject({ status: 'scheduled', submissionCount: 0 });

    // First report: sent back once, then accepted; its acceptance makes tranche 2 eligible.
    expect((await d.submit(r1, reportBody(milestone, { spent: 12_000_000 }))).body).toMatchObject({
      status: 'submitted',
      submissionCount: 1,
    });
    expect((await d.post(`/reports/${r1.id}/request-changes`, flow.pm, {})).body.errors).toEqual([
      expect.objectContaining({ field: 'comment', code: 'REQUIRED' }),
    ]);
    expect((await d.post(`/reports/${r1.id}/request-changes`, g.applicant.token, { comment: 'x' })).status).toBe(403);
    const back = await d.post(`/reports/${r1.id}/request-changes`, flow.pm, {
      comment: 'Joindre les factures des lampadaires.',
    });
    expect(back.body).toMatchObject({
      status: 'changes_requested',
      reviewComment: 'Joindre les factures des lampadaires.',
    });
    expect((await d.post('/tranches/2/request-release', g.officer.token)).body.code).toBe('TRANCHE_NOT_ELIGIBLE');
    expect((await d.submit(r1, reportBody(milestone, { spent: 15_000_000 }))).body).toMatchObject({
      status: 'submitted',
      submissionCount: 2,
    });
    await d.accept(r1);
    expect((await d.tranches()).map((t) => t.status)).toEqual(['disbursed', 'eligible', 'pending']);
    const milestones = (await app.request('GET', `${d.path}/milestones`, { token: flow.pm })).body;
    expect(milestones[0]).toMatchObject({ id: milestone, status: 'delayed' });

    // Tranche 2: the worker is stopped right after the checker's approval and started again.
    expect((await d.post('/tranches/2/request-release', g.officer.token)).status).toBe(200);
    expect((await d.post('/tranches/2/approve-release', g.approver.token)).status).toBe(200);
    await app.stopWorker();
    await app.startWorker();
    await d.disbursed(2);

    expect(
      (await d.submit(r2, reportBody(milestone, { spent: 30_000_000, reached: 900, milestone: 'achieved' }))).status,
    ).toBe(200);
    await d.accept(r2);
    await d.release(3);
    expect(
      (await d.submit(r3, reportBody(milestone, { spent: 39_500_000, reached: 1250, milestone: 'achieved' }))).status,
    ).toBe(200);
    await d.accept(r3);

    // Final report accepted and every tranche paid: the workflow opens the closeout.
    await eventually(async () => (await d.grant()).status === 'closing');
    expect((await d.post('/suspend', flow.pm, { reason: 'x' })).body.code).toBe('INVALID_STATE');
    expect((await d.post('/close', g.officer.token, { unspentAmount: 0 })).status).toBe(403);
    const tooMuchBack = await d.post('/close', flow.pm, { unspentAmount: 40_000_001 });
    expect([tooMuchBack.status, tooMuchBack.body.code]).toEqual([422, 'UNSPENT_ABOVE_DISBURSED']);
    const closed = await d.post('/close', flow.pm, {
      unspentAmount: 500_000,
      reference: 'OM-2028-0042',
      note: 'Reliquat restitué.',
    });
    expect(closed.body).toMatchObject({
      status: 'closed',
      disbursedAmount: 40_000_000,
      unspentReturnedAmount: 500_000,
    });
    expect((await d.post('/suspend', flow.pm, { reason: 'x' })).status).toBe(409);
    const handle = app.temporal.workflow.getHandle(grantWorkflowId(g.grantId));
    expect(await handle.result()).toEqual({ status: 'closed' });

    // Maker and checker on every release; exactly one transfer per tranche.
    const tranches = await d.tranches();
    expect(
      tranches.every(
        (t) => t.status === 'disbursed' && t.requestedBy === g.officer.user.id && t.approvedBy === g.approver.user.id,
      ),
    ).toBe(true);
    const transfers = [...provider.transfers.values()].filter((t) => t.idempotencyKey.includes(g.grantId));
    expect(transfers.map((t) => t.amount).sort()).toEqual([16_000_000, 16_000_000, 8_000_000].sort());
    expect((await app.request('GET', `${d.path}/milestones`, { token: g.applicant.token })).body[0]).toMatchObject({
      status: 'achieved',
      late: false,
    });

    const history = (await app.request('GET', `${d.path}/history?limit=100`, { token: flow.pm })).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(history).toEqual([
      'grant.created',
      'grant.agreement_signed',
      ...['tranche.release_requested', 'tranche.release_approved', 'tranche.disbursing', 'tranche.disbursed'],
      'report.submitted',
      'report.changes_requested',
      'report.submitted',
      'report.accepted',
      'milestones.updated',
      'tranche.eligible',
      ...['tranche.release_requested', 'tranche.release_approved', 'tranche.disbursing', 'tranche.disbursed'],
      'report.submitted',
      'report.accepted',
      'milestones.updated',
      'tranche.eligible',
      ...['tranche.release_requested', 'tranche.release_approved', 'tranche.disbursing', 'tranche.disbursed'],
      'report.submitted',
      'report.accepted',
      'milestones.updated',
      'grant.closing',
      'grant.closed',
    ]);
    const applicantKinds = (await flow.notifications(g.applicant.token)).map((n) => n.kind);
    expect(applicantKinds).toEqual(
      expect.arrayContaining(['report_changes_requested', 'report_accepted', 'tranche_disbursed', 'grant_closed']),
    );
    expect(await moneyInvariantViolations(app.dataSource)).toEqual([]);
    await saveHistory(app.temporal, 'grant-whole-life', grantWorkflowId(g.grantId));
  });

  it('suspends (no release, eligibility deferred), resumes, and terminates with the reservation returned', async () => {
    const { app, flow } = suite;
    const g = await flow.approvedGrant(40_000_000);
    const d = new GrantDriver(app, flow, g);
    await d.sign();
    await d.release(1);
    const [r1] = await d.reports();
    await d.submit(r1, reportBody(await d.milestoneId()));

    expect((await d.post('/suspend', g.officer.token, { reason: 'x' })).status).toBe(403);
    expect((await d.post('/suspend', flow.pm, {})).body.errors).toEqual([
      expect.objectContaining({ field: 'reason', code: 'REQUIRED' }),
    ]);
    const suspended = await d.post('/suspend', flow.pm, { reason: 'Rapport financier incomplet.' });
    expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: 'Rapport financier incomplet.' });
    expect((await d.post('/suspend', flow.pm, { reason: 'again' })).body.code).toBe('INVALID_STATE');
    // Accepted while suspended: tranche 2 waits for the resumption.
    await d.accept(r1);
    expect((await d.tranches())[1].status).toBe('pending');
    const resumed = await d.post('/resume', flow.pm, { reason: 'Pièces reçues.' });
    expect(resumed.body.status).toBe('active');
    expect(resumed.body.tranches[1].status).toBe('eligible');

    expect((await d.post('/tranches/2/request-release', g.officer.token)).status).toBe(200);
    await d.post('/suspend', flow.pm, { reason: 'Enquête en cours.' });
    const blocked = await d.post('/tranches/2/approve-release', g.approver.token);
    expect([blocked.status, blocked.body.code]).toEqual([409, 'INVALID_STATE']);

    const [before] = await app.dataSource.query(
      'SELECT reserved_amount::bigint AS reserved FROM rounds WHERE id = $1',
      [flow.roundId],
    );
    const terminated = await d.post('/terminate', flow.pm, { reason: 'Détournement constaté.' });
    expect(terminated.body).toMatchObject({
      status: 'terminated',
      releasedAmount: 24_000_000,
      disbursedAmount: 16_000_000,
    });
    expect(terminated.body.tranches.map((t: { status: string }) => t.status)).toEqual([
      'disbursed',
      'cancelled',
      'cancelled',
    ]);
    const [after] = await app.dataSource.query('SELECT reserved_amount::bigint AS reserved FROM rounds WHERE id = $1', [
      flow.roundId,
    ]);
    expect(Number(before.reserved) - Number(after.reserved)).toBe(24_000_000);
    expect((await d.post('/terminate', flow.pm, { reason: 'again' })).status).toBe(409);
    expect((await d.post('/resume', flow.pm, { reason: 'again' })).status).toBe(409);
    expect(await app.temporal.workflow.getHandle(grantWorkflowId(g.grantId)).result()).toEqual({
      status: 'terminated',
    });
    const actions = (await app.request('GET', `${d.path}/history?limit=100`, { token: flow.pm })).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(actions.slice(-1)).toEqual(['grant.terminated']);
    expect(actions.filter((a: string) => a === 'grant.suspended')).toHaveLength(2);
    expect(await moneyInvariantViolations(app.dataSource)).toEqual([]);
    await saveHistory(app.temporal, 'grant-suspended-resumed-terminated', grantWorkflowId(g.grantId));
  });

  it('terminates a grant that was never signed, returning the whole award to the envelope', async () => {
    const { app, flow } = suite;
    const g = await flow.approvedGrant(30_000_000);
    const d = new GrantDriver(app, flow, g);
    expect((await d.post('/suspend', flow.pm, { reason: 'x' })).body.code).toBe('INVALID_STATE');
    const terminated = await d.post('/terminate', flow.pm, { reason: 'Convention jamais signée.' });
    expect(terminated.body).toMatchObject({ status: 'terminated', releasedAmount: 30_000_000 });
    expect((await d.post('/agreement/sign', g.applicant.token, mobileMoney)).status).toBe(409);
    expect(await moneyInvariantViolations(app.dataSource)).toEqual([]);
  });

  it('lists grants with filters, newest first, and only its own to an applicant', async () => {
    const { app, flow } = suite;
    const earlier = await flow.approvedGrant(10_000_000);
    const mine = await flow.approvedGrant(20_000_000);
    const pmList = await app.request('GET', `/grants?roundId=${flow.roundId}&limit=2`, { token: flow.pm });
    expect(pmList.body.items).toHaveLength(2);
    expect(pmList.body.items.map((g: { id: string }) => g.id)).toEqual([mine.grantId, earlier.grantId]);
    const page = await app.request('GET', `/grants?roundId=${flow.roundId}&limit=1`, { token: flow.pm });
    const next = await app.request('GET', `/grants?roundId=${flow.roundId}&limit=1&cursor=${page.body.nextCursor}`, {
      token: flow.pm,
    });
    expect(next.body.items.map((g: { id: string }) => g.id)).toEqual([earlier.grantId]);
    const own = await app.request('GET', '/grants', { token: mine.applicant.token });
    expect(own.body.items.map((g: { id: string }) => g.id)).toEqual([mine.grantId]);
    const stranger = await flow.applicant();
    expect(
      (await app.request('GET', `/grants?organizationId=${mine.applicant.orgId}`, { token: stranger.token })).body
        .items,
    ).toEqual([]);
    for (const suffix of ['', '/reports', '/milestones', '/tranches', '/history']) {
      expect((await app.request('GET', `/grants/${mine.grantId}${suffix}`, { token: stranger.token })).status).toBe(
        404,
      );
    }
    expect(
      (await app.request('GET', '/grants?status=closed', { token: flow.pm })).body.items.every(
        (g: { status: string }) => g.status === 'closed',
      ),
    ).toBe(true);
    expect((await app.request('GET', '/grants?status=finished', { token: flow.pm })).body.errors).toEqual([
      expect.objectContaining({ field: 'status', code: 'NOT_IN_LIST' }),
    ]);
    expect((await app.request('GET', '/grants?limit=5000', { token: flow.pm })).status).toBe(422);
    const reviewer = await app.actor([Role.REVIEWER]);
    expect((await app.request('GET', '/grants', { token: reviewer.token })).status).toBe(403);
  });
});

describe('report timers in real time: due, overdue, at risk (e2e smoke)', () => {
  // One real-time pass through the report timers with the real worker, activities and database. Their timing in
  // detail (on 90-day calendars, suspension stopping the clock) is workflows/src/grant.workflow.spec.ts on the
  // time-skipping server; what each activity writes, test/integration/grant-activities.test.ts.
  // Report 1 is due 8 s after signature: due (reminder) at 5 s, overdue at 10 s, at risk at 11 s.
  const suite = withHttpProvider(
    { GRANT_HISTORY_LIMIT: '2000' },
    {
      durations: {
        reportPeriod: '8 seconds',
        reportReminder: '3 seconds',
        reportGrace: '2 seconds',
        atRisk: '3 seconds',
      },
    },
  );

  it('reminds, escalates, flags the grant at risk, and clears it on submission', async () => {
    const { app, flow } = suite;
    const g = await flow.approvedGrant(40_000_000);
    const d = new GrantDriver(app, flow, g);
    await d.sign();
    const status = async (sequence: number) => (await d.reports())[sequence - 1].status;
    await eventually(async () => (await status(1)) === 'due', 20_000);
    expect(await status(2)).toBe('scheduled');
    await eventually(async () => (await status(1)) === 'overdue', 20_000);
    await eventually(async () => (await d.grant()).atRisk === true, 20_000);
    expect((await d.grant()).atRiskReason).toMatch(/^report 1 overdue since \d{4}-\d{2}-\d{2}$/);
    const overdue = (await d.reports())[0] as Report & { daysLate: number; overdueSince: string };
    expect(overdue.overdueSince).not.toBeNull();

    const kinds = async (kind: string) =>
      (
        await app.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE entity_id = $1 AND kind = $2', [
          g.grantId,
          kind,
        ])
      )[0].n as number;
    expect(await kinds('report_reminder')).toBeGreaterThanOrEqual(1);
    expect(await kinds('report_overdue')).toBeGreaterThanOrEqual(2);
    expect(await kinds('grant_at_risk')).toBeGreaterThanOrEqual(1);

    // A late report may still be submitted (nothing was disbursed yet: no spending may be reported).
    const [r1] = await d.reports();
    const late = await d.submit(r1, reportBody(await d.milestoneId(), { spent: 0 }));
    expect(late.body.status).toBe('submitted');
    expect((await d.grant()).atRisk).toBe(false);
    await saveHistory(app.temporal, 'grant-report-timers', grantWorkflowId(g.grantId));
  });
});

describe('a report sent back must come back within the grace period (e2e)', () => {
  // Report 1 is due in an hour and the grant would be at risk two hours after that: only the 3-second
  // resubmission deadline can make it late here.
  const suite = withHttpProvider(
    { GRANT_HISTORY_LIMIT: '2000' },
    {
      durations: { reportPeriod: '1 hour', reportReminder: '10 minutes', reportGrace: '3 seconds', atRisk: '2 hours' },
    },
  );

  it('turns a returned report overdue once its resubmission deadline passes, escalates, and takes it back', async () => {
    const { app, flow } = suite;
    const g = await flow.approvedGrant(40_000_000);
    const d = new GrantDriver(app, flow, g);
    await d.sign();
    const [r1] = await d.reports();
    const milestone = await d.milestoneId();
    expect((await d.submit(r1, reportBody(milestone, { spent: 0 }))).body.status).toBe('submitted');
    const requestedFrom = Date.now();
    const back = await d.post(`/reports/${r1.id}/request-changes`, flow.pm, { comment: 'Joindre les factures.' });
    expect(back.body).toMatchObject({ status: 'changes_requested', overdueSince: null });
    const resubmitBy = Date.parse(back.body.resubmitBy);
    expect(resubmitBy).toBeGreaterThanOrEqual(requestedFrom + 3_000 - 1_000);
    expect(resubmitBy).toBeLessThanOrEqual(Date.now() + 3_000);
    const [told] = await app.dataSource.query(
      `SELECT body FROM notifications WHERE entity_id = $1 AND kind = 'report_changes_requested' LIMIT 1`,
      [g.grantId],
    );
    expect(told.body).toContain(new Date(resubmitBy).toISOString().slice(0, 10));

    await eventually(async () => (await d.reports())[0].status === 'overdue', 20_000);
    const late = (await app.request('GET', `${d.path}/reports/${r1.id}`, { token: flow.pm })).body;
    expect(Date.parse(late.overdueSince)).toBeGreaterThanOrEqual(resubmitBy - 1_000);
    const escalations = await app.dataSource.query(
      `SELECT body FROM notifications WHERE entity_id = $1 AND kind = 'report_overdue'`,
      [g.grantId],
    );
    expect(escalations.length).toBeGreaterThanOrEqual(2); // the program managers and the grantee
    const listed = (
      await app.request('GET', `/portfolio/overdue-reports?roundId=${flow.roundId}&limit=100`, { token: flow.pm })
    ).body;
    expect(listed.items.map((r: { reportId: string }) => r.reportId)).toContain(r1.id);
    expect((await d.grant()).atRisk).toBe(false);
    const actions = (await app.request('GET', `${d.path}/history?limit=100`, { token: flow.pm })).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(actions.slice(-3)).toEqual(['report.submitted', 'report.changes_requested', 'report.overdue']);

    const again = await d.submit(r1, reportBody(milestone, { spent: 0 }));
    expect(again.body).toMatchObject({ status: 'submitted', submissionCount: 2, resubmitBy: null });
    await d.accept(r1);
    expect((await d.tranches()).map((t) => t.status)).toEqual(['eligible', 'eligible', 'pending']);
    const state = await app.temporal.workflow.getHandle(grantWorkflowId(g.grantId)).query(grantStateQuery);
    expect(state.nextEvent).toMatchObject({ reportSequence: 2, event: 'due' });
    await saveHistory(app.temporal, 'grant-resubmission-deadline', grantWorkflowId(g.grantId));
  });
});

describe('a long-lived grant continues as new and keeps its state (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;

  beforeAll(async () => {
    // A tiny history limit makes every few commands a new run; the state lives in PostgreSQL.
    app = await TestApp.start({ PAYMENT_GATEWAY: 'manual', GRANT_HISTORY_LIMIT: '40' });
    flow = await ReviewFlow.create(app);
  });
  afterAll(() => app?.stop());

  it('carries a payment order and a report across runs', async () => {
    const g = await flow.approvedGrant(40_000_000);
    const d = new GrantDriver(app, flow, g);
    const handle = app.temporal.workflow.getHandle(grantWorkflowId(g.grantId));
    const firstRunId = (await handle.describe()).runId;
    await d.sign();
    expect((await d.post('/tranches/1/request-release', g.officer.token)).status).toBe(200);
    expect((await d.post('/tranches/1/approve-release', g.approver.token)).status).toBe(200);
    await eventually(async () => (await d.tranches())[0].status === 'disbursing');
    await eventually(async () => ((await handle.query(grantStateQuery)).run ?? 1) > 1);
    // The payment order made by the first run is confirmed in a later one, and paid once.
    const confirmed = await d.post('/tranches/1/confirm-payment', g.officer.token, {
      reference: 'OM-2027-0100',
      paidAt: '2027-02-15T10:00:00Z',
      amount: 16_000_000,
    });
    expect(confirmed.body).toMatchObject({ status: 'disbursed' });
    const runOfConfirmation = (await handle.query(grantStateQuery)).run!;
    // Submitted, sent back, resubmitted, accepted: four commands with their activities and notifications are
    // more than 40 events whatever the batching, so the report's story crosses at least one more run.
    const [r1] = await d.reports();
    const milestoneId = await d.milestoneId();
    expect((await d.submit(r1, reportBody(milestoneId))).body.status).toBe('submitted');
    expect(
      (await d.post(`/reports/${r1.id}/request-changes`, flow.pm, { comment: 'Joindre les factures.' })).body.status,
    ).toBe('changes_requested');
    expect((await d.submit(r1, reportBody(milestoneId))).body.status).toBe('submitted');
    await d.accept(r1);
    // A run continues as new once its commands have answered: the last one may still be in the old run.
    const state = await eventually(async () => {
      const now = await handle.query(grantStateQuery);
      return (now.run ?? 1) > runOfConfirmation && now;
    });
    expect(state.tranches!.map((t) => t.status)).toEqual(['disbursed', 'eligible', 'pending']);
    expect(state.reports![0].status).toBe('accepted');
    const description = await handle.describe();
    expect(description.runId).not.toBe(firstRunId);
    expect(description.status.name).toBe('RUNNING');
    // The first run ended by continuing as new, never failing.
    expect((await app.temporal.workflow.getHandle(grantWorkflowId(g.grantId), firstRunId).describe()).status.name).toBe(
      'CONTINUED_AS_NEW',
    );
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM payments WHERE grant_id = $1`, [
      g.grantId,
    ]);
    expect(n).toBe(1);
    expect(await moneyInvariantViolations(app.dataSource)).toEqual([]);
    await saveHistory(app.temporal, 'grant-continued-as-new-first-run', grantWorkflowId(g.grantId), firstRunId);
  });
});
