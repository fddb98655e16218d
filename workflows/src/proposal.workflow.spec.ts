import {
  Client,
  Connection,
  WithStartWorkflowOperation,
  WorkflowUpdateFailedError,
  WorkflowUpdateStage,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { NativeConnection, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AllActivities } from '../../libs/temporal/src/activities';
import type {
  AssignedReviewer,
  ProposalContext,
  RecordSubmissionInput,
} from '../../libs/temporal/src/contracts/proposal';
import {
  acceptAssignmentUpdate,
  proposalStateQuery,
  screenProposalUpdate,
  proposalWorkflowId,
  submitProposalUpdate,
  withdrawProposalUpdate,
  WorkflowType,
} from '../../libs/temporal/src/contracts';

/**
 * The proposal workflow against the real Temporal dev server, with in-memory activities: the workflow's own
 * rules (validators, refusals, completion) without the database. Set UPDATE_WORKFLOW_HISTORIES=1 to refresh the
 * saved histories the replay test checks.
 */
describe('proposalWorkflow', () => {
  let connection: Connection;
  let nativeConnection: NativeConnection;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `wf-${randomUUID()}`;
  const calls: string[] = [];
  let refuseNext: string | null = null;
  /** Per proposal: the assignments `assignReviewers` writes, and when it may answer (the test holds it). */
  const panels = new Map<string, { assigned: AssignedReviewer[]; written: () => void; answer: Promise<void> }>();

  const unused = async (): Promise<never> => {
    throw new Error('not used by these tests');
  };
  function contextOf(proposalId: string): ProposalContext {
    const day = 24 * 3600 * 1000;
    return {
      proposalId,
      organizationId: 'org',
      roundId: 'r1',
      title: 'Éclairage',
      requestedAmount: 1000,
      currency: 'GNF',
      rubric: [{ key: 'relevance', label: { fr: 'P', en: 'R' }, weight: 100, maxScore: 5 }],
      reviewersPerProposal: 3,
      durations: {
        screening: 5 * day,
        review: 10 * day,
        reviewReminder: 7 * day,
        decision: 7 * day,
        revision: 21 * day,
      },
    };
  }

  const activities: AllActivities = {
    async recordSubmission(input: RecordSubmissionInput) {
      calls.push(`submit:${input.proposalId}:${input.submissionNumber}`);
      if (refuseNext) {
        const type = refuseNext;
        refuseNext = null;
        throw ApplicationFailure.create({ type, message: 'refused', nonRetryable: true, details: [{ errors: [] }] });
      }
      // What the real activity answers: the stage it wrote with its deadline, and the proposal's context.
      const stageDeadline = new Date(Date.now() + contextOf(input.proposalId).durations.screening).toISOString();
      return { status: 'screening', stage: 'screening', stageDeadline, context: contextOf(input.proposalId) };
    },
    async recordWithdrawal(input) {
      calls.push(`withdraw:${input.proposalId}`);
      return { status: 'withdrawn', notificationIds: [] };
    },
    async loadProposalContext({ proposalId }) {
      calls.push(`context:${proposalId}`);
      return contextOf(proposalId);
    },
    async recordStage() {},
    async notify() {
      return { notificationIds: [] };
    },
    async deliverNotifications() {
      return { sent: 0, failed: 0 };
    },
    async recordScreening(input) {
      calls.push(`screen:${input.proposalId}`);
      return { status: 'in_review', notificationIds: [] };
    },
    completeReview: unused,
    recordDecision: unused,
    approveProposal: unused,
    expireProposal: unused,
    async assignReviewers({ proposalId }) {
      const panel = panels.get(proposalId);
      if (!panel) throw new Error('not used by these tests');
      // Committed, as the real activity's rows are, before the workflow reads the answer.
      panel.written();
      await panel.answer;
      // Only the first call finds reviewers: the panel is then exhausted and the workflow waits.
      return { assigned: panel.assigned.splice(0), notificationIds: [] };
    },
    async recordAssignmentResponse(input) {
      calls.push(`${input.response}:${input.assignmentId}:${input.actor.userId}`);
      return { status: input.response === 'accept' ? 'accepted' : 'declined' };
    },
    recordReview: unused,
    lapseAssignment: unused,
    loadGrantContext: unused,
    recordAgreement: unused,
    recordReleaseRequest: unused,
    recordReleaseApproval: unused,
    startDisbursement: unused,
    checkDisbursement: unused,
    confirmManualPayment: unused,
    recordDisbursementRetry: unused,
    resolvePayment: unused,
    flagGrantStalled: unused,
    clearGrantStall: unused,
    recordReportSubmission: unused,
    recordReportReview: unused,
    recordReportEvent: unused,
    recordGrantStatusChange: unused,
    enterCloseout: unused,
    recordCloseout: unused,
  };

  beforeAll(async () => {
    connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS });
    client = new Client({ connection });
    nativeConnection = await NativeConnection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS });
    worker = await Worker.create({
      connection: nativeConnection,
      taskQueue,
      workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
      activities,
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await nativeConnection?.close();
    await connection?.close();
  });

  function submit(proposalId: string, submissionNumber = 1, updateId: string = randomUUID()) {
    return client.workflow.executeUpdateWithStart(submitProposalUpdate, {
      args: [{ actor: { userId: 'u1', role: 'applicant' }, submissionNumber }],
      updateId,
      startWorkflowOperation: new WithStartWorkflowOperation(WorkflowType.proposal, {
        workflowId: proposalWorkflowId(proposalId),
        taskQueue,
        args: [{ proposalId, roundId: 'r1', region: 'conakry' }],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
  }

  async function saveHistory(name: string, workflowId: string) {
    if (!process.env.UPDATE_WORKFLOW_HISTORIES) return;
    const history = await client.workflow.getHandle(workflowId).fetchHistory();
    const bytes = temporal.api.history.v1.History.encode(history).finish();
    await writeFile(join(__dirname, '../../test/fixtures/histories', `${name}.binpb`), bytes);
  }

  it('answers the submission with screening and waits, queryable', async () => {
    const id = randomUUID();
    expect(await submit(id)).toEqual({ proposalId: id, status: 'screening' });
    const handle = client.workflow.getHandle(proposalWorkflowId(id));
    expect(await handle.query(proposalStateQuery)).toMatchObject({
      proposalId: id,
      status: 'screening',
      stage: 'awaiting_screening',
      submissionNumber: 1,
      pending: [{ kind: 'screening', role: 'program_manager' }],
    });
    expect((await handle.describe()).status.name).toBe('RUNNING');
  });

  it('answers a retried submission (same update id) once, and refuses a new one in screening', async () => {
    const id = randomUUID();
    const [a, b] = await Promise.all([submit(id, 1, 'same'), submit(id, 1, 'same')]);
    expect([a.status, b.status]).toEqual(['screening', 'screening']);
    expect(calls.filter((c) => c === `submit:${id}:1`)).toHaveLength(1);
    const error = await submit(id, 2).catch((e) => e);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(error.cause).toMatchObject({ type: 'INVALID_STATE' });
  });

  it('ends the run when the activity refuses the submission, and a later submission starts afresh', async () => {
    const id = randomUUID();
    refuseNext = 'ONE_OPEN_PROPOSAL_PER_ROUND';
    const error = await submit(id).catch((e) => e);
    expect(error.cause).toMatchObject({ type: 'ONE_OPEN_PROPOSAL_PER_ROUND' });
    const handle = client.workflow.getHandle(proposalWorkflowId(id));
    expect(await handle.result()).toEqual({ status: 'draft' });
    expect((await submit(id)).status).toBe('screening');
  });

  it('withdraws from screening and completes; withdrawing twice is refused', async () => {
    const id = randomUUID();
    await submit(id);
    const handle = client.workflow.getHandle(proposalWorkflowId(id));
    expect(
      await handle.executeUpdate(withdrawProposalUpdate, {
        args: [{ actor: { userId: 'u1', role: 'applicant' }, reason: 'x' }],
      }),
    ).toEqual({ proposalId: id, status: 'withdrawn' });
    expect(await handle.result()).toMatchObject({ status: 'withdrawn' });
    // Histories saved before the local submission (proposal-submitted-then-withdrawn, …) stay as they are: the
    // replay test checks the unpatched path with them.
    await saveHistory('proposal-local-submission-then-withdrawn', proposalWorkflowId(id));
  });

  it('lets a reviewer act on an assignment written before the workflow read the answer, and no one else', async () => {
    const id = randomUUID();
    const assignmentId = randomUUID();
    let written!: () => void;
    let answer!: () => void;
    const wasWritten = new Promise<void>((resolve) => (written = resolve));
    panels.set(id, {
      assigned: [{ assignmentId, reviewerId: 'rev-1', deadlineAt: new Date(Date.now() + 10 * 864e5).toISOString() }],
      written,
      answer: new Promise<void>((resolve) => (answer = resolve)),
    });
    await submit(id);
    const handle = client.workflow.getHandle(proposalWorkflowId(id));
    await handle.executeUpdate(screenProposalUpdate, {
      args: [{ actor: { userId: 'pm', role: 'program_manager' }, eligible: true, reason: 'Conforme' }],
    });
    await wasWritten;
    // Both reach the workflow while `assignReviewers` has not answered: they wait for it rather than being refused.
    const accept = (userId: string) =>
      handle.startUpdate(acceptAssignmentUpdate, {
        args: [{ actor: { userId, role: 'reviewer' }, assignmentId }],
        waitForStage: WorkflowUpdateStage.ACCEPTED,
      });
    const stranger = await accept('rev-9');
    const reviewer = await accept('rev-1');
    answer();
    expect(await reviewer.result()).toMatchObject({ assignmentId, status: 'accepted' });
    const refused = await stranger.result().catch((e) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(refused.cause).toMatchObject({ type: 'NOT_ASSIGNED' });
    expect(calls.filter((c) => c.startsWith(`accept:${assignmentId}`))).toEqual([`accept:${assignmentId}:rev-1`]);
    expect((await handle.query(proposalStateQuery)).pending).toEqual([
      expect.objectContaining({ kind: 'review', assignmentId, status: 'accepted' }),
    ]);
  });

  it('keeps a history of a submitted proposal waiting in screening', async () => {
    const id = randomUUID();
    await submit(id);
    await saveHistory('proposal-local-submission-waiting-in-screening', proposalWorkflowId(id));
    expect(calls).toContain(`submit:${id}:1`);
  });

  it('persists a submission in the workflow task that accepted it: a local activity, no second task', async () => {
    const id = randomUUID();
    await submit(id);
    const { events } = await client.workflow.getHandle(proposalWorkflowId(id)).fetchHistory();
    const { EventType } = temporal.api.enums.v1;
    const count = (type: temporal.api.enums.v1.EventType) => events!.filter((e) => e.eventType === type).length;
    expect({
      workflowTasks: count(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED),
      activities: count(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED),
      // Both patches' markers (review and decision, local submission) and the local activity's.
      markers: count(EventType.EVENT_TYPE_MARKER_RECORDED),
      // The screening reminder and deadline, timed from what the submission returned.
      timers: count(EventType.EVENT_TYPE_TIMER_STARTED) > 0,
    }).toEqual({ workflowTasks: 1, activities: 0, markers: 3, timers: true });
    expect(calls).not.toContain(`context:${id}`);
  });
});
