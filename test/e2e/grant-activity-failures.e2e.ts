/**
 * Grant activities under database trouble (issue 9, item 6): database activities have no heartbeat (a change
 * waiting on a row lock is slow, not dead) and a bounded number of attempts; a constraint violation is answered
 * at once; a grant whose activity exhausts its attempts is flagged, programme managers are alerted, the command
 * answers 503 and the command gate is free again.
 */
import { temporal } from '@temporalio/proto';
import { grantWorkflowId } from '@csf/temporal';
import { TestApp } from '../support/app';
import { saveHistory } from '../support/histories';
import { ReviewFlow } from '../support/review-flow';

const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } };

describe('grant activities under database trouble (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;

  beforeAll(async () => {
    app = await TestApp.start({ PAYMENT_GATEWAY: 'manual' });
    flow = await ReviewFlow.create(app);
  });
  afterAll(() => app?.stop());

  async function signed() {
    const g = await flow.approvedGrant();
    expect(
      (
        await app.request('POST', `/grants/${g.grantId}/agreement/sign`, {
          token: g.applicant.token,
          body: mobileMoney,
        })
      ).status,
    ).toBe(200);
    return g;
  }

  /** The attempts Temporal started for each run of an activity type in the grant's history. */
  async function attempts(grantId: string, activityType: string): Promise<number[]> {
    const { events } = await app.temporal.workflow.getHandle(grantWorkflowId(grantId)).fetchHistory();
    const scheduled = new Map<string, string>();
    const started: number[] = [];
    for (const e of events ?? []) {
      if (e.eventType === temporal.api.enums.v1.EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        scheduled.set(String(e.eventId), e.activityTaskScheduledEventAttributes!.activityType!.name!);
      }
      if (e.eventType === temporal.api.enums.v1.EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED) {
        if (scheduled.get(String(e.activityTaskStartedEventAttributes!.scheduledEventId)) === activityType)
          started.push(e.activityTaskStartedEventAttributes!.attempt!);
      }
    }
    return started;
  }

  it('lets a change wait on a row lock for longer than 5 s without running it again beside itself', async () => {
    const g = await signed();
    const lock = app.dataSource.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    await lock.query('SELECT id FROM grant_tranches WHERE grant_id = $1 AND number = 1 FOR UPDATE', [g.grantId]);
    const answer = app.request('POST', `/grants/${g.grantId}/tranches/1/request-release`, {
      token: g.officer.token,
      body: {},
    });
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    await lock.commitTransaction();
    await lock.release();
    expect((await answer).body).toMatchObject({ status: 'release_requested' });
    // Before: a 5 s heartbeat timeout cut the waiting attempt and started a second one while the first still ran.
    expect(await attempts(g.grantId, 'recordReleaseRequest')).toEqual([1]);
  }, 60_000);

  it('answers a constraint violation at once instead of retrying it', async () => {
    const g = await signed();
    await app.dataSource.query(
      `ALTER TABLE grant_tranches ADD CONSTRAINT test_no_release_${g.grantId.slice(0, 8)} CHECK (grant_id <> '${g.grantId}' OR status <> 'release_requested')`,
    );
    const started = Date.now();
    const refused = await app.request('POST', `/grants/${g.grantId}/tranches/1/request-release`, {
      token: g.officer.token,
      body: {},
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'CONFLICT']);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await attempts(g.grantId, 'recordReleaseRequest')).toEqual([1]);
    // A refusal is not a stall.
    expect((await app.request('GET', `/grants/${g.grantId}`, { token: flow.pm })).body.stalledSince).toBeNull();
    await app.dataSource.query(`ALTER TABLE grant_tranches DROP CONSTRAINT test_no_release_${g.grantId.slice(0, 8)}`);
  });

  it('flags a grant whose activity exhausts its attempts, alerts programme managers, answers 503 and frees the command gate', async () => {
    const g = await signed();
    // Not a constraint and not a refusal: a failure every retry meets again (before: retried for ever, the command hung).
    await app.dataSource.query(
      `CREATE OR REPLACE FUNCTION test_tranches_on_fire() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk on fire' USING ERRCODE = 'XX000'; END $$ LANGUAGE plpgsql`,
    );
    await app.dataSource.query(
      `CREATE TRIGGER test_tranches_on_fire BEFORE UPDATE ON grant_tranches FOR EACH ROW WHEN (OLD.grant_id = '${g.grantId}') EXECUTE FUNCTION test_tranches_on_fire()`,
    );
    const started = Date.now();
    const refused = await app.request('POST', `/grants/${g.grantId}/tranches/1/request-release`, {
      token: g.officer.token,
      body: {},
    });
    expect([refused.status, refused.body.code, refused.headers.get('content-type')]).toEqual([
      503,
      'SERVICE_UNAVAILABLE',
      expect.stringContaining('application/problem+json'),
    ]);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    const grant = (await app.request('GET', `/grants/${g.grantId}`, { token: flow.pm })).body;
    expect(grant.stalledSince).not.toBeNull();
    expect(grant.stalledReason).toContain('requestRelease');
    const kinds = (await app.request('GET', '/notifications', { token: flow.pm })).body.items.map(
      (n: { kind: string }) => n.kind,
    );
    expect(kinds).toContain('grant_stalled');
    // The programme managers' list of grants needing attention shows it, though no report is overdue (before: only `at_risk` grants).
    const listed = (
      await app.request('GET', `/portfolio/at-risk?roundId=${flow.roundId}`, { token: flow.pm })
    ).body.items.filter((i: { grantId: string }) => i.grantId === g.grantId);
    expect(listed).toEqual([
      expect.objectContaining({
        atRisk: false,
        reason: null,
        atRiskSince: null,
        since: grant.stalledSince,
        stalled: { since: grant.stalledSince, reason: grant.stalledReason },
      }),
    ]);

    await app.dataSource.query(`DROP TRIGGER test_tranches_on_fire ON grant_tranches`);
    const again = await app.request('POST', `/grants/${g.grantId}/tranches/1/request-release`, {
      token: g.officer.token,
      body: {},
    });
    expect([again.status, again.body.status]).toEqual([200, 'release_requested']);
    expect((await app.request('GET', `/grants/${g.grantId}`, { token: flow.pm })).body.stalledSince).toBeNull();
    const after = (await app.request('GET', `/portfolio/at-risk?roundId=${flow.roundId}`, { token: flow.pm })).body
      .items;
    expect(after.map((i: { grantId: string }) => i.grantId)).not.toContain(g.grantId);
    // Temporal records the last attempt of each: four for the failing one, one for the next.
    expect(await attempts(g.grantId, 'recordReleaseRequest')).toEqual([4, 1]);
    await saveHistory(app.temporal, 'grant-stalled-then-freed', grantWorkflowId(g.grantId));
  }, 60_000);

  it('lists a grant at risk, stalled or both once, by when it first needed attention, page by page', async () => {
    const [atRisk, stalled, both] = [
      await flow.approvedGrant(),
      await flow.approvedGrant(),
      await flow.approvedGrant(),
    ];
    // Flags as the workflow leaves them, dated in the past so these three lead the list whatever else it holds.
    const flag = (id: string, set: string) => app.dataSource.query(`UPDATE grants SET ${set} WHERE id = $1`, [id]);
    await flag(
      atRisk.grantId,
      `at_risk = true, at_risk_reason = 'report 1 overdue', at_risk_since = '2001-01-02T00:00:00Z'`,
    );
    await flag(
      stalled.grantId,
      `stalled_since = '2001-01-03T00:00:00Z', stalled_reason = 'recordReleaseRequest: disk on fire'`,
    );
    // Stalled before it was flagged: it needed attention from the earlier date.
    await flag(
      both.grantId,
      `at_risk = true, at_risk_reason = 'report 2 overdue', at_risk_since = '2001-01-04T00:00:00Z', stalled_since = '2001-01-01T00:00:00Z', stalled_reason = 'recordReport: disk on fire'`,
    );

    const seen: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 3; page++) {
      const answer: { status: number; body: { items: Record<string, unknown>[]; nextCursor: string | null } } =
        await app.request(
          'GET',
          `/portfolio/at-risk?roundId=${flow.roundId}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
          { token: flow.pm },
        );
      expect(answer.status).toBe(200);
      seen.push(...answer.body.items);
      cursor = answer.body.nextCursor;
      if (page < 2) expect(cursor).not.toBeNull();
    }
    expect(seen).toEqual([
      expect.objectContaining({
        grantId: both.grantId,
        since: '2001-01-01T00:00:00.000Z',
        atRisk: true,
        reason: 'report 2 overdue',
        atRiskSince: '2001-01-04T00:00:00.000Z',
        stalled: { since: '2001-01-01T00:00:00.000Z', reason: 'recordReport: disk on fire' },
      }),
      expect.objectContaining({
        grantId: atRisk.grantId,
        since: '2001-01-02T00:00:00.000Z',
        atRisk: true,
        reason: 'report 1 overdue',
        stalled: null,
      }),
      expect.objectContaining({
        grantId: stalled.grantId,
        since: '2001-01-03T00:00:00.000Z',
        atRisk: false,
        reason: null,
        stalled: { since: '2001-01-03T00:00:00.000Z', reason: 'recordReleaseRequest: disk on fire' },
      }),
    ]);
  }, 120_000);
});
