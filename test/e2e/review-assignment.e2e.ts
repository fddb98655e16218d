import { randomUUID } from 'node:crypto';
import { TestApp } from '../support/app';
import { ReviewFlow } from '../support/review-flow';

/**
 * GET /reviews/assignments/:id (issue 11): a reviewer's own assignment with its deadline, the proposal as submitted
 * and the rubric; anyone else's answers exactly as an unknown id does, so nobody learns who reviews what.
 */
describe('one review assignment (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;

  beforeAll(async () => {
    app = await TestApp.start();
    flow = await ReviewFlow.create(app);
  });
  afterAll(() => app?.stop());

  it('its reviewer reads it with the proposal and rubric; another reviewer gets 404; an applicant learns nothing', async () => {
    const { id, applicant } = await flow.submitted();
    await flow.screen(id);
    const [mine, theirs] = await flow.assignments(id, 3);
    const outsider = flow.reviewers.find((r) => r.id !== mine.reviewer.id && r.id !== theirs.reviewer.id)!;
    const listed = (await app.request('GET', '/reviews/assignments', { token: mine.reviewer.token })).body.items.find(
      (a: { id: string }) => a.id === mine.assignmentId,
    );
    const asSubmitted = (await flow.get(id, mine.reviewer.token)).body;

    const res = await app.request('GET', `/reviews/assignments/${mine.assignmentId}`, { token: mine.reviewer.token });
    expect(res.status).toBe(200);
    expect(res.body.assignment).toEqual(listed);
    expect(res.body.assignment).toMatchObject({ id: mine.assignmentId, proposalId: id, status: 'pending' });
    expect(new Date(res.body.assignment.deadline).getTime()).toBeGreaterThan(Date.now());
    expect(res.body.proposal).toEqual(asSubmitted);
    expect(res.body.proposal.budgetLines.length).toBeGreaterThan(0);
    const round = (await app.request('GET', `/rounds/${flow.roundId}`, { token: flow.pm })).body;
    expect(res.body.rubric).toEqual(round.rubric);
    expect(res.body.rubric.map((c: { key: string }) => c.key)).toEqual(['relevance', 'feasibility', 'inclusion']);

    // Another reviewer of the same proposal, and one of the panel not on it: as if it did not exist.
    const unknown = await app.request('GET', `/reviews/assignments/${randomUUID()}`, { token: theirs.reviewer.token });
    expect(unknown.status).toBe(404);
    for (const token of [theirs.reviewer.token, outsider.token]) {
      const other = await app.request('GET', `/reviews/assignments/${mine.assignmentId}`, { token });
      expect(other.status).toBe(404);
      expect(other.body.code).toBe(unknown.body.code);
      expect(JSON.stringify(other.body)).not.toContain(mine.reviewer.id);
    }

    // The applicant: refused for its role, the same answer for this assignment as for any id.
    const byApplicant = await app.request('GET', `/reviews/assignments/${mine.assignmentId}`, {
      token: applicant.token,
    });
    const anyId = await app.request('GET', `/reviews/assignments/${randomUUID()}`, { token: applicant.token });
    expect(byApplicant.status).toBe(403);
    expect(anyId.status).toBe(403);
    expect(byApplicant.body.code).toBe(anyId.body.code);
    expect(JSON.stringify(byApplicant.body)).not.toContain(mine.reviewer.id);

    // Declined (a conflict of interest): still the reviewer's assignment, but no longer its proposal to read.
    const declined = await app.request('POST', `/reviews/assignments/${theirs.assignmentId}/decline`, {
      token: theirs.reviewer.token,
      body: { reason: 'Je connais la trésorière.' },
    });
    expect(declined.status).toBe(200);
    const after = await app.request('GET', `/reviews/assignments/${theirs.assignmentId}`, {
      token: theirs.reviewer.token,
    });
    expect(after.status).toBe(200);
    expect(after.body.assignment.status).toBe('declined');
    expect(after.body.proposal).toBeNull();

    // Not a uuid: a clear 4xx, not a 500.
    const bad = await app.request('GET', '/reviews/assignments/not-an-id', { token: mine.reviewer.token });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
  });
});
