import { EntityManager, In } from 'typeorm';
import type { ReportContent } from '@csf/domain';
import {
  GrantEntity,
  GrantIndicatorEntity,
  GrantReportEntity,
  GrantTrancheEntity,
  PaymentEntity,
} from '../entities/grant.entity';
import { ProposalMilestoneEntity } from '../entities/proposal.entity';
import type { SealedPayout } from '../payout-vault';

/**
 * A grant, its tranches, payments and reports, inside the caller's transaction. The rules (which change is
 * allowed, what an amount may be) stay with the activities; this is how the rows are found, locked and written.
 */
export const grants = {
  // Grant rows.

  /** The grant locked for the rest of the transaction, or null. */
  lock(m: EntityManager, id: string): Promise<GrantEntity | null> {
    return m.findOne(GrantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  get(m: EntityManager, id: string): Promise<GrantEntity> {
    return m.findOneByOrFail(GrantEntity, { id });
  },

  find(m: EntityManager, id: string): Promise<GrantEntity | null> {
    return m.findOne(GrantEntity, { where: { id } });
  },

  /** The id of the grant an approval made of the proposal (at most one), or null. */
  async idForProposal(m: EntityManager, proposalId: string): Promise<string | null> {
    const grant = await m.findOne(GrantEntity, { where: { proposalId }, select: { id: true } });
    return grant?.id ?? null;
  },

  /**
   * Writes an awarded grant with its tranches and reports, and carries the proposal's milestones and indicators
   * over to it. The id is drawn first: the workflow id is derived from it and stored on the same row.
   */
  async insertAwarded(
    m: EntityManager,
    grant: GrantEntity,
    workflowIdOf: (grantId: string) => string,
    tranches: Pick<GrantTrancheEntity, 'number' | 'percentage' | 'amount'>[],
    reports: Pick<GrantReportEntity, 'sequence' | 'kind' | 'gatesTranche'>[],
  ): Promise<GrantEntity> {
    grant.id = (await m.query('SELECT gen_random_uuid() AS id'))[0].id;
    grant.workflowId = workflowIdOf(grant.id);
    await m.insert(GrantEntity, grant);
    await m.insert(
      GrantTrancheEntity,
      tranches.map((t) => ({ ...t, grantId: grant.id, status: 'pending' as const })),
    );
    await m.query('UPDATE proposal_milestones SET grant_id = $1 WHERE proposal_id = $2', [grant.id, grant.proposalId]);
    await m.query(
      `INSERT INTO grant_indicators (grant_id, key, round_id, region, label, target)
       SELECT $1, key, $2, $3, label, target FROM proposal_indicators WHERE proposal_id = $4`,
      [grant.id, grant.roundId, grant.region ?? '', grant.proposalId],
    );
    await m.insert(
      GrantReportEntity,
      reports.map((r) => ({ ...r, grantId: grant.id, dueDate: null, status: 'scheduled' as const })),
    );
    return grant;
  },

  /** A paid tranche adds to what the grant has received. */
  async addDisbursed(m: EntityManager, grantId: string, amount: number): Promise<void> {
    await m.query('UPDATE grants SET disbursed_amount = disbursed_amount + $2, updated_at = now() WHERE id = $1', [
      grantId,
      amount,
    ]);
  },

  /** The signature: the grant becomes active with its payout account, sealed before it reaches the row. */
  async recordAgreement(
    m: EntityManager,
    id: string,
    signature: { signedAt: Date; signedBy: string; payout: SealedPayout },
  ): Promise<void> {
    await m.update(
      GrantEntity,
      { id },
      {
        status: 'active',
        agreementSignedAt: signature.signedAt,
        agreementSignedBy: signature.signedBy,
        ...signature.payout,
      },
    );
  },

  async markAtRisk(m: EntityManager, id: string, reason: string): Promise<void> {
    await m.update(GrantEntity, { id }, { atRisk: true, atRiskReason: reason, atRiskSince: new Date() });
  },

  async clearAtRisk(m: EntityManager, id: string): Promise<void> {
    await m.update(GrantEntity, { id }, { atRisk: false, atRiskReason: null, atRiskSince: null });
  },

  /** The portfolio's "reached" figures, as the latest accepted report gives them. */
  async recordReached(
    m: EntityManager,
    id: string,
    reached: { total: number; women: number; youth: number },
  ): Promise<void> {
    await m.update(
      GrantEntity,
      { id },
      { reachedTotal: reached.total, reachedWomen: reached.women, reachedYouth: reached.youth },
    );
  },

  /** The actual value of each of the grant's indicators named; an unknown key changes nothing. */
  async recordIndicatorActuals(m: EntityManager, grantId: string, values: ReportContent['indicators']): Promise<void> {
    for (const v of values) await m.update(GrantIndicatorEntity, { grantId, key: v.key }, { actual: v.value });
  },

  /**
   * The status of the proposal's milestones, as an accepted report tells it. They are the grant's milestones
   * (carried over at award), written here with the grant's other report-driven figures.
   */
  async recordMilestoneProgress(
    m: EntityManager,
    proposalId: string,
    reportId: string,
    updates: ReportContent['milestones'],
    at: Date,
  ): Promise<void> {
    for (const u of updates) {
      await m.update(
        ProposalMilestoneEntity,
        { id: u.id, proposalId },
        { status: u.status, statusChangedAt: at, statusReportId: reportId },
      );
    }
  },

  async suspend(m: EntityManager, id: string, reason: string, at: Date): Promise<void> {
    await m.update(GrantEntity, { id }, { status: 'suspended', statusReason: reason, suspendedAt: at });
  },

  /** Active again; `suspendedAt` stays, the trail of the last suspension. */
  async resume(m: EntityManager, id: string, reason: string): Promise<void> {
    await m.update(GrantEntity, { id }, { status: 'active', statusReason: reason });
  },

  /**
   * Ended: what was not disbursed is recorded as released. An ended grant is no longer "at risk": the dashboard's
   * list is of grants someone can still save.
   */
  async terminate(m: EntityManager, id: string, reason: string, at: Date, releasedAmount: number): Promise<void> {
    await m.update(
      GrantEntity,
      { id },
      {
        status: 'terminated',
        statusReason: reason,
        terminatedAt: at,
        releasedAmount,
        atRisk: false,
        atRiskReason: null,
        atRiskSince: null,
      },
    );
  },

  async markClosing(m: EntityManager, id: string): Promise<void> {
    await m.update(GrantEntity, { id }, { status: 'closing', closingAt: new Date() });
  },

  async close(
    m: EntityManager,
    id: string,
    closeout: { unspentAmount: number; reference: string | null; note: string | null },
  ): Promise<void> {
    await m.update(
      GrantEntity,
      { id },
      {
        status: 'closed',
        closedAt: new Date(),
        unspentReturnedAmount: closeout.unspentAmount,
        unspentReference: closeout.reference,
        statusReason: closeout.note,
      },
    );
  },

  async markStalled(m: EntityManager, id: string, since: Date, reason: string): Promise<void> {
    await m.update(GrantEntity, { id }, { stalledSince: since, stalledReason: reason });
  },

  async clearStall(m: EntityManager, id: string): Promise<void> {
    await m.update(GrantEntity, { id }, { stalledSince: null, stalledReason: null });
  },

  // Reports.

  /** The grant's reports in sequence. */
  reports(m: EntityManager, grantId: string): Promise<GrantReportEntity[]> {
    return m.find(GrantReportEntity, { where: { grantId }, order: { sequence: 'ASC' } });
  },

  report(m: EntityManager, grantId: string, reportId: string): Promise<GrantReportEntity | null> {
    return m.findOne(GrantReportEntity, { where: { id: reportId, grantId } });
  },

  reportExists(m: EntityManager, grantId: string, reportId: string): Promise<boolean> {
    return m.exists(GrantReportEntity, { where: { id: reportId, grantId } });
  },

  lockReport(m: EntityManager, grantId: string, reportId: string): Promise<GrantReportEntity | null> {
    return m.findOne(GrantReportEntity, { where: { id: reportId, grantId }, lock: { mode: 'pessimistic_write' } });
  },

  /** The report's period and due date, once the agreement is signed. */
  async scheduleReport(
    m: EntityManager,
    reportId: string,
    schedule: { periodStart: Date; dueAt: Date; dueDate: string },
  ): Promise<void> {
    await m.update(GrantReportEntity, { id: reportId }, schedule);
  },

  /** What was still to be delivered when the grant was suspended moves later by the time it stood still. */
  async postponeReport(
    m: EntityManager,
    reportId: string,
    later: Partial<Pick<GrantReportEntity, 'periodStart' | 'dueAt' | 'dueDate' | 'resubmitBy'>>,
  ): Promise<void> {
    await m.update(GrantReportEntity, { id: reportId }, later);
  },

  async markReportDue(m: EntityManager, reportId: string): Promise<void> {
    await m.update(GrantReportEntity, { id: reportId }, { status: 'due' });
  },

  async markReportOverdue(m: EntityManager, reportId: string): Promise<void> {
    await m.update(GrantReportEntity, { id: reportId }, { status: 'overdue', overdueSince: new Date() });
  },

  /** The grantee's content, as submitted; a resubmission replaces the previous one and its deadline. */
  async submitReport(
    m: EntityManager,
    reportId: string,
    s: { content: ReportContent; expenditureTotal: number; submission: number; submittedBy: string },
  ): Promise<void> {
    const { content } = s;
    await m.update(
      GrantReportEntity,
      { id: reportId },
      {
        status: 'submitted',
        resubmitBy: null,
        submissionCount: s.submission,
        submittedAt: new Date(),
        submittedBy: s.submittedBy,
        narrative: content.narrative,
        beneficiariesTotal: content.beneficiaries.total,
        beneficiariesWomen: content.beneficiaries.women,
        beneficiariesYouth: content.beneficiaries.youth,
        indicatorValues: content.indicators,
        expenditures: content.expenditures,
        expenditureTotal: s.expenditureTotal,
        milestoneUpdates: content.milestones,
        attachments: content.attachments ?? [],
      },
    );
  },

  async acceptReport(
    m: EntityManager,
    reportId: string,
    review: { reviewedBy: string; comment: string | null; at: Date },
  ): Promise<void> {
    await m.update(
      GrantReportEntity,
      { id: reportId },
      {
        status: 'accepted',
        reviewedBy: review.reviewedBy,
        reviewedAt: review.at,
        reviewComment: review.comment,
        acceptedAt: review.at,
        resubmitBy: null,
      },
    );
  },

  /** Returned to the grantee, to be resubmitted by `resubmitBy`. */
  async requestReportChanges(
    m: EntityManager,
    reportId: string,
    review: { reviewedBy: string; comment: string | null; at: Date; resubmitBy: Date },
  ): Promise<void> {
    await m.update(
      GrantReportEntity,
      { id: reportId },
      {
        status: 'changes_requested',
        reviewedBy: review.reviewedBy,
        reviewedAt: review.at,
        reviewComment: review.comment,
        acceptedAt: null,
        resubmitBy: review.resubmitBy,
      },
    );
  },

  hasOverdueReport(m: EntityManager, grantId: string): Promise<boolean> {
    return m.exists(GrantReportEntity, { where: { grantId, status: 'overdue' } });
  },

  /** The grant's accepted reports, in no particular order. */
  acceptedReports(m: EntityManager, grantId: string): Promise<GrantReportEntity[]> {
    return m.find(GrantReportEntity, { where: { grantId, status: 'accepted' } });
  },

  // Tranches.

  /** Signed: the first tranche, if still pending, can be paid. */
  async makeFirstTrancheEligible(m: EntityManager, grantId: string, at: Date): Promise<void> {
    await m.update(
      GrantTrancheEntity,
      { grantId, number: 1, status: 'pending' },
      { status: 'eligible', eligibleAt: at },
    );
  },

  /** Those of the numbered tranches still pending. */
  pendingTranches(m: EntityManager, grantId: string, numbers: number[]): Promise<GrantTrancheEntity[]> {
    return m.find(GrantTrancheEntity, { where: { grantId, number: In(numbers), status: 'pending' } });
  },

  async makeTrancheEligible(m: EntityManager, trancheId: string): Promise<void> {
    await m.update(GrantTrancheEntity, { id: trancheId }, { status: 'eligible', eligibleAt: new Date() });
  },

  /** All the grant's tranches, locked: a termination waits for a payment being ordered, or sees it. */
  lockTranches(m: EntityManager, grantId: string): Promise<GrantTrancheEntity[]> {
    return m.find(GrantTrancheEntity, { where: { grantId }, lock: { mode: 'pessimistic_write' } });
  },

  async cancelTranches(m: EntityManager, trancheIds: string[]): Promise<void> {
    if (trancheIds.length) await m.update(GrantTrancheEntity, { id: In(trancheIds) }, { status: 'cancelled' });
  },

  /** The grant's tranches in order. */
  tranches(m: EntityManager, grantId: string): Promise<GrantTrancheEntity[]> {
    return m.find(GrantTrancheEntity, { where: { grantId }, order: { number: 'ASC' } });
  },

  tranche(m: EntityManager, grantId: string, number: number): Promise<GrantTrancheEntity | null> {
    return m.findOne(GrantTrancheEntity, { where: { grantId, number } });
  },

  lockTranche(m: EntityManager, grantId: string, number: number): Promise<GrantTrancheEntity | null> {
    return m.findOne(GrantTrancheEntity, { where: { grantId, number }, lock: { mode: 'pessimistic_write' } });
  },

  /** A tranche that must exist (the row behind a payment), as it reads now. */
  getTranche(m: EntityManager, id: string): Promise<GrantTrancheEntity> {
    return m.findOneByOrFail(GrantTrancheEntity, { id });
  },

  /**
   * The maker's request. A former approval is cleared: a tranche released again after a failed payment needs a
   * checker again.
   */
  async requestTrancheRelease(m: EntityManager, trancheId: string, requestedBy: string): Promise<void> {
    await m.update(
      GrantTrancheEntity,
      { id: trancheId },
      { status: 'release_requested', requestedBy, requestedAt: new Date(), approvedBy: null, approvedAt: null },
    );
  },

  /** The checker's approval. The CHECK `grant_tranches_maker_is_not_checker` refuses it from the maker. */
  async approveTrancheRelease(m: EntityManager, trancheId: string, approvedBy: string): Promise<void> {
    await m.update(
      GrantTrancheEntity,
      { id: trancheId },
      { status: 'release_approved', approvedBy, approvedAt: new Date() },
    );
  },

  /** A payment attempt is under way: the reason the previous one failed no longer describes the tranche. */
  async markTrancheDisbursing(m: EntityManager, trancheId: string): Promise<void> {
    await m.update(GrantTrancheEntity, { id: trancheId }, { status: 'disbursing', failureReason: null });
  },

  async markTrancheDisbursed(m: EntityManager, trancheId: string, disbursedAt: Date): Promise<void> {
    await m.update(GrantTrancheEntity, { id: trancheId }, { status: 'disbursed', disbursedAt });
  },

  async markTrancheFailed(m: EntityManager, trancheId: string, reason: string): Promise<void> {
    await m.update(GrantTrancheEntity, { id: trancheId }, { status: 'failed', failureReason: reason });
  },

  // Payments.

  /** The tranche's latest payment attempt, failed or not. */
  latestPayment(m: EntityManager, trancheId: string): Promise<PaymentEntity | null> {
    return m.findOne(PaymentEntity, { where: { trancheId }, order: { attempt: 'DESC' } });
  },

  /** Each tranche's latest payment attempt, by tranche id. */
  async latestPayments(m: EntityManager, grantId: string): Promise<Map<string, PaymentEntity>> {
    const latest = new Map<string, PaymentEntity>();
    for (const p of await m.find(PaymentEntity, { where: { grantId }, order: { attempt: 'ASC' } }))
      latest.set(p.trancheId, p);
    return latest;
  },

  /** The tranche's payment that has not failed (at most one: a partial unique index), if any. */
  livePayment(m: EntityManager, tranche: { grantId: string; number: number }): Promise<PaymentEntity | null> {
    return m
      .createQueryBuilder(PaymentEntity, 'p')
      .where('p.grantId = :g AND p.trancheNumber = :n AND p.status <> :failed', {
        g: tranche.grantId,
        n: tranche.number,
        failed: 'failed',
      })
      .getOne();
  },

  /** The number of the tranche's next payment attempt: one more than the last, failed, one. */
  async nextAttempt(m: EntityManager, trancheId: string): Promise<number> {
    const [{ attempt }] = await m.query(
      'SELECT coalesce(max(attempt), 0) + 1 AS attempt FROM payments WHERE tranche_id = $1',
      [trancheId],
    );
    return attempt;
  },

  /** Whether another payment through the same gateway already carries this provider reference. */
  referenceTaken(m: EntityManager, payment: PaymentEntity, reference: string): Promise<boolean> {
    return m
      .createQueryBuilder(PaymentEntity, 'p')
      .where('p.gateway = :gateway AND p.providerReference = :reference AND p.id <> :id', {
        gateway: payment.gateway,
        reference,
        id: payment.id,
      })
      .getExists();
  },

  /** The payment, which must exist, as it reads now (outside a transaction: a check that changes nothing). */
  getPayment(m: EntityManager, id: string): Promise<PaymentEntity> {
    return m.findOneByOrFail(PaymentEntity, { id });
  },

  /** The payment locked for the rest of the transaction, so one answer about it is recorded at a time; or null. */
  lockPayment(m: EntityManager, id: string): Promise<PaymentEntity | null> {
    return m.findOne(PaymentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  /** How many of the tranche's payment attempts failed. */
  failedAttempts(m: EntityManager, trancheId: string): Promise<number> {
    return m.count(PaymentEntity, { where: { trancheId, status: 'failed' } });
  },

  /** Writes a new payment attempt, without outcome yet; answers it with its id and creation time. */
  recordPaymentAttempt(m: EntityManager, attempt: NewPayment): Promise<PaymentEntity> {
    return m.save(m.create(PaymentEntity, { ...attempt, providerReference: null, paidAt: null, failureReason: null }));
  },

  /**
   * The payment settled as paid. A reference another payment of the gateway already carries is refused by the
   * unique index `payments_reference_per_gateway`.
   */
  async markPaymentPaid(
    m: EntityManager,
    id: string,
    paid: { reference: string; paidAt: Date; amount: number },
    resolution: OperatorResolution | null,
  ): Promise<void> {
    await m.update(
      PaymentEntity,
      { id },
      {
        status: 'paid',
        providerReference: paid.reference,
        paidAt: paid.paidAt,
        paidAmount: paid.amount,
        lastAnswer: null,
        ...resolution,
      },
    );
  },

  async markPaymentFailed(
    m: EntityManager,
    id: string,
    failed: { reason: string; reference: string | null },
    resolution: OperatorResolution | null,
  ): Promise<void> {
    await m.update(
      PaymentEntity,
      { id },
      {
        status: 'failed',
        failureReason: failed.reason,
        providerReference: failed.reference,
        lastAnswer: null,
        ...resolution,
      },
    );
  },

  /** An answer that settled nothing: the check counted, the answer (and a reference the provider named) kept. */
  async recordPaymentCheck(m: EntityManager, id: string, check: PaymentCheck): Promise<void> {
    await m.update(PaymentEntity, { id }, check);
  },
};

/** A payment attempt as the activity decides it; the outcome columns start empty. */
export type NewPayment = Pick<
  PaymentEntity,
  | 'grantId'
  | 'trancheId'
  | 'trancheNumber'
  | 'attempt'
  | 'idempotencyKey'
  | 'gateway'
  | 'amount'
  | 'currency'
  | 'status'
>;

/** Who settled a stuck payment by hand, and why (an operator's resolution of an `http` payment). */
export type OperatorResolution = Pick<PaymentEntity, 'resolvedBy' | 'resolutionNote'>;

/** What one answer without outcome changes on the payment. */
export type PaymentCheck = Pick<PaymentEntity, 'checks' | 'lastCheckedAt' | 'lastAnswer'> &
  Partial<Pick<PaymentEntity, 'providerReference' | 'stuckSince'>>;
