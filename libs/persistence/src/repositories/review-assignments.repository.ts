import { EntityManager, In, Not } from 'typeorm';
import type { AssignmentStatus } from '@csf/domain';
import { ProposalEntity } from '../entities/proposal.entity';
import { ReviewAssignmentEntity, ReviewEntity } from '../entities/review.entity';
import { keysetOrder } from '../read-models/keyset';

/** A panel member who may be asked to review, with how many reviews they have open now. */
export interface PanelCandidate {
  id: string;
  organizationId: string | null;
  load: number;
}

/**
 * Review assignments and reviews, inside the caller's transaction. The rules (who may be chosen, which status
 * change is allowed) stay with the caller; this is only how the rows are read and written.
 */
export const reviewAssignments = {
  /** The assignment locked for the rest of the transaction, or null. */
  lock(m: EntityManager, id: string): Promise<ReviewAssignmentEntity | null> {
    return m.findOne(ReviewAssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  find(m: EntityManager, id: string): Promise<ReviewAssignmentEntity | null> {
    return m.findOne(ReviewAssignmentEntity, { where: { id } });
  },

  /**
   * A reviewer's assignments, newest first, each with its proposal's title; `limit + 1` rows so the caller can
   * tell whether there is a next page, after the (createdAt, id) cursor when one is given.
   */
  async ofReviewer(
    m: EntityManager,
    reviewerId: string,
    page: { status?: string; cursor: { createdAt: string; id: string } | null; limit: number },
  ): Promise<{ assignment: ReviewAssignmentEntity; title: string }[]> {
    const qb = m
      .createQueryBuilder(ReviewAssignmentEntity, 'a')
      .innerJoin(ProposalEntity, 'p', 'p.id = a.proposalId')
      .addSelect('p.title', 'proposal_title')
      .where('a.reviewerId = :me', { me: reviewerId });
    if (page.status) qb.andWhere('a.status = :status', { status: page.status });
    // `limit`, not `take`: the join is for the title only, one proposal per assignment (see `keysetOrder`).
    keysetOrder(qb, 'a', page.cursor, 'newest').limit(page.limit + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ proposal_title: string }>();
    return entities.map((assignment, i) => ({ assignment, title: raw[i].proposal_title }));
  },

  ofProposal(m: EntityManager, proposalId: string): Promise<ReviewAssignmentEntity[]> {
    return m.find(ReviewAssignmentEntity, { where: { proposalId } });
  },

  /** The proposal's assignments in one of the given statuses, any cycle. */
  inStatus(
    m: EntityManager,
    proposalId: string,
    statuses: readonly AssignmentStatus[],
  ): Promise<ReviewAssignmentEntity[]> {
    return m.find(ReviewAssignmentEntity, { where: { proposalId, status: In([...statuses]) } });
  },

  /** Whether the reviewer has an assignment on the proposal in any status but `except`. */
  hasAssignment(
    m: EntityManager,
    proposalId: string,
    reviewerId: string,
    { except }: { except: AssignmentStatus },
  ): Promise<boolean> {
    return m.exists(ReviewAssignmentEntity, { where: { proposalId, reviewerId, status: Not(except) } });
  },

  /** How many of the cycle's assignments are in each status (statuses with none are absent). */
  async countByStatus(m: EntityManager, proposalId: string, cycle: number): Promise<Map<string, number>> {
    const rows: { status: string; count: number }[] = await m.query(
      `SELECT status, count(*)::int AS count FROM review_assignments WHERE proposal_id = $1 AND cycle = $2 GROUP BY status`,
      [proposalId, cycle],
    );
    return new Map(rows.map((r) => [r.status, r.count]));
  },

  /** Active reviewers on the round's panel, each with their open (pending or accepted) assignments anywhere. */
  async panelCandidates(m: EntityManager, roundId: string, reviewerRole: string): Promise<PanelCandidate[]> {
    const rows: { id: string; organization_id: string | null; load: number }[] = await m.query(
      `SELECT u.id, u.organization_id,
              (SELECT count(*)::int FROM review_assignments ra WHERE ra.reviewer_id = u.id AND ra.status IN ('pending','accepted')) AS load
         FROM round_panel_members m JOIN users u ON u.id = m.reviewer_id
        WHERE m.round_id = $1 AND u.active AND $2 = ANY(u.roles)`,
      [roundId, reviewerRole],
    );
    return rows.map((c) => ({ id: c.id, organizationId: c.organization_id, load: c.load }));
  },

  create(
    m: EntityManager,
    row: Pick<ReviewAssignmentEntity, 'proposalId' | 'reviewerId' | 'roundId' | 'cycle' | 'deadlineAt'>,
  ): Promise<ReviewAssignmentEntity> {
    return m.save(m.create(ReviewAssignmentEntity, { ...row, status: 'pending', conflictDeclared: false }));
  },

  /**
   * The proposal's review stage ends when the cycle's last open assignment is due; written with the assignments
   * so the live view never shows new reviewers with an old deadline.
   */
  async setReviewStageDeadline(m: EntityManager, proposalId: string, cycle: number): Promise<void> {
    await m.query(
      `UPDATE proposals SET stage = 'review', stage_deadline_at = (
         SELECT max(deadline_at) FROM review_assignments
          WHERE proposal_id = $1 AND cycle = $2 AND status IN ('pending','accepted'))
       WHERE id = $1`,
      [proposalId, cycle],
    );
  },

  async update(
    m: EntityManager,
    id: string,
    changes: Partial<Pick<ReviewAssignmentEntity, 'status' | 'respondedAt' | 'conflictDeclared' | 'declineReason'>>,
  ): Promise<void> {
    await m.update(ReviewAssignmentEntity, { id }, changes);
  },

  /** Moves every given assignment to `status` at once (a withdrawal cancels the open ones). */
  async moveAll(m: EntityManager, ids: readonly string[], status: AssignmentStatus): Promise<void> {
    if (ids.length) await m.update(ReviewAssignmentEntity, { id: In([...ids]) }, { status });
  },

  reviewOf(m: EntityManager, assignmentId: string): Promise<ReviewEntity | null> {
    return m.findOne(ReviewEntity, { where: { assignmentId } });
  },

  async insertReview(m: EntityManager, review: Omit<ReviewEntity, 'id' | 'submittedAt'>): Promise<void> {
    await m.insert(ReviewEntity, review);
  },
};
