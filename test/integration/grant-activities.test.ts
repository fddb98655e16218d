import { DataSource } from 'typeorm';
import { Role } from '@csf/domain';
import { dataSourceOptions } from '@csf/persistence';
import { createTestDatabase, TestDatabase } from '../support/database';
import { factory, workerActivities } from '../support/factory';

/**
 * The grant, payment, report and review activities called directly on real PostgreSQL, without Temporal:
 * each is run twice where a retry would run it twice (one change, one audit event, one notification, one
 * payment), and each refusal is non-retryable and changes nothing. The workflow around them is
 * workflows/src/grant.workflow.spec.ts; end to end, test/e2e/grant-lifecycle.e2e.ts.
 */
describe('grant, payment, report and review activities (PostgreSQL, no Temporal)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let sut: ReturnType<typeof workerActivities>;
  let f: ReturnType<typeof factory>;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    sut = workerActivities(ds);
    f = factory(ds, sut);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const audit = async (entityId: string, action: string) =>
    (await ds.query('SELECT data, reason FROM audit_events WHERE entity_id = $1 AND action = $2 ORDER BY id', [
      entityId,
      action,
    ])) as { data: Record<string, unknown>; reason: string | null }[];
  const notifications = async (entityId: string, kind: string) =>
    (
      await ds.query('SELECT count(*)::int AS n FROM notifications WHERE entity_id = $1 AND kind = $2', [
        entityId,
        kind,
      ])
    )[0].n as number;
  const report = async (grantId: string, sequence: number) =>
    (
      await ds.query(
        'SELECT id, status, due_at, overdue_since FROM grant_reports WHERE grant_id = $1 AND sequence = $2',
        [grantId, sequence],
      )
    )[0] as { id: string; status: string; due_at: Date; overdue_since: Date | null };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error,
    );

  describe('agreement', () => {
    it('signs once: tranche 1 eligible, reports due 90, 180 and 270 days after signature, one audit event', async () => {
      const g = await f.newGrant();
      const input = {
        grantId: g.grantId,
        payoutAccount: { method: 'mobile_money' as const, provider: 'orange_money', msisdn: '+224620000000' },
        actor: g.actor,
        workflowId: g.grantWorkflowId,
      };
      const first = await sut.lifecycle.recordAgreement(input);
      expect(await sut.lifecycle.recordAgreement(input)).toEqual(first);
      expect(first.status).toBe('active');
      expect(first.tranches.map((t) => t.status)).toEqual(['eligible', 'pending', 'pending']);
      const [{ signed }] = await ds.query('SELECT agreement_signed_at AS signed FROM grants WHERE id = $1', [
        g.grantId,
      ]);
      const days = first.reports.map((r) => Math.round((Date.parse(r.dueAt!) - signed.getTime()) / 86_400_000));
      expect(days).toEqual([90, 180, 270]);
      expect(await audit(g.grantId, 'grant.agreement_signed')).toHaveLength(1);
    });

    it('refuses to sign a grant terminated before its signature, without retry', async () => {
      const g = await f.newGrant();
      await sut.lifecycle.recordGrantStatusChange({
        grantId: g.grantId,
        action: 'terminate',
        reason: 'Jamais signée.',
        actor: { userId: g.pm.id, role: Role.PROGRAM_MANAGER },
        workflowId: g.grantWorkflowId,
      });
      const error = await refusal(
        sut.lifecycle.recordAgreement({
          grantId: g.grantId,
          payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' },
          actor: g.actor,
          workflowId: g.grantWorkflowId,
        }),
      );
      expect(error).toMatchObject({ type: 'INVALID_STATE', nonRetryable: true });
      expect((await ds.query('SELECT status FROM grants WHERE id = $1', [g.grantId]))[0].status).toBe('terminated');
    });
    it('terminating a grant flagged at risk clears the flag, the reason kept in the audit event', async () => {
      const g = await f.newGrant({ signed: true });
      await ds.query(
        `UPDATE grants SET at_risk = true, at_risk_reason = 'report 1 overdue since 2027-01-31', at_risk_since = now()
          WHERE id = $1`,
        [g.grantId],
      );
      await sut.lifecycle.recordGrantStatusChange({
        grantId: g.grantId,
        action: 'terminate',
        reason: 'Activités arrêtées.',
        actor: { userId: g.pm.id, role: Role.PROGRAM_MANAGER },
        workflowId: g.grantWorkflowId,
      });
      const [row] = await ds.query('SELECT status, at_risk, at_risk_reason, at_risk_since FROM grants WHERE id = $1', [
        g.grantId,
      ]);
      expect(row).toEqual({ status: 'terminated', at_risk: false, at_risk_reason: null, at_risk_since: null });
      const [event] = await audit(g.grantId, 'grant.terminated');
      expect(event.data).toMatchObject({ atRiskCleared: 'report 1 overdue since 2027-01-31' });
    });
  });

  describe('tranches and payments', () => {
    /** A signed grant (tranche 1 eligible), and tranche 1's commands as a finance officer and a finance approver. */
    const signedGrantWithFinance = async () => {
      const g = await f.newGrant({ signed: true });
      const officer = await f.newUser([Role.FINANCE_OFFICER]);
      const approver = await f.newUser([Role.FINANCE_APPROVER]);
      const base = { grantId: g.grantId, trancheNumber: 1, workflowId: g.grantWorkflowId };
      return {
        g,
        base,
        maker: { ...base, actor: { userId: officer.id, role: Role.FINANCE_OFFICER } },
        checker: { ...base, actor: { userId: approver.id, role: Role.FINANCE_APPROVER } },
      };
    };

    it('a maker and a different checker, one payment order per tranche however often it is started, paid once', async () => {
      const { g, base, maker, checker } = await signedGrantWithFinance();
      expect((await sut.tranches.recordReleaseRequest(maker)).status).toBe('release_requested');
      expect((await sut.tranches.recordReleaseRequest(maker)).status).toBe('release_requested');
      const own = await refusal(sut.tranches.recordReleaseApproval(maker));
      expect(own).toMatchObject({ type: 'MAKER_CHECKER', nonRetryable: true });
      expect((await sut.tranches.recordReleaseApproval(checker)).status).toBe('release_approved');
      expect((await sut.tranches.recordReleaseApproval(checker)).status).toBe('release_approved');

      const started = await sut.tranches.startDisbursement(base);
      expect(started).toMatchObject({ payment: 'ordered', trancheStatus: 'disbursing', gateway: 'manual' });
      expect((await sut.tranches.startDisbursement(base)).paymentId).toBe(started.paymentId);
      const payments = await ds.query(
        'SELECT amount::bigint AS amount, idempotency_key FROM payments WHERE grant_id = $1',
        [g.grantId],
      );
      expect(payments).toEqual([
        { amount: String(0.4 * g.amount), idempotency_key: `csf:${g.grantId}:tranche-1:attempt-1` },
      ]);

      const confirmation = { ...base, reference: 'OM-2027-0001', paidAt: '2027-02-15T10:00:00Z', actor: maker.actor };
      const wrong = await refusal(sut.tranches.confirmManualPayment({ ...confirmation, amount: 0.4 * g.amount - 1 }));
      expect(wrong).toMatchObject({ nonRetryable: true });
      expect(
        (await ds.query('SELECT status FROM grant_tranches WHERE grant_id = $1 AND number = 1', [g.grantId]))[0].status,
      ).toBe('disbursing');
      expect((await sut.tranches.confirmManualPayment({ ...confirmation, amount: 0.4 * g.amount })).status).toBe(
        'disbursed',
      );
      expect((await sut.tranches.confirmManualPayment({ ...confirmation, amount: 0.4 * g.amount })).status).toBe(
        'disbursed',
      );
      expect(await audit(g.grantId, 'tranche.release_requested')).toHaveLength(1);
      expect(await audit(g.grantId, 'tranche.release_approved')).toHaveLength(1);
      expect(await audit(g.grantId, 'tranche.disbursed')).toHaveLength(1);
      expect(
        (
          await ds.query(`SELECT count(*)::int AS n FROM payments WHERE grant_id = $1 AND status = 'paid'`, [g.grantId])
        )[0].n,
      ).toBe(1);
    });

    it('refuses a release of a tranche that is not eligible, and a payment that was never approved', async () => {
      const { g, base, maker } = await signedGrantWithFinance();
      const early = await refusal(sut.tranches.recordReleaseRequest({ ...maker, trancheNumber: 2 }));
      expect(early).toMatchObject({ type: 'TRANCHE_NOT_ELIGIBLE', nonRetryable: true });
      const unpaid = await refusal(sut.tranches.startDisbursement(base));
      expect(unpaid).toMatchObject({ type: 'TRANCHE_NOT_ELIGIBLE', nonRetryable: true });
      expect((await ds.query('SELECT count(*)::int AS n FROM payments WHERE grant_id = $1', [g.grantId]))[0].n).toBe(0);
    });
  });

  describe('report timers and status changes', () => {
    it('due, overdue and at risk once each however often the timer fires; a submission clears the flag', async () => {
      const g = await f.newGrant({ signed: true });
      const r1 = await report(g.grantId, 1);
      const fire = (event: 'due' | 'overdue' | 'at_risk') =>
        sut.lifecycle.recordReportEvent({ grantId: g.grantId, reportId: r1.id, event, workflowId: g.grantWorkflowId });
      await fire('due');
      await fire('due');
      expect((await report(g.grantId, 1)).status).toBe('due');
      expect((await report(g.grantId, 2)).status).toBe('scheduled');
      expect(await audit(g.grantId, 'report.due')).toHaveLength(1);
      expect(await notifications(g.grantId, 'report_reminder')).toBe(1);

      await fire('overdue');
      // One per programme manager (every test's managers are in this database) and one for the grantee.
      const escalations = await notifications(g.grantId, 'report_overdue');
      expect(escalations).toBeGreaterThanOrEqual(2);
      await fire('overdue');
      expect(await notifications(g.grantId, 'report_overdue')).toBe(escalations);
      const late = await report(g.grantId, 1);
      expect(late.status).toBe('overdue');
      expect(late.overdue_since).not.toBeNull();
      expect(await audit(g.grantId, 'report.overdue')).toHaveLength(1);

      const atRisk = await fire('at_risk');
      const alerts = await notifications(g.grantId, 'grant_at_risk');
      expect(alerts).toBeGreaterThanOrEqual(1);
      await fire('at_risk');
      expect(await notifications(g.grantId, 'grant_at_risk')).toBe(alerts);
      expect(atRisk.atRisk).toBe(true);
      const [grant] = await ds.query('SELECT at_risk, at_risk_reason FROM grants WHERE id = $1', [g.grantId]);
      expect(grant.at_risk_reason).toMatch(/^report 1 overdue since \d{4}-\d{2}-\d{2}$/);
      expect(await audit(g.grantId, 'grant.at_risk')).toHaveLength(1);

      // Late, nothing disbursed yet: the report may still come, without spending.
      const content = {
        narrative: 'n',
        beneficiaries: { total: 10, women: 5, youth: 3 },
        indicators: [],
        expenditures: [],
        milestones: [],
      };
      const submitted = await sut.lifecycle.recordReportSubmission({
        grantId: g.grantId,
        reportId: r1.id,
        content,
        actor: g.actor,
        workflowId: g.grantWorkflowId,
      });
      expect(submitted.atRisk).toBe(false);
      expect((await report(g.grantId, 1)).status).toBe('submitted');
    });

    it('refuses spending above what was disbursed, and changes nothing', async () => {
      const g = await f.newGrant({ signed: true });
      const r1 = await report(g.grantId, 1);
      const content = {
        narrative: 'n',
        beneficiaries: { total: 10, women: 5, youth: 3 },
        indicators: [],
        expenditures: [{ category: 'equipment', amount: 1 }],
        milestones: [],
      };
      const error = await refusal(
        sut.lifecycle.recordReportSubmission({
          grantId: g.grantId,
          reportId: r1.id,
          content,
          actor: g.actor,
          workflowId: g.grantWorkflowId,
        }),
      );
      expect(error).toMatchObject({ type: 'EXPENDITURE_ABOVE_DISBURSED', nonRetryable: true });
      expect((await report(g.grantId, 1)).status).toBe('scheduled');
      expect(await audit(g.grantId, 'report.submitted')).toHaveLength(0);
    });

    it('ignores a timer that raced a suspension, and on resumption moves what is still to come by the time suspended', async () => {
      const g = await f.newGrant({ signed: true });
      const actor = { userId: g.pm.id, role: Role.PROGRAM_MANAGER };
      const change = (action: 'suspend' | 'resume', reason: string) =>
        sut.lifecycle.recordGrantStatusChange({
          grantId: g.grantId,
          action,
          reason,
          actor,
          workflowId: g.grantWorkflowId,
        });
      const before = await Promise.all([1, 2, 3].map((n) => report(g.grantId, n)));
      const suspending = Date.now();
      expect((await change('suspend', 'Contrôle.')).status).toBe('suspended');
      const suspended = Date.now();
      await sut.lifecycle.recordReportEvent({
        grantId: g.grantId,
        reportId: before[0].id,
        event: 'due',
        workflowId: g.grantWorkflowId,
      });
      expect((await report(g.grantId, 1)).status).toBe('scheduled');
      expect(await notifications(g.grantId, 'report_reminder')).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 300));

      const resuming = Date.now();
      const resumed = await change('resume', 'Contrôle terminé.');
      const done = Date.now();
      // A retry finds its change made: the same grant, nothing moved twice, nobody told twice.
      expect(await change('resume', 'Contrôle terminé.')).toEqual({ ...resumed, notificationIds: [] });
      expect(resumed.status).toBe('active');
      const after = await Promise.all([1, 2, 3].map((n) => report(g.grantId, n)));
      const shifts = after.map((r, i) => r.due_at.getTime() - before[i].due_at.getTime());
      for (const shift of shifts) {
        expect(shift).toBeGreaterThanOrEqual(resuming - suspended);
        expect(shift).toBeLessThanOrEqual(done - suspending);
      }
      const [resumption] = await audit(g.grantId, 'grant.active');
      expect(resumption.data.reportsMoved).toEqual({
        1: after[0].due_at.toISOString(),
        2: after[1].due_at.toISOString(),
        3: after[2].due_at.toISOString(),
      });
      expect(await audit(g.grantId, 'grant.active')).toHaveLength(1);
    });
  });

  describe('review assignments', () => {
    it('asks a panel member once per cycle, refuses a review before acceptance, records a review once, lapses once', async () => {
      const reviewers = await Promise.all([0, 1, 2, 3].map(() => f.newUser([Role.REVIEWER])));
      const round = await f.newRound(
        {},
        reviewers.map((r) => r.id),
      );
      const p = await f.newSubmittedProposal({ round });
      const pm = await f.newUser([Role.PROGRAM_MANAGER]);
      await sut.proposals.recordScreening({
        proposalId: p.proposal.id,
        cycle: 1,
        eligible: true,
        reason: 'ok',
        actor: { userId: pm.id, role: Role.PROGRAM_MANAGER },
        workflowId: p.workflowId,
      });
      const assign = {
        proposalId: p.proposal.id,
        cycle: 1,
        count: 3,
        reviewPeriodMs: 10 * 86_400_000,
        workflowId: p.workflowId,
      };
      const first = await sut.reviews.assignReviewers(assign);
      expect(first.assigned).toHaveLength(3);
      // `count` is how many more to ask: a second call asks only panel members not yet asked in this cycle.
      const more = await sut.reviews.assignReviewers(assign);
      expect(more.assigned.map((a) => a.reviewerId)).toEqual([
        reviewers.find((r) => !first.assigned.some((a) => a.reviewerId === r.id))!.id,
      ]);
      const asked = await ds.query('SELECT reviewer_id FROM review_assignments WHERE proposal_id = $1', [
        p.proposal.id,
      ]);
      expect(new Set(asked.map((r: { reviewer_id: string }) => r.reviewer_id)).size).toBe(4);
      expect(asked).toHaveLength(4);

      const [a, b] = first.assigned;
      const scores = round.rubric.map((c) => ({ criterion: c.key, score: 4 }));
      const review = {
        assignmentId: a.assignmentId,
        scores,
        comment: 'Solide.',
        recommendation: 'approve' as const,
        actor: { userId: a.reviewerId, role: Role.REVIEWER },
        workflowId: p.workflowId,
      };
      expect(await refusal(sut.reviews.recordReview(review))).toMatchObject({
        type: 'ASSIGNMENT_NOT_ACCEPTED',
        nonRetryable: true,
      });
      await sut.reviews.recordAssignmentResponse({
        assignmentId: a.assignmentId,
        response: 'accept',
        actor: review.actor,
        workflowId: p.workflowId,
      });
      const scored = await sut.reviews.recordReview(review);
      expect(await sut.reviews.recordReview(review)).toEqual(scored);
      expect(scored.weightedScoreBp).toBe(8000);
      expect(
        (await ds.query('SELECT count(*)::int AS n FROM reviews WHERE proposal_id = $1', [p.proposal.id]))[0].n,
      ).toBe(1);

      expect(
        (await sut.reviews.lapseAssignment({ assignmentId: b.assignmentId, workflowId: p.workflowId })).status,
      ).toBe('lapsed');
      expect(await sut.reviews.lapseAssignment({ assignmentId: b.assignmentId, workflowId: p.workflowId })).toEqual({
        status: 'lapsed',
        notificationIds: [],
      });
      // A submitted review never lapses.
      expect(
        (await sut.reviews.lapseAssignment({ assignmentId: a.assignmentId, workflowId: p.workflowId })).status,
      ).not.toBe('lapsed');
      expect(await notifications(p.proposal.id, 'review_lapsed')).toBe(1);
    });

    it('a retried assignment (its first attempt committed, its answer lost) answers the same reviewers and asks nobody more', async () => {
      const reviewers = await Promise.all([0, 1, 2, 3, 4].map(() => f.newUser([Role.REVIEWER])));
      const round = await f.newRound(
        {},
        reviewers.map((r) => r.id),
      );
      const p = await f.newSubmittedProposal({ round });
      const pm = await f.newUser([Role.PROGRAM_MANAGER]);
      await sut.proposals.recordScreening({
        proposalId: p.proposal.id,
        cycle: 1,
        eligible: true,
        reason: 'ok',
        actor: { userId: pm.id, role: Role.PROGRAM_MANAGER },
        workflowId: p.workflowId,
      });
      const assign = {
        proposalId: p.proposal.id,
        cycle: 1,
        count: 2,
        known: 0,
        reviewPeriodMs: 10 * 86_400_000,
        workflowId: p.workflowId,
      };
      const first = await sut.reviews.assignReviewers(assign);
      expect(first.assigned).toHaveLength(2);
      const retried = await sut.reviews.assignReviewers(assign);
      const byId = (a: { assignmentId: string }, b: { assignmentId: string }) =>
        a.assignmentId.localeCompare(b.assignmentId);
      expect([...retried.assigned].sort(byId)).toEqual([...first.assigned].sort(byId));
      expect([...retried.notificationIds].sort()).toEqual([...first.notificationIds].sort());
      const asked = async () =>
        (await ds.query('SELECT count(*)::int AS n FROM review_assignments WHERE proposal_id = $1', [p.proposal.id]))[0]
          .n;
      expect(await asked()).toBe(2);
      expect(await notifications(p.proposal.id, 'review_assigned')).toBe(2);

      // One of them declines: the workflow, tracking one, asks for one more, and gets exactly one new reviewer.
      const [a] = first.assigned;
      await sut.reviews.recordAssignmentResponse({
        assignmentId: a.assignmentId,
        response: 'decline',
        reason: 'conflit',
        actor: { userId: a.reviewerId, role: Role.REVIEWER },
        workflowId: p.workflowId,
      });
      const replacement = { ...assign, count: 1, known: 1 };
      const more = await sut.reviews.assignReviewers(replacement);
      expect(more.assigned).toHaveLength(1);
      expect(first.assigned.map((x) => x.reviewerId)).not.toContain(more.assigned[0].reviewerId);
      expect((await sut.reviews.assignReviewers(replacement)).assigned).toEqual(more.assigned);
      expect(await asked()).toBe(3);
    });
  });
});
