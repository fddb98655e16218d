import { Role } from '@csf/domain';
import { grantStateQuery, grantWorkflowId, proposalStateQuery, proposalWorkflowId } from '@csf/temporal';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { proposalBody } from '../support/factory';
import { saveHistory } from '../support/histories';
import { ReviewFlow } from '../support/review-flow';

describe('review and committee decision (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;

  beforeAll(async () => {
    app = await TestApp.start();
    flow = await ReviewFlow.create(app);
  });
  afterAll(() => app?.stop());

  it('screens, reviews with three panel members, approves, and creates the grant awaiting agreement', async () => {
    const { id, applicant } = await flow.submitted();
    const screened = await flow.screen(id);
    expect(screened.status).toBe(200);
    expect(screened.body.status).toBe('in_review');

    const assigned = await flow.assignments(id, 3);
    expect(new Set(assigned.map((a) => a.reviewer.id)).size).toBe(3);
    // Live view: stage, deadline and (for staff) progress; the applicant does not see the progress.
    const live = await flow.get(id);
    expect(live.body).toMatchObject({ stage: 'review', reviewProgress: { required: 3, pending: 3, submitted: 0 } });
    expect(Date.parse(live.body.stageDeadline)).toBeGreaterThan(Date.now());
    expect((await flow.get(id, applicant.token)).body.reviewProgress).toBeUndefined();
    const state = await app.temporal.workflow.getHandle(proposalWorkflowId(id)).query(proposalStateQuery);
    expect(state.pending).toHaveLength(3);
    expect(state.pending!.every((p) => p.kind === 'review' && p.status === 'pending')).toBe(true);

    // An assigned reviewer may read the proposal; one who was not assigned may not.
    const outsider = flow.reviewers.find((r) => !assigned.some((a) => a.reviewer.id === r.id))!;
    expect((await flow.get(id, assigned[0].reviewer.token)).status).toBe(200);
    expect((await flow.get(id, outsider.token)).status).toBe(404);

    const scores = [
      [5, 4, 4],
      [4, 3, 5],
      [3, 4, 4],
    ];
    for (const [i, a] of assigned.entries()) {
      expect((await flow.accept(a.reviewer, a.assignmentId)).body).toMatchObject({
        status: 'accepted',
        proposalStatus: 'in_review',
      });
      expect((await flow.review(a.reviewer, a.assignmentId, scores[i])).body.status).toBe('submitted');
    }
    const awaiting = await eventually(async () => {
      const res = await flow.get(id);
      return res.body.status === 'awaiting_decision' ? res.body : undefined;
    });
    // Review 1: 40·5/5 + 35·4/5 + 25·4/5 = 40 + 28 + 20 = 88 %; review 2: 32 + 21 + 25 = 78 %; review 3: 24 + 28 + 20 = 72 %.
    expect(awaiting.weightedScore).toBe(79.33);
    expect(awaiting.stage).toBe('decision');

    const before = (await app.request('GET', `/rounds/${flow.roundId}`, { token: flow.pm })).body.reservedAmount;
    const decided = await flow.decide(id, {
      outcome: 'approve',
      amount: 40_000_000,
      conditions: 'Rapport photo des lampadaires posés',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'approved', decision: { outcome: 'approve', amount: 40_000_000 } });
    const grantId = decided.body.grantId;
    expect(grantId).toBeTruthy();

    const grant = await app.request('GET', `/grants/${grantId}`, { token: applicant.token });
    expect(grant.body).toMatchObject({
      status: 'awaiting_agreement',
      amount: 40_000_000,
      currency: 'GNF',
      proposalId: id,
    });
    expect(grant.body.tranches.map((t: { amount: number }) => t.amount)).toEqual([16_000_000, 16_000_000, 8_000_000]);
    expect(
      grant.body.reports.map((r: { kind: string; gatesTranche: number | null }) => [r.kind, r.gatesTranche]),
    ).toEqual([
      ['progress', 2],
      ['progress', 3],
      ['final', null],
    ]);
    const after = (await app.request('GET', `/rounds/${flow.roundId}`, { token: flow.pm })).body.reservedAmount;
    expect(after - before).toBe(40_000_000);
    const grantHandle = app.temporal.workflow.getHandle(grantWorkflowId(grantId));
    expect(await grantHandle.query(grantStateQuery)).toMatchObject({ grantId, status: 'awaiting_agreement' });

    const history = (await app.request('GET', `/proposals/${id}/history`, { token: flow.pm })).body.items.map(
      (e: { action: string }) => e.action,
    );
    expect(history).toEqual([
      'proposal.created',
      'proposal.submitted',
      'proposal.screening_started',
      'proposal.screened',
      'proposal.reviewers_assigned',
      ...Array(3).fill(['review.accepted', 'review.submitted']).flat(),
      'proposal.review_completed',
      'proposal.approved',
    ]);
    const applicantInbox = (await flow.notifications(applicant.token)).map((n) => n.kind);
    expect(applicantInbox).toEqual(expect.arrayContaining(['proposal_screened_in', 'proposal_approved']));
    expect((await flow.notifications(assigned[0].reviewer.token)).map((n) => n.kind)).toContain('review_assigned');
    await app.temporal.workflow.getHandle(proposalWorkflowId(id)).result();
    await saveHistory(app.temporal, 'proposal-approved', proposalWorkflowId(id));
  });

  it('marks a proposal ineligible at screening and ends its workflow', async () => {
    const { id, applicant } = await flow.submitted();
    const res = await flow.screen(id, false);
    expect(res.body).toMatchObject({ status: 'ineligible', screeningReason: 'Hors sujet' });
    expect(await app.temporal.workflow.getHandle(proposalWorkflowId(id)).result()).toMatchObject({
      status: 'ineligible',
    });
    const inbox = await flow.notifications(applicant.token);
    expect(inbox.find((n) => n.kind === 'proposal_ineligible')?.subject).toMatch(/^Proposition non éligible/);
  });

  it('replaces a reviewer who declines (a declared conflict) and never asks them again', async () => {
    const { id } = await flow.submitted();
    await flow.screen(id);
    const [first] = await flow.assignments(id, 3);
    const declined = await app.request('POST', `/reviews/assignments/${first.assignmentId}/decline`, {
      token: first.reviewer.token,
      body: { reason: 'Membre du bureau de l’association' },
    });
    expect(declined.body.status).toBe('declined');
    const replacement = await eventually(async () => {
      const now = await flow.assignments(id, 3);
      return now.find((a) => a.reviewer.id !== first.reviewer.id && !now.slice(0, 0).length) && now.length === 3
        ? now
        : undefined;
    });
    expect(replacement.map((a) => a.reviewer.id)).not.toContain(first.reviewer.id);
    expect(new Set(replacement.map((a) => a.reviewer.id)).size).toBe(3);
    await saveHistory(app.temporal, 'proposal-decline-and-replacement', proposalWorkflowId(id));
  });

  it('withdraws during review and cancels the open assignments', async () => {
    const { id, applicant } = await flow.submitted();
    await flow.screen(id);
    const assigned = await flow.assignments(id, 3);
    const res = await app.request('POST', `/proposals/${id}/withdraw`, {
      token: applicant.token,
      body: { reason: 'Autre bailleur' },
    });
    expect(res.body.status).toBe('withdrawn');
    const statuses = await app.dataSource.query('SELECT status FROM review_assignments WHERE proposal_id = $1', [id]);
    expect(statuses.map((s: { status: string }) => s.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect((await flow.notifications(assigned[0].reviewer.token)).map((n) => n.kind)).toContain('proposal_withdrawn');
    expect((await flow.accept(assigned[0].reviewer, assigned[0].assignmentId)).status).toBe(409);
  });

  it('rejects with a reason', async () => {
    const { id } = await flow.awaitingDecision();
    // 75 % meets the round's 60 % threshold: rejecting goes against the reviews and needs a justification.
    const res = await flow.decide(id, {
      outcome: 'reject',
      reason: 'Budget trop élevé pour l’impact attendu',
      justification: 'Le comité juge le coût par bénéficiaire trop élevé.',
    });
    expect(res.body).toMatchObject({
      status: 'rejected',
      decision: { outcome: 'reject', reason: 'Budget trop élevé pour l’impact attendu' },
      grantId: null,
    });
    await app.temporal.workflow.getHandle(proposalWorkflowId(id)).result();
    await saveHistory(app.temporal, 'proposal-rejected', proposalWorkflowId(id));
  });

  describe('refusals change nothing', () => {
    it('refuses bad scores, reviewing before accepting, twice, or someone else’s assignment', async () => {
      const { id } = await flow.submitted();
      await flow.screen(id);
      const [a, b] = await flow.assignments(id, 3);
      const early = await flow.review(a.reviewer, a.assignmentId);
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('ASSIGNMENT_NOT_ACCEPTED');
      await flow.accept(a.reviewer, a.assignmentId);

      const submitWith = (scores: { criterion: string; score: number; comment?: string }[]) =>
        app.request('POST', `/reviews/assignments/${a.assignmentId}/submit`, {
          token: a.reviewer.token,
          body: { scores, comment: 'x', recommendation: 'approve' },
        });
      const outOfRange = await submitWith([
        { criterion: 'relevance', score: 6 },
        { criterion: 'feasibility', score: 3 },
        { criterion: 'inclusion', score: 3 },
      ]);
      expect(outOfRange.status).toBe(422);
      expect(outOfRange.body).toMatchObject({
        code: 'INVALID_SCORES',
        errors: [{ field: 'scores[0].score', code: 'OUT_OF_RANGE' }],
      });
      const unknown = await submitWith([
        { criterion: 'relevance', score: 3 },
        { criterion: 'feasibility', score: 3 },
        { criterion: 'beauty', score: 3 },
      ]);
      expect(unknown.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'scores[2].criterion', code: 'UNKNOWN_CRITERION' }),
          expect.objectContaining({ field: 'scores', code: 'REQUIRED' }),
        ]),
      );
      const fractional = await submitWith([{ criterion: 'relevance', score: 2.5 }]);
      expect(fractional.status).toBe(422);
      expect(
        (await app.dataSource.query('SELECT count(*)::int AS n FROM reviews WHERE proposal_id = $1', [id]))[0].n,
      ).toBe(0);

      const tooLong = await submitWith([
        { criterion: 'relevance', score: 4, comment: 'x'.repeat(2001) },
        { criterion: 'feasibility', score: 3 },
        { criterion: 'inclusion', score: 3 },
      ]);
      expect(tooLong.status).toBe(422);
      expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'scores[0].comment', code: 'TOO_LONG' })]);

      // A comment per criterion (optional: the last one has none) is stored with its score, next to the overall comment.
      const withComments = await submitWith([
        { criterion: 'relevance', score: 4, comment: 'Lien clair avec la sécurité du quartier.' },
        { criterion: 'feasibility', score: 3, comment: 'Calendrier serré pour la saison des pluies.' },
        { criterion: 'inclusion', score: 3 },
      ]);
      expect(withComments.status).toBe(200);
      const [stored] = await app.dataSource.query('SELECT scores, comment FROM reviews WHERE assignment_id = $1', [
        a.assignmentId,
      ]);
      expect(stored).toEqual({
        comment: 'x',
        scores: [
          { criterion: 'relevance', score: 4, comment: 'Lien clair avec la sécurité du quartier.' },
          { criterion: 'feasibility', score: 3, comment: 'Calendrier serré pour la saison des pluies.' },
          { criterion: 'inclusion', score: 3 },
        ],
      });
      // Returned to the committee with each criterion's comment; a reviewer (even its author) is refused.
      const read = await app.request('GET', `/proposals/${id}/reviews`, { token: flow.chair });
      expect(read.status).toBe(200);
      expect(read.body.items).toEqual([
        expect.objectContaining({
          assignmentId: a.assignmentId,
          comment: 'x',
          recommendation: 'approve',
          scores: [
            { criterion: 'relevance', score: 4, comment: 'Lien clair avec la sécurité du quartier.' },
            { criterion: 'feasibility', score: 3, comment: 'Calendrier serré pour la saison des pluies.' },
            { criterion: 'inclusion', score: 3 },
          ],
        }),
      ]);
      expect((await app.request('GET', `/proposals/${id}/reviews`, { token: a.reviewer.token })).status).toBe(403);
      const twice = await flow.review(a.reviewer, a.assignmentId);
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('ALREADY_REVIEWED');
      const notMine = await app.request('POST', `/reviews/assignments/${b.assignmentId}/accept`, {
        token: a.reviewer.token,
        body: { conflictOfInterest: false },
      });
      expect(notMine.status).toBe(404);
      const conflict = await app.request('POST', `/reviews/assignments/${b.assignmentId}/accept`, {
        token: b.reviewer.token,
        body: { conflictOfInterest: true },
      });
      expect(conflict.status).toBe(422);

      const tooEarly = await flow.decide(id, { outcome: 'approve', amount: 1_000_000 });
      expect(tooEarly.status).toBe(409);
      expect(tooEarly.body.code).toBe('QUORUM_NOT_REACHED');
      expect((await flow.screen(id)).body.code).toBe('INVALID_STATE');
    });

    it('refuses amounts above the request or not positive, a second decision, and wrong roles or organisations', async () => {
      const { id, applicant } = await flow.awaitingDecision();
      const above = await flow.decide(id, { outcome: 'approve', amount: 45_000_001 });
      expect(above.status).toBe(422);
      expect(above.body.code).toBe('AMOUNT_ABOVE_REQUEST');
      expect((await flow.decide(id, { outcome: 'approve', amount: 0 })).status).toBe(422);
      expect((await flow.decide(id, { outcome: 'approve', amount: -5 })).status).toBe(422);
      expect((await flow.decide(id, { outcome: 'approve', amount: 1.5 })).status).toBe(422);
      expect((await flow.decide(id, { outcome: 'reject' })).body.errors).toEqual([
        expect.objectContaining({ field: 'reason', code: 'REQUIRED' }),
      ]);
      expect((await flow.decide(id, { outcome: 'approve', amount: 10_000_000 }, flow.pm)).status).toBe(403);
      expect((await flow.decide(id, { outcome: 'approve', amount: 10_000_000 }, applicant.token)).status).toBe(403);
      expect(
        (
          await app.request('POST', `/proposals/${id}/screening`, {
            token: applicant.token,
            body: { eligible: true, reason: 'x' },
          })
        ).status,
      ).toBe(403);
      const [{ count }] = await app.dataSource.query(
        'SELECT count(*)::int AS count FROM grants WHERE proposal_id = $1',
        [id],
      );
      expect(count).toBe(0);

      expect((await flow.decide(id, { outcome: 'approve', amount: 45_000_000 })).body.status).toBe('approved');
      const again = await flow.decide(id, { outcome: 'reject', reason: 'x' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('INVALID_STATE');

      const other = await flow.applicant();
      expect((await flow.get(id, other.token)).status).toBe(404);
    });

    it('never assigns a reviewer from the applicant’s own organisation', async () => {
      const { orgId, token } = await flow.applicant();
      const insider = await app.factory.newUser([Role.REVIEWER], { organizationId: orgId });
      await app.request('PUT', `/rounds/${flow.roundId}/panel`, {
        token: flow.pm,
        body: { reviewerIds: [...flow.reviewers.map((r) => r.id), insider.id] },
      });
      const draft = await app.request('POST', '/proposals', { token, body: proposalBody(flow.roundId) });
      await app.request('POST', `/proposals/${draft.body.id}/submit`, { token });
      await flow.screen(draft.body.id);
      await flow.assignments(draft.body.id, 3);
      const rows = await app.dataSource.query('SELECT reviewer_id FROM review_assignments WHERE proposal_id = $1', [
        draft.body.id,
      ]);
      expect(rows.map((r: { reviewer_id: string }) => r.reviewer_id)).not.toContain(insider.id);
      await app.request('PUT', `/rounds/${flow.roundId}/panel`, {
        token: flow.pm,
        body: { reviewerIds: flow.reviewers.map((r) => r.id) },
      });
    });
  });
});
