import { Role } from '@csf/domain';
import { proposalStateQuery, proposalWorkflowId } from '@csf/temporal';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { saveHistory } from '../support/histories';
import { ReviewFlow } from '../support/review-flow';

/**
 * Deadlines are Temporal timers in the proposal workflow. Rounds here compress the calendar to seconds
 * (durations are strings Temporal understands), so reminders, escalations, lapses and expiry really fire.
 */
describe('review deadlines (e2e, real timers with short durations)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app?.stop());

  const kinds = async (flow: ReviewFlow, token: string) => (await flow.notifications(token)).map((n) => n.kind);

  it('reminds before the screening deadline and escalates to programme managers after it', async () => {
    const flow = await ReviewFlow.create(app, { durations: { screening: '2 seconds' } });
    const { id } = await flow.submitted();
    const screening = await flow.get(id);
    expect(screening.body.stage).toBe('screening');
    expect(Date.parse(screening.body.stageDeadline) - Date.now()).toBeLessThanOrEqual(2_000);
    await eventually(async () => {
      const inbox = await kinds(flow, flow.pm);
      return inbox.includes('screening_reminder') && inbox.includes('screening_overdue');
    }, 15_000);
    // Past the deadline the proposal still waits for a person: screening still works.
    expect((await flow.screen(id)).body.status).toBe('in_review');
    await saveHistory(app.temporal, 'proposal-screening-overdue', proposalWorkflowId(id));
  });

  it('lapses assignments at the review deadline, replaces them, alerts when the panel is exhausted, and resumes on a panel change', async () => {
    const flow = await ReviewFlow.create(app, {
      durations: { review: '3 seconds', reviewReminder: '1 second' },
      panelSize: 4,
    });
    const { id } = await flow.submitted();
    await flow.screen(id);
    const first = await flow.assignments(id, 3);
    await eventually(async () => (await kinds(flow, first[0].reviewer.token)).includes('review_reminder'), 10_000);
    // Nobody reviews: all three lapse; only one panel member is left, so the panel is exhausted.
    await eventually(async () => (await kinds(flow, first[0].reviewer.token)).includes('review_lapsed'), 15_000);
    await eventually(async () => (await kinds(flow, flow.pm)).includes('panel_exhausted'), 15_000);
    const lapsed = await app.dataSource.query(
      `SELECT reviewer_id FROM review_assignments WHERE proposal_id = $1 AND status = 'lapsed'`,
      [id],
    );
    expect(lapsed.length).toBeGreaterThanOrEqual(3);
    const fourth = flow.reviewers.find((r) => !first.some((a) => a.reviewer.id === r.id))!;
    const rows = await app.dataSource.query(
      `SELECT reviewer_id, status FROM review_assignments WHERE proposal_id = $1`,
      [id],
    );
    expect(rows.map((r: { reviewer_id: string }) => r.reviewer_id)).toContain(fourth.id);
    // No one is ever asked twice on the same proposal.
    expect(new Set(rows.map((r: { reviewer_id: string }) => r.reviewer_id)).size).toBe(rows.length);

    // New panel members: the workflow is signalled and assigns them.
    const fresh = [];
    for (let i = 0; i < 3; i++) {
      const { user, token } = await app.actor([Role.REVIEWER]);
      fresh.push({ id: user.id, token });
    }
    await app.request('PUT', `/rounds/${flow.roundId}/panel`, {
      token: flow.pm,
      body: { reviewerIds: [...flow.reviewers, ...fresh].map((r) => r.id) },
    });
    const refreshed = new ReviewFlow(app, flow.roundId, fresh, flow.pm, flow.chair);
    const newAssignments = await refreshed.assignments(id, 1);
    expect(fresh.map((r) => r.id)).toContain(newAssignments[0].reviewer.id);
    await saveHistory(app.temporal, 'proposal-lapse-exhausted-panel-change', proposalWorkflowId(id));
  });

  it('keeps review deadlines across a worker restart: the lapse fires after the worker comes back', async () => {
    const flow = await ReviewFlow.create(app, {
      durations: { review: '3 seconds', reviewReminder: '2 seconds' },
      panelSize: 6,
    });
    const { id } = await flow.submitted();
    await flow.screen(id);
    const first = await flow.assignments(id, 3);
    await app.stopWorker();
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    // While the worker was down the deadline passed; nothing could act on it yet.
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM review_assignments WHERE proposal_id = $1 AND status = 'lapsed'`,
      [id],
    );
    expect(n).toBe(0);
    await app.startWorker();
    await eventually(async () => {
      const [{ lapsed }] = await app.dataSource.query(
        `SELECT count(*)::int AS lapsed FROM review_assignments WHERE proposal_id = $1 AND status = 'lapsed'`,
        [id],
      );
      return lapsed === 3;
    }, 15_000);
    const replacements = await flow.assignments(id, 3);
    expect(replacements.every((a) => !first.some((f) => f.reviewer.id === a.reviewer.id))).toBe(true);
  });

  it('asks for a revision, takes the resubmission back to screening as a new cycle, and keeps the old reviews in history', async () => {
    const flow = await ReviewFlow.create(app);
    const { id, applicant } = await flow.awaitingDecision();
    const revise = await flow.decide(id, { outcome: 'revise', reason: 'Préciser le calendrier des patrouilles' });
    expect(revise.body).toMatchObject({
      status: 'revision_requested',
      stage: 'revision',
      decision: { outcome: 'revise' },
    });
    expect(await kinds(flow, applicant.token)).toContain('proposal_revision_requested');
    const edited = await app.request('PATCH', `/proposals/${id}`, {
      token: applicant.token,
      body: { summary: 'Calendrier précisé : patrouilles hebdomadaires.' },
    });
    expect(edited.status).toBe(200);
    const resubmitted = await app.request('POST', `/proposals/${id}/submit`, { token: applicant.token });
    expect(resubmitted.body).toMatchObject({
      status: 'screening',
      submissionCount: 2,
      weightedScore: null,
      decision: null,
    });
    const state = await app.temporal.workflow.getHandle(proposalWorkflowId(id)).query(proposalStateQuery);
    expect(state).toMatchObject({ status: 'screening', submissionNumber: 2 });
    await flow.screen(id);
    // The new cycle needs three new reviews; the three of cycle 1 stay in the history and the reviews table.
    const cycle2 = await flow.assignments(id, 3);
    const [{ old }] = await app.dataSource.query(
      'SELECT count(*)::int AS old FROM reviews WHERE proposal_id = $1 AND cycle = 1',
      [id],
    );
    expect(old).toBe(3);
    expect((await flow.get(id)).body.reviewProgress).toMatchObject({ submitted: 0, pending: 3 });
    expect(cycle2).toHaveLength(3);
    const history = (await app.request('GET', `/proposals/${id}/history`, { token: flow.pm })).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(history.filter((a: string) => a === 'review.submitted')).toHaveLength(3);
    expect(history.filter((a: string) => a === 'proposal.submitted')).toHaveLength(2);
    await saveHistory(app.temporal, 'proposal-revise-resubmit', proposalWorkflowId(id));
  });

  it('expires a revision not returned before its deadline', async () => {
    const flow = await ReviewFlow.create(app, { durations: { revision: '2 seconds' } });
    const { id, applicant } = await flow.awaitingDecision();
    await flow.decide(id, { outcome: 'revise', reason: 'Budget à détailler' });
    expect(await app.temporal.workflow.getHandle(proposalWorkflowId(id)).result()).toMatchObject({ status: 'expired' });
    expect((await flow.get(id)).body.status).toBe('expired');
    expect(await kinds(flow, applicant.token)).toContain('proposal_expired');
    expect((await app.request('POST', `/proposals/${id}/submit`, { token: applicant.token })).status).toBe(409);
    await saveHistory(app.temporal, 'proposal-revision-expired', proposalWorkflowId(id));
  });

  it('reminds the chair before the decision deadline and escalates after it', async () => {
    const flow = await ReviewFlow.create(app, { durations: { decision: '2 seconds' } });
    const { id } = await flow.awaitingDecision();
    await eventually(async () => {
      const inbox = await kinds(flow, flow.chair);
      return inbox.includes('decision_reminder') && inbox.includes('decision_overdue');
    }, 15_000);
    // Escalation goes to the chairs, then to the programme managers.
    await eventually(async () => (await kinds(flow, flow.pm)).includes('decision_overdue'), 10_000);
    expect((await flow.decide(id, { outcome: 'approve', amount: 45_000_000 })).body.status).toBe('approved');
  });

  it('refuses an approval the envelope cannot cover, and changes nothing', async () => {
    const flow = await ReviewFlow.create(app, { envelope: 60_000_000 });
    const a = await flow.awaitingDecision();
    const b = await flow.awaitingDecision();
    expect((await flow.decide(a.id, { outcome: 'approve', amount: 45_000_000 })).body.status).toBe('approved');
    const refused = await flow.decide(b.id, { outcome: 'approve', amount: 45_000_000 });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'ENVELOPE_EXCEEDED' });
    expect(refused.body.detail).toContain('15000000');
    expect((await flow.get(b.id)).body).toMatchObject({ status: 'awaiting_decision', grantId: null });
    // Still decidable within what is left.
    expect((await flow.decide(b.id, { outcome: 'approve', amount: 15_000_000 })).body.status).toBe('approved');
    const round = (await app.request('GET', `/rounds/${flow.roundId}`, { token: flow.pm })).body;
    expect(round).toMatchObject({ reservedAmount: 60_000_000, remainingAmount: 0 });
  });
});

describe('concurrent committee decisions through the API (e2e)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app?.stop());

  it('approves only what the envelope covers when decisions race', async () => {
    const flow = await ReviewFlow.create(app, { envelope: 5 * 10_000_000 });
    const proposals = await Promise.all(Array.from({ length: 12 }, () => flow.awaitingDecision()));
    const answers = await Promise.all(
      proposals.map((p) => flow.decide(p.id, { outcome: 'approve', amount: 10_000_000 })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'ENVELOPE_EXCEEDED')).toBe(true);
    const round = (await app.request('GET', `/rounds/${flow.roundId}`, { token: flow.pm })).body;
    expect(round.reservedAmount).toBe(50_000_000);
    const [{ grants }] = await app.dataSource.query('SELECT count(*)::int AS grants FROM grants WHERE round_id = $1', [
      flow.roundId,
    ]);
    expect(grants).toBe(5);
  }, 120_000);
});
