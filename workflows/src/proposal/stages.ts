/**
 * The stages a submitted proposal waits in, each until a person acts or a timer fires: screening, review,
 * decision, revision. Reminders before a deadline; after it screening and decision are escalated (and still wait
 * for a person), a review assignment lapses and is replaced, a revision expires.
 */
import { condition } from '@temporalio/workflow';
import { reminderDelayMs } from '../../../libs/domain/src/deadlines';
import { assignmentTarget, isOpenAssignment } from '../../../libs/domain/src/review-assignment';
import type { ProposalContext } from '../../../libs/temporal/src/contracts/proposal';
import { awaitWithDeadline } from '../deadlines';
import { activities, adopt, deliver, ensureContext, notify, stageDeadline } from './effects';
import type { ProposalState } from './state';

export async function screeningStage(s: ProposalState): Promise<void> {
  const ctx = await ensureContext(s);
  const cycle = s.submissionNumber;
  const { start, deadlineAt } = await stageDeadline(s, 'screening', ctx.durations.screening);
  const delay = reminderDelayMs(ctx.durations.screening);
  const deadline = new Date(deadlineAt).toISOString();
  await awaitWithDeadline({
    done: () => s.status !== 'screening',
    deadlineAt,
    reminderAt: delay === null ? null : start + delay,
    onReminder: () =>
      notify(s, 'screening_reminder', { role: 'program_manager' }, `screening:${cycle}:reminder`, { deadline }),
    onOverdue: () =>
      notify(s, 'screening_overdue', { role: 'program_manager' }, `screening:${cycle}:overdue`, { deadline }),
  });
}

/**
 * Keeps `reviewersPerProposal` assignments open or submitted until that many reviews are in: assigns (least
 * loaded first, by the activity), reminds, lapses and replaces. Short of panel members it tells programme
 * managers and waits for a panel change or a freed slot.
 */
export async function reviewStage(s: ProposalState): Promise<void> {
  const ctx = await ensureContext(s);
  const cycle = s.submissionNumber;
  const required = ctx.reviewersPerProposal;
  let blockedAt: { panelVersion: number; reviewEvents: number } | null = null;
  while (s.status === 'in_review') {
    const submitted = [...s.assignments.values()].filter((a) => a.status === assignmentTarget('submitReview')).length;
    if (submitted >= required) {
      adopt(s, await activities.completeReview({ proposalId: s.proposalId, cycle, workflowId: s.workflowId }));
      return;
    }
    const open = s.openAssignments();
    const missing = required - submitted - open.length;
    const blocked =
      blockedAt !== null && blockedAt.panelVersion === s.panelVersion && blockedAt.reviewEvents === s.reviewEvents;
    if (missing > 0 && !blocked) {
      blockedAt = await assignMissing(s, ctx, cycle, missing);
      continue;
    }
    // Sleep until a reviewer acts, the panel changes, the proposal leaves review, or a reminder/deadline is due.
    const times = open.flatMap((a) => [
      a.reminded || a.reminderAt === null ? a.deadlineAt : Math.min(a.reminderAt, a.deadlineAt),
      a.deadlineAt,
    ]);
    const next = times.length ? Math.min(...times) : null;
    const seenEvents = s.reviewEvents;
    const seenPanel = s.panelVersion;
    const wake = () => s.reviewEvents !== seenEvents || s.panelVersion !== seenPanel || s.status !== 'in_review';
    const woke = next === null ? (await condition(wake), true) : await condition(wake, Math.max(1, next - Date.now()));
    if (woke) continue;
    const now = Date.now();
    for (const a of open) {
      if (a.deadlineAt <= now) {
        const result = await activities.lapseAssignment({ assignmentId: a.assignmentId, workflowId: s.workflowId });
        a.status = assignmentTarget('lapse');
        s.reviewEvents++;
        await deliver(result.notificationIds);
      } else if (!a.reminded && a.reminderAt !== null && a.reminderAt <= now) {
        a.reminded = true;
        await notify(s, 'review_reminder', { userIds: [a.reviewerId] }, `review:${a.assignmentId}:reminder`, {
          deadline: new Date(a.deadlineAt).toISOString(),
        });
      }
    }
  }
}

/** Asks the panel for `missing` more reviewers; answers where the panel stood if it could not supply them all. */
async function assignMissing(
  s: ProposalState,
  ctx: ProposalContext,
  cycle: number,
  missing: number,
): Promise<{ panelVersion: number; reviewEvents: number } | null> {
  const result = await assign(s, ctx, cycle, missing);
  await deliver(result.notificationIds);
  let blockedAt = null;
  if (result.assigned.length < missing) {
    blockedAt = { panelVersion: s.panelVersion, reviewEvents: s.reviewEvents };
    await notify(
      s,
      'panel_exhausted',
      { role: 'program_manager' },
      `review:${cycle}:exhausted:${s.panelVersion}:${s.reviewEvents}`,
      {
        missing: missing - result.assigned.length,
      },
    );
  }
  const open = s.openAssignments();
  if (open.length) s.stage = { name: 'review', deadlineAt: Math.max(...open.map((a) => a.deadlineAt)) };
  return blockedAt;
}

export async function decisionStage(s: ProposalState): Promise<void> {
  const ctx = await ensureContext(s);
  const cycle = s.submissionNumber;
  const { start, deadlineAt } = await stageDeadline(s, 'decision', ctx.durations.decision);
  const delay = reminderDelayMs(ctx.durations.decision);
  const deadline = new Date(deadlineAt).toISOString();
  await awaitWithDeadline({
    done: () => s.status !== 'awaiting_decision',
    deadlineAt,
    reminderAt: delay === null ? null : start + delay,
    onReminder: () =>
      notify(s, 'decision_reminder', { role: 'committee_chair' }, `decision:${cycle}:reminder`, { deadline }),
    onOverdue: async () => {
      await notify(s, 'decision_overdue', { role: 'committee_chair' }, `decision:${cycle}:overdue`, { deadline });
      await notify(s, 'decision_overdue', { role: 'program_manager' }, `decision:${cycle}:overdue-pm`, { deadline });
    },
  });
}

export async function revisionStage(s: ProposalState): Promise<void> {
  const ctx = await ensureContext(s);
  const cycle = s.submissionNumber;
  const { deadlineAt } = await stageDeadline(s, 'revision', ctx.durations.revision);
  const returned = await condition(() => s.status !== 'revision_requested', Math.max(1, deadlineAt - Date.now()));
  if (returned) return;
  // Deadline passed; a resubmission that is being persisted right now wins over expiry.
  await condition(() => !s.gate.busy);
  if (s.status !== 'revision_requested') return;
  const result = await activities.expireProposal({ proposalId: s.proposalId, cycle, workflowId: s.workflowId });
  adopt(s, result);
  await deliver(result.notificationIds);
}

/** The activity writes the new assignments; the workflow knows them once it has read the answer. */
async function assign(s: ProposalState, ctx: ProposalContext, cycle: number, count: number) {
  s.assigning = true;
  try {
    const result = await activities.assignReviewers({
      proposalId: s.proposalId,
      cycle,
      count,
      // What this workflow already tracks in the cycle (assignments are cleared on resubmission).
      known: [...s.assignments.values()].filter(
        (a) => isOpenAssignment(a.status) || a.status === assignmentTarget('submitReview'),
      ).length,
      reviewPeriodMs: ctx.durations.review,
      workflowId: s.workflowId,
    });
    const delay = reminderDelayMs(ctx.durations.review, ctx.durations.reviewReminder);
    for (const a of result.assigned) {
      const deadlineAt = new Date(a.deadlineAt).getTime();
      s.assignments.set(a.assignmentId, {
        assignmentId: a.assignmentId,
        reviewerId: a.reviewerId,
        status: 'pending',
        deadlineAt,
        reminderAt: delay === null ? null : deadlineAt - ctx.durations.review + delay,
        reminded: false,
      });
    }
    return result;
  } finally {
    s.assigning = false;
  }
}
