/**
 * Stable error codes. Clients branch on these, so never rename one; add new ones instead.
 * The HTTP status for each lives in the API layer; the domain only says what went wrong.
 */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_JSON: 'MALFORMED_JSON',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  ROUTE_NOT_FOUND: 'ROUTE_NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_IN_PROGRESS: 'IDEMPOTENCY_KEY_IN_PROGRESS',
  INVALID_STATE: 'INVALID_STATE',
  ROUND_CLOSED: 'ROUND_CLOSED',
  REGION_NOT_ELIGIBLE: 'REGION_NOT_ELIGIBLE',
  AMOUNT_ABOVE_MAX_AWARD: 'AMOUNT_ABOVE_MAX_AWARD',
  BUDGET_MISMATCH: 'BUDGET_MISMATCH',
  INCOMPLETE_PROPOSAL: 'INCOMPLETE_PROPOSAL',
  ONE_OPEN_PROPOSAL_PER_ROUND: 'ONE_OPEN_PROPOSAL_PER_ROUND',
  ORGANIZATION_REQUIRED: 'ORGANIZATION_REQUIRED',
  ALREADY_MEMBER: 'ALREADY_MEMBER',
  UNKNOWN_REVIEWER: 'UNKNOWN_REVIEWER',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Per-field problem codes used in `errors[].code`. */
export const FieldCode = {
  REQUIRED: 'REQUIRED',
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
  INVALID: 'INVALID',
  NOT_INTEGER: 'NOT_INTEGER',
  NEGATIVE: 'NEGATIVE',
  TOO_LARGE: 'TOO_LARGE',
  TOO_SMALL: 'TOO_SMALL',
  TOO_LONG: 'TOO_LONG',
  MISMATCH: 'MISMATCH',
  OUT_OF_ORDER: 'OUT_OF_ORDER',
  UNKNOWN_REGION: 'UNKNOWN_REGION',
  NOT_IN_LIST: 'NOT_IN_LIST',
  INVALID_DATE: 'INVALID_DATE',
  INVALID_DURATION: 'INVALID_DURATION',
  INVALID_PHONE: 'INVALID_PHONE',
  INVALID_EMAIL: 'INVALID_EMAIL',
  DUPLICATE: 'DUPLICATE',
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
} as const;
export type FieldCode = (typeof FieldCode)[keyof typeof FieldCode];

export interface FieldError {
  field: string;
  code: FieldCode | ErrorCode;
  /** Values interpolated into the localised message (e.g. `{ max: 60000000 }`). */
  params?: Record<string, string | number>;
}

/** A rule violation: the error code and the fields at fault. Pure data so workflows can carry it too. */
export interface RuleViolation {
  code: ErrorCode;
  errors: FieldError[];
  params?: Record<string, string | number>;
}
