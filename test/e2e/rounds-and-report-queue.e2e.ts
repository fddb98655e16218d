import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { proposalBody } from '../support/factory';
import { ReviewFlow } from '../support/review-flow';

/**
 * The programme manager's round editing and early closing (PATCH /rounds/:id, POST /rounds/:id/close,
 * GET /rounds?status=) and the report queue across grants (GET /reports), over real HTTP with the real worker.
 */
const DAY = 24 * 3600 * 1000;
const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } };

describe('rounds: edit, close early, list by status (e2e)', () => {
  jest.setTimeout(180_000);
  let app: TestApp;
  let pm: string;

  beforeAll(async () => {
    app = await TestApp.start({ PAYMENT_GATEWAY: 'manual' });
    pm = (await app.actor([Role.PROGRAM_MANAGER])).token;
  });
  afterAll(() => app?.stop());

  const patch = (id: string, body: unknown, token = pm) => app.request('PATCH', `/rounds/${id}`, { token, body });
  const upcoming = () =>
    app.factory.newRound({ opensAt: new Date(Date.now() + 10 * DAY), closesAt: new Date(Date.now() + 60 * DAY) });

  it('changes anything of a round that has not opened, checked as a whole plan', async () => {
    const round = await upcoming();
    const rubric = [
      { key: 'relevance', label: { fr: 'Pertinence', en: 'Relevance' }, weight: 50, maxScore: 5 },
      { key: 'impact', label: { fr: 'Impact', en: 'Impact' }, weight: 50, maxScore: 10 },
    ];
    const edited = await patch(round.id, {
      name: { fr: 'Appel Kindia 2027', en: 'Kindia call 2027' },
      tranchePlan: [50, 50],
      rubric,
      maxAward: 30_000_000,
      eligibleRegions: ['kindia'],
      durations: { screening: '3 days' },
      approvalThreshold: 70,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      status: 'upcoming',
      name: { fr: 'Appel Kindia 2027' },
      tranchePlan: [50, 50],
      rubric,
      maxAward: 30_000_000,
      eligibleRegions: ['kindia'],
      approvalThreshold: 70,
      closedEarly: null,
    });
    // Durations merge: the one sent changes, the others stay.
    expect(edited.body.durations).toMatchObject({ screening: '3 days', review: '10 days' });

    const badPlan = await patch(round.id, { tranchePlan: [50, 40] });
    expect([badPlan.status, badPlan.body.code]).toEqual([422, 'VALIDATION_FAILED']);
    expect(badPlan.headers.get('content-type')).toContain('application/problem+json');
    expect(badPlan.body.errors).toEqual([expect.objectContaining({ field: 'tranchePlan', code: 'MISMATCH' })]);
    // The merged plan is what is checked: a maximum award above the current envelope is refused.
    const aboveEnvelope = await patch(round.id, { maxAward: 900_000_001 });
    expect(aboveEnvelope.body.errors).toEqual([expect.objectContaining({ field: 'maxAward', code: 'TOO_LARGE' })]);
    const nulls = await patch(round.id, { tranchePlan: null, name: null });
    expect(nulls.status).toBe(422);
    expect(nulls.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'tranchePlan']);
    const unknown = await patch(round.id, { status: 'open' });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'status', code: 'UNKNOWN_FIELD' })]);
    const order = await patch(round.id, { closesAt: new Date(Date.now() + 5 * DAY).toISOString() });
    expect(order.body.errors).toEqual([expect.objectContaining({ field: 'closesAt', code: 'OUT_OF_ORDER' })]);

    // Nothing of the refused edits landed; the accepted one is in the audit trail.
    const now = (await app.request('GET', `/rounds/${round.id}`, { token: pm })).body;
    expect(now).toMatchObject({ tranchePlan: [50, 50], maxAward: 30_000_000 });
    const events = await app.dataSource.query(
      `SELECT action, data FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
      [round.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual(['round.updated']);
    expect(events[0].data.before.tranchePlan).toEqual([40, 40, 20]);
    expect(events[0].data.after.tranchePlan).toEqual([50, 50]);

    // Only programme managers edit; an unknown round is 404.
    const applicant = (await app.actor([Role.APPLICANT], (await app.factory.newOrganization()).id)).token;
    expect((await patch(round.id, { approvalThreshold: 10 }, applicant)).status).toBe(403);
    expect((await patch('6f1c1d5e-0000-4000-8000-000000000000', { approvalThreshold: 10 })).status).toBe(404);
  });

  it('once open, only texts, a later closing date and the envelope (never below what is reserved) change', async () => {
    const flow = await ReviewFlow.create(app);
    const g = await flow.approvedGrant(40_000_000);
    expect(g.grantId).toBeDefined();
    const before = (await app.request('GET', `/rounds/${flow.roundId}`, { token: pm })).body;
    expect(before).toMatchObject({ status: 'open', reservedAmount: 40_000_000 });

    const locked = await patch(flow.roundId, {
      tranchePlan: [50, 50],
      rubric: before.rubric,
      name: { fr: 'Nouveau nom', en: 'New name' },
    });
    expect([locked.status, locked.body.code]).toEqual([409, 'ROUND_FIELDS_LOCKED']);
    expect(locked.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['tranchePlan', 'LOCKED'],
      ['rubric', 'LOCKED'],
    ]);
    const earlier = await patch(flow.roundId, { closesAt: new Date(Date.parse(before.closesAt) - DAY).toISOString() });
    expect([earlier.status, earlier.body.errors]).toEqual([
      422,
      [expect.objectContaining({ field: 'closesAt', code: 'ONLY_LATER' })],
    ]);
    const below = await patch(flow.roundId, { budgetEnvelope: 39_999_999 });
    expect([below.status, below.body.code]).toEqual([409, 'ENVELOPE_BELOW_RESERVED']);
    expect(below.body.errors).toEqual([expect.objectContaining({ field: 'budgetEnvelope', code: 'BELOW_RESERVED' })]);
    expect(below.body.detail).toContain('40000000');
    expect((await app.request('GET', `/rounds/${flow.roundId}`, { token: pm })).body).toMatchObject({
      name: before.name,
      closesAt: before.closesAt,
      budgetEnvelope: before.budgetEnvelope,
    });

    const later = new Date(Date.parse(before.closesAt) + 7 * DAY).toISOString();
    const edited = await patch(flow.roundId, {
      closesAt: later,
      budgetEnvelope: 40_000_000,
      maxAward: 40_000_000,
      description: { fr: 'Nouvelle description', en: 'New description' },
    });
    // maxAward is part of the plan applicants read: locked too.
    expect(edited.body.code).toBe('ROUND_FIELDS_LOCKED');
    const ok = await patch(flow.roundId, {
      closesAt: later,
      budgetEnvelope: 60_000_000,
      description: { fr: 'Nouvelle description', en: 'New description' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      closesAt: later,
      budgetEnvelope: 60_000_000,
      reservedAmount: 40_000_000,
      remainingAmount: 20_000_000,
    });
    // The plan still holds together: the envelope cannot go below the (now fixed) maximum award either.
    const belowMaxAward = await patch(flow.roundId, { budgetEnvelope: 59_999_999 });
    expect([belowMaxAward.status, belowMaxAward.body.errors]).toEqual([
      422,
      [expect.objectContaining({ field: 'maxAward', code: 'TOO_LARGE' })],
    ]);
  });

  it('closes an open round early with a reason: drafts can no longer be submitted, and it lists as closed', async () => {
    const round = await app.factory.newRound();
    const future = await upcoming();
    const org = await app.factory.newOrganization();
    const applicant = (await app.actor([Role.APPLICANT], org.id)).token;
    const draft = await app.request('POST', '/proposals', { token: applicant, body: proposalBody(round.id) });
    expect(draft.status).toBe(201);

    const noReason = await app.request('POST', `/rounds/${round.id}/close`, { token: pm, body: {} });
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'REQUIRED' })]);
    const notOpen = await app.request('POST', `/rounds/${future.id}/close`, { token: pm, body: { reason: 'Annulé' } });
    expect([notOpen.status, notOpen.body.code]).toEqual([409, 'ROUND_NOT_OPEN']);
    expect(
      (await app.request('POST', `/rounds/${round.id}/close`, { token: applicant, body: { reason: 'x' } })).status,
    ).toBe(403);

    const closed = await app.request('POST', `/rounds/${round.id}/close`, {
      token: pm,
      body: { reason: 'Enveloppe entièrement engagée.' },
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closedEarly: { reason: 'Enveloppe entièrement engagée.', plannedClosesAt: round.closesAt.toISOString() },
    });
    expect(Date.parse(closed.body.closesAt)).toBeLessThanOrEqual(Date.now());
    const submit = await app.request('POST', `/proposals/${draft.body.id}/submit`, { token: applicant });
    expect([submit.status, submit.body.code]).toEqual([422, 'ROUND_CLOSED']);
    const again = await app.request('POST', `/rounds/${round.id}/close`, { token: pm, body: { reason: 'Encore' } });
    expect(again.body.code).toBe('ROUND_NOT_OPEN');
    // A closed round cannot be reopened by pushing its date back.
    const reopen = await patch(round.id, { closesAt: new Date(Date.now() + DAY).toISOString() });
    expect([reopen.status, reopen.body.code]).toEqual([409, 'ROUND_FIELDS_LOCKED']);
    const [event] = await app.dataSource.query(
      `SELECT reason, data FROM audit_events WHERE entity_id = $1 AND action = 'round.closed_early'`,
      [round.id],
    );
    expect(event).toMatchObject({
      reason: 'Enveloppe entièrement engagée.',
      data: { plannedClosesAt: round.closesAt.toISOString() },
    });

    const ids = async (status: string) => {
      const res = await app.request('GET', `/rounds?status=${status}&limit=100`, { token: pm });
      expect(res.status).toBe(200);
      return (res.body.items as { id: string; status: string }[]).map((r) => r.id);
    };
    expect(await ids('closed')).toContain(round.id);
    expect(await ids('open')).not.toContain(round.id);
    expect(await ids('draft')).toEqual(expect.arrayContaining([future.id]));
    expect(await ids('draft')).not.toContain(round.id);
    expect(await ids('upcoming')).toContain(future.id);
    expect((await app.request('GET', `/rounds?status=archived`, { token: pm })).body.errors).toEqual([
      expect.objectContaining({ field: 'status', code: 'NOT_IN_LIST' }),
    ]);
  });
});

describe('report queue across grants (e2e)', () => {
  jest.setTimeout(240_000);
  let app: TestApp;
  let flow: ReviewFlow;

  beforeAll(async () => {
    app = await TestApp.start({ PAYMENT_GATEWAY: 'manual' });
    // Report 1 is due 8 s after signature and overdue a second later; the others much later.
    flow = await ReviewFlow.create(app, {
      durations: { reportPeriod: '8 seconds', reportReminder: '2 seconds', reportGrace: '1 second', atRisk: '1 hour' },
    });
  });
  afterAll(() => app?.stop());

  const queue = (query = '', token = flow.pm) => app.request('GET', `/reports${query}`, { token });

  it('lists submitted reports first, then overdue ones, with the grant, whom to call and days waiting; accepting one makes its tranche eligible', async () => {
    const [a, b] = await Promise.all([
      flow.approvedGrant(40_000_000, { title: 'Lampadaires de Matoto' }),
      flow.approvedGrant(30_000_000, { title: 'Dialogue police-jeunes à Kaloum' }),
    ]);
    for (const g of [a, b]) {
      expect(
        (
          await app.request('POST', `/grants/${g.grantId}/agreement/sign`, {
            token: g.applicant.token,
            body: mobileMoney,
          })
        ).status,
      ).toBe(200);
    }
    const reportsOf = async (g: typeof a) =>
      (await app.request('GET', `/grants/${g.grantId}/reports`, { token: flow.pm })).body as {
        id: string;
        status: string;
      }[];
    const milestones = (await app.request('GET', `/grants/${a.grantId}/milestones`, { token: flow.pm })).body as {
      id: string;
    }[];
    const [aReport] = await reportsOf(a);
    const submitted = await app.request('POST', `/grants/${a.grantId}/reports/${aReport.id}/submit`, {
      token: a.applicant.token,
      body: {
        narrative: 'Lampadaires commandés.',
        beneficiaries: { total: 100, women: 50, youth: 30 },
        indicators: [{ key: 'people_reached', value: 100 }],
        expenditures: [{ category: 'equipment', amount: 0 }],
        milestones: [{ id: milestones[0].id, status: 'delayed' }],
      },
    });
    expect(submitted.body).toMatchObject({ status: 'submitted' });
    const [bReport] = await reportsOf(b);
    await eventually(async () => (await reportsOf(b))[0].status === 'overdue', 30_000);

    const page = await queue(`?roundId=${flow.roundId}&limit=100`);
    expect(page.status).toBe(200);
    const items = page.body.items as any[];
    const ids = items.map((r) => r.id);
    expect(ids.indexOf(aReport.id)).toBe(0);
    expect(ids).toContain(bReport.id);
    expect(items.every((r, i) => i === 0 || r.status === 'overdue')).toBe(true);
    expect(items[0]).toMatchObject({
      status: 'submitted',
      sequence: 1,
      kind: 'progress',
      gatesTranche: 2,
      daysWaiting: 0,
      grant: { id: a.grantId, title: 'Lampadaires de Matoto', roundId: flow.roundId, region: 'conakry' },
      organization: { id: a.applicant.orgId, phone: '+224620000000' },
    });
    expect(Date.parse(items[0].waitingSince)).toBe(Date.parse(submitted.body.submittedAt));
    expect(Date.parse(items[0].period.start)).toBeLessThan(Date.parse(items[0].period.end));
    const late = items.find((r) => r.id === bReport.id);
    expect(late).toMatchObject({
      status: 'overdue',
      grant: { id: b.grantId },
      organization: { id: b.applicant.orgId },
    });
    expect(late.waitingSince).not.toBeNull();

    // Keyset pages walk the same order without repeats.
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await queue(`?roundId=${flow.roundId}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.body.items.length).toBeLessThanOrEqual(1);
      walked.push(...res.body.items.map((r: { id: string }) => r.id));
      cursor = res.body.nextCursor;
    } while (cursor && walked.length < 50);
    expect(walked.slice(0, ids.length)).toEqual(ids);

    // One status only, and filters by region and grant.
    const scheduled = (await queue(`?status=scheduled&grantId=${a.grantId}`)).body.items;
    expect(scheduled.map((r: { sequence: number }) => r.sequence)).toEqual([2, 3]);
    expect((await queue(`?region=kankan&roundId=${flow.roundId}`)).body.items).toEqual([]);

    // Bad input and refusals.
    expect((await queue('?cursor=not-a-cursor')).body.errors).toEqual([
      expect.objectContaining({ field: 'cursor', code: 'INVALID_CURSOR' }),
    ]);
    expect(
      (
        await queue(
          `?cursor=${Buffer.from(JSON.stringify(['2027-01-01T00:00:00.000Z', a.grantId])).toString('base64url')}`,
        )
      ).status,
    ).toBe(422);
    expect((await queue('?status=lost')).body.errors).toEqual([
      expect.objectContaining({ field: 'status', code: 'NOT_IN_LIST' }),
    ]);
    expect((await queue('?roundId=6f1c1d5e-0000-4000-8000-000000000000')).status).toBe(404);
    const finance = (await app.actor([Role.FINANCE_OFFICER])).token;
    expect((await queue('', finance)).status).toBe(403);
    expect((await queue('', a.applicant.token)).status).toBe(403);
    const auditor = (await app.actor([Role.AUDITOR])).token;
    expect((await queue(`?roundId=${flow.roundId}`, auditor)).body.items[0].id).toBe(aReport.id);

    // Accepted, it leaves the queue and tranche 2 becomes eligible.
    expect(
      (await app.request('POST', `/grants/${a.grantId}/reports/${aReport.id}/accept`, { token: flow.pm, body: {} }))
        .body,
    ).toMatchObject({ status: 'accepted' });
    expect(
      (await queue(`?roundId=${flow.roundId}&limit=100`)).body.items.map((r: { id: string }) => r.id),
    ).not.toContain(aReport.id);
    await eventually(async () => {
      const grant = (await app.request('GET', `/grants/${a.grantId}`, { token: flow.pm })).body;
      return grant.tranches[1].status === 'eligible';
    }, 30_000);
  });
});
