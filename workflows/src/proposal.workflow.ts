import {
  ActivityFailure,
  allHandlersFinished,
  condition,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { reminderDelayMs } from '../../libs/domain/src/deadlines';
import { ErrorCode } from '../../libs/domain/src/errors';
import type { NotificationKind } from '../../libs/domain/src/notifications';
import { decisionRefusal } from '../../libs/domain/src/award';
import { checkDecisionJustification } from '../../libs/domain/src/committee-decision';
import { isTerminal, type ProposalCommand, proposalCommandRefusal, ProposalStatus } from '../../libs/domain/src/proposal-status';
import { assignmentChangeRefusal, type AssignmentStatus, assignmentTarget, isOpenAssignment } from '../../libs/domain/src/review-assignment';
import { validateScores } from '../../libs/domain/src/scoring';
import type { ProposalWorkflowActivities } from '../../libs/temporal/src/activities';
import type { Audience } from '../../libs/temporal/src/contracts/notification';
import {
  acceptAssignmentUpdate,
  declineAssignmentUpdate,
  decideProposalUpdate,
  panelUpdatedSignal,
  PendingItem,
  type ProposalContext,
  proposalStateQuery,
  ProposalWorkflowInput,
  screenProposalUpdate,
  submitProposalUpdate,
  submitReviewUpdate,
  type TransitionResult,
  withdrawProposalUpdate,
} from '../../libs/temporal/src/contracts/proposal';
import { grantWorkflowId } from '../../libs/temporal/src/contracts/grant';
import { SearchAttributes } from '../../libs/temporal/src/contracts/shared';
import { refuse, refusalOf } from '../../libs/temporal/src/refusal';
import { awaitWithDeadline } from './deadlines';
import { CommandGate } from './failures';
import { grantWorkflow } from './grant.workflow';

const activities = proxyActivities<ProposalWorkflowActivities>({
  // Persisting a transition is one short transaction; retry without limit so a step is never lost while the
  // database is briefly away. Business refusals are non-retryable and come back at once.
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

// Delivery is retried a bounded number of times: a mail server that is down must not hold up the proposal.
const delivery = proxyActivities<ProposalWorkflowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', backoffCoefficient: 3, maximumAttempts: 5 },
});

/** The behaviour added with review and decision: runs started before it wait in screening without timers. */
const REVIEW_AND_DECISION_PATCH = 'review-and-decision-v1';

interface AssignmentState {
  assignmentId: string;
  reviewerId: string;
  status: AssignmentStatus;
  deadlineAt: number;
  reminderAt: number | null;
  reminded: boolean;
}

/**
 * One workflow per proposal (`proposal-<id>`), started by the first submission through Update-with-start. It is
 * the authority for the proposal's lifecycle (DESIGN §2): screening, review by panel members, the committee
 * decision, revisions. The API changes state only through its Updates; every transition is persisted by an
 * activity (status, audit event, outbox) before the Update answers. Deadlines are workflow timers, so they
 * survive restarts of the worker and of the whole stack.
 */
export async function proposalWorkflow(
  input: ProposalWorkflowInput,
): Promise<{ status: ProposalStatus; grantId?: string | null }> {
  const workflowId = workflowInfo().workflowId;
  // Widened on purpose: Update handlers change it, which control-flow narrowing cannot see.
  let status = 'draft' as ProposalStatus;
  let submissionNumber = 0;
  const gate = new CommandGate();
  let submissionRefused = false;
  let context: ProposalContext | undefined;
  let stage: { name: string; deadlineAt: number | null } = { name: 'draft', deadlineAt: null };
  const assignments = new Map<string, AssignmentState>();
  // Bumped by every reviewer response, so the review loop wakes up and re-plans.
  let reviewEvents = 0;
  let panelVersion = 0;
  let grantId: string | null = null;

  const setStatus = (next: ProposalStatus) => {
    status = next;
    upsertSearchAttributes([{ key: SearchAttributes.proposalStatus, value: next }]);
  };

  /** A transition's new status, and the stage deadline its activity wrote in the same transaction. */
  const adopt = (result: TransitionResult) => {
    setStatus(result.status);
    if (result.stage !== undefined) {
      stage = { name: result.stage, deadlineAt: result.stageDeadline ? Date.parse(result.stageDeadline) : null };
    }
  };

  const deliver = async (ids: string[] | undefined) => {
    if (!ids?.length) return;
    try {
      await delivery.deliverNotifications({ ids });
    } catch (error) {
      // Left pending/failed in the outbox for an operator; the lifecycle goes on.
      if (!(error instanceof ActivityFailure)) throw error;
    }
  };

  const notify = async (kind: NotificationKind, audience: Audience, key: string, params: Record<string, string | number | null> = {}) => {
    try {
      await delivery.notify({
        kind,
        audience,
        entity: { type: 'proposal', id: input.proposalId },
        params: { title: context?.title ?? '', ...params },
        dedupKey: `${workflowId}:${key}`,
      });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
    }
  };

  const ensureContext = async (): Promise<ProposalContext> => {
    context ??= await activities.loadProposalContext({ proposalId: input.proposalId });
    return context;
  };

  const enterStage = async (name: string, deadlineAt: number | null) => {
    stage = { name, deadlineAt };
    await activities.recordStage({
      proposalId: input.proposalId,
      stage: name,
      deadlineAt: deadlineAt === null ? null : new Date(deadlineAt).toISOString(),
    });
  };

  const pending = (): PendingItem[] => {
    const deadline = stage.deadlineAt === null ? null : new Date(stage.deadlineAt).toISOString();
    switch (status) {
      case 'screening':
        return [{ kind: 'screening', role: 'program_manager', deadline }];
      case 'in_review':
        return [...assignments.values()]
          .filter((a) => isOpenAssignment(a.status))
          .map((a) => ({
            kind: 'review',
            role: 'reviewer',
            userId: a.reviewerId,
            assignmentId: a.assignmentId,
            status: a.status,
            deadline: new Date(a.deadlineAt).toISOString(),
          }));
      case 'awaiting_decision':
        return [{ kind: 'decision', role: 'committee_chair', deadline }];
      case 'revision_requested':
        return [{ kind: 'revision', role: 'applicant', deadline }];
      default:
        return [];
    }
  };

  setHandler(proposalStateQuery, () => ({
    proposalId: input.proposalId,
    status,
    stage: status === 'screening' ? 'awaiting_screening' : status,
    stageDeadline: stage.deadlineAt === null ? null : new Date(stage.deadlineAt).toISOString(),
    submissionNumber,
    pending: pending(),
    grantId,
  }));

  setHandler(panelUpdatedSignal, () => {
    panelVersion++;
  });

  const command = <T>(run: () => Promise<T>) => gate.run(run);
  const notBusy = () => gate.refuseIfBusy();
  const allowedNow = (command: ProposalCommand) => {
    notBusy();
    const refusal = proposalCommandRefusal(command, status);
    if (refusal) throw refusalOf(refusal);
  };

  setHandler(
    submitProposalUpdate,
    (cmd) =>
      command(async () => {
        try {
          const result = await activities.recordSubmission({
            proposalId: input.proposalId,
            submissionNumber: cmd.submissionNumber,
            actor: cmd.actor,
            workflowId,
          });
          submissionNumber = cmd.submissionNumber;
          // A new cycle: the content may have changed and earlier reviews no longer count.
          context = undefined;
          assignments.clear();
          adopt(result);
          return { proposalId: input.proposalId, status };
        } catch (error) {
          if (status === 'draft') submissionRefused = true;
          throw error;
        }
      }),
    {
      validator: (cmd) => {
        allowedNow('submit');
        if (cmd.submissionNumber <= submissionNumber) {
          throw refuse(ErrorCode.INVALID_STATE, 'this submission was already made', { params: { status } });
        }
      },
    },
  );

  setHandler(
    withdrawProposalUpdate,
    (cmd) =>
      command(async () => {
        const result = await activities.recordWithdrawal({
          proposalId: input.proposalId,
          actor: cmd.actor,
          reason: cmd.reason,
          workflowId,
        });
        for (const a of assignments.values()) if (isOpenAssignment(a.status)) a.status = assignmentTarget('cancel');
        adopt(result);
        await deliver(result.notificationIds);
        return { proposalId: input.proposalId, status };
      }),
    { validator: (_cmd) => allowedNow('withdraw') },
  );

  setHandler(
    screenProposalUpdate,
    (cmd) =>
      command(async () => {
        const result = await activities.recordScreening({
          proposalId: input.proposalId,
          cycle: submissionNumber,
          eligible: cmd.eligible,
          reason: cmd.reason,
          actor: cmd.actor,
          workflowId,
        });
        adopt(result);
        await deliver(result.notificationIds);
        return { proposalId: input.proposalId, status };
      }),
    { validator: (_cmd) => allowedNow('screen') },
  );

  /** The assignment a reviewer command names, checked against the caller and the current cycle. */
  const assignmentFor = (assignmentId: string, userId: string): AssignmentState => {
    const a = assignments.get(assignmentId);
    if (!a || a.reviewerId !== userId) throw refuse(ErrorCode.NOT_ASSIGNED, 'this review is not assigned to you');
    return a;
  };

  setHandler(
    acceptAssignmentUpdate,
    (cmd) =>
      command(async () => {
        const a = assignmentFor(cmd.assignmentId, cmd.actor.userId);
        await activities.recordAssignmentResponse({ assignmentId: a.assignmentId, response: 'accept', actor: cmd.actor, workflowId });
        a.status = assignmentTarget('accept');
        reviewEvents++;
        return { assignmentId: a.assignmentId, status: a.status, proposalStatus: status };
      }),
    {
      validator: (cmd) => {
        allowedNow('review');
        const refusal = assignmentChangeRefusal('accept', assignmentFor(cmd.assignmentId, cmd.actor.userId).status);
        if (refusal) throw refusalOf(refusal);
      },
    },
  );

  setHandler(
    declineAssignmentUpdate,
    (cmd) =>
      command(async () => {
        const a = assignmentFor(cmd.assignmentId, cmd.actor.userId);
        await activities.recordAssignmentResponse({
          assignmentId: a.assignmentId,
          response: 'decline',
          reason: cmd.reason,
          actor: cmd.actor,
          workflowId,
        });
        a.status = assignmentTarget('decline');
        reviewEvents++;
        return { assignmentId: a.assignmentId, status: a.status, proposalStatus: status };
      }),
    {
      validator: (cmd) => {
        allowedNow('review');
        const refusal = assignmentChangeRefusal('decline', assignmentFor(cmd.assignmentId, cmd.actor.userId).status);
        if (refusal) throw refusalOf(refusal);
      },
    },
  );

  setHandler(
    submitReviewUpdate,
    (cmd) =>
      command(async () => {
        const a = assignmentFor(cmd.assignmentId, cmd.actor.userId);
        await activities.recordReview({
          assignmentId: a.assignmentId,
          scores: cmd.scores,
          comment: cmd.comment,
          recommendation: cmd.recommendation,
          actor: cmd.actor,
          workflowId,
        });
        a.status = assignmentTarget('submitReview');
        reviewEvents++;
        return { assignmentId: a.assignmentId, status: a.status, proposalStatus: status };
      }),
    {
      validator: (cmd) => {
        allowedNow('review');
        const refusal = assignmentChangeRefusal('submitReview', assignmentFor(cmd.assignmentId, cmd.actor.userId).status);
        if (refusal) throw refusalOf(refusal);
        const errors = validateScores(context?.rubric ?? [], cmd.scores);
        if (errors.length) throw refuse(ErrorCode.INVALID_SCORES, 'scores do not match the rubric', { errors: errors });
      },
    },
  );

  setHandler(
    decideProposalUpdate,
    (cmd) =>
      command(async () => {
        if (cmd.outcome === 'approve') {
          const result = await activities.approveProposal({
            proposalId: input.proposalId,
            cycle: submissionNumber,
            amount: cmd.amount!,
            conditions: cmd.conditions ?? null,
            justification: cmd.justification ?? null,
            actor: cmd.actor,
            workflowId,
          });
          grantId = result.grantId;
          // The grant lives for years, beyond this workflow: abandon, do not terminate, when this one ends.
          await startChild(grantWorkflow, {
            workflowId: grantWorkflowId(result.grantId),
            args: [{ grantId: result.grantId, proposalId: input.proposalId }],
            parentClosePolicy: ParentClosePolicy.ABANDON,
          });
          setStatus('approved');
          await deliver(result.notificationIds);
          return { proposalId: input.proposalId, status, grantId };
        }
        const result = await activities.recordDecision({
          proposalId: input.proposalId,
          cycle: submissionNumber,
          outcome: cmd.outcome,
          reason: cmd.reason ?? '',
          justification: cmd.justification ?? null,
          actor: cmd.actor,
          workflowId,
        });
        adopt(result);
        await deliver(result.notificationIds);
        return { proposalId: input.proposalId, status };
      }),
    {
      validator: (cmd) => {
        allowedNow('decide');
        const refusal = decisionRefusal(cmd, context ? context.requestedAmount : null);
        if (refusal) throw refusalOf(refusal);
        // Validators do not run on replay and the handler only hands the text to the activities (whose inputs are
        // not compared on replay), so runs started before this rule need no patch; the activity checks again.
        const violation = cmd.basis ? checkDecisionJustification(cmd, cmd.basis) : null;
        if (violation) throw refusalOf({ message: 'a justification is required', ...violation });
      },
    },
  );

  /**
   * The deadline of a timed stage: the one its transition activity wrote (so the API and the timers agree),
   * or, if that transition predates stage deadlines, one set now.
   */
  const stageDeadline = async (name: string, periodMs: number): Promise<{ start: number; deadlineAt: number }> => {
    if (stage.name === name && stage.deadlineAt !== null) return { start: stage.deadlineAt - periodMs, deadlineAt: stage.deadlineAt };
    const start = Date.now();
    await enterStage(name, start + periodMs);
    return { start, deadlineAt: start + periodMs };
  };

  const screeningStage = async () => {
    const ctx = await ensureContext();
    const cycle = submissionNumber;
    const { start, deadlineAt } = await stageDeadline('screening', ctx.durations.screening);
    const delay = reminderDelayMs(ctx.durations.screening);
    const deadline = new Date(deadlineAt).toISOString();
    await awaitWithDeadline({
      done: () => status !== 'screening',
      deadlineAt,
      reminderAt: delay === null ? null : start + delay,
      onReminder: () => notify('screening_reminder', { role: 'program_manager' }, `screening:${cycle}:reminder`, { deadline }),
      onOverdue: () => notify('screening_overdue', { role: 'program_manager' }, `screening:${cycle}:overdue`, { deadline }),
    });
  };

  const reviewStage = async () => {
    const ctx = await ensureContext();
    const cycle = submissionNumber;
    const required = ctx.reviewersPerProposal;
    // Set when the panel could not supply enough reviewers; cleared by a panel change or a freed slot.
    let blockedAt: { panelVersion: number; reviewEvents: number } | null = null;
    while (status === 'in_review') {
      const all = [...assignments.values()];
      const submitted = all.filter((a) => a.status === assignmentTarget('submitReview')).length;
      if (submitted >= required) {
        const result = await activities.completeReview({ proposalId: input.proposalId, cycle, workflowId });
        adopt(result);
        return;
      }
      const open = all.filter((a) => isOpenAssignment(a.status));
      const missing = required - submitted - open.length;
      const blocked = blockedAt !== null && blockedAt.panelVersion === panelVersion && blockedAt.reviewEvents === reviewEvents;
      if (missing > 0 && !blocked) {
        const result = await activities.assignReviewers({
          proposalId: input.proposalId,
          cycle,
          count: missing,
          reviewPeriodMs: ctx.durations.review,
          workflowId,
        });
        for (const a of result.assigned) {
          const deadlineAt = new Date(a.deadlineAt).getTime();
          const delay = reminderDelayMs(ctx.durations.review, ctx.durations.reviewReminder);
          assignments.set(a.assignmentId, {
            assignmentId: a.assignmentId,
            reviewerId: a.reviewerId,
            status: 'pending',
            deadlineAt,
            reminderAt: delay === null ? null : deadlineAt - ctx.durations.review + delay,
            reminded: false,
          });
        }
        await deliver(result.notificationIds);
        if (result.assigned.length < missing) {
          blockedAt = { panelVersion, reviewEvents };
          await notify('panel_exhausted', { role: 'program_manager' }, `review:${cycle}:exhausted:${panelVersion}:${reviewEvents}`, {
            missing: missing - result.assigned.length,
          });
        } else {
          blockedAt = null;
        }
        const open = [...assignments.values()].filter((a) => isOpenAssignment(a.status));
        if (open.length) stage = { name: 'review', deadlineAt: Math.max(...open.map((a) => a.deadlineAt)) };
        continue;
      }
      // Sleep until a reviewer acts, the panel changes, the proposal leaves review, or a reminder/deadline is due.
      const times = open.flatMap((a) => [a.reminded || a.reminderAt === null ? a.deadlineAt : Math.min(a.reminderAt, a.deadlineAt), a.deadlineAt]);
      const next = times.length ? Math.min(...times) : null;
      const seenEvents = reviewEvents;
      const seenPanel = panelVersion;
      const wake = () => reviewEvents !== seenEvents || panelVersion !== seenPanel || status !== 'in_review';
      const woke = next === null ? (await condition(wake), true) : await condition(wake, Math.max(1, next - Date.now()));
      if (woke) continue;
      const now = Date.now();
      for (const a of open) {
        if (a.deadlineAt <= now) {
          const result = await activities.lapseAssignment({ assignmentId: a.assignmentId, workflowId });
          a.status = assignmentTarget('lapse');
          reviewEvents++;
          await deliver(result.notificationIds);
        } else if (!a.reminded && a.reminderAt !== null && a.reminderAt <= now) {
          a.reminded = true;
          await notify('review_reminder', { userIds: [a.reviewerId] }, `review:${a.assignmentId}:reminder`, {
            deadline: new Date(a.deadlineAt).toISOString(),
          });
        }
      }
    }
  };

  const decisionStage = async () => {
    const ctx = await ensureContext();
    const cycle = submissionNumber;
    const { start, deadlineAt } = await stageDeadline('decision', ctx.durations.decision);
    const delay = reminderDelayMs(ctx.durations.decision);
    const deadline = new Date(deadlineAt).toISOString();
    await awaitWithDeadline({
      done: () => status !== 'awaiting_decision',
      deadlineAt,
      reminderAt: delay === null ? null : start + delay,
      onReminder: () => notify('decision_reminder', { role: 'committee_chair' }, `decision:${cycle}:reminder`, { deadline }),
      onOverdue: async () => {
        await notify('decision_overdue', { role: 'committee_chair' }, `decision:${cycle}:overdue`, { deadline });
        await notify('decision_overdue', { role: 'program_manager' }, `decision:${cycle}:overdue-pm`, { deadline });
      },
    });
  };

  const revisionStage = async () => {
    const ctx = await ensureContext();
    const cycle = submissionNumber;
    const { deadlineAt } = await stageDeadline('revision', ctx.durations.revision);
    const returned = await condition(() => status !== 'revision_requested', Math.max(1, deadlineAt - Date.now()));
    if (returned) return;
    // Deadline passed; a resubmission that is being persisted right now wins over expiry.
    await condition(() => !gate.busy);
    if (status !== 'revision_requested') return;
    const result = await activities.expireProposal({ proposalId: input.proposalId, cycle, workflowId });
    adopt(result);
    await deliver(result.notificationIds);
  };

  // Started by Update-with-start: the submission either lands or is refused (then this run simply ends and a
  // later, corrected submission starts a fresh run under the same id).
  await condition(() => status !== 'draft' || submissionRefused);
  if (submissionRefused) return { status };

  if (!patched(REVIEW_AND_DECISION_PATCH)) {
    // A run started before review and decision existed: it waits in screening without timers; its screening
    // Update (and everything after it) runs the current code below.
    await condition(() => status !== 'screening');
  }
  while (!isTerminal(status)) {
    if (status === 'screening') await screeningStage();
    else if (status === 'in_review') await reviewStage();
    else if (status === 'awaiting_decision') await decisionStage();
    else if (status === 'revision_requested') await revisionStage();
    else await condition(() => isTerminal(status));
    // Commands that changed the status while a stage's activity was running finish before the next stage.
    await condition(() => !gate.busy);
  }
  await condition(allHandlersFinished);
  return { status, grantId };
}
