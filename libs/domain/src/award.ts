import { ErrorCode, FieldCode, type RuleViolation } from './errors';

/**
 * The committee's award: a whole, positive amount in minor units, never above what was requested (`requested`
 * null: not known to the caller, so only the amount itself is checked). One rule for the API's pre-check, the
 * proposal workflow's decision validator and the approval activity that reserves the money.
 */
export function awardRefusal(amount: unknown, requested: number | null): RuleViolation | null {
  if (amount === undefined || amount === null) {
    return {
      code: ErrorCode.VALIDATION_FAILED,
      errors: [{ field: 'amount', code: FieldCode.REQUIRED }],
      message: 'an approval needs an amount',
    };
  }
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    return {
      code: ErrorCode.VALIDATION_FAILED,
      errors: [{ field: 'amount', code: FieldCode.INVALID }],
      message: 'amount must be a positive integer',
    };
  }
  if (amount <= 0) {
    return {
      code: ErrorCode.VALIDATION_FAILED,
      errors: [{ field: 'amount', code: FieldCode.TOO_SMALL, params: { min: 1 } }],
      message: 'amount must be a positive integer',
    };
  }
  if (requested !== null && amount > requested) {
    return {
      code: ErrorCode.AMOUNT_ABOVE_REQUEST,
      errors: [{ field: 'amount', code: FieldCode.TOO_LARGE, params: { max: requested } }],
      params: { requested },
      message: 'amount above the request',
    };
  }
  return null;
}

/** A decision's own content: an approval its award, a rejection or a revision its reason. */
export function decisionRefusal(
  decision: { outcome: 'approve' | 'reject' | 'revise'; amount?: number | null; reason?: string | null },
  requested: number | null,
): RuleViolation | null {
  if (decision.outcome === 'approve') return awardRefusal(decision.amount, requested);
  if (!decision.reason?.trim()) {
    return {
      code: ErrorCode.VALIDATION_FAILED,
      errors: [{ field: 'reason', code: FieldCode.REQUIRED }],
      message: 'a reason is required',
    };
  }
  return null;
}
