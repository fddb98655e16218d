import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { proposalBody } from '../support/factory';

const roundBody = (overrides: Record<string, unknown> = {}) => ({
  name: { fr: 'Fonds de sécurité communautaire 2027', en: 'Community Safety Fund 2027' },
  currency: 'GNF',
  budgetEnvelope: 900_000_000,
  maxAward: 60_000_000,
  eligibleRegions: ['conakry', 'kindia', 'mamou', 'labe', 'kankan', 'siguiri'],
  opensAt: '2026-11-01T00:00:00Z',
  closesAt: '2027-01-31T23:59:59Z',
  tranchePlan: [40, 40, 20],
  rubric: [
    { key: 'relevance', label: { fr: 'Pertinence', en: 'Relevance' }, weight: 40, maxScore: 5 },
    { key: 'feasibility', label: { fr: 'Faisabilité', en: 'Feasibility' }, weight: 35, maxScore: 5 },
    {
      key: 'inclusion',
      label: { fr: 'Inclusion des femmes et des jeunes', en: 'Inclusion of women and youth' },
      weight: 25,
      maxScore: 5,
    },
  ],
  reviewersPerProposal: 3,
  approvalThreshold: 60,
  durations: {
    screening: '5 days',
    review: '10 days',
    reviewReminder: '7 days',
    decision: '7 days',
    agreement: '14 days',
    revision: '21 days',
    reportPeriod: '90 days',
    reportReminder: '7 days',
    reportGrace: '14 days',
    atRisk: '30 days',
  },
  ...overrides,
});

describe('rounds, panels, organisations and idempotency (e2e)', () => {
  let app: TestApp;
  let pm: string;

  beforeAll(async () => {
    app = await TestApp.start();
    pm = (await app.actor([Role.PROGRAM_MANAGER])).token;
  });
  afterAll(() => app?.stop());

  it('creates a round with the DESIGN §5 shape and sets its panel', async () => {
    const created = await app.request('POST', '/rounds', { token: pm, body: roundBody() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      currency: 'GNF',
      budgetEnvelope: 900_000_000,
      reservedAmount: 0,
      remainingAmount: 900_000_000,
      tranchePlan: [40, 40, 20],
      reviewerIds: [],
    });
    const reviewers = await Promise.all([1, 2, 3, 4].map(() => app.factory.newUser([Role.REVIEWER])));
    const panel = await app.request('PUT', `/rounds/${created.body.id}/panel`, {
      token: pm,
      body: { reviewerIds: reviewers.map((r) => r.id) },
    });
    expect(panel.status).toBe(200);
    const round = await app.request('GET', `/rounds/${created.body.id}`, { token: pm });
    expect(round.body.reviewerIds.sort()).toEqual(reviewers.map((r) => r.id).sort());
    const list = await app.request('GET', '/rounds', { token: (await app.actor([Role.APPLICANT])).token });
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(created.body.id);
  });

  it('refuses inconsistent rounds and non-reviewers on a panel', async () => {
    const bad = await app.request('POST', '/rounds', {
      token: pm,
      body: roundBody({
        tranchePlan: [40, 40],
        maxAward: 1_000_000_000,
        budgetEnvelope: 900_000_000.5,
        durations: { review: 'bientôt' },
      }),
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'budgetEnvelope',
      'durations.review',
    ]);
    const sums = await app.request('POST', '/rounds', {
      token: pm,
      body: roundBody({ tranchePlan: [40, 40], closesAt: '2026-01-01T00:00:00Z' }),
    });
    expect(sums.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'closesAt:OUT_OF_ORDER',
      'tranchePlan:MISMATCH',
    ]);
    expect((await app.request('GET', '/rounds', { token: pm })).body.items).toHaveLength(1);

    const round = await app.factory.newRound();
    const applicant = await app.factory.newUser([Role.APPLICANT]);
    const res = await app.request('PUT', `/rounds/${round.id}/panel`, {
      token: pm,
      body: { reviewerIds: [applicant.id] },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'UNKNOWN_REVIEWER', errors: [{ field: 'reviewerIds[0]' }] });

    const chair = (await app.actor([Role.COMMITTEE_CHAIR])).token;
    expect((await app.request('POST', '/rounds', { token: chair, body: roundBody() })).status).toBe(403);
  });

  it('lets an applicant register its organisation once, and hides it from other applicants', async () => {
    const { token, user } = await app.actor([Role.APPLICANT]);
    const body = {
      name: 'Association des femmes de Matoto',
      type: 'womens_association',
      region: 'conakry',
      commune: 'matoto',
      phone: '+224620000001',
    };
    const created = await app.request('POST', '/organizations', { token, body });
    expect(created.status).toBe(201);
    expect(created.body.members.map((m: { id: string }) => m.id)).toEqual([user.id]);
    expect((await app.request('GET', '/me', { token })).body.organizationId).toBe(created.body.id);
    const again = await app.request('POST', '/organizations', { token, body });
    expect(again.body.code).toBe('ALREADY_MEMBER');
    const badPhone = await app.request('POST', '/organizations', {
      token: (await app.actor([Role.APPLICANT])).token,
      body: { ...body, phone: '+22462000000' },
    });
    expect(badPhone.body.errors).toEqual([expect.objectContaining({ field: 'phone', code: 'INVALID_PHONE' })]);
    const stranger = (await app.actor([Role.APPLICANT], (await app.factory.newOrganization()).id)).token;
    expect((await app.request('GET', `/organizations/${created.body.id}`, { token: stranger })).status).toBe(404);
    expect((await app.request('GET', `/organizations/${created.body.id}`, { token: pm })).status).toBe(200);
  });

  it('replays the first answer for a repeated Idempotency-Key and refuses the key with another body', async () => {
    const org = await app.factory.newOrganization();
    const { token } = await app.actor([Role.APPLICANT], org.id);
    const round = await app.factory.newRound();
    const body = proposalBody(round.id);
    const headers = { 'idempotency-key': 'draft-0001' };
    const first = await app.request('POST', '/proposals', { token, body, headers });
    const second = await app.request('POST', '/proposals', { token, body: { ...body }, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const [{ count }] = await app.dataSource.query(
      'SELECT count(*)::int AS count FROM proposals WHERE organization_id = $1',
      [org.id],
    );
    expect(count).toBe(1);

    const other = await app.request('POST', '/proposals', { token, body: { ...body, title: 'Autre' }, headers });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    // A refused command leaves the key free: fixing the request and retrying with the same key works.
    const key = { 'idempotency-key': 'draft-0002' };
    expect(
      (await app.request('POST', '/proposals', { token, body: { ...body, region: 'atlantis' }, headers: key })).status,
    ).toBe(422);
    expect((await app.request('POST', '/proposals', { token, body, headers: key })).status).toBe(201);
  });

  it('reports readiness of PostgreSQL and Temporal', async () => {
    const live = await app.request('GET', '/health/live');
    const ready = await app.request('GET', '/health/ready');
    expect(live.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, temporal: { status: 'up' } });
    expect(ready.headers.get('x-request-id')).toBeTruthy();
  });
});
