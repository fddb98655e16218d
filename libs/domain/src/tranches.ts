import { ErrorCode, type RuleViolation } from './errors';
import { CANCELLABLE_TRANCHE_STATUSES } from './grant-lifecycle';
import { RELEASE_REQUESTABLE_TRANCHE_STATUSES } from './payments';

/** A tranche's life: `pending → eligible → release_requested → release_approved → disbursing → disbursed`. */
export const TRANCHE_STATUSES = [
  'pending',
  'eligible',
  'release_requested',
  'release_approved',
  'disbursing',
  'disbursed',
  'failed',
  'cancelled',
] as const;
export type TrancheStatus = (typeof TRANCHE_STATUSES)[number];

/**
 * Each change of a tranche: the statuses it may start in, and whether it is the checker's step (a different
 * person from the finance officer who requested the release: maker–checker, backed by a CHECK constraint).
 */
const CHANGES = {
  /** The maker's step: an eligible tranche, or one whose payment definitively failed (a new release). */
  requestRelease: { from: RELEASE_REQUESTABLE_TRANCHE_STATUSES, checker: false },
  /** The maker's step in grant runs started before PAYMENT_OUTCOME_PATCH, where a failed tranche goes through `retry`. */
  requestReleaseBeforeOutcomes: { from: ['eligible'], checker: false },
  /** The maker's step again after a failure (kept for the `retry` command). */
  retry: { from: ['failed'], checker: false },
  approveRelease: { from: ['release_requested'], checker: true },
  disburse: { from: ['release_approved'], checker: false },
  confirmPayment: { from: ['disbursing'], checker: false },
  /** A stuck payment's outcome, recorded by a finance approver who did not request the release. */
  resolvePayment: { from: ['disbursing'], checker: true },
  cancel: { from: CANCELLABLE_TRANCHE_STATUSES, checker: false },
} as const satisfies Record<string, { from: readonly string[]; checker: boolean }>;
export type TrancheChange = keyof typeof CHANGES;

export function trancheChangeAllowed(change: TrancheChange, status: string): boolean {
  return (CHANGES[change].from as readonly string[]).includes(status);
}

/** Maker ≠ checker: the person who requested a release never approves it nor records its payment's outcome. */
export function makerCheckerRefusal(
  requestedBy: string | null,
  actorId: string,
  change: 'approveRelease' | 'resolvePayment',
): RuleViolation | null {
  if (requestedBy === null || requestedBy !== actorId) return null;
  return {
    code: ErrorCode.MAKER_CHECKER,
    errors: [],
    message:
      change === 'approveRelease'
        ? 'the maker cannot approve their own request'
        : 'the maker cannot record the outcome of their own release',
  };
}

/** Why `actorId` may not make `change` to this tranche now, or null: its status first, then maker–checker. */
export function trancheChangeRefusal(
  change: TrancheChange,
  tranche: { number?: number; status: string; requestedBy: string | null },
  actorId?: string,
): RuleViolation | null {
  if (!trancheChangeAllowed(change, tranche.status)) {
    const which = tranche.number === undefined ? 'tranche' : `tranche ${tranche.number}`;
    return {
      code: ErrorCode.TRANCHE_NOT_ELIGIBLE,
      errors: [],
      params: { status: tranche.status },
      message: `${which} is ${tranche.status}`,
    };
  }
  if (CHANGES[change].checker && actorId !== undefined) {
    return makerCheckerRefusal(tranche.requestedBy, actorId, change as 'approveRelease' | 'resolvePayment');
  }
  return null;
}
