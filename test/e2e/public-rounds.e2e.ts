import { Role } from '@csf/domain';
import { TestApp } from '../support/app';

const DAY = 24 * 60 * 60 * 1000;

describe('open calls without signing in (e2e)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({}, { worker: false });
  });
  afterAll(() => app?.stop());

  it('lists open and upcoming rounds with what an applicant needs, and nothing of how the fund runs them', async () => {
    const reviewer = await app.factory.newUser([Role.REVIEWER]);
    const open = await app.factory.newRound({}, [reviewer.id]);
    const upcoming = await app.factory.newRound({
      opensAt: new Date(Date.now() + 10 * DAY),
      closesAt: new Date(Date.now() + 40 * DAY),
    });
    const closed = await app.factory.newRound({
      opensAt: new Date(Date.now() - 40 * DAY),
      closesAt: new Date(Date.now() - DAY),
    });
    await app.dataSource.query('UPDATE rounds SET reserved_amount = 45000000 WHERE id = $1', [open.id]);

    const list = await app.request('GET', '/public/rounds');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('public, max-age=60');
    expect(list.body.items.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      [upcoming.id, 'upcoming'],
      [open.id, 'open'],
    ]);

    const detail = await app.request('GET', `/public/rounds/${open.id}`);
    expect(detail.status).toBe(200);
    expect(detail.headers.get('cache-control')).toBe('public, max-age=60');
    expect(Object.keys(detail.body).sort()).toEqual(
      [
        'closesAt',
        'currency',
        'description',
        'durations',
        'eligibleCommunes',
        'eligibleRegions',
        'id',
        'maxAward',
        'name',
        'opensAt',
        'rubric',
        'status',
        'tranchePlan',
      ].sort(),
    );
    expect(detail.body).toMatchObject({
      name: { fr: open.nameFr, en: open.nameEn },
      // A round created without a description says so rather than dropping the field.
      description: null,
      currency: open.currency,
      maxAward: open.maxAward,
      tranchePlan: open.tranchePlan,
      durations: {
        screening: open.durations.screening,
        review: open.durations.review,
        reportPeriod: open.durations.reportPeriod,
      },
    });
    expect(detail.body.rubric[0]).toEqual({
      key: open.rubric[0].key,
      label: open.rubric[0].label,
      weight: open.rubric[0].weight,
      maxScore: open.rubric[0].maxScore,
    });
    // Nothing about the panel, the envelope's use, the review thresholds, anywhere in the answer.
    const text = JSON.stringify(list.body) + JSON.stringify(detail.body);
    for (const secret of [
      'reviewerIds',
      'reservedAmount',
      'disbursedAmount',
      'remainingAmount',
      'budgetEnvelope',
      'approvalThreshold',
      'reviewersPerProposal',
      'createdBy',
      reviewer.id,
    ]) {
      expect(text).not.toContain(secret);
    }

    expect((await app.request('GET', `/public/rounds/${closed.id}`)).status).toBe(404);
    expect((await app.request('GET', '/public/rounds/not-a-uuid')).status).toBe(404);
    expect((await app.request('GET', '/public/rounds?limit=0')).status).toBe(422);
  });

  it('shows the bilingual description a programme manager gave the call, and refuses a half or oversized one', async () => {
    const pm = (await app.actor([Role.PROGRAM_MANAGER])).token;
    const description = {
      fr: 'Cet appel finance des associations de femmes et de jeunes qui rendent leur quartier plus sûr.',
      en: 'This call funds women’s and youth associations that make their neighbourhood safer.',
    };
    const body = (overrides: Record<string, unknown> = {}) => ({
      name: { fr: 'Quartiers sûrs 2027', en: 'Safe neighbourhoods 2027' },
      budgetEnvelope: 900_000_000,
      maxAward: 60_000_000,
      eligibleRegions: ['conakry'],
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 60 * DAY).toISOString(),
      tranchePlan: [40, 40, 20],
      rubric: [{ key: 'relevance', label: { fr: 'Pertinence', en: 'Relevance' }, weight: 100, maxScore: 5 }],
      ...overrides,
    });

    const created = await app.request('POST', '/rounds', {
      token: pm,
      body: body({ description: { fr: `  ${description.fr} `, en: description.en } }),
    });
    expect(created.status).toBe(201);
    expect(created.body.description).toEqual(description);

    const detail = await app.request('GET', `/public/rounds/${created.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.name).toEqual({ fr: 'Quartiers sûrs 2027', en: 'Safe neighbourhoods 2027' });
    expect(detail.body.description).toEqual(description);
    const listed = (await app.request('GET', '/public/rounds')).body.items.find(
      (r: { id: string }) => r.id === created.body.id,
    );
    expect(listed.description).toEqual(description);

    const before = Number((await app.dataSource.query('SELECT count(*) AS n FROM rounds'))[0].n);
    const refusals = [
      { description: { fr: description.fr } },
      { description: { fr: description.fr, en: '   ' } },
      { description: { fr: 'x'.repeat(4001), en: description.en } },
      { description: 'Un appel' },
    ];
    for (const overrides of refusals) {
      const bad = await app.request('POST', '/rounds', { token: pm, body: body(overrides) });
      expect(bad.status).toBe(422);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
    }
    // Exactly 4000 characters is still accepted.
    expect(
      (
        await app.request('POST', '/rounds', {
          token: pm,
          body: body({ description: { fr: 'x'.repeat(4000), en: description.en } }),
        })
      ).status,
    ).toBe(201);
    expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM rounds'))[0].n)).toBe(before + 1);
  });
});
