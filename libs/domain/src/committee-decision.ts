import { ErrorCode, type RuleViolation } from './errors';

/** What the committee chair decides (DESIGN §2): approve, reject, or send back for revision. */
export type CommitteeOutcome = 'approve' | 'reject' | 'revise';

/** The review result a decision is weighed against: the mean weighted score and the round's approval threshold. */
export interface DecisionBasis {
  /** Mean weighted score of the current cycle in hundredths of a percent (7350 = 73.50 %); null before the quorum. */
  weightedScoreBp: number | null;
  /** The round's approval threshold, in whole percent. */
  approvalThreshold: number;
}

/** Whether the reviews meet the round's threshold (at or above it); null while there is no score. */
export function meetsThreshold(basis: DecisionBasis): boolean | null {
  if (basis.weightedScoreBp === null) return null;
  return basis.weightedScoreBp >= basis.approvalThreshold * 100;
}

/**
 * A decision that goes against the reviews needs a written justification: approving below the threshold, or
 * rejecting at or above it. A revision request never does (it decides nothing yet), nor any decision without a score.
 */
export function justificationRequired(outcome: CommitteeOutcome, basis: DecisionBasis): boolean {
  const met = meetsThreshold(basis);
  if (met === null) return false;
  return (outcome === 'approve' && !met) || (outcome === 'reject' && met);
}

/**
 * The one check of the justification rule, shared by the API's pre-check, the proposal workflow's decision
 * validator and the decision activities: `JUSTIFICATION_REQUIRED` on the `justification` field, or null.
 */
export function checkDecisionJustification(
  decision: { outcome: CommitteeOutcome; justification?: string | null },
  basis: DecisionBasis,
): RuleViolation | null {
  if (!justificationRequired(decision.outcome, basis) || decision.justification?.trim()) return null;
  const params = { score: basis.weightedScoreBp! / 100, threshold: basis.approvalThreshold };
  return {
    code: ErrorCode.JUSTIFICATION_REQUIRED,
    errors: [{ field: 'justification', code: ErrorCode.JUSTIFICATION_REQUIRED, params }],
    params,
  };
}
