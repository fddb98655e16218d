import { ApplicationFailure } from '@temporalio/activity';

/**
 * A business refusal: non-retryable, typed with an ErrorCode; the workflow re-raises it as the Update's failure
 * and the API answers the matching problem (params fill the localised detail, errors the per-field list).
 */
export function refuse(type: string, message: string, params: Record<string, string | number> = {}, errors: unknown[] = []) {
  return ApplicationFailure.create({ type, message, nonRetryable: true, details: [{ errors, params }] });
}
