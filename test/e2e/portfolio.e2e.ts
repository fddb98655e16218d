import { SUMMARY_FROM_COUNTERS, SUMMARY_FROM_TABLES } from '@csf/persistence';
import { eventually } from '../support/eventually';
import { withHttpProvider } from '../support/suite';

const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } };
const UNKNOWN = '5b0e1f0a-3c1d-4a7e-9f00-000000000000';

interface Row {
  [key: string]: unknown;
}

describe('portfolio tracking for programme managers (e2e)', () => {
  // Report 1 is due 4 s after signature: overdue at 5 s, the grant at risk at 6 s.
  const suite = withHttpProvider(
    { GRANT_HISTORY_LIMIT: '2000' },
    {
      durations: {
        reportPeriod: '4 seconds',
        reportReminder: '1 second',
        reportGrace: '1 second',
        atRisk: '2 seconds',
      },
    },
  );

  it('answers: envelope left in Kankan, late reports and whom to call, slipped milestones, people reached', async () => {
    const { app, flow } = suite;
    const pm = flow.pm;
    const get = async (path: string, token = pm) => (await app.request('GET', path, { token })).body;
    // Kankan: a signed grant whose first milestone slipped long ago; a second one never signed, then terminated.
    const kankan = await flow.approvedGrant(40_000_000, {
      region: 'kankan',
      commune: 'kankan-centre',
      startDate: '2026-01-01',
      milestones: [
        { title: 'Diagnostic local de sécurité', dueDate: '2026-03-31', deliverable: 'Rapport de diagnostic' },
        { title: 'Patrouilles conjointes', dueDate: '2027-06-30', deliverable: '12 patrouilles' },
      ],
    });
    const unsigned = await flow.approvedGrant(20_000_000, { region: 'kankan', commune: 'siguirini' });
    // Conakry: a grant that reports on time.
    const conakry = await flow.approvedGrant(30_000_000, { region: 'conakry', commune: 'matoto' });
    for (const g of [kankan, conakry])
      await app.request('POST', `/grants/${g.grantId}/agreement/sign`, { token: g.applicant.token, body: mobileMoney });
    await app.request('POST', `/grants/${kankan.grantId}/tranches/1/request-release`, {
      token: kankan.officer.token,
      body: {},
    });
    await app.request('POST', `/grants/${kankan.grantId}/tranches/1/approve-release`, {
      token: kankan.approver.token,
      body: {},
    });
    await eventually(async () => (await get(`/grants/${kankan.grantId}`)).disbursedAmount === 16_000_000, 30_000);
    const [report] = await get(`/grants/${conakry.grantId}/reports`, conakry.applicant.token);
    const milestone = (await get(`/grants/${conakry.grantId}/milestones`))[0].id;
    const submitted = await app.request('POST', `/grants/${conakry.grantId}/reports/${report.id}/submit`, {
      token: conakry.applicant.token,
      body: {
        narrative: 'Patrouilles lancées.',
        beneficiaries: { total: 300, women: 170, youth: 120 },
        indicators: [{ key: 'people_reached', value: 300 }],
        expenditures: [],
        milestones: [{ id: milestone, status: 'achieved' }],
      },
    });
    expect(submitted.status).toBe(200);
    await app.request('POST', `/grants/${conakry.grantId}/reports/${report.id}/accept`, { token: pm, body: {} });
    await app.request('POST', `/grants/${unsigned.grantId}/terminate`, {
      token: pm,
      body: { reason: 'Convention non signée.' },
    });
    await eventually(async () => (await get(`/grants/${kankan.grantId}`)).atRisk === true, 20_000);

    // How much of the envelope is left in Kankan?
    const summary = await get(`/portfolio/summary?region=kankan&roundId=${flow.roundId}`);
    expect(summary.rounds).toHaveLength(1);
    const round = summary.rounds[0];
    const [dbRound] = await app.dataSource.query(
      'SELECT budget_envelope, reserved_amount, disbursed_amount FROM rounds WHERE id = $1',
      [flow.roundId],
    );
    expect(round.envelope).toEqual({
      total: Number(dbRound.budget_envelope),
      reserved: Number(dbRound.reserved_amount),
      disbursed: Number(dbRound.disbursed_amount),
      remaining: Number(dbRound.budget_envelope) - Number(dbRound.reserved_amount),
    });
    expect(round.regions.map((r: Row) => r.region)).toEqual(['kankan']);
    expect(round.regions[0].grants).toMatchObject({
      total: 2,
      byStatus: { active: 1, terminated: 1 },
      awarded: 40_000_000,
      disbursed: 16_000_000,
      atRisk: 1,
    });
    expect(round.regions[0].proposals.byStatus).toEqual({ approved: 2 });
    expect(round.regions[0].averageScoreBp).toBeGreaterThan(0);
    expect(round.regions[0].averageDaysToDecision).toBeGreaterThanOrEqual(0);

    // How many women and youth were reached against target?
    const all = (await get(`/portfolio/summary?roundId=${flow.roundId}`)).rounds[0];
    const conakryBlock = all.regions.find((r: Row) => r.region === 'conakry');
    expect(conakryBlock.beneficiaries).toEqual({
      target: { total: 1200, women: 650, youth: 400 },
      reached: { total: 300, women: 170, youth: 120 },
    });
    expect(conakryBlock.indicators).toEqual([
      { key: 'people_reached', grants: 1, reporting: 1, target: 1200, actual: 300 },
    ]);
    expect(all.grants.total).toBe(3);

    // Which reports are late, and whom to call?
    const overdue = await get(`/portfolio/overdue-reports?roundId=${flow.roundId}`);
    const late = overdue.items.find((i: Row) => (i.grant as Row).id === kankan.grantId && i.sequence === 1);
    expect(late).toMatchObject({
      status: 'overdue',
      daysLate: expect.any(Number),
      grant: { region: 'kankan', commune: 'kankan-centre' },
    });
    expect((late.organization as Row).phone).toMatch(/^\+224/);
    expect(overdue.items.some((i: Row) => i.reportId === report.id)).toBe(false);
    const dueTimes = overdue.items.map((i: Row) => Date.parse(String(i.dueAt)));
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
    const conakryOnly = await get(`/portfolio/overdue-reports?region=conakry&roundId=${flow.roundId}`);
    expect(conakryOnly.items.every((i: Row) => (i.grant as Row).region === 'conakry')).toBe(true);
    const firstPage = await get(`/portfolio/overdue-reports?roundId=${flow.roundId}&limit=1`);
    expect(firstPage.items).toHaveLength(1);
    if (overdue.items.length > 1) {
      const second = await get(
        `/portfolio/overdue-reports?roundId=${flow.roundId}&limit=1&cursor=${firstPage.nextCursor}`,
      );
      expect(second.items[0].reportId).toBe(overdue.items[1].reportId);
    }

    // Which milestones slipped?
    const slipped = await get(`/portfolio/milestones?status=late&roundId=${flow.roundId}`);
    expect(slipped.items).toHaveLength(1);
    expect(slipped.items[0]).toMatchObject({
      title: 'Diagnostic local de sécurité',
      late: true,
      grant: { id: kankan.grantId },
    });
    expect(slipped.items[0].daysLate).toBeGreaterThan(200);
    const achieved = await get(`/portfolio/milestones?status=achieved&roundId=${flow.roundId}`);
    expect(achieved.items.map((i: Row) => i.milestoneId)).toEqual([milestone]);
    // Milestones are paged on their due date, a day: its cursor must read back as one.
    const milestones = await get(`/portfolio/milestones?roundId=${flow.roundId}`);
    expect(milestones.items.length).toBeGreaterThan(1);
    const firstMilestone = await get(`/portfolio/milestones?roundId=${flow.roundId}&limit=1`);
    const nextMilestone = await app.request(
      'GET',
      `/portfolio/milestones?roundId=${flow.roundId}&limit=1&cursor=${firstMilestone.nextCursor}`,
      { token: pm },
    );
    expect(nextMilestone.status).toBe(200);
    expect(nextMilestone.body.items.map((i: Row) => i.milestoneId)).toEqual([milestones.items[1].milestoneId]);

    const atRisk = await get(`/portfolio/at-risk?roundId=${flow.roundId}`);
    const flagged = atRisk.items.find((i: Row) => i.grantId === kankan.grantId);
    expect(flagged).toMatchObject({ reason: expect.stringMatching(/^report 1 overdue since/), lateMilestones: 1 });
    expect(flagged.overdueReports).toBeGreaterThanOrEqual(1);

    // An applicant sees its own organisation's figures only, never another's.
    const own = await get(`/portfolio/summary?roundId=${flow.roundId}`, conakry.applicant.token);
    expect(own.rounds[0].grants.total).toBe(1);
    expect(own.rounds[0].regions.map((r: Row) => r.region)).toEqual(['conakry']);
    const theirs = await get(
      `/portfolio/summary?roundId=${flow.roundId}&organizationId=${kankan.applicant.orgId}`,
      conakry.applicant.token,
    );
    expect(theirs.rounds[0].grants.total).toBe(0);
    const ownLate = await get('/portfolio/overdue-reports', conakry.applicant.token);
    expect(ownLate.items.every((i: Row) => (i.organization as Row).id === conakry.applicant.orgId)).toBe(true);
    expect((await get('/portfolio/at-risk', conakry.applicant.token)).items.map((i: Row) => i.grantId)).not.toContain(
      kankan.grantId,
    );

    // Bad filters are problems, not empty answers.
    const unknownRound = await app.request('GET', `/portfolio/summary?roundId=${UNKNOWN}`, { token: pm });
    expect([unknownRound.status, unknownRound.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await app.request('GET', `/portfolio/overdue-reports?roundId=${UNKNOWN}`, { token: pm })).status).toBe(404);
    expect((await get('/portfolio/summary?region=atlantis')).errors).toEqual([
      expect.objectContaining({ field: 'region' }),
    ]);
    expect((await get('/portfolio/milestones?status=slipping')).errors).toEqual([
      expect.objectContaining({ field: 'status', code: 'NOT_IN_LIST' }),
    ]);
    expect((await get('/portfolio/overdue-reports?limit=100000')).errors).toEqual([
      expect.objectContaining({ field: 'limit', code: 'TOO_LARGE' }),
    ]);
    expect((await get('/portfolio/at-risk?commune=Not A Slug')).errors).toEqual([
      expect.objectContaining({ field: 'commune' }),
    ]);
    const reviewer = flow.reviewers[0];
    expect((await app.request('GET', '/portfolio/summary', { token: reviewer.token })).status).toBe(403);
  });

  it('keeps the trigger-maintained counters equal to the figures computed from the tables', async () => {
    const { app } = suite;
    const key = (r: Row) => `${r.round_id}|${r.region}|${r.status ?? r.key}`;
    for (const table of ['proposals', 'grants', 'indicators'] as const) {
      const counters: Row[] = await app.dataSource.query(SUMMARY_FROM_COUNTERS[table], [null, null]);
      const computed: Row[] = await app.dataSource.query(SUMMARY_FROM_TABLES[table], [null, null, null]);
      const normalise = (rows: Row[]) =>
        Object.fromEntries(
          rows.map((r) => [
            key(r),
            Object.fromEntries(
              Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v]),
            ),
          ]),
        );
      expect(computed.length).toBeGreaterThan(0);
      expect(normalise(counters)).toEqual(normalise(computed));
    }
  });
});
