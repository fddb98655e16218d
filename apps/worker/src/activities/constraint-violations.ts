import { ApplicationFailure } from '@temporalio/activity';
import type {
  ActivityExecuteInput,
  ActivityInboundCallsInterceptor,
  ActivityInterceptorsFactory,
  Next,
} from '@temporalio/worker';
import { ErrorCode } from '@csf/domain';
import { pgConstraint, pgErrorCode } from '@csf/persistence';

/**
 * A constraint the database refuses (SQLSTATE class 23) refuses again on every retry: it becomes a
 * non-retryable CONFLICT, so the workflow gets its answer at once instead of after every attempt. Activities
 * translate the violations they expect into their own refusal first; this catches the rest.
 */
class ConstraintViolations implements ActivityInboundCallsInterceptor {
  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    try {
      return await next(input);
    } catch (error) {
      const code = pgErrorCode(error);
      if (code?.startsWith('23')) {
        throw ApplicationFailure.create({
          type: ErrorCode.CONFLICT,
          message: `the database refused the change (${code}${pgConstraint(error) ? ` ${pgConstraint(error)}` : ''})`,
          nonRetryable: true,
          details: [{ errors: [], params: {} }],
        });
      }
      throw error;
    }
  }
}

export const constraintViolations: ActivityInterceptorsFactory = () => ({ inbound: new ConstraintViolations() });
