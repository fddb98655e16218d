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

/** Statuses in which the applicant may still edit the content. */
export const EDITABLE_STATUSES: readonly ProposalStatus[] = [S.DRAFT, S.REVISION_REQUESTED];

/** "Open" for the one-open-proposal-per-organisation-per-round rule. Kept in step with the partial unique index. */
export const OPEN_STATUSES: readonly ProposalStatus[] = [
  S.SUBMITTED,
  S.SCREENING,
  S.IN_REVIEW,
  S.AWAITING_DECISION,
  S.REVISION_REQUESTED,
];
