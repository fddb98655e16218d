import { EntityManager } from 'typeorm';
import { GrantEntity, GrantReportEntity, GrantTrancheEntity, PaymentEntity } from '../entities/grant.entity';

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

  // Tranches.

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
};
