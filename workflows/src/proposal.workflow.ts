import {
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { ErrorCode } from '../../libs/domain/src/errors';
import { EDITABLE_STATUSES, isTerminal, ProposalStatus } from '../../libs/domain/src/proposal-status';
import type { ProposalActivities } from '../../libs/temporal/src/activities';
import {
  proposalStateQuery,
  ProposalWorkflowInput,
  SearchAttributes,
  submitProposalUpdate,
  withdrawProposalUpdate,
} from '../../libs/temporal/src/contracts';
import { asUpdateFailure, refuse } from './failures';

const activities = proxyActivities<ProposalActivities>({
  // Persisting a transition is one short transaction; retry without limit so a step is never lost while the
  // database is briefly away. Business refusals are non-retryable and come back at once.
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

const WITHDRAWABLE: readonly ProposalStatus[] = ['screening', 'in_review', 'awaiting_decision', 'revision_requested'];

/**
 * One workflow per proposal (`proposal-<id>`), started by the first submission through Update-with-start. It is
 * the authority for the proposal's lifecycle: the API changes state only through its Updates, and every
 * transition is persisted by an activity (status + audit event) before the Update answers.
 */
export async function proposalWorkflow(input: ProposalWorkflowInput): Promise<{ status: ProposalStatus }> {
  let status: ProposalStatus = 'draft';
  let submissionNumber = 0;
  // A command is being persisted: refuse others until it lands, so two commands never interleave.
  let busy = false;
  let submissionRefused = false;
  const workflowId = workflowInfo().workflowId;

  const setStatus = (next: ProposalStatus) => {
    status = next;
    upsertSearchAttributes([{ key: SearchAttributes.proposalStatus, value: next }]);
  };

  setHandler(proposalStateQuery, () => ({
    proposalId: input.proposalId,
    status,
    stage: status === 'screening' ? 'awaiting_screening' : status,
    submissionNumber,
  }));

  setHandler(
    submitProposalUpdate,
    async (command) => {
      busy = true;
      try {
        const result = await activities.recordSubmission({
          proposalId: input.proposalId,
          submissionNumber: command.submissionNumber,
          actor: command.actor,
          workflowId,
        });
        submissionNumber = command.submissionNumber;
        setStatus(result.status);
        return { proposalId: input.proposalId, status };
      } catch (error) {
        if (status === 'draft') submissionRefused = true;
        throw asUpdateFailure(error);
      } finally {
        busy = false;
      }
    },
    {
      validator: (command) => {
        if (busy) throw refuse(ErrorCode.INVALID_STATE, 'another command is in progress');
        if (!EDITABLE_STATUSES.includes(status)) {
          throw refuse(ErrorCode.INVALID_STATE, `cannot submit a proposal in status ${status}`);
        }
        if (command.submissionNumber <= submissionNumber) {
          throw refuse(ErrorCode.INVALID_STATE, 'this submission was already made');
        }
      },
    },
  );

  setHandler(
    withdrawProposalUpdate,
    async (command) => {
      busy = true;
      try {
        const result = await activities.recordWithdrawal({
          proposalId: input.proposalId,
          actor: command.actor,
          reason: command.reason,
          workflowId,
        });
        setStatus(result.status);
        return { proposalId: input.proposalId, status };
      } catch (error) {
        throw asUpdateFailure(error);
      } finally {
        busy = false;
      }
    },
    {
      validator: (_command) => {
        if (busy) throw refuse(ErrorCode.INVALID_STATE, 'another command is in progress');
        if (!WITHDRAWABLE.includes(status)) {
          throw refuse(ErrorCode.INVALID_STATE, `cannot withdraw a proposal in status ${status}`);
        }
      },
    },
  );

  // Started by Update-with-start: the submission either lands or is refused (then this run simply ends and a
  // later, corrected submission starts a fresh run under the same id).
  await condition(() => status !== 'draft' || submissionRefused);
  if (submissionRefused) return { status };

  // Screening, review and the committee decision come next (see the review issue). Until then the proposal
  // waits in screening, durably, for as long as it takes.
  await condition(() => isTerminal(status));
  await condition(allHandlersFinished);
  return { status };
}
