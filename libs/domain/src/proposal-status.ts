import { ErrorCode, type RuleViolation } from './errors';

/** Proposal lifecycle (DESIGN §2). The proposal workflow is the only writer of these transitions once submitted. */
export const ProposalStatus = {
  DRAFT: 'draft',
  SUBMITTED: 'submitted',
  SCREENING: 'screening',
  IN_REVIEW: 'in_review',
  AWAITING_DECISION: 'awaiting_decision',
  APPROVED: 'approved',
  REJECTED: 'rejected',
  INELIGIBLE: 'ineligible',
  REVISION_REQUESTED: 'revision_requested',
  WITHDRAWN: 'withdrawn',
  EXPIRED: 'expired',
} as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];
export const PROPOSAL_STATUSES = Object.values(ProposalStatus);

const S = ProposalStatus;
const TRANSITIONS: Record<ProposalStatus, readonly ProposalStatus[]> = {
  [S.DRAFT]: [S.SUBMITTED, S.WITHDRAWN],
  [S.SUBMITTED]: [S.SCREENING, S.WITHDRAWN],
  [S.SCREENING]: [S.IN_REVIEW, S.INELIGIBLE, S.WITHDRAWN],
  [S.IN_REVIEW]: [S.AWAITING_DECISION, S.WITHDRAWN],
  [S.AWAITING_DECISION]: [S.APPROVED, S.REJECTED, S.REVISION_REQUESTED, S.WITHDRAWN],
  [S.REVISION_REQUESTED]: [S.SUBMITTED, S.WITHDRAWN, S.EXPIRED],
  [S.APPROVED]: [],
  [S.REJECTED]: [],
  [S.INELIGIBLE]: [],
  [S.WITHDRAWN]: [],
  [S.EXPIRED]: [],
};

export function canTransition(from: ProposalStatus, to: ProposalStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isTerminal(status: ProposalStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/**
 * The commands that move a proposal, each by the statuses it leads to: a command is allowed exactly where the
 * TRANSITIONS table leads from the current status to one of them. The workflow's validators, the activities that
 * persist the transition and the API's pre-checks all ask `proposalCommandRefusal`.
 */
const COMMAND_TARGETS = {
  submit: [S.SUBMITTED],
  withdraw: [S.WITHDRAWN],
  screen: [S.IN_REVIEW, S.INELIGIBLE],
  /** A reviewer's answer to an assignment (accept, decline, score): while the review leads on to the decision. */
  review: [S.AWAITING_DECISION],
  completeReview: [S.AWAITING_DECISION],
  decide: [S.APPROVED, S.REJECTED, S.REVISION_REQUESTED],
  expire: [S.EXPIRED],
} as const satisfies Record<string, readonly ProposalStatus[]>;
export type ProposalCommand = keyof typeof COMMAND_TARGETS;

export function proposalCommandAllowed(command: ProposalCommand, status: ProposalStatus): boolean {
  return COMMAND_TARGETS[command].some((to) => canTransition(status, to));
}

/** Why `command` is refused in `status`, or null. A decision asked for while reviews are still out says so. */
export function proposalCommandRefusal(command: ProposalCommand, status: ProposalStatus): RuleViolation | null {
  if (proposalCommandAllowed(command, status)) return null;
  if (command === 'decide' && status === S.IN_REVIEW) {
    return { code: ErrorCode.QUORUM_NOT_REACHED, errors: [], message: 'the reviews are not all in' };
  }
  return {
    code: ErrorCode.INVALID_STATE,
    errors: [],
    params: { status },
    message: `${command} is not allowed while the proposal is ${status}`,
  };
}

/** Statuses in which the applicant may still edit the content: those from which it can be submitted. */
export const EDITABLE_STATUSES: readonly ProposalStatus[] = PROPOSAL_STATUSES.filter((s) =>
  proposalCommandAllowed('submit', s),
);

/** "Open" for the one-open-proposal-per-organisation-per-round rule. Kept in step with the partial unique index. */
export const OPEN_STATUSES: readonly ProposalStatus[] = [
  S.SUBMITTED,
  S.SCREENING,
  S.IN_REVIEW,
  S.AWAITING_DECISION,
  S.REVISION_REQUESTED,
];
