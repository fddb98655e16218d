import { ActivityFailure, proxyActivities, proxyLocalActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { NotificationKind } from '../../../libs/domain/src/notifications';
import type { ProposalStatus } from '../../../libs/domain/src/proposal-status';
import type { ProposalWorkflowActivities } from '../../../libs/temporal/src/activities';
import type { Audience } from '../../../libs/temporal/src/contracts/notification';
import type { ProposalContext, TransitionResult } from '../../../libs/temporal/src/contracts/proposal';
import { SearchAttributes } from '../../../libs/temporal/src/contracts/shared';
import type { ProposalState } from './state';

export const activities = proxyActivities<ProposalWorkflowActivities>({
  // Persisting a transition is one short transaction; retry without limit so a step is never lost while the
  // database is briefly away. Business refusals are non-retryable and come back at once.
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/**
 * The submission, run inside the workflow task that accepted the Update: no activity task to dispatch and no
 * second workflow task to answer the Update (one short transaction on the worker's own pool). Same retries as
 * `activities`; past a minute of retrying the SDK spaces attempts with workflow timers.
 */
export const local = proxyLocalActivities<ProposalWorkflowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

// Delivery is retried a bounded number of times: a mail server that is down must not hold up the proposal.
const delivery = proxyActivities<ProposalWorkflowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', backoffCoefficient: 3, maximumAttempts: 5 },
});

export function setStatus(s: ProposalState, next: ProposalStatus): void {
  s.status = next;
  upsertSearchAttributes([{ key: SearchAttributes.proposalStatus, value: next }]);
}

/** A transition's new status, and the stage deadline its activity wrote in the same transaction. */
export function adopt(s: ProposalState, result: TransitionResult): void {
  setStatus(s, result.status);
  if (result.stage !== undefined) {
    s.stage = { name: result.stage, deadlineAt: result.stageDeadline ? Date.parse(result.stageDeadline) : null };
  }
}

export async function deliver(ids: string[] | undefined): Promise<void> {
  if (!ids?.length) return;
  try {
    await delivery.deliverNotifications({ ids });
  } catch (error) {
    // Left pending/failed in the outbox for an operator; the lifecycle goes on.
    if (!(error instanceof ActivityFailure)) throw error;
  }
}

export async function notify(
  s: ProposalState,
  kind: NotificationKind,
  audience: Audience,
  key: string,
  params: Record<string, string | number | null> = {},
): Promise<void> {
  try {
    await delivery.notify({
      kind,
      audience,
      entity: { type: 'proposal', id: s.proposalId },
      params: { title: s.context?.title ?? '', ...params },
      dedupKey: `${s.workflowId}:${key}`,
    });
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
  }
}

export async function ensureContext(s: ProposalState): Promise<ProposalContext> {
  s.context ??= await activities.loadProposalContext({ proposalId: s.proposalId });
  return s.context;
}

/**
 * The deadline of a timed stage: the one its transition activity wrote (so the API and the timers agree), or, if
 * that transition predates stage deadlines, one set now.
 */
export async function stageDeadline(
  s: ProposalState,
  name: string,
  periodMs: number,
): Promise<{ start: number; deadlineAt: number }> {
  if (s.stage.name === name && s.stage.deadlineAt !== null)
    return { start: s.stage.deadlineAt - periodMs, deadlineAt: s.stage.deadlineAt };
  const start = Date.now();
  s.stage = { name, deadlineAt: start + periodMs };
  await activities.recordStage({
    proposalId: s.proposalId,
    stage: name,
    deadlineAt: new Date(start + periodMs).toISOString(),
  });
  return { start, deadlineAt: start + periodMs };
}
