import { ActivityFailure, ApplicationFailure, log, proxyActivities, sleep } from '@temporalio/workflow';
import { ErrorCode } from '../../../libs/domain/src/errors';
import type { NotificationKind } from '../../../libs/domain/src/notifications';
import type { GrantWorkflowActivities } from '../../../libs/temporal/src/activities';
import type { GrantSnapshot } from '../../../libs/temporal/src/contracts/grant';
import type { Audience } from '../../../libs/temporal/src/contracts/notification';
import { refuse } from '../../../libs/temporal/src/refusal';
import type { GrantState } from './state';

/** Every activity of runs started before PAYMENT_OUTCOME_PATCH (kept so that those runs behave as they began). */
const legacy = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '1 minute',
  // Payment calls heartbeat every second: a worker that dies mid-payment is noticed in seconds and the
  // activity is retried elsewhere with the same payment and the same idempotency key.
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Database changes: no heartbeat (a transaction waiting on a row lock is slow, not dead, and must not be run
 * again beside itself), a bounded number of attempts so a failing change frees the command gate and flags the
 * grant. Business refusals and constraint violations are non-retryable where they are raised.
 */
const db = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '4 seconds', backoffCoefficient: 2, maximumAttempts: 4 },
});

/**
 * The provider call. It heartbeats every second, so a worker that dies mid-payment is noticed in seconds and
 * the activity runs elsewhere with the same payment and key; its attempts are bounded because the workflow
 * itself keeps asking (same key) on its own backoff, however long the outcome takes.
 */
const payment = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', backoffCoefficient: 2, maximumAttempts: 4 },
});

/** Reading the grant changes nothing, so it may wait for the database as long as it takes. */
const reads = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Flagging a stall must not hold a command for long: a few quick attempts, then the command answers. */
const alarm = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '2 seconds', backoffCoefficient: 2, maximumAttempts: 3 },
});

const delivery = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', backoffCoefficient: 3, maximumAttempts: 5 },
});

/** After a system change exhausted its attempts, the workflow waits this long before planning again. */
const STALL_BACKOFF_MS = 60_000;

/** The activity configurations of this run: database changes, the provider call, reads. */
export function proxiesFor(s: GrantState) {
  return {
    activities: s.outcomes ? db : legacy,
    pay: s.outcomes ? payment : legacy,
    load: s.outcomes ? reads : legacy,
  };
}

/** A refusal (the rules said no) rather than a failure (the activity could not do its work). */
export const isRefusal = (error: ActivityFailure): boolean =>
  error.cause instanceof ApplicationFailure &&
  !!error.cause.nonRetryable &&
  !!error.cause.type &&
  error.cause.type in ErrorCode;

export async function flagStall(s: GrantState, activity: string, error: ActivityFailure): Promise<void> {
  const reason = (error.cause?.message || error.message || 'failed').slice(0, 200);
  s.stalled = `${activity}: ${reason}`;
  if (s.stallRecorded) return;
  log.error('grant activity exhausted its attempts; flagging the grant', { activity, reason });
  try {
    s.outbox.push(
      ...(await alarm.flagGrantStalled({ grantId: s.grantId, activity, reason, workflowId: s.workflowId }))
        .notificationIds,
    );
    s.stallRecorded = true;
  } catch (failure) {
    // The database is away too: the flag stays in this workflow's state (query) until it can be written.
    if (!(failure instanceof ActivityFailure)) throw failure;
  }
}

export async function clearStall(s: GrantState): Promise<void> {
  try {
    await alarm.clearGrantStall({ grantId: s.grantId, workflowId: s.workflowId });
    s.stalled = null;
    s.stallRecorded = false;
  } catch (failure) {
    if (!(failure instanceof ActivityFailure)) throw failure;
  }
}

/**
 * Runs a step whose activity may exhaust its attempts: the grant is flagged and programme managers alerted, and
 * the command answers SERVICE_UNAVAILABLE (retry later) instead of holding the gate. A success clears a flag.
 */
export async function watched<T>(s: GrantState, activity: string, step: () => Promise<T>): Promise<T> {
  if (!s.outcomes) return step();
  try {
    const value = await step();
    if (s.stalled) await clearStall(s);
    return value;
  } catch (error) {
    if (!(error instanceof ActivityFailure) || isRefusal(error)) throw error;
    await flagStall(s, activity, error);
    throw refuse(ErrorCode.SERVICE_UNAVAILABLE, `${activity} could not be completed; try again later`);
  }
}

/** A change the workflow makes by itself, serialised with commands like one of them. */
export async function system(s: GrantState, name: string, change: () => Promise<GrantSnapshot>): Promise<void> {
  s.gate.busy = true;
  let exhausted = false;
  try {
    s.adoptSnapshot(await change());
    if (s.outcomes && s.stalled) await clearStall(s);
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    if (s.outcomes && !isRefusal(error)) {
      exhausted = true;
      await flagStall(s, name, error);
    }
    // The database refused (it has the last word): take its view and plan again.
    log.warn('grant change refused; reloading the grant', { error: error.cause?.message ?? error.message });
    s.adoptSnapshot(await proxiesFor(s).load.loadGrantContext({ grantId: s.grantId }));
  } finally {
    s.gate.busy = false;
  }
  // Not straight back into the same failure: commands stay open meanwhile.
  if (exhausted) await sleep(STALL_BACKOFF_MS);
}

export async function notify(
  s: GrantState,
  kind: NotificationKind,
  audience: Audience,
  key: string,
  params: Record<string, string | number | null> = {},
): Promise<void> {
  try {
    await delivery.notify({
      kind,
      audience,
      entity: { type: 'grant', id: s.grantId },
      params: { title: s.context!.title, ...params },
      dedupKey: `${s.workflowId}:${key}`,
    });
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
  }
}

export async function deliver(ids: string[]): Promise<void> {
  try {
    await delivery.deliverNotifications({ ids });
  } catch (error) {
    // Left pending/failed in the outbox for an operator; the lifecycle goes on.
    if (!(error instanceof ActivityFailure)) throw error;
  }
}
