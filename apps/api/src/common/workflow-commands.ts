import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@csf/domain';
import { ruleFailureFrom } from '@csf/temporal';
import { AppError } from './app-error';

/**
 * Runs a workflow Update for an HTTP command: a refusal by the workflow (validator or activity) becomes the
 * problem with its code; a closed workflow is a state conflict; anything else is 503, never a stack trace.
 */
@Injectable()
export class WorkflowCommands {
  async run<T>(update: () => Promise<T>): Promise<T> {
    try {
      return await update();
    } catch (error) {
      const refusal = ruleFailureFrom(error);
      // The workflow gave up on an activity that exhausted its attempts: the same command may work a little later.
      if (refusal?.code === ErrorCode.SERVICE_UNAVAILABLE) throw AppError.retryLater(ErrorCode.SERVICE_UNAVAILABLE, 30);
      if (refusal && refusal.code in ErrorCode) {
        throw new AppError(refusal.code as ErrorCode, refusal.errors, refusal.params ?? {});
      }
      if ((error as { name?: string })?.name === 'WorkflowNotFoundError') throw AppError.invalidState('closed');
      throw Object.assign(new AppError(ErrorCode.SERVICE_UNAVAILABLE), { cause: error });
    }
  }
}
