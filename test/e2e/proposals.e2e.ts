import { Role } from '@csf/domain';
import { proposalWorkflowId, proposalStateQuery } from '@csf/temporal';
import { TestApp } from '../support/app';
import { proposalBody } from '../support/factory';

describe('proposals (e2e)', () => {
  let app: TestApp;
  let roundId: string;
  let orgA: string;
  let applicant: string;
  let applicant2: string;
  let reviewer: string;
  let pm: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const a = await app.factory.newOrganization({ name: 'Femmes de Matoto' });
    const b = await app.factory.newOrganization({ name: 'Jeunes de Kankan', region: 'kankan', commune: 'kankan' });
    orgA = a.id;
    applicant = (await app.actor([Role.APPLICANT], a.id)).token;
    applicant2 = (await app.actor([Role.APPLICANT], b.id)).token;
    reviewer = (await app.actor([Role.REVIEWER])).token;
    pm = (await app.actor([Role.PROGRAM_MANAGER])).token;
    roundId = (await app.factory.newRound()).id;
  });

  afterAll(() => app?.stop());

  /** Each test gets its own organisation so the one-open-proposal rule does not couple them. */
  async function freshApplicant() {
    const org = await app.factory.newOrganization();
    return { orgId: org.id, token: (await app.actor([Role.APPLICANT], org.id)).token };
  }

  async function draft(token: string, overrides: Record<string, unknown> = {}) {
    const res = await app.request('POST', '/proposals', { token, body: proposalBody(roundId, overrides) });
    expect(res.status).toBe(201);
    return res.body;
  }

  it('drafts, edits and submits a proposal; it lands in screening with its workflow waiting and its history', async () => {
    const { token, orgId } = await freshApplicant();
    const created = await draft(token, { requestedAmount: 40_000_000 });
    expect(created).toMatchObject({ status: 'draft', organizationId: orgId, currency: 'GNF', submissionCount: 0 });
    expect(created.budgetLines).toHaveLength(2);

    const edited = await app.request('PATCH', `/proposals/${created.id}`, {
      token,
      body: { requestedAmount: 45_000_000 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.requestedAmount).toBe(45_000_000);

    const submitted = await app.request('POST', `/proposals/${created.id}/submit`, { token });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'screening',
      submissionCount: 1,
      workflowId: `proposal-${created.id}`,
    });
    // Built from what the submission read and wrote, not read back: it must be what a read answers.
    expect(submitted.body.stageDeadline).not.toBeNull();
    expect((await app.request('GET', `/proposals/${created.id}`, { token })).body).toEqual(submitted.body);

    // The workflow is running, waiting for screening, and agrees with the database.
    const handle = app.temporal.workflow.getHandle(proposalWorkflowId(created.id));
    expect((await handle.describe()).status.name).toBe('RUNNING');
    expect(await handle.query(proposalStateQuery)).toMatchObject({ status: 'screening', stage: 'awaiting_screening' });

    const history = await app.request('GET', `/proposals/${created.id}/history`, { token });
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual([
      'proposal.created',
      'proposal.updated',
      'proposal.submitted',
      'proposal.screening_started',
    ]);
    expect(history.body.items[2]).toMatchObject({
      fromState: 'draft',
      toState: 'submitted',
      actorRole: 'applicant',
      workflowId: `proposal-${created.id}`,
    });

    // Editing after submission is refused and changes nothing.
    const late = await app.request('PATCH', `/proposals/${created.id}`, { token, body: { title: 'Autre' } });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('INVALID_STATE');
  });

  it('never starts a second workflow: a repeated submit is refused, concurrent submits run one workflow', async () => {
    const { token } = await freshApplicant();
    const p = await draft(token);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.request('POST', `/proposals/${p.id}/submit`, { token })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);

    const again = await app.request('POST', `/proposals/${p.id}/submit`, { token });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_STATE');

    const runs = [];
    for await (const wf of app.temporal.workflow.list({ query: `WorkflowId = '${proposalWorkflowId(p.id)}'` }))
      runs.push(wf);
    expect(runs).toHaveLength(1);
    const events = await app.request('GET', `/proposals/${p.id}/history`, { token });
    expect(events.body.items.filter((e: { action: string }) => e.action === 'proposal.submitted')).toHaveLength(1);
  });

  it('withdraws a submitted proposal through its workflow, which then completes', async () => {
    const { token } = await freshApplicant();
    const p = await draft(token);
    await app.request('POST', `/proposals/${p.id}/submit`, { token });
    const res = await app.request('POST', `/proposals/${p.id}/withdraw`, {
      token,
      body: { reason: 'Projet financé ailleurs' },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    const handle = app.temporal.workflow.getHandle(proposalWorkflowId(p.id));
    await handle.result();
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    const again = await app.request('POST', `/proposals/${p.id}/withdraw`, { token, body: {} });
    expect(again.status).toBe(409);
  });

  it('withdraws a draft directly (no workflow exists yet)', async () => {
    const { token } = await freshApplicant();
    const p = await draft(token);
    const res = await app.request('POST', `/proposals/${p.id}/withdraw`, { token, body: {} });
    expect(res.body.status).toBe('withdrawn');
    const submit = await app.request('POST', `/proposals/${p.id}/submit`, { token });
    expect(submit.status).toBe(409);
  });

  it('enforces one open proposal per organisation per round', async () => {
    const { token } = await freshApplicant();
    const first = await draft(token);
    const second = await draft(token, { title: 'Deuxième projet' });
    expect((await app.request('POST', `/proposals/${first.id}/submit`, { token })).status).toBe(200);
    const refused = await app.request('POST', `/proposals/${second.id}/submit`, { token });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ONE_OPEN_PROPOSAL_PER_ROUND');
    expect((await app.request('GET', `/proposals/${second.id}`, { token })).body.status).toBe('draft');
  });

  describe('refusals change nothing', () => {
    async function countProposals() {
      const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM proposals');
      return count as number;
    }

    it.each([
      ['fractional money', { requestedAmount: 45_000_000.5 }, 'requestedAmount', 'NOT_INTEGER'],
      ['negative money', { requestedAmount: -5 }, 'requestedAmount', 'NEGATIVE'],
      ['money as a string', { requestedAmount: '45000000' }, 'requestedAmount', 'NOT_INTEGER'],
      [
        'a line total that is not quantity × unit cost',
        { budgetLines: [{ category: 'equipment', description: 'x', quantity: 2, unitCost: 10, total: 21 }] },
        'budgetLines[0].total',
        'MISMATCH',
      ],
      ['dates out of order', { startDate: '2027-12-31', endDate: '2027-01-01' }, 'endDate', 'OUT_OF_ORDER'],
      ['an impossible date', { startDate: '2027-02-30' }, 'startDate', 'INVALID_DATE'],
      ['an unknown region', { region: 'atlantis' }, 'region', 'UNKNOWN_REGION'],
      ['an unknown field', { status: 'approved' }, 'status', 'UNKNOWN_FIELD'],
      [
        'an unknown nested field',
        { beneficiaries: { total: 1, women: 0, youth: 0, men: 1 } },
        'beneficiaries.men',
        'UNKNOWN_FIELD',
      ],
    ])('422 for %s', async (_label, overrides, field, code) => {
      const before = await countProposals();
      const res = await app.request('POST', '/proposals', { token: applicant, body: proposalBody(roundId, overrides) });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' });
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
      expect(await countProposals()).toBe(before);
    });

    it('400 for malformed JSON and a body that is not an object, 413 for an oversized body', async () => {
      const malformed = await app.request('POST', '/proposals', { token: applicant, raw: '{"title": ' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('MALFORMED_JSON');
      const array = await app.request('POST', '/proposals', { token: applicant, raw: '[1,2]' });
      expect(array.status).toBe(422);
      const huge = await app.request('POST', '/proposals', {
        token: applicant,
        body: proposalBody(roundId, { summary: 'x'.repeat(400_000) }),
      });
      expect(huge.status).toBe(413);
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('localises details: French by default, English on request', async () => {
      const body = proposalBody(roundId, { region: 'atlantis' });
      const fr = await app.request('POST', '/proposals', { token: applicant, body });
      const en = await app.request('POST', '/proposals', {
        token: applicant,
        body,
        headers: { 'accept-language': 'en-GB,en;q=0.9' },
      });
      expect(fr.body.errors[0].message).toBe('Région inconnue.');
      expect(en.body.errors[0].message).toBe('Unknown region.');
      expect(en.body.title).toBe('Invalid data');
    });

    it('refuses at submission a budget that does not add up to the requested amount', async () => {
      const { token } = await freshApplicant();
      const p = await draft(token, { requestedAmount: 44_000_000 });
      const res = await app.request('POST', `/proposals/${p.id}/submit`, { token });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        code: 'BUDGET_MISMATCH',
        errors: [{ field: 'requestedAmount', code: 'MISMATCH' }],
      });
      expect((await app.request('GET', `/proposals/${p.id}`, { token })).body.status).toBe('draft');
    });

    it('refuses an amount above the maximum award and an incomplete draft', async () => {
      const { token } = await freshApplicant();
      const lines = [
        { category: 'equipment', description: 'Caméras', quantity: 61, unitCost: 1_000_000, total: 61_000_000 },
      ];
      const big = await draft(token, { requestedAmount: 61_000_000, budgetLines: lines });
      const res = await app.request('POST', `/proposals/${big.id}/submit`, { token });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('AMOUNT_ABOVE_MAX_AWARD');
      const thin = (await app.request('POST', '/proposals', { token, body: { roundId, title: 'Idée' } })).body;
      const incomplete = await app.request('POST', `/proposals/${thin.id}/submit`, { token });
      expect(incomplete.body.code).toBe('INCOMPLETE_PROPOSAL');
      expect(incomplete.body.errors.length).toBeGreaterThan(5);
    });

    it('refuses a submission outside the round window with ROUND_CLOSED', async () => {
      const closed = await app.factory.newRound({
        opensAt: new Date('2025-01-01T00:00:00Z'),
        closesAt: new Date('2025-03-01T00:00:00Z'),
      });
      const { token } = await freshApplicant();
      const p = (await app.request('POST', '/proposals', { token, body: proposalBody(closed.id) })).body;
      const res = await app.request('POST', `/proposals/${p.id}/submit`, { token });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('ROUND_CLOSED');
      expect(res.body.detail).toBe("L'appel à propositions est clos.");
    });

    it('refuses a region the round does not cover', async () => {
      const narrow = await app.factory.newRound({ eligibleRegions: ['kankan'] });
      const { token } = await freshApplicant();
      const p = (await app.request('POST', '/proposals', { token, body: proposalBody(narrow.id) })).body;
      expect((await app.request('POST', `/proposals/${p.id}/submit`, { token })).body.code).toBe('REGION_NOT_ELIGIBLE');
    });
  });

  describe('access', () => {
    it('401 without a token or with a forged one, 403 for a wrong role, 404 for another organisation', async () => {
      const p = await draft(applicant);
      expect((await app.request('GET', `/proposals/${p.id}`)).status).toBe(401);
      const forged = applicant.slice(0, -4) + (applicant.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      const forgedRes = await app.request('GET', `/proposals/${p.id}`, { token: forged });
      expect(forgedRes.status).toBe(401);
      expect(forgedRes.body.code).toBe('UNAUTHENTICATED');
      const wrongRole = await app.request('POST', '/proposals', { token: reviewer, body: proposalBody(roundId) });
      expect(wrongRole.status).toBe(403);
      expect(wrongRole.body.code).toBe('FORBIDDEN');
      for (const [method, path] of [
        ['GET', `/proposals/${p.id}`],
        ['PATCH', `/proposals/${p.id}`],
        ['POST', `/proposals/${p.id}/submit`],
        ['POST', `/proposals/${p.id}/withdraw`],
        ['GET', `/proposals/${p.id}/history`],
      ]) {
        const res = await app.request(method, path, { token: applicant2, body: method === 'GET' ? undefined : {} });
        expect([method, path, res.status]).toEqual([method, path, 404]);
      }
      expect((await app.request('GET', `/proposals/${p.id}`, { token: pm })).status).toBe(200);
    });

    it('lists only the caller organisation for applicants, with filters, cursor pagination and a capped limit', async () => {
      const { token, orgId } = await freshApplicant();
      for (const title of ['Un', 'Deux', 'Trois']) await draft(token, { title });
      const page1 = await app.request('GET', '/proposals?limit=2', { token });
      expect(page1.body.items).toHaveLength(2);
      expect(page1.body.items.every((p: { organizationId: string }) => p.organizationId === orgId)).toBe(true);
      const page2 = await app.request('GET', `/proposals?limit=2&cursor=${page1.body.nextCursor}`, { token });
      expect(page2.body.items.map((p: { title: string }) => p.title)).toEqual(['Un']);
      expect(page2.body.nextCursor).toBeNull();
      const other = await app.request('GET', `/proposals?organizationId=${orgA}`, { token });
      expect(other.body.items).toEqual([]);

      const staff = await app.request(
        'GET',
        `/proposals?organizationId=${orgId}&status=draft&region=conakry&roundId=${roundId}`,
        { token: pm },
      );
      expect(staff.body.items).toHaveLength(3);
      for (const bad of [
        'limit=1000',
        'limit=0',
        'limit=abc',
        'status=bogus',
        'region=atlantis',
        'cursor=%%%',
        'roundId=nope',
      ]) {
        const res = await app.request('GET', `/proposals?${bad}`, { token: pm });
        expect([bad, res.status]).toEqual([bad, 422]);
      }
    });
  });

  it('keeps a submitted proposal and its waiting workflow across a restart of the worker and the API', async () => {
    const { token } = await freshApplicant();
    const p = await draft(token);
    await app.request('POST', `/proposals/${p.id}/submit`, { token });

    await app.stopWorker();
    // While no worker runs, the state is still readable from PostgreSQL and the workflow still exists.
    expect((await app.request('GET', `/proposals/${p.id}`, { token })).body.status).toBe('screening');
    const handle = app.temporal.workflow.getHandle(proposalWorkflowId(p.id));
    expect((await handle.describe()).status.name).toBe('RUNNING');

    await app.startWorker();
    expect(await handle.query(proposalStateQuery)).toMatchObject({ status: 'screening', submissionNumber: 1 });
    // The restarted worker replays the run and still takes commands.
    const withdrawn = await app.request('POST', `/proposals/${p.id}/withdraw`, { token, body: {} });
    expect(withdrawn.body.status).toBe('withdrawn');
  });
});
