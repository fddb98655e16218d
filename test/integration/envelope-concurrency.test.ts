import { DataSource } from 'typeorm';
import { AppConfig } from '@csf/config';
import { dataSourceOptions, ProposalEntity } from '@csf/persistence';
import { ApprovalActivitiesService } from '../../apps/worker/src/activities/approval.activities';
import { Outbox } from '../../apps/worker/src/notifications/outbox';
import { createTestDatabase, TestDatabase } from '../support/database';
import { factory } from '../support/factory';

/**
 * 50 approvals at once against an envelope that fits 20 of them. The reservation is one conditional UPDATE on
 * the round row; whatever the interleaving, the envelope holds and every refused approval leaves no trace.
 */
describe(`${ApprovalActivitiesService.name} under concurrency`, () => {
  let db: TestDatabase;
  let ds: DataSource;
  let sut: ApprovalActivitiesService;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url, { extra: { max: 25 } })).initialize();
    sut = new ApprovalActivitiesService(
      ds,
      new Outbox(Object.assign(new AppConfig(), { NOTIFICATION_CHANNEL: 'dev' })),
    );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('never reserves more than the envelope, and refused approvals change nothing', async () => {
    const f = factory(ds);
    const AWARD = 10_000_000;
    const round = await f.newRound({
      budgetEnvelope: 20 * AWARD + AWARD / 2,
      maxAward: AWARD,
      tranchePlan: [40, 40, 20],
    });
    const applicant = await f.newUser(['applicant']);
    const proposals: ProposalEntity[] = [];
    for (let i = 0; i < 50; i++) {
      const org = await f.newOrganization();
      proposals.push(
        await ds.manager.save(
          ds.manager.create(ProposalEntity, {
            roundId: round.id,
            organizationId: org.id,
            createdBy: applicant.id,
            status: 'awaiting_decision',
            title: `Projet ${i}`,
            requestedAmount: AWARD,
            currency: 'GNF',
            submissionCount: 1,
          }),
        ),
      );
    }

    const outcomes = await Promise.allSettled(
      proposals.map((p) =>
        sut.approveProposal({
          proposalId: p.id,
          cycle: 1,
          amount: AWARD,
          conditions: null,
          actor: { userId: applicant.id, role: 'committee_chair' },
          workflowId: `proposal-${p.id}`,
        }),
      ),
    );
    const approved = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(approved).toHaveLength(20);
    expect(refused).toHaveLength(30);
    expect(refused.every((r) => r.reason?.type === 'ENVELOPE_EXCEEDED' && r.reason?.nonRetryable === true)).toBe(true);

    const [r] = await ds.query(
      'SELECT reserved_amount::bigint AS reserved, budget_envelope::bigint AS envelope FROM rounds WHERE id = $1',
      [round.id],
    );
    expect(Number(r.reserved)).toBe(20 * AWARD);
    expect(Number(r.reserved)).toBeLessThanOrEqual(Number(r.envelope));
    const [g] = await ds.query(
      'SELECT count(*)::int AS grants, coalesce(sum(amount), 0)::bigint AS total FROM grants WHERE round_id = $1',
      [round.id],
    );
    expect(g.grants).toBe(20);
    expect(Number(g.total)).toBe(Number(r.reserved));
    // Every grant's tranches add up exactly to its award.
    const mismatched = await ds.query(
      `SELECT g.id FROM grants g JOIN grant_tranches t ON t.grant_id = g.id WHERE g.round_id = $1 GROUP BY g.id, g.amount HAVING sum(t.amount) <> g.amount`,
      [round.id],
    );
    expect(mismatched).toEqual([]);

    const refusedIds = proposals.filter((_p, i) => outcomes[i].status === 'rejected').map((p) => p.id);
    const untouched = await ds.query(
      `SELECT count(*)::int AS n FROM proposals WHERE id = ANY($1) AND status = 'awaiting_decision' AND awarded_amount IS NULL AND decided_at IS NULL`,
      [refusedIds],
    );
    expect(untouched[0].n).toBe(30);
    const traces = await ds.query(
      `SELECT (SELECT count(*)::int FROM grants WHERE proposal_id = ANY($1)) AS grants,
              (SELECT count(*)::int FROM audit_events WHERE entity_id = ANY($1)) AS events,
              (SELECT count(*)::int FROM notifications WHERE entity_id = ANY($1)) AS notifications`,
      [refusedIds],
    );
    expect(traces[0]).toEqual({ grants: 0, events: 0, notifications: 0 });

    // A retried approval (same proposal) answers the same grant and reserves nothing more.
    const winner = proposals[outcomes.findIndex((o) => o.status === 'fulfilled')];
    const first = (approved[0] as PromiseFulfilledResult<{ grantId: string }>).value;
    const again = await sut.approveProposal({
      proposalId: winner.id,
      cycle: 1,
      amount: AWARD,
      conditions: null,
      actor: { userId: applicant.id, role: 'committee_chair' },
      workflowId: `proposal-${winner.id}`,
    });
    const [after] = await ds.query('SELECT reserved_amount::bigint AS reserved FROM rounds WHERE id = $1', [round.id]);
    expect(Number(after.reserved)).toBe(20 * AWARD);
    expect(again.grantId).toBeTruthy();
    expect(typeof first.grantId).toBe('string');
  });
});
