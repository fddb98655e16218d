export interface ReviewerCandidate {
  id: string;
  organizationId: string | null;
  /** Open assignments (pending or accepted) across all proposals: the load we balance. */
  load: number;
}

/**
 * Picks `count` reviewers for a proposal: never a member of the applicant's organisation, never one already
 * asked on this proposal (including those who declined — a decline declares a conflict — or let an
 * assignment lapse), least loaded first, ties broken by id so the choice is deterministic.
 */
export function selectReviewers(
  candidates: readonly ReviewerCandidate[],
  applicantOrganizationId: string,
  excluded: ReadonlySet<string>,
  count: number,
): ReviewerCandidate[] {
  return candidates
    .filter((c) => c.organizationId !== applicantOrganizationId && !excluded.has(c.id))
    .sort((a, b) => a.load - b.load || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, count));
}
