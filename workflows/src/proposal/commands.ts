/**
 * The proposal's commands as validators: pure functions of the state that throw the refusal the caller sees. They
 * run before an Update is accepted (never on replay); the rules themselves live in libs/domain.
 */
import { decisionRefusal } from '../../../libs/domain/src/award';
import { checkDecisionJustification } from '../../../libs/domain/src/committee-decision';
import { ErrorCode, type RuleViolation } from '../../../libs/domain/src/errors';
import { type ProposalCommand, proposalCommandRefusal } from '../../../libs/domain/src/proposal-status';
import { type AssignmentChange, assignmentChangeRefusal } from '../../../libs/domain/src/review-assignment';
import { validateScores } from '../../../libs/domain/src/scoring';
import type {
  AssignmentCommand,
  DecideProposalCommand,
  SubmitProposalCommand,
  SubmitReviewCommand,
} from '../../../libs/temporal/src/contracts/proposal';
import { refuse, refusalOf } from '../../../libs/temporal/src/refusal';
import type { AssignmentState, ProposalState } from './state';

const check = (refusal: RuleViolation | null) => {
  if (refusal) throw refusalOf(refusal);
};

/** No other command in progress, and the transitions table allows this one from the current status. */
function allowedNow(s: ProposalState, command: ProposalCommand): void {
  s.gate.refuseIfBusy();
  check(proposalCommandRefusal(command, s.status));
}

/** The assignment a reviewer command names, checked against the caller and the current cycle. */
export function assignmentFor(s: ProposalState, assignmentId: string, userId: string): AssignmentState {
  const a = s.assignments.get(assignmentId);
  if (!a || a.reviewerId !== userId) throw refuse(ErrorCode.NOT_ASSIGNED, 'this review is not assigned to you');
  return a;
}

function reviewerMay(s: ProposalState, change: AssignmentChange, cmd: AssignmentCommand): void {
  allowedNow(s, 'review');
  check(assignmentChangeRefusal(change, assignmentFor(s, cmd.assignmentId, cmd.actor.userId).status));
}

export const validate = {
  submit(s: ProposalState, cmd: SubmitProposalCommand): void {
    allowedNow(s, 'submit');
    if (cmd.submissionNumber <= s.submissionNumber) {
      throw refuse(ErrorCode.INVALID_STATE, 'this submission was already made', { params: { status: s.status } });
    }
  },
  withdraw: (s: ProposalState) => allowedNow(s, 'withdraw'),
  screen: (s: ProposalState) => allowedNow(s, 'screen'),
  accept: (s: ProposalState, cmd: AssignmentCommand) => reviewerMay(s, 'accept', cmd),
  decline: (s: ProposalState, cmd: AssignmentCommand) => reviewerMay(s, 'decline', cmd),
  submitReview(s: ProposalState, cmd: SubmitReviewCommand): void {
    reviewerMay(s, 'submitReview', cmd);
    const errors = validateScores(s.context?.rubric ?? [], cmd.scores);
    if (errors.length) throw refuse(ErrorCode.INVALID_SCORES, 'scores do not match the rubric', { errors });
  },
  decide(s: ProposalState, cmd: DecideProposalCommand): void {
    allowedNow(s, 'decide');
    check(decisionRefusal(cmd, s.context ? s.context.requestedAmount : null));
    // Validators do not run on replay and the handler only hands the text to the activities (whose inputs are
    // not compared on replay), so runs started before this rule need no patch; the activity checks again.
    const violation = cmd.basis ? checkDecisionJustification(cmd, cmd.basis) : null;
    if (violation) throw refusalOf({ message: 'a justification is required', ...violation });
  },
};
