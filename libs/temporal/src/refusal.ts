import { ApplicationFailure } from '@temporalio/common';
import type { FieldError, RuleViolation } from '../../domain/src/errors';

/** What a refusal carries besides its code: the per-field list and the values of the localised detail. */
export interface RefusalDetails {
  errors?: FieldError[];
  params?: Record<string, string | number>;
}

/**
 * A business refusal, raised the same way by workflow validators and by activities: non-retryable, typed with an
 * ErrorCode, never failing the workflow. The API answers the matching problem+json (`ruleFailureFrom`), with
 * `params` filling the localised detail and `errors` the per-field list. Workflow-safe (no Node, no I/O).
 */
export function refuse(code: string, message: string, details: RefusalDetails = {}): ApplicationFailure {
  return ApplicationFailure.create({
    type: code,
    message,
    nonRetryable: true,
    details: [{ errors: details.errors ?? [], params: details.params ?? {} }],
  });
}

/** A rule's answer from libs/domain, raised as a refusal. */
export function refusalOf(violation: RuleViolation): ApplicationFailure {
  return refuse(violation.code, violation.message ?? violation.code, {
    errors: violation.errors,
    params: violation.params,
  });
}
