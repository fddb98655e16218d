import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import { ErrorCode } from '../../libs/domain/src/errors';
import { refuse } from '../../libs/temporal/src/refusal';

/**
 * Activities report business refusals as non-retryable ApplicationFailures typed with an ErrorCode. Re-raise
 * them as the Update's failure so the caller gets the code; anything else is rethrown unchanged.
 */
export function asUpdateFailure(error: unknown): unknown {
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure && error.cause.type) {
    return ApplicationFailure.create({
      type: error.cause.type,
      message: error.cause.message,
      nonRetryable: true,
      details: error.cause.details ?? [],
    });
  }
  return error;
}

/**
 * Serialises a workflow's commands: while one command's activity is persisting, validators refuse the others,
 * so two commands never interleave. Activity refusals become the Update's failure.
 */
export class CommandGate {
  busy = false;

  async run<T>(command: () => Promise<T>): Promise<T> {
    this.busy = true;
    try {
      return await command();
    } catch (error) {
      throw asUpdateFailure(error);
    } finally {
      this.busy = false;
    }
  }

  refuseIfBusy(params: Record<string, string | number> = {}): void {
    if (this.busy) throw refuse(ErrorCode.INVALID_STATE, 'another command is in progress', { params });
  }
}
