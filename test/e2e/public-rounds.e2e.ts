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
    const upcoming = await app.factory.newRound({ opensAt: new Date(Date.now() + 10 * DAY), closesAt: new Date(Date.now() + 40 * DAY) });
    const closed = await app.factory.newRound({ opensAt: new Date(Date.now() - 40 * DAY), closesAt: new Date(Date.now() - DAY) });
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
      ['closesAt', 'currency', 'durations', 'eligibleCommunes', 'eligibleRegions', 'id', 'maxAward', 'name', 'opensAt', 'rubric', 'status', 'tranchePlan'].sort(),
    );
    expect(detail.body).toMatchObject({
      name: { fr: open.nameFr, en: open.nameEn },
      currency: open.currency,
      maxAward: open.maxAward,
      tranchePlan: open.tranchePlan,
      durations: { screening: open.durations.screening, review: open.durations.review, reportPeriod: open.durations.reportPeriod },
    });
    expect(detail.body.rubric[0]).toEqual({ key: open.rubric[0].key, label: open.rubric[0].label, weight: open.rubric[0].weight, maxScore: open.rubric[0].maxScore });
    // Nothing about the panel, the envelope's use, the review thresholds, anywhere in the answer.
    const text = JSON.stringify(list.body) + JSON.stringify(detail.body);
    for (const secret of ['reviewerIds', 'reservedAmount', 'disbursedAmount', 'remainingAmount', 'budgetEnvelope', 'approvalThreshold', 'reviewersPerProposal', 'createdBy', reviewer.id]) {
      expect(text).not.toContain(secret);
    }

    expect((await app.request('GET', `/public/rounds/${closed.id}`)).status).toBe(404);
    expect((await app.request('GET', '/public/rounds/not-a-uuid')).status).toBe(404);
    expect((await app.request('GET', '/public/rounds?limit=0')).status).toBe(422);
  });
});
