import type { UpdateDefinition } from '@temporalio/common';
import { ActivityFailure, ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
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

/** One command of a workflow: its validator (a pure check of the state) and what it does once accepted. */
export interface CommandSpec<C, R> {
  validate: (cmd: C) => void;
  run: (cmd: C) => Promise<R>;
  /**
   * Until this is true the validator lets the Update in and the handler waits, then validates: a grant registers
   * its commands before its first await, so an Update arriving with a new run's first task finds its handler; a
   * reviewer may act on an assignment the activity has written before the workflow has read its answer.
   */
  ready?: (cmd: C) => boolean;
  /** Wraps the accepted command (the grant flags a stall when its activity exhausts its attempts). */
  around?: (name: string, run: () => Promise<R>) => Promise<R>;
}

/**
 * Registers an Update as a command behind the workflow's gate: the validator decides before the Update is
 * accepted, the gate keeps commands from interleaving, activity refusals become the Update's failure.
 */
export function onCommand<C, R>(def: UpdateDefinition<R, [C]>, gate: CommandGate, spec: CommandSpec<C, R>): void {
  const { validate, run, ready, around } = spec;
  const accepted = (cmd: C) => (around ? around(def.name, () => run(cmd)) : run(cmd));
  if (!ready) {
    setHandler(def, (cmd: C) => gate.run(() => accepted(cmd)), { validator: validate });
    return;
  }
  setHandler(
    def,
    async (cmd: C) => {
      if (!ready(cmd)) {
        await condition(() => ready(cmd));
        validate(cmd);
      }
      return gate.run(() => accepted(cmd));
    },
    { validator: (cmd: C) => void (ready(cmd) && validate(cmd)) },
  );
}
