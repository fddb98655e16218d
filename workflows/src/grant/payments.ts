/**
 * Paying a tranche: the only path by which money leaves the fund. The activity creates the tranche's payment
 * once (one live payment per tranche, one idempotency key per attempt); the workflow follows it to its outcome.
 */
import { ActivityFailure, condition, sleep } from '@temporalio/workflow';
import { nextPaymentPoll } from '../../../libs/domain/src/payments';
import type { DisbursementResult } from '../../../libs/temporal/src/contracts/grant';
import { clearStall, flagStall, isRefusal, notify, proxiesFor } from './effects';
import type { GrantState } from './state';

/** How often a pending transfer at the HTTP provider is checked. */
const PAYMENT_POLL_MS = 2_000;
/** A transfer pending for hours is checked less and less often, at most every 5 minutes. */
const PAYMENT_POLL_MAX_MS = 5 * 60_000;

/** Pays tranche `n` and follows it up; `stop`: the history is full and the next run follows the payment up. */
export async function payTranche(s: GrantState, n: number, stop: () => boolean = () => false): Promise<void> {
  s.paying = n;
  try {
    if (s.outcomes) await reconcile(s, n, stop);
    else await disburse(s, n, stop);
  } finally {
    s.paying = null;
  }
}

/** Runs started before PAYMENT_OUTCOME_PATCH: the activity creates the payment once; an HTTP transfer is then polled. */
export async function disburse(s: GrantState, n: number, stop: () => boolean = () => false): Promise<void> {
  const { activities } = proxiesFor(s);
  const context = s.context!;
  const t = s.tranches.get(n)!;
  const set = (trancheStatus: string) => {
    s.tranches.set(n, { ...s.tranches.get(n)!, status: trancheStatus });
    s.revision++;
  };
  let r: DisbursementResult = await activities.startDisbursement({
    grantId: s.grantId,
    trancheNumber: n,
    workflowId: s.workflowId,
  });
  set(r.trancheStatus);
  let wait = PAYMENT_POLL_MS;
  while (r.payment === 'pending' && !stop()) {
    await sleep(wait);
    if (s.lifecycle) wait = Math.min(wait * 2, PAYMENT_POLL_MAX_MS);
    r = await activities.checkDisbursement({ paymentId: r.paymentId, workflowId: s.workflowId });
    set(r.trancheStatus);
  }
  const params = { tranche: n, amount: t.amount, currency: context.currency };
  if (r.payment === 'paid')
    await notify(
      s,
      'tranche_disbursed',
      { organizationId: context.organizationId },
      `tranche:${n}:${r.paymentId}:paid`,
      params,
    );
  if (r.payment === 'failed')
    await notify(s, 'tranche_failed', { role: 'program_manager' }, `tranche:${n}:${r.paymentId}:failed`, {
      ...params,
      reason: 'provider',
    });
}

/**
 * Pays one approved tranche and follows it to its outcome. Only `paid` or `failed` (a definitive answer, or an
 * operator's record of one) ends it; any other answer, or an activity that exhausted its attempts, leaves the
 * tranche disbursing and the payment is asked about again with the same key, on a capped backoff (an operator's
 * resolution wakes it at once). The activity alerts finance once the payment is stuck.
 */
async function reconcile(s: GrantState, n: number, stop: () => boolean): Promise<void> {
  const { pay, load } = proxiesFor(s);
  const context = s.context!;
  const t = s.tranches.get(n)!;
  const poll = context.paymentPoll ?? { initialMs: PAYMENT_POLL_MS, maxMs: PAYMENT_POLL_MAX_MS };
  let wait = poll.initialMs;
  let r: DisbursementResult | null = null;
  for (;;) {
    try {
      r =
        r === null
          ? await pay.startDisbursement({ grantId: s.grantId, trancheNumber: n, workflowId: s.workflowId })
          : await pay.checkDisbursement({ paymentId: r.paymentId, workflowId: s.workflowId });
      s.tranches.set(n, { ...s.tranches.get(n)!, status: r.trancheStatus });
      s.revision++;
      s.outbox.push(...(r.notificationIds ?? []));
      if (s.stalled) await clearStall(s);
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      if (isRefusal(error)) {
        // Not (or no longer) to be paid: PostgreSQL has the last word, so take its view of the tranche.
        const fresh = await load.loadGrantContext({ grantId: s.grantId });
        const mine = fresh.tranches.find((x) => x.number === n);
        if (mine) s.tranches.set(n, mine);
        s.adoptSnapshot(fresh);
        return;
      }
      await flagStall(s, 'payment', error);
    }
    if (r && r.payment !== 'pending') break;
    // The history is full: the next run follows the payment up.
    if (stop()) return;
    const seen = s.resolutions;
    await condition(() => s.resolutions !== seen, wait);
    wait = nextPaymentPoll(wait, poll.maxMs);
  }
  const params = { tranche: n, amount: t.amount, currency: context.currency };
  if (r.payment === 'paid')
    await notify(
      s,
      'tranche_disbursed',
      { organizationId: context.organizationId },
      `tranche:${n}:${r.paymentId}:paid`,
      params,
    );
  if (r.payment === 'failed') {
    await notify(s, 'tranche_failed', { role: 'program_manager' }, `tranche:${n}:${r.paymentId}:failed`, {
      ...params,
      reason: 'provider',
    });
    await notify(s, 'tranche_failed', { role: 'finance_officer' }, `tranche:${n}:${r.paymentId}:failed:finance`, {
      ...params,
      reason: 'provider',
    });
  }
}
