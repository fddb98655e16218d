import { ErrorCode, FieldError, RuleViolation } from '@csf/domain';

/** HTTP status per stable code: the only place where domain codes meet HTTP. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 422,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RATE_LIMITED: 429,
  IDEMPOTENCY_KEY_REUSED: 409,
  IDEMPOTENCY_KEY_IN_PROGRESS: 409,
  INVALID_STATE: 409,
  ROUND_CLOSED: 422,
  ROUND_FIELDS_LOCKED: 409,
  ENVELOPE_BELOW_RESERVED: 409,
  ROUND_NOT_OPEN: 409,
  REGION_NOT_ELIGIBLE: 422,
  AMOUNT_ABOVE_MAX_AWARD: 422,
  BUDGET_MISMATCH: 422,
  INCOMPLETE_PROPOSAL: 422,
  ONE_OPEN_PROPOSAL_PER_ROUND: 409,
  ORGANIZATION_REQUIRED: 422,
  ALREADY_MEMBER: 409,
  ORGANIZATION_NOT_VERIFIED: 422,
  LAST_MEMBER: 409,
  ORGANIZATION_INVITATION_INVALID: 422,
  ACCOUNT_NOT_VERIFIED: 403,
  INVALID_CODE: 422,
  CODE_EXPIRED: 422,
  UNKNOWN_REVIEWER: 422,
  ACCOUNT_EXISTS: 409,
  INVALID_TOKEN: 422,
  WEAK_PASSWORD: 422,
  LAST_ADMIN: 409,
  SEGREGATION_OF_DUTIES: 422,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  TOTP_ENROLMENT_REQUIRED: 403,
  CONFLICT: 409,
  ENVELOPE_EXCEEDED: 409,
  AMOUNT_ABOVE_REQUEST: 422,
  JUSTIFICATION_REQUIRED: 422,
  QUORUM_NOT_REACHED: 409,
  NOT_ASSIGNED: 403,
  ALREADY_REVIEWED: 409,
  ASSIGNMENT_NOT_ACCEPTED: 409,
  INVALID_SCORES: 422,
  MAKER_CHECKER: 403,
  TRANCHE_NOT_ELIGIBLE: 409,
  INVALID_REPORT_STATE: 409,
  EXPENDITURE_ABOVE_DISBURSED: 422,
  PAYMENT_IN_FLIGHT: 409,
  PAYMENT_AMOUNT_MISMATCH: 422,
  PAYMENT_REFERENCE_DUPLICATE: 409,
  UNSPENT_ABOVE_DISBURSED: 422,
  NOTHING_TO_EXPORT: 404,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The one error type services throw; the problem filter renders it as problem+json. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly errors: FieldError[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }

  /** Seconds after which the same request may succeed (`Retry-After`): rate limits, work in progress, outages. */
  retryAfter?: number;

  get status(): number {
    return HTTP_STATUS[this.code] ?? 500;
  }

  static retryLater(code: ErrorCode, seconds: number, params: Record<string, string | number> = {}): AppError {
    return Object.assign(new AppError(code, [], params), { retryAfter: Math.max(1, Math.ceil(seconds)) });
  }

  static validation(errors: FieldError[]): AppError {
    return new AppError(ErrorCode.VALIDATION_FAILED, errors);
  }

  static fromViolation(violation: RuleViolation): AppError {
    return new AppError(violation.code, violation.errors, violation.params ?? {});
  }

  /** 404 rather than 403 for other organisations' records, so their existence is not revealed. */
  static notFound(): AppError {
    return new AppError(ErrorCode.NOT_FOUND);
  }

  static invalidState(status: string): AppError {
    return new AppError(ErrorCode.INVALID_STATE, [], { status });
  }
}
