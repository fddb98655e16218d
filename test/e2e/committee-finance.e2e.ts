import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Role } from '@csf/domain';
import { decideProposalUpdate, proposalWorkflowId } from '@csf/temporal';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { ReviewFlow } from '../support/review-flow';

const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620004567' } };
// 40·2/5 + 35·2/5 + 25·2/5 = 40 % for each review: below the example round's 60 % threshold.
const LOW = [
  [2, 2, 2],
  [2, 2, 2],
  [2, 2, 2],
];

describe('committee review summary, the justification rule, and the finance queue (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;

  beforeAll(async () => {
    app = await TestApp.start({ PAYMENT_GATEWAY: 'manual' });
    flow = await ReviewFlow.create(app);
  });
  afterAll(() => app?.stop());

  const history = async (id: string) =>
    (await app.request('GET', `/proposals/${id}/history`, { token: flow.pm })).body.items as {
      action: string;
      data: Record<string, unknown> | null;
    }[];

  describe('GET /proposals/:id/reviews and the decision', () => {
    it('names each reviewer with the scores and comments, the mean against the threshold and the conflicts declared', async () => {
      const { id, applicant } = await flow.submitted();
      await flow.screen(id);
      const first = await flow.assignments(id, 3);
      // One member declares a conflict: another is assigned in their place.
      const conflicted = first[0];
      const declined = await app.request('POST', `/reviews/assignments/${conflicted.assignmentId}/decline`, {
        token: conflicted.reviewer.token,
        body: { reason: 'Je siège au bureau de cette association.' },
      });
      expect(declined.body.status).toBe('declined');
      const assigned = await eventually(async () => {
        const open = await flow.assignments(id, 3, ['pending']);
        return open.some((a) => a.reviewer.id === conflicted.reviewer.id) ? undefined : open;
      });
      for (const [i, a] of assigned.entries()) {
        await flow.accept(a.reviewer, a.assignmentId);
        await flow.review(a.reviewer, a.assignmentId, LOW[i]);
      }
      await eventually(async () => (await flow.get(id)).body.status === 'awaiting_decision', 60_000);

      const summary = await app.request('GET', `/proposals/${id}/reviews`, { token: flow.chair });
      expect(summary.status).toBe(200);
      expect(summary.body).toMatchObject({ cycle: 1, weightedScore: 40, approvalThreshold: 60, thresholdMet: false });
      expect(summary.body.items).toHaveLength(3);
      const names = await app.dataSource.query('SELECT id, display_name FROM users WHERE id = ANY($1)', [
        assigned.map((a) => a.reviewer.id),
      ]);
      for (const item of summary.body.items) {
        expect(item.reviewerName).toBe(names.find((n: { id: string }) => n.id === item.reviewerId).display_name);
        expect(item).toMatchObject({ weightedScore: 40, recommendation: 'approve', comment: 'Projet solide.' });
        expect(item.scores.map((s: { criterion: string }) => s.criterion)).toEqual([
          'relevance',
          'feasibility',
          'inclusion',
        ]);
      }
      expect(summary.body.conflicts).toEqual([
        expect.objectContaining({
          reviewerId: conflicted.reviewer.id,
          cycle: 1,
          reason: 'Je siège au bureau de cette association.',
        }),
      ]);
      expect(summary.body.conflicts[0].reviewerName).toMatch(/^Test reviewer/);

      // Every staff role that oversees review reads it; applicants and reviewers never do.
      for (const roles of [[Role.PROGRAM_MANAGER], [Role.ADMIN], [Role.AUDITOR]]) {
        expect(
          (await app.request('GET', `/proposals/${id}/reviews`, { token: (await app.actor(roles)).token })).status,
        ).toBe(200);
      }
      expect((await app.request('GET', `/proposals/${id}/reviews`, { token: applicant.token })).status).toBe(403);
      expect((await app.request('GET', `/proposals/${id}/reviews`, { token: assigned[0].reviewer.token })).status).toBe(
        403,
      );
      expect(
        (
          await app.request('GET', `/proposals/${id}/reviews`, {
            token: (await app.actor([Role.FINANCE_OFFICER])).token,
          })
        ).status,
      ).toBe(403);
      expect(
        (await app.request('GET', `/proposals/00000000-0000-4000-8000-000000000000/reviews`, { token: flow.chair }))
          .status,
      ).toBe(404);

      // The chair's queue, oldest first, with the decision deadline.
      const queue = await app.request('GET', `/proposals?status=awaiting_decision&order=oldest&limit=100`, {
        token: flow.chair,
      });
      const row = queue.body.items.find((p: { id: string }) => p.id === id);
      expect(Date.parse(row.stageDeadline)).toBeGreaterThan(Date.now());
      const created = queue.body.items.map((p: { createdAt: string }) => p.createdAt);
      expect(created).toEqual([...created].sort());
      expect((await app.request('GET', '/proposals?order=sideways', { token: flow.chair })).body.errors).toEqual([
        expect.objectContaining({ field: 'order', code: 'NOT_IN_LIST' }),
      ]);

      // Approving below the threshold: refused without a justification, nothing changes; accepted with one.
      const bare = await flow.decide(id, { outcome: 'approve', amount: 30_000_000 });
      expect(bare.status).toBe(422);
      expect(bare.body.code).toBe('JUSTIFICATION_REQUIRED');
      expect(bare.body.errors).toEqual([
        expect.objectContaining({ field: 'justification', code: 'JUSTIFICATION_REQUIRED' }),
      ]);
      expect(bare.body.detail).toContain('40');
      // Blank text is no justification (refused by the input rules, on the same field).
      const blank = await flow.decide(id, { outcome: 'approve', amount: 30_000_000, justification: '   ' });
      expect(blank.status).toBe(422);
      expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'justification' })]);
      expect((await flow.get(id)).body.status).toBe('awaiting_decision');
      const [{ count }] = await app.dataSource.query(
        'SELECT count(*)::int AS count FROM grants WHERE proposal_id = $1',
        [id],
      );
      expect(count).toBe(0);
      const justification = 'Seul projet de la commune ; le comité accepte un budget réduit.';
      const approved = await flow.decide(id, { outcome: 'approve', amount: 30_000_000, justification });
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('approved');
      const event = (await history(id)).find((e) => e.action === 'proposal.approved');
      expect(event?.data).toMatchObject({
        justification,
        weightedScore: 40,
        approvalThreshold: 60,
        amount: 30_000_000,
      });
    });

    it('rejecting at or above the threshold needs a justification too; revising never does', async () => {
      const above = await flow.awaitingDecision();
      const summary = await app.request('GET', `/proposals/${above.id}/reviews`, { token: flow.chair });
      expect(summary.body).toMatchObject({ weightedScore: 75, thresholdMet: true, conflicts: [] });
      const bare = await flow.decide(above.id, { outcome: 'reject', reason: 'Hors priorités' });
      expect(bare.status).toBe(422);
      expect(bare.body.errors).toEqual([
        expect.objectContaining({ field: 'justification', code: 'JUSTIFICATION_REQUIRED' }),
      ]);
      const justification = 'Projet déjà financé par un autre bailleur.';
      const rejected = await flow.decide(above.id, { outcome: 'reject', reason: 'Hors priorités', justification });
      expect(rejected.body.status).toBe('rejected');
      expect((await history(above.id)).find((e) => e.action === 'proposal.rejected')?.data).toMatchObject({
        justification,
        weightedScore: 75,
      });

      // At the threshold an approval needs nothing; below, a rejection needs nothing; a revision never.
      const low = await flow.awaitingDecision({}, LOW);
      expect((await flow.decide(low.id, { outcome: 'revise', reason: 'Préciser le budget' })).body.status).toBe(
        'revision_requested',
      );
    });

    it('the workflow and the approval activity hold the rule even when a command skips the API', async () => {
      const { id } = await flow.awaitingDecision({}, LOW);
      const chair = await app.dataSource.query("SELECT id FROM users WHERE 'committee_chair' = ANY(roles) LIMIT 1");
      const handle = app.temporal.workflow.getHandle(proposalWorkflowId(id));
      const actor = { userId: chair[0].id, role: 'committee_chair' };
      const refusal = async (basis: { weightedScoreBp: number; approvalThreshold: number } | null) => {
        const error = await handle
          .executeUpdate(decideProposalUpdate, { args: [{ actor, outcome: 'approve', amount: 10_000_000, basis }] })
          .catch((e) => e);
        expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
        return error.cause as { type?: string; cause?: { type?: string } };
      };
      // The validator refuses with the basis the API sends; without one, the activity refuses on what it reads.
      expect((await refusal({ weightedScoreBp: 4000, approvalThreshold: 60 })).type).toBe('JUSTIFICATION_REQUIRED');
      const fromActivity = await refusal(null);
      expect(fromActivity.type ?? fromActivity.cause?.type).toBe('JUSTIFICATION_REQUIRED');
      expect((await flow.get(id)).body.status).toBe('awaiting_decision');
      const [{ reserved }] = await app.dataSource.query(
        'SELECT count(*)::int AS reserved FROM grants WHERE proposal_id = $1',
        [id],
      );
      expect(reserved).toBe(0);
    });
  });

  describe('GET /tranches', () => {
    const queue = (token: string, query = '') => app.request('GET', `/tranches${query}`, { token });

    it('shows the maker what to request and the checker what to approve, with the payee masked, then the payment to confirm', async () => {
      const g = await flow.approvedGrant();
      const other = await flow.approvedGrant(20_000_000);
      expect(
        (
          await app.request('POST', `/grants/${g.grantId}/agreement/sign`, {
            token: g.applicant.token,
            body: mobileMoney,
          })
        ).body.status,
      ).toBe('active');
      expect(
        (
          await app.request('POST', `/grants/${other.grantId}/agreement/sign`, {
            token: other.applicant.token,
            body: mobileMoney,
          })
        ).body.status,
      ).toBe('active');
      const ours = (items: { grantId: string; action: string | null }[]) =>
        items.filter((i) => i.grantId === g.grantId || i.grantId === other.grantId);

      const makerView = await queue(g.officer.token, `?roundId=${flow.roundId}&status=eligible&limit=100`);
      expect(makerView.status).toBe(200);
      const row = makerView.body.items.find((i: { grantId: string }) => i.grantId === g.grantId);
      const org = await app.dataSource.query(
        'SELECT o.name, p.title FROM grants g JOIN organizations o ON o.id = g.organization_id JOIN proposals p ON p.id = g.proposal_id WHERE g.id = $1',
        [g.grantId],
      );
      expect(row).toMatchObject({
        trancheNumber: 1,
        status: 'eligible',
        amount: 16_000_000,
        currency: 'GNF',
        organizationName: org[0].name,
        grantTitle: org[0].title,
        region: 'conakry',
        payee: { method: 'mobile_money', provider: 'orange_money', accountMasked: '***567' },
        action: 'request',
        requestedBy: null,
      });
      expect(JSON.stringify(makerView.body)).not.toContain('620004567');
      expect(Date.parse(row.waitingSince)).toBeLessThanOrEqual(Date.now());
      expect(makerView.body.counts).toMatchObject({ eligible: 2, release_requested: 0 });
      expect(makerView.body.counts.actionable).toBe(2);
      // The checker has nothing to do on an eligible tranche; a manager reads the queue without any action.
      expect(
        ours((await queue(g.approver.token, `?roundId=${flow.roundId}`)).body.items).map(
          (i: { action: string | null }) => i.action,
        ),
      ).toEqual([null, null]);
      expect(
        ours((await queue(flow.pm, `?roundId=${flow.roundId}`)).body.items).every(
          (i: { action: string | null }) => i.action === null,
        ),
      ).toBe(true);

      // Longest waiting first, one page at a time, each row once.
      const first = await queue(g.officer.token, `?roundId=${flow.roundId}&limit=1`);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.items[0].grantId).toBe(g.grantId);
      const second = await queue(g.officer.token, `?roundId=${flow.roundId}&limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((i: { grantId: string }) => i.grantId)).toEqual([other.grantId]);
      expect(second.body.nextCursor).toBeNull();
      expect((await queue(g.officer.token, `?roundId=${flow.roundId}&region=kankan`)).body).toMatchObject({
        items: [],
        counts: { eligible: 0 },
      });

      // Requested: it moves to the checker's queue, approvable by the checker only.
      expect(
        (
          await app.request('POST', `/grants/${g.grantId}/tranches/1/request-release`, {
            token: g.officer.token,
            body: {},
          })
        ).status,
      ).toBe(200);
      const checkerView = await queue(g.approver.token, `?roundId=${flow.roundId}&status=release_requested`);
      expect(checkerView.body.items).toEqual([
        expect.objectContaining({
          grantId: g.grantId,
          status: 'release_requested',
          action: 'approve',
          requestedBy: g.officer.user.id,
          requestedByName: g.officer.user.displayName,
        }),
      ]);
      expect(checkerView.body.counts).toMatchObject({ eligible: 1, release_requested: 1, actionable: 1 });
      expect(
        (await queue(g.officer.token, `?roundId=${flow.roundId}&status=release_requested`)).body.items[0].action,
      ).toBeNull();

      // Approved: the manual payment order waits for the maker's confirmation.
      expect(
        (
          await app.request('POST', `/grants/${g.grantId}/tranches/1/approve-release`, {
            token: g.approver.token,
            body: {},
          })
        ).status,
      ).toBe(200);
      const disbursing = await eventually(async () => {
        const res = await queue(g.officer.token, `?roundId=${flow.roundId}&status=disbursing`);
        return res.body.items.length ? res.body.items[0] : undefined;
      });
      expect(disbursing).toMatchObject({
        grantId: g.grantId,
        action: 'confirm_payment',
        payment: { gateway: 'manual', status: 'ordered', attempt: 1 },
      });
      const order = await app.request('GET', `/grants/${g.grantId}/tranches/1/payment-order`, {
        token: g.officer.token,
      });
      expect(order.body.payee.msisdn).toBe('+224620004567');
      const confirmed = await app.request('POST', `/grants/${g.grantId}/tranches/1/confirm-payment`, {
        token: g.officer.token,
        body: { reference: 'OM-QUEUE-0001', paidAt: new Date().toISOString(), amount: order.body.amount },
      });
      expect(confirmed.body.status).toBe('disbursed');
      // Paid tranches leave the queue.
      expect(
        ours((await queue(g.officer.token, `?roundId=${flow.roundId}`)).body.items).map(
          (i: { grantId: string }) => i.grantId,
        ),
      ).toEqual([other.grantId]);
    });

    it('refuses other roles and bad filters', async () => {
      const { token } = await flow.applicant();
      expect((await queue(token)).status).toBe(403);
      expect((await queue(flow.chair)).status).toBe(403);
      expect((await queue(flow.reviewers[0].token)).status).toBe(403);
      expect((await app.request('GET', '/tranches')).status).toBe(401);
      const officer = (await app.actor([Role.FINANCE_OFFICER])).token;
      const pending = await queue(officer, '?status=pending');
      expect(pending.status).toBe(422);
      expect(pending.body.errors).toEqual([expect.objectContaining({ field: 'status', code: 'NOT_IN_LIST' })]);
      expect((await queue(officer, '?region=paris')).body.errors).toEqual([
        expect.objectContaining({ field: 'region' }),
      ]);
      expect((await queue(officer, '?cursor=bm9wZQ')).body.errors).toEqual([
        expect.objectContaining({ field: 'cursor', code: 'INVALID_CURSOR' }),
      ]);
      expect((await queue(officer, '?roundId=42')).status).toBe(422);
    });
  });
});
