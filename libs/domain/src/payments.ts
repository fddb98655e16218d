import { ErrorCode } from './errors';

/**
 * Tranches a finance officer may ask to release (the maker's step): an eligible one, or one whose payment the
 * provider definitively failed. A retry is a new release, so it needs a different checker again: no single
 * person can pay a tranche a second time.
 */
export const RELEASE_REQUESTABLE_TRANCHE_STATUSES: readonly string[] = ['eligible', 'failed'];

/** The next wait before asking the provider again about a payment without outcome: doubling, capped. */
export function nextPaymentPoll(previousMs: number, maxMs: number): number {
  return Math.min(previousMs * 2, maxMs);
}

/** A payment without outcome for `alertAfterMs` is stuck: finance is alerted and may record its outcome. */
export function paymentStuck(createdAtMs: number, nowMs: number, alertAfterMs: number): boolean {
  return nowMs - createdAtMs >= alertAfterMs;
}

/** What finance records as paid must be the tranche's amount to the unit: anything else is not this payment. */
export function paymentAmountRefusal(
  recorded: number,
  trancheAmount: number,
): { code: ErrorCode; params: Record<string, number> } | null {
  return recorded === trancheAmount
    ? null
    : { code: ErrorCode.PAYMENT_AMOUNT_MISMATCH, params: { expected: trancheAmount, recorded } };
}
