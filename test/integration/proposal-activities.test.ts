import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions, ProposalEntity } from '@csf/persistence';
import { AppConfig } from '@csf/config';
import { ApprovalActivitiesService } from '../../apps/worker/src/activities/approval.activities';
import { ProposalActivitiesService } from '../../apps/worker/src/activities/proposal.activities';
import { Outbox } from '../../apps/worker/src/notifications/outbox';
import { createTestDatabase, TestDatabase } from '../support/database';
import { factory } from '../support/factory';

describe(ProposalActivitiesService.name, () => {
  let db: TestDatabase;
  let ds: DataSource;
  let sut: ProposalActivitiesService;
  let approval: ApprovalActivitiesService;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    const outbox = new Outbox(Object.assign(new AppConfig(), { NOTIFICATION_CHANNEL: 'dev' }));
    sut = new ProposalActivitiesService(ds, outbox);
    approval = new ApprovalActivitiesService(ds, outbox);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  /** A draft of 300 GNF (one budget line) by a verified organisation's applicant, through the factory. */
  async function eligibleDraft(proposal: Partial<ProposalEntity> = {}) {
    const {
      proposal: p,
      applicant: user,
      organization: org,
      round,
    } = await factory(ds).newProposal({ amount: 300, proposal });
    return { proposal: p, user, org, round };
  }

  const actor = (userId: string) => ({ userId, role: 'applicant', requestId: 'req-1' });

  it('persists the submission once, however often the activity runs', async () => {
    const { proposal, user } = await eligibleDraft();
    const input = {
      proposalId: proposal.id,
      submissionNumber: 1,
      actor: actor(user.id),
      workflowId: `proposal-${proposal.id}`,
    };
    const first = await sut.recordSubmission(input);
    expect(first).toMatchObject({ status: 'screening', stage: 'screening' });
    // Screening deadline from the round's durations (5 days by default), written with the transition.
    expect(Date.parse(first.stageDeadline!) - Date.now()).toBeGreaterThan(4.9 * 24 * 3600 * 1000);
    // With what the workflow needs next, so its screening stage starts without loadProposalContext.
    expect(first.context).toEqual(await sut.loadProposalContext({ proposalId: proposal.id }));
    expect(await sut.recordSubmission(input)).toEqual(first);
    const events = await ds.query(
      `SELECT action, from_state, to_state, request_id FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [proposal.id],
    );
    expect(events).toEqual([
      { action: 'proposal.submitted', from_state: 'draft', to_state: 'submitted', request_id: 'req-1' },
      { action: 'proposal.screening_started', from_state: 'submitted', to_state: 'screening', request_id: 'req-1' },
    ]);
    const [row] = await ds.query('SELECT status, submission_count FROM proposals WHERE id = $1', [proposal.id]);
    expect(row).toEqual({ status: 'screening', submission_count: 1 });
  });

  it('re-checks eligibility under the row lock and refuses without retry', async () => {
    const { proposal, user } = await eligibleDraft({ requestedAmount: 299 });
    const error = await sut
      .recordSubmission({ proposalId: proposal.id, submissionNumber: 1, actor: actor(user.id), workflowId: 'w' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApplicationFailure);
    expect(error).toMatchObject({ type: 'BUDGET_MISMATCH', nonRetryable: true });
    const [row] = await ds.query('SELECT status FROM proposals WHERE id = $1', [proposal.id]);
    expect(row.status).toBe('draft');
  });

  it('refuses the submission of an organisation whose verification was withdrawn after the API checked it', async () => {
    const { proposal, user, org } = await eligibleDraft();
    await ds.query(`UPDATE organizations SET status = 'refused', refusal_reason = 'Faux récépissé' WHERE id = $1`, [
      org.id,
    ]);
    const error = await sut
      .recordSubmission({ proposalId: proposal.id, submissionNumber: 1, actor: actor(user.id), workflowId: 'w' })
      .catch((e) => e);
    expect(error).toMatchObject({ type: 'ORGANIZATION_NOT_VERIFIED', nonRetryable: true });
    const [row] = await ds.query('SELECT status FROM proposals WHERE id = $1', [proposal.id]);
    expect(row.status).toBe('draft');
  });

  it('turns a second open proposal of the same organisation into ONE_OPEN_PROPOSAL_PER_ROUND', async () => {
    const first = await eligibleDraft();
    await sut.recordSubmission({
      proposalId: first.proposal.id,
      submissionNumber: 1,
      actor: actor(first.user.id),
      workflowId: 'w1',
    });
    const second = (
      await factory(ds).newProposal({ amount: 300, round: first.round, organization: first.org, applicant: first.user })
    ).proposal;
    const error = await sut
      .recordSubmission({ proposalId: second.id, submissionNumber: 1, actor: actor(first.user.id), workflowId: 'w2' })
      .catch((e) => e);
    expect(error).toMatchObject({ type: 'ONE_OPEN_PROPOSAL_PER_ROUND', nonRetryable: true });
  });

  it('records a withdrawal once', async () => {
    const { proposal, user } = await eligibleDraft();
    await sut.recordSubmission({
      proposalId: proposal.id,
      submissionNumber: 1,
      actor: actor(user.id),
      workflowId: 'w',
    });
    const input = { proposalId: proposal.id, actor: actor(user.id), reason: 'autre financement', workflowId: 'w' };
    await sut.recordWithdrawal(input);
    await sut.recordWithdrawal(input);
    const events = await ds.query(
      `SELECT action, reason FROM audit_events WHERE entity_id = $1 AND action = 'proposal.withdrawn'`,
      [proposal.id],
    );
    expect(events).toEqual([{ action: 'proposal.withdrawn', reason: 'autre financement' }]);
  });

  it('refuses to withdraw a proposal the committee already decided, and changes nothing', async () => {
    const { proposal, user } = await eligibleDraft({
      status: 'rejected',
      submissionCount: 1,
      decisionOutcome: 'reject',
    });
    const error = await sut
      .recordWithdrawal({ proposalId: proposal.id, actor: actor(user.id), reason: 'trop tard', workflowId: 'w' })
      .catch((e) => e);
    expect(error).toMatchObject({
      type: 'INVALID_STATE',
      nonRetryable: true,
      details: [{ params: { status: 'rejected' } }],
    });
    const [row] = await ds.query('SELECT status FROM proposals WHERE id = $1', [proposal.id]);
    expect(row.status).toBe('rejected');
    const events = await ds.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [proposal.id]);
    expect(events).toEqual([]);
  });

  it('reports an award that is not positive as invalid input, not as above the request, and reserves nothing', async () => {
    const { proposal, user, round } = await eligibleDraft({ status: 'awaiting_decision', submissionCount: 1 });
    for (const amount of [0, -300]) {
      const error = await approval
        .approveProposal({
          proposalId: proposal.id,
          cycle: 1,
          amount,
          conditions: null,
          actor: { userId: user.id, role: 'committee_chair' },
          workflowId: 'w',
        })
        .catch((e) => e);
      expect(error).toMatchObject({
        type: 'VALIDATION_FAILED',
        nonRetryable: true,
        details: [{ errors: [{ field: 'amount', code: 'TOO_SMALL' }] }],
      });
    }
    const above = await approval
      .approveProposal({
        proposalId: proposal.id,
        cycle: 1,
        amount: 301,
        conditions: null,
        actor: { userId: user.id, role: 'committee_chair' },
        workflowId: 'w',
      })
      .catch((e) => e);
    expect(above).toMatchObject({ type: 'AMOUNT_ABOVE_REQUEST', details: [{ params: { requested: 300 } }] });
    const [r] = await ds.query('SELECT reserved_amount FROM rounds WHERE id = $1', [round.id]);
    expect(Number(r.reserved_amount)).toBe(0);
    const [{ count }] = await ds.query('SELECT count(*)::int AS count FROM grants WHERE proposal_id = $1', [
      proposal.id,
    ]);
    expect(count).toBe(0);
  });
});
