import { EntityManager, In } from 'typeorm';
import { ReviewAssignmentEntity, ReviewEntity } from '../entities/review.entity';
import { UserEntity } from '../entities/user.entity';

/** A proposal's review summary as stored: its reviews, the conflicts declared on it and the reviewers' names. */
export interface ProposalReviewRows {
  /** Every cycle's submitted reviews, in the order they came in. */
  reviews: ReviewEntity[];
  /** Assignments whose reviewer declared a conflict of interest, in the order they answered. */
  conflicts: ReviewAssignmentEntity[];
  /** Display name by user id, for the reviewers of both lists; who may see the names is the API's rule. */
  reviewerNames: Map<string, string>;
}

/** The rows behind the committee's review summary of one proposal (the proposal and its round are read apart). */
export async function proposalReviewRows(m: EntityManager, proposalId: string): Promise<ProposalReviewRows> {
  const reviews = await m.find(ReviewEntity, {
    where: { proposalId },
    order: { cycle: 'ASC', submittedAt: 'ASC', id: 'ASC' },
  });
  const conflicts = await m.find(ReviewAssignmentEntity, {
    where: { proposalId, conflictDeclared: true },
    order: { cycle: 'ASC', respondedAt: 'ASC', id: 'ASC' },
  });
  const ids = [...new Set([...reviews.map((r) => r.reviewerId), ...conflicts.map((a) => a.reviewerId)])];
  const users = ids.length
    ? await m.find(UserEntity, { where: { id: In(ids) }, select: { id: true, displayName: true } })
    : [];
  return { reviews, conflicts, reviewerNames: new Map(users.map((u) => [u.id, u.displayName])) };
}
