import { Context } from '@temporalio/activity';
import type { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { reportAfterSuspension } from '../../libs/domain/src/grant-lifecycle';
import type { AllActivities } from '../../libs/temporal/src/activities';
import type { GrantReportState, GrantSnapshot, ReportEvent } from '../../libs/temporal/src/contracts/grant';
import { eventually } from '../../test/support/eventually';
import {
  changeGrantStatusUpdate,
  grantStateQuery,
  grantWorkflowId,
  reviewReportUpdate,
  submitReportUpdate,
  WorkflowType,
} from '../../libs/temporal/src/contracts';

/**
 * The grant workflow's timers on Temporal's time-skipping test server, with in-memory activities: report
 * reminders (due), escalations (overdue), the at-risk flag, the resubmission deadline, suspension stopping the
 * reporting clock and the agreement deadline, on real calendars (90-day periods) in a few seconds. What the
 * activities write (notifications, audit, the at-risk reason) is checked against PostgreSQL in
 * test/integration/grant-activities.test.ts and, once end to end in real time, in test/e2e/grant-lifecycle.e2e.ts.
 */
const DAY = 24 * 3600 * 1000;
const PERIOD = 90 * DAY;
const durations = { reportReminder: 14 * DAY, reportGrace: 7 * DAY, atRisk: 30 * DAY };
const pm = { userId: 'pm', role: 'program_manager' };
const applicant = { userId: 'applicant', role: 'applicant' };
const content = {
  narrative: 'n',
  beneficiaries: { total: 1, women: 0, youth: 0 },
  indicators: [],
  expenditures: [],
  milestones: [],
};

/** What the grant's rows would hold: the activities below change it as the real ones change PostgreSQL. */
interface FakeGrant {
  status: string;
  atRisk: boolean;
  reports: GrantReportState[];
  agreementPeriodMs: number;
  suspendedAt: number | null;
}

describe('grantWorkflow timers (time-skipping test server, in-memory activities)', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `grant-ts-${randomUUID()}`;
  const grants = new Map<string, FakeGrant>();
  /** Every report event and notification, with the (skipped) server time at which its activity was scheduled. */
  const log: { grantId: string; what: string; at: number; id: string }[] = [];
  let sequence = 0;

  /** The server's clock as the activity saw it: with time skipping it runs far ahead of Date.now(). */
  const now = () => Context.current().info.currentAttemptScheduledTimestampMs;
  const snapshot = (g: FakeGrant, notificationIds: string[] = []): GrantSnapshot => ({
    status: g.status,
    atRisk: g.atRisk,
    tranches: [],
    reports: g.reports.map((r) => ({ ...r })),
    notificationIds,
  });
  const written = (grantId: string, what: string) => {
    const id = `n${++sequence}`;
    log.push({ grantId, what, at: now(), id });
    return [id];
  };
  const report = (g: FakeGrant, id: string) => g.reports.find((r) => r.id === id)!;
  const unused = async (): Promise<never> => {
    throw new Error('not used by these tests');
  };
  const delivered: string[] = [];

  const activities: AllActivities = {
    async loadGrantContext({ grantId }) {
      const g = grants.get(grantId)!;
      // The agreement counts as signed when the grant is first loaded: report k is due k periods later.
      if (g.status === 'active' && g.reports.every((r) => r.dueAt === null)) {
        g.reports.forEach((r) => (r.dueAt = new Date(now() + r.sequence * PERIOD).toISOString()));
      }
      return {
        grantId,
        proposalId: 'p',
        organizationId: 'org',
        title: 'Éclairage',
        amount: 40_000_000,
        currency: 'GNF',
        agreementDeadlineAt: null,
        agreementPeriodMs: g.agreementPeriodMs,
        reportDurations: durations,
        historyLimit: 2000,
        ...snapshot(g),
        notificationIds: [],
      };
    },
    async recordReportEvent({ grantId, reportId, event }: { grantId: string; reportId: string; event: ReportEvent }) {
      const g = grants.get(grantId)!;
      const r = report(g, reportId);
      // The real activity's guards: a timer that raced a suspension or a submission does nothing.
      if (g.status !== 'active') return snapshot(g);
      if (event === 'due' && r.status === 'scheduled') {
        r.status = 'due';
        return snapshot(g, written(grantId, `report ${r.sequence} due`));
      }
      const missedResubmission = r.status === 'changes_requested' && r.resubmitBy && Date.parse(r.resubmitBy) <= now();
      if (event === 'overdue' && (r.status === 'scheduled' || r.status === 'due' || missedResubmission)) {
        r.status = 'overdue';
        return snapshot(g, written(grantId, `report ${r.sequence} overdue`));
      }
      if (event === 'at_risk' && r.status === 'overdue' && !g.atRisk) {
        g.atRisk = true;
        return snapshot(g, written(grantId, `grant at risk (report ${r.sequence})`));
      }
      return snapshot(g);
    },
    async recordReportSubmission({ grantId, reportId }) {
      const g = grants.get(grantId)!;
      const r = report(g, reportId);
      r.status = 'submitted';
      r.resubmitBy = null;
      g.atRisk = false;
      return snapshot(g, written(grantId, `report ${r.sequence} submitted`));
    },
    async recordReportReview({ grantId, reportId, decision }) {
      const g = grants.get(grantId)!;
      const r = report(g, reportId);
      r.status = decision === 'accept' ? 'accepted' : 'changes_requested';
      if (decision === 'request_changes') r.resubmitBy = new Date(now() + durations.reportGrace).toISOString();
      return snapshot(g, written(grantId, `report ${r.sequence} ${r.status}`));
    },
    async recordGrantStatusChange({ grantId, action }) {
      const g = grants.get(grantId)!;
      if (action === 'suspend') {
        g.status = 'suspended';
        g.suspendedAt = now();
      } else if (action === 'resume') {
        // The same rule as the real activity: the reporting clock stood still while suspended.
        for (const r of g.reports) {
          const later = reportAfterSuspension(
            {
              status: r.status,
              periodStart: null,
              dueAt: r.dueAt ? new Date(r.dueAt) : null,
              resubmitBy: r.resubmitBy ? new Date(r.resubmitBy) : null,
            },
            new Date(g.suspendedAt!),
            new Date(now()),
          );
          if (later?.dueAt) r.dueAt = later.dueAt.toISOString();
          if (later?.resubmitBy) r.resubmitBy = later.resubmitBy.toISOString();
        }
        g.status = 'active';
      }
      return snapshot(g, written(grantId, `grant ${action}`));
    },
    async notify({ kind, entity }) {
      return { notificationIds: written(entity.id, kind) };
    },
    async deliverNotifications({ ids }) {
      delivered.push(...ids);
      return { sent: ids.length, failed: 0 };
    },
    async flagGrantStalled() {
      return { notificationIds: [] };
    },
    async clearGrantStall() {},
    recordSubmission: unused,
    recordWithdrawal: unused,
    loadProposalContext: unused,
    recordStage: unused,
    recordScreening: unused,
    completeReview: unused,
    recordDecision: unused,
    approveProposal: unused,
    expireProposal: unused,
    assignReviewers: unused,
    recordAssignmentResponse: unused,
    recordReview: unused,
    lapseAssignment: unused,
    recordAgreement: unused,
    recordReleaseRequest: unused,
    recordReleaseApproval: unused,
    startDisbursement: unused,
    checkDisbursement: unused,
    confirmManualPayment: unused,
    recordDisbursementRetry: unused,
    resolvePayment: unused,
    enterCloseout: unused,
    recordCloseout: unused,
  };

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: process.env.TEST_TEMPORAL_TEST_SERVER! } },
    });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
      activities,
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  /** Starts a grant whose agreement is signed (or not yet) and waits until the workflow has loaded it. */
  async function startGrant(status: 'active' | 'awaiting_agreement' = 'active') {
    const grantId = randomUUID();
    const reports = [1, 2, 3].map((n) => ({
      id: `${grantId}-r${n}`,
      sequence: n,
      kind: n === 3 ? ('final' as const) : ('progress' as const),
      gatesTranche: n < 3 ? n + 1 : null,
      dueAt: null,
      status: 'scheduled',
    }));
    grants.set(grantId, { status, atRisk: false, reports, agreementPeriodMs: 30 * DAY, suspendedAt: null });
    const handle = await env.client.workflow.start(WorkflowType.grant, {
      workflowId: grantWorkflowId(grantId),
      taskQueue,
      args: [{ grantId, proposalId: 'p' }],
    });
    const startedAt = (await handle.describe()).startTime.getTime();
    await waitFor(handle, (s) => s.status === status);
    return { grantId, handle: handle as WorkflowHandle, startedAt };
  }

  /** Queries until the state matches (queries do not move the clock). */
  const waitFor = (handle: WorkflowHandle, ok: (s: Awaited<ReturnType<typeof query>>) => boolean) =>
    eventually(
      async () => {
        const state = await query(handle);
        return ok(state) && state;
      },
      10_000,
      25,
    );
  const query = (handle: WorkflowHandle) => handle.query(grantStateQuery);
  const events = (grantId: string) => log.filter((e) => e.grantId === grantId);
  const whats = (grantId: string) => events(grantId).map((e) => e.what);
  const ids = (grantId: string) => events(grantId).map((e) => e.id);
  /** When `what` happened, in days from `from` (timers fire on time; the activity is scheduled right after). */
  const dayOf = (grantId: string, what: string, from: number) => {
    const e = events(grantId).find((x) => x.what === what);
    if (!e) throw new Error(`${what} never happened: ${JSON.stringify(whats(grantId))}`);
    return (e.at - from) / DAY;
  };

  it('reminds when a report becomes due, escalates when it is overdue, then flags the grant at risk, each on time', async () => {
    const { grantId, handle, startedAt } = await startGrant();
    const first = await query(handle);
    // Report 1 is due on day 90: due (reminder) 14 days before, overdue 7 days after, at risk 30 days after.
    expect(first.nextEvent).toMatchObject({ reportSequence: 1, event: 'due' });
    expect((Date.parse(first.nextEvent!.at) - startedAt) / DAY).toBeCloseTo(76, 1);
    await env.sleep(75 * DAY);
    expect(whats(grantId)).toEqual([]);
    expect((await query(handle)).reports!.map((r) => r.status)).toEqual(['scheduled', 'scheduled', 'scheduled']);

    await env.sleep(2 * DAY);
    await waitFor(handle, (s) => s.reports![0].status === 'due');
    expect(dayOf(grantId, 'report 1 due', startedAt)).toBeCloseTo(76, 1);
    expect((await query(handle)).reports![1].status).toBe('scheduled');
    expect((await query(handle)).nextEvent).toMatchObject({ reportSequence: 1, event: 'overdue' });

    await env.sleep(21 * DAY);
    await waitFor(handle, (s) => s.reports![0].status === 'overdue');
    expect(dayOf(grantId, 'report 1 overdue', startedAt)).toBeCloseTo(97, 1);
    expect((await query(handle)).atRisk).toBe(false);

    await env.sleep(23 * DAY);
    await waitFor(handle, (s) => s.atRisk === true);
    expect(dayOf(grantId, 'grant at risk (report 1)', startedAt)).toBeCloseTo(120, 1);
    expect(whats(grantId)).toEqual(['report 1 due', 'report 1 overdue', 'grant at risk (report 1)']);
    // Every notification the activities wrote is delivered by the main loop.
    const written = events(grantId).length;
    await eventually(async () => delivered.filter((id) => ids(grantId).includes(id)).length === written, 10_000, 25);

    // A late report may still be submitted: the flag it caused is cleared and report 2 is next (due day 166).
    const submitted = await handle.executeUpdate(submitReportUpdate, {
      args: [{ actor: applicant, reportId: `${grantId}-r1`, content }],
    });
    expect(submitted).toEqual({ grantId, status: 'active' });
    const after = await query(handle);
    expect(after.atRisk).toBe(false);
    expect(after.nextEvent).toMatchObject({ reportSequence: 2, event: 'due' });
    expect((Date.parse(after.nextEvent!.at) - startedAt) / DAY).toBeCloseTo(166, 1);
  });

  it('stops the reporting clock while suspended: no timer fires, and on resumption the reports are due as much later', async () => {
    const { grantId, handle, startedAt } = await startGrant();
    await env.sleep(50 * DAY);
    expect(
      (
        await handle.executeUpdate(changeGrantStatusUpdate, {
          args: [{ actor: pm, action: 'suspend', reason: 'Contrôle.' }],
        })
      ).status,
    ).toBe('suspended');
    expect((await query(handle)).nextEvent).toBeNull();
    // Past report 1's reminder (day 76) and overdue (day 97) times: nothing happens while suspended.
    await env.sleep(60 * DAY);
    expect((await query(handle)).reports!.map((r) => r.status)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(whats(grantId)).toEqual(['grant suspend']);

    expect(
      (
        await handle.executeUpdate(changeGrantStatusUpdate, {
          args: [{ actor: pm, action: 'resume', reason: 'Contrôle terminé.' }],
        })
      ).status,
    ).toBe('active');
    const resumed = await query(handle);
    const suspendedDays = dayOf(grantId, 'grant resume', startedAt) - dayOf(grantId, 'grant suspend', startedAt);
    expect(suspendedDays).toBeCloseTo(60, 1);
    // Report 1 was due on day 90; 60 days of suspension make it day 150, reminded on day 136.
    expect((Date.parse(resumed.reports![0].dueAt!) - startedAt) / DAY).toBeCloseTo(150, 1);
    expect(resumed.nextEvent).toMatchObject({ reportSequence: 1, event: 'due' });
    expect((Date.parse(resumed.nextEvent!.at) - startedAt) / DAY).toBeCloseTo(136, 1);
    await env.sleep(25 * DAY);
    expect(whats(grantId)).toEqual(['grant suspend', 'grant resume']);
    await env.sleep(2 * DAY);
    await waitFor(handle, (s) => s.reports![0].status === 'due');
    expect(dayOf(grantId, 'report 1 due', startedAt)).toBeCloseTo(136, 1);
  });

  it('turns a report sent back overdue once its resubmission deadline passes, and plans the next report once accepted', async () => {
    const { grantId, handle, startedAt } = await startGrant();
    const r1 = `${grantId}-r1`;
    await handle.executeUpdate(submitReportUpdate, { args: [{ actor: applicant, reportId: r1, content }] });
    // Submitted early: no timer for it until it is reviewed.
    expect((await query(handle)).nextEvent).toMatchObject({ reportSequence: 2, event: 'due' });
    await handle.executeUpdate(reviewReportUpdate, {
      args: [{ actor: pm, reportId: r1, decision: 'request_changes', comment: 'Joindre les factures.' }],
    });
    const back = await query(handle);
    expect(back.nextEvent).toMatchObject({ reportSequence: 1, event: 'overdue' });
    const returnedAt = dayOf(grantId, 'report 1 changes_requested', startedAt);
    expect((Date.parse(back.nextEvent!.at) - startedAt) / DAY).toBeCloseTo(returnedAt + 7, 1);

    await env.sleep(8 * DAY);
    await waitFor(handle, (s) => s.reports![0].status === 'overdue');
    expect(dayOf(grantId, 'report 1 overdue', startedAt)).toBeCloseTo(returnedAt + 7, 1);
    // Overdue from a missed resubmission: the at-risk timer counts from the original due date (day 120).
    expect((await query(handle)).nextEvent).toMatchObject({ reportSequence: 1, event: 'at_risk' });

    await handle.executeUpdate(submitReportUpdate, { args: [{ actor: applicant, reportId: r1, content }] });
    await handle.executeUpdate(reviewReportUpdate, { args: [{ actor: pm, reportId: r1, decision: 'accept' }] });
    const accepted = await query(handle);
    expect(accepted.reports![0].status).toBe('accepted');
    expect(accepted.nextEvent).toMatchObject({ reportSequence: 2, event: 'due' });
    expect(whats(grantId)).toEqual([
      'report 1 submitted',
      'report 1 changes_requested',
      'report 1 overdue',
      'report 1 submitted',
      'report 1 accepted',
    ]);
  });

  it('reminds the grantee before the agreement deadline and escalates after it, still waiting for the signature', async () => {
    const { grantId, handle, startedAt } = await startGrant('awaiting_agreement');
    // A 30-day agreement period: reminded at 80 % (day 24), escalated on day 30.
    await env.sleep(23 * DAY);
    expect(whats(grantId)).toEqual([]);
    await env.sleep(2 * DAY);
    await eventually(async () => whats(grantId).length === 1, 10_000, 25);
    expect(whats(grantId)).toEqual(['agreement_reminder']);
    expect(dayOf(grantId, 'agreement_reminder', startedAt)).toBeCloseTo(24, 1);
    await env.sleep(6 * DAY);
    await eventually(async () => whats(grantId).length === 2, 10_000, 25);
    expect(whats(grantId)).toEqual(['agreement_reminder', 'agreement_overdue']);
    expect(dayOf(grantId, 'agreement_overdue', startedAt)).toBeCloseTo(30, 1);
    expect((await query(handle)).status).toBe('awaiting_agreement');
  });
});
