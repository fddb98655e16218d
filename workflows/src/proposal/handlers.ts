/**
 * What each accepted proposal command does: one activity persists the transition (status, audit, outbox) before
 * the Update answers; the workflow then mirrors it. Validation is in ./commands.
 */
import { ParentClosePolicy, patched, startChild } from '@temporalio/workflow';
import { assignmentTarget, isOpenAssignment, type AssignmentChange } from '../../../libs/domain/src/review-assignment';
import { grantWorkflowId } from '../../../libs/temporal/src/contracts/grant';
import {
  acceptAssignmentUpdate,
  type AssignmentCommandResult,
  declineAssignmentUpdate,
  decideProposalUpdate,
  screenProposalUpdate,
  submitProposalUpdate,
  submitReviewUpdate,
  withdrawProposalUpdate,
} from '../../../libs/temporal/src/contracts/proposal';
import { onCommand } from '../commands';
import { grantWorkflow } from '../grant.workflow';
import { assignmentFor, validate } from './commands';
import { activities, adopt, deliver, local, setStatus } from './effects';
import type { AssignmentState, ProposalState } from './state';

/**
 * Submissions persisted by a local activity that also returns the proposal's context: runs whose submission was
 * recorded before this used a normal activity and loaded the context with a second one, and replay that way.
 */
export const LOCAL_SUBMISSION_PATCH = 'local-submission-v1';

export function registerCommands(s: ProposalState): void {
  const { proposalId, workflowId, gate } = s;
  const answer = () => ({ proposalId, status: s.status });
  /**
   * A reviewer command naming an assignment the workflow does not know yet, while reviewers are being assigned,
   * waits for that answer instead of being refused. Every command accepted before this named a known assignment
   * (the validator required it), so it never waits and saved histories replay unchanged.
   */
  const assignmentKnown = (cmd: { assignmentId: string }) => !s.assigning || s.assignments.has(cmd.assignmentId);
  /** A reviewer's command recorded: the review loop wakes up and plans again. */
  const reviewed = (a: AssignmentState, change: AssignmentChange): AssignmentCommandResult => {
    a.status = assignmentTarget(change);
    s.reviewEvents++;
    return { assignmentId: a.assignmentId, status: a.status, proposalStatus: s.status };
  };

  onCommand(submitProposalUpdate, gate, {
    validate: (cmd) => validate.submit(s, cmd),
    run: async (cmd) => {
      try {
        const input = { proposalId, submissionNumber: cmd.submissionNumber, actor: cmd.actor, workflowId };
        const result = patched(LOCAL_SUBMISSION_PATCH)
          ? await local.recordSubmission(input)
          : await activities.recordSubmission(input);
        s.submissionNumber = cmd.submissionNumber;
        // A new cycle: the content may have changed and earlier reviews no longer count. The context read with
        // the submission is this cycle's; without it (the unpatched path) the next stage loads it.
        s.context = result.context;
        s.assignments.clear();
        adopt(s, result);
        // Results are not compared on replay: the answer may grow without a patch.
        const { submittedAt, stage = null, stageDeadline = null } = result;
        return { ...answer(), ...(submittedAt && { submitted: { submittedAt, stage, stageDeadline } }) };
      } catch (error) {
        if (s.status === 'draft') s.submissionRefused = true;
        throw error;
      }
    },
  });

  onCommand(withdrawProposalUpdate, gate, {
    validate: () => validate.withdraw(s),
    run: async (cmd) => {
      const result = await activities.recordWithdrawal({
        proposalId,
        actor: cmd.actor,
        reason: cmd.reason,
        workflowId,
      });
      for (const a of s.assignments.values()) if (isOpenAssignment(a.status)) a.status = assignmentTarget('cancel');
      adopt(s, result);
      await deliver(result.notificationIds);
      return answer();
    },
  });

  onCommand(screenProposalUpdate, gate, {
    validate: () => validate.screen(s),
    run: async (cmd) => {
      const result = await activities.recordScreening({
        proposalId,
        cycle: s.submissionNumber,
        eligible: cmd.eligible,
        reason: cmd.reason,
        actor: cmd.actor,
        workflowId,
      });
      adopt(s, result);
      await deliver(result.notificationIds);
      return answer();
    },
  });

  onCommand(acceptAssignmentUpdate, gate, {
    validate: (cmd) => validate.accept(s, cmd),
    ready: assignmentKnown,
    run: async (cmd) => {
      const a = assignmentFor(s, cmd.assignmentId, cmd.actor.userId);
      await activities.recordAssignmentResponse({
        assignmentId: a.assignmentId,
        response: 'accept',
        actor: cmd.actor,
        workflowId,
      });
      return reviewed(a, 'accept');
    },
  });

  onCommand(declineAssignmentUpdate, gate, {
    validate: (cmd) => validate.decline(s, cmd),
    ready: assignmentKnown,
    run: async (cmd) => {
      const a = assignmentFor(s, cmd.assignmentId, cmd.actor.userId);
      await activities.recordAssignmentResponse({
        assignmentId: a.assignmentId,
        response: 'decline',
        reason: cmd.reason,
        actor: cmd.actor,
        workflowId,
      });
      return reviewed(a, 'decline');
    },
  });

  onCommand(submitReviewUpdate, gate, {
    validate: (cmd) => validate.submitReview(s, cmd),
    ready: assignmentKnown,
    run: async (cmd) => {
      const a = assignmentFor(s, cmd.assignmentId, cmd.actor.userId);
      const { scores, comment, recommendation, actor } = cmd;
      await activities.recordReview({
        assignmentId: a.assignmentId,
        scores,
        comment,
        recommendation,
        actor,
        workflowId,
      });
      return reviewed(a, 'submitReview');
    },
  });

  onCommand(decideProposalUpdate, gate, {
    validate: (cmd) => validate.decide(s, cmd),
    run: async (cmd) => {
      const common = {
        proposalId,
        cycle: s.submissionNumber,
        justification: cmd.justification ?? null,
        actor: cmd.actor,
        workflowId,
      };
      if (cmd.outcome === 'approve') {
        const result = await activities.approveProposal({
          ...common,
          amount: cmd.amount!,
          conditions: cmd.conditions ?? null,
        });
        s.grantId = result.grantId;
        // The grant lives for years, beyond this workflow: abandon, do not terminate, when this one ends.
        await startChild(grantWorkflow, {
          workflowId: grantWorkflowId(result.grantId),
          args: [{ grantId: result.grantId, proposalId }],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        });
        setStatus(s, 'approved');
        await deliver(result.notificationIds);
        return { ...answer(), grantId: s.grantId };
      }
      const result = await activities.recordDecision({ ...common, outcome: cmd.outcome, reason: cmd.reason ?? '' });
      adopt(s, result);
      await deliver(result.notificationIds);
      return answer();
    },
  });
}
