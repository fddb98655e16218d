import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import type { FieldError } from '../../domain/src/errors';

export interface WorkflowRuleFailure {
  code: string;
  message: string;
  errors: FieldError[];
  params?: Record<string, string | number>;
}

/**
 * A workflow Update that was refused (validator or handler) surfaces as WorkflowUpdateFailedError with an
 * ApplicationFailure whose `type` is one of our ErrorCode values. Returns null for anything else (infrastructure).
 */
export function ruleFailureFrom(error: unknown): WorkflowRuleFailure | null {
  if (!(error instanceof WorkflowUpdateFailedError)) return null;
  let cause: unknown = error.cause;
  while (cause && !(cause instanceof ApplicationFailure)) cause = (cause as { cause?: unknown }).cause;
  if (!(cause instanceof ApplicationFailure) || !cause.type) return null;
  const detail = (cause.details?.[0] ?? {}) as { errors?: FieldError[]; params?: Record<string, string | number> };
  return { code: cause.type, message: cause.message, errors: detail.errors ?? [], params: detail.params };
}
