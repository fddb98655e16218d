import { allHandlersFinished, condition, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { isTerminal, type ProposalStatus } from '../../libs/domain/src/proposal-status';
import {
  panelUpdatedSignal,
  proposalStateQuery,
  type ProposalWorkflowInput,
} from '../../libs/temporal/src/contracts/proposal';
import { registerCommands } from './proposal/handlers';
import { decisionStage, reviewStage, revisionStage, screeningStage } from './proposal/stages';
import { ProposalState, stateView } from './proposal/state';

/** The behaviour added with review and decision: runs started before it wait in screening without timers. */
const REVIEW_AND_DECISION_PATCH = 'review-and-decision-v1';

/**
 * One workflow per proposal (`proposal-<id>`), started by the first submission through Update-with-start. It is
 * the authority for the proposal's lifecycle (DESIGN §2): screening, review by panel members, the committee
 * decision, revisions. The API changes state only through its Updates; every transition is persisted by an
 * activity (status, audit event, outbox) before the Update answers. Deadlines are workflow timers, so they
 * survive restarts of the worker and of the whole stack.
 */
export async function proposalWorkflow(
  input: ProposalWorkflowInput,
): Promise<{ status: ProposalStatus; grantId?: string | null }> {
  const s = new ProposalState(input, workflowInfo().workflowId);
  setHandler(proposalStateQuery, () => stateView(s));
  setHandler(panelUpdatedSignal, () => {
    s.panelVersion++;
  });
  registerCommands(s);

  // Started by Update-with-start: the submission either lands or is refused (then this run simply ends and a
  // later, corrected submission starts a fresh run under the same id).
  await condition(() => s.status !== 'draft' || s.submissionRefused);
  if (s.submissionRefused) return { status: s.status };

  if (!patched(REVIEW_AND_DECISION_PATCH)) {
    // A run started before review and decision existed: it waits in screening without timers; its screening
    // Update (and everything after it) runs the current code below.
    await condition(() => s.status !== 'screening');
  }
  while (!isTerminal(s.status)) {
    if (s.status === 'screening') await screeningStage(s);
    else if (s.status === 'in_review') await reviewStage(s);
    else if (s.status === 'awaiting_decision') await decisionStage(s);
    else if (s.status === 'revision_requested') await revisionStage(s);
    else await condition(() => isTerminal(s.status));
    // Commands that changed the status while a stage's activity was running finish before the next stage.
    await condition(() => !s.gate.busy);
  }
  await condition(allHandlersFinished);
  return { status: s.status, grantId: s.grantId };
}
