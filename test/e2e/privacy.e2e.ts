import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { ReviewFlow } from '../support/review-flow';

const DECLINE_REASON = 'Conflit : je suis le cousin de la présidente';
const CONDITIONS = 'Rapport trimestriel signé par le maire';

/**
 * Review is anonymous toward applicants (issue 9, item 3): after a real review with a declined assignment, the
 * applicant's every view of its proposal (history, detail, rounds, notifications) names no reviewer and shows no
 * individual score, recommendation or decline reason, while staff still see all of it.
 */
describe('reviewer anonymity toward applicants (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;
  let proposalId: string;
  let applicantToken: string;
  /** Everything that would identify a reviewer or their opinion. */
  let secrets: string[];

  beforeAll(async () => {
    app = await TestApp.start();
    flow = await ReviewFlow.create(app);
    const submitted = await flow.submitted();
    proposalId = submitted.id;
    applicantToken = submitted.applicant.token;
    await flow.screen(proposalId);

    const [decliner] = await flow.assignments(proposalId, 3);
    const declined = await app.request('POST', `/reviews/assignments/${decliner.assignmentId}/decline`, {
      token: decliner.reviewer.token,
      body: { reason: DECLINE_REASON },
    });
    expect(declined.status).toBe(200);
    // The replacement arrives; every open assignment is accepted and scored, one with a telling recommendation.
    const open = await eventually(async () => {
      const now = await flow.assignments(proposalId, 3);
      return now.every((a) => a.reviewer.id !== decliner.reviewer.id) ? now : undefined;
    });
    for (const [i, a] of open.entries()) {
      expect((await flow.accept(a.reviewer, a.assignmentId)).status).toBe(200);
      expect(
        (await flow.review(a.reviewer, a.assignmentId, [5, 3 + (i % 2), 2], i === 0 ? 'revise' : 'approve')).status,
      ).toBe(200);
    }
    await eventually(async () => (await flow.get(proposalId)).body.status === 'awaiting_decision', 60_000);
    const decided = await flow.decide(proposalId, { outcome: 'approve', amount: 40_000_000, conditions: CONDITIONS });
    expect(decided.status).toBe(200);

    const users: { id: string; email: string; display_name: string }[] = await app.dataSource.query(
      'SELECT id, email, display_name FROM users WHERE id = ANY($1)',
      [flow.reviewers.map((r) => r.id)],
    );
    const assignmentIds: { id: string }[] = await app.dataSource.query(
      'SELECT id FROM review_assignments WHERE proposal_id = $1',
      [proposalId],
    );
    secrets = [
      ...users.flatMap((u) => [u.id, u.email]),
      ...assignmentIds.map((a) => a.id),
      DECLINE_REASON,
      'recommendation',
      'weightedScoreBp',
      'reviewerIds',
    ];
    expect(secrets.length).toBeGreaterThan(4 * 2 + 4);
  });
  afterAll(() => app?.stop());

  const leaked = (body: unknown) => secrets.filter((s) => JSON.stringify(body).includes(s));

  it('shows staff the whole review trail (so the checks below can fail)', async () => {
    const history = await app.request('GET', `/proposals/${proposalId}/history?limit=100`, { token: flow.pm });
    expect(history.status).toBe(200);
    const actions = history.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['proposal.reviewers_assigned', 'review.declined', 'review.submitted']),
    );
    expect(leaked(history.body)).toEqual(
      expect.arrayContaining([DECLINE_REASON, 'recommendation', flow.reviewers[0].id]),
    );
    expect((await app.request('GET', `/rounds/${flow.roundId}`, { token: flow.pm })).body.reviewerIds.sort()).toEqual(
      flow.reviewers.map((r) => r.id).sort(),
    );
    expect((await flow.get(proposalId)).body.reviewProgress).toMatchObject({ submitted: 3, declined: 1 });
  });

  it("gives the applicant its proposal's history with the decision and feedback, and nothing of the reviewers", async () => {
    const history = await app.request('GET', `/proposals/${proposalId}/history?limit=100`, { token: applicantToken });
    expect(history.status).toBe(200);
    expect(leaked(history.body)).toEqual([]);
    const actions: string[] = history.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'proposal.created',
      'proposal.submitted',
      'proposal.screening_started',
      'proposal.screened',
      'proposal.review_completed',
      'proposal.approved',
    ]);
    const approved = history.body.items.find((e: { action: string }) => e.action === 'proposal.approved');
    expect(approved).toMatchObject({
      actorId: null,
      actorRole: Role.COMMITTEE_CHAIR,
      toState: 'approved',
      data: { amount: 40_000_000, conditions: CONDITIONS },
    });
    // Its own people keep their names on what they did.
    expect(history.body.items[0].actorId).not.toBeNull();
    // Hidden events are filtered before paging: every page but the last is full, and together they are the trail.
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { action: string }[]; nextCursor: string | null } } = await app.request(
        'GET',
        `/proposals/${proposalId}/history?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { token: applicantToken },
      );
      pages.push(page.body.items.map((e: { action: string }) => e.action));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
    expect(pages.flat()).toEqual(actions);
  });

  it('shows the applicant its proposal without review progress, and rounds without their panel', async () => {
    const detail = await app.request('GET', `/proposals/${proposalId}`, { token: applicantToken });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ status: 'approved', decision: { outcome: 'approve', conditions: CONDITIONS } });
    expect(detail.body).not.toHaveProperty('reviewProgress');
    expect(leaked(detail.body)).toEqual([]);
    // The reviews themselves (scores, comments per criterion) are for staff only.
    expect((await app.request('GET', `/proposals/${proposalId}/reviews`, { token: applicantToken })).status).toBe(403);

    const reviewer = flow.reviewers[0].token;
    for (const token of [applicantToken, reviewer]) {
      const round = await app.request('GET', `/rounds/${flow.roundId}`, { token });
      expect(round.status).toBe(200);
      expect(round.body).not.toHaveProperty('reviewerIds');
      const rounds = await app.request('GET', '/rounds', { token });
      expect(rounds.body.items.length).toBeGreaterThan(0);
      expect(leaked(rounds.body)).toEqual([]);
    }
  });

  it('sends the applicant notifications that name no reviewer', async () => {
    const inbox = await app.request('GET', '/notifications?limit=100', { token: applicantToken });
    expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['proposal_screened_in', 'proposal_approved']),
    );
    expect(leaked(inbox.body)).toEqual([]);
  });
});
