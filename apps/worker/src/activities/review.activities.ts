import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  assignmentChangeAllowed,
  assignmentChangeRefusal,
  assignmentTarget,
  ErrorCode,
  isOpenAssignment,
  Role,
  selectReviewers,
  validateScores,
  weightedScoreBp,
} from '@csf/domain';
import {
  audit,
  SYSTEM_ACTOR,
  proposals,
  reviewAssignments,
  type ReviewAssignmentEntity,
  rounds,
} from '@csf/persistence';
import type { AssignedReviewer, ReviewActivities } from '@csf/temporal';
import { Outbox } from '../notifications/outbox';
import { refuse, refusalOf } from '@csf/temporal';

@Injectable()
export class ReviewActivitiesService implements ReviewActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Selection runs here, on the panel as it is now; the workflow records the result, so replays are
   * deterministic. Locking the proposal row serialises two attempts for the same proposal. `known` is how many
   * of this cycle's assignments the workflow already tracks: more than that in the table are a committed earlier
   * attempt of this same call, answered again and deducted from `count` (else a retry would ask extra reviewers).
   */
  async assignReviewers(input: {
    proposalId: string;
    cycle: number;
    count: number;
    known?: number;
    reviewPeriodMs: number;
    workflowId: string;
  }) {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await proposals.lock(manager, input.proposalId);
      if (!proposal) throw refuse(ErrorCode.NOT_FOUND, 'proposal not found');
      const key = `${input.workflowId}:assign:${input.cycle}`;
      const already = await reviewAssignments.ofProposal(manager, proposal.id);
      const openThisCycle = already.filter(
        (a) => a.cycle === input.cycle && (isOpenAssignment(a.status) || a.status === assignmentTarget('submitReview')),
      );
      // Everyone asked before on this proposal is out: declined (a declared conflict), lapsed, or already in.
      const excluded = new Set(
        already
          .filter((a) => a.cycle === input.cycle || a.conflictDeclared || a.status === 'lapsed')
          .map((a) => a.reviewerId),
      );
      // Without `known` (scheduled before workflows sent it) `count` is how many more, as it always was.
      const earlier =
        input.known === undefined
          ? []
          : [...openThisCycle]
              .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
              .slice(0, Math.max(0, openThisCycle.length - input.known));
      const candidates = await reviewAssignments.panelCandidates(manager, proposal.roundId, Role.REVIEWER);
      const chosen = selectReviewers(
        candidates,
        proposal.organizationId,
        excluded,
        Math.max(0, input.count - earlier.length),
      );
      const deadlineAt = new Date(Date.now() + input.reviewPeriodMs);
      const created: AssignedReviewer[] = [];
      for (const reviewer of chosen) {
        const assignment = await reviewAssignments.create(manager, {
          proposalId: proposal.id,
          reviewerId: reviewer.id,
          roundId: proposal.roundId,
          cycle: input.cycle,
          deadlineAt,
        });
        created.push({ assignmentId: assignment.id, reviewerId: reviewer.id, deadlineAt: deadlineAt.toISOString() });
      }
      if (created.length) {
        await reviewAssignments.setReviewStageDeadline(manager, proposal.id, input.cycle);
        await audit.record(manager, SYSTEM_ACTOR, [
          {
            action: 'proposal.reviewers_assigned',
            entityType: 'proposal',
            entityId: proposal.id,
            workflowId: input.workflowId,
            data: {
              cycle: input.cycle,
              reviewerIds: created.map((c) => c.reviewerId),
              openBefore: openThisCycle.length,
            },
            dedupKey: `${key}:${created.map((c) => c.assignmentId).join(',')}`,
          },
        ]);
      }
      const notify = (reviewerIds: string[], deadline: Date) =>
        reviewerIds.length
          ? this.outbox.enqueue(manager, {
              kind: 'review_assigned',
              audience: { userIds: reviewerIds },
              entity: { type: 'proposal', id: proposal.id },
              params: { title: proposal.title, deadline: deadline.toISOString().slice(0, 16).replace('T', ' ') },
              dedupKey: `${key}:${deadline.getTime()}`,
            })
          : Promise.resolve([]);
      // The earlier attempt's message, found again by its key: the same ids, nothing sent twice.
      const earlierNotified = earlier.length
        ? await notify(
            earlier.map((a) => a.reviewerId),
            earlier[0].deadlineAt,
          )
        : [];
      const notificationIds = [
        ...earlierNotified,
        ...(await notify(
          created.map((c) => c.reviewerId),
          deadlineAt,
        )),
      ];
      const answered = earlier.map((a) => ({
        assignmentId: a.id,
        reviewerId: a.reviewerId,
        deadlineAt: a.deadlineAt.toISOString(),
      }));
      return { assigned: [...answered, ...created], notificationIds };
    });
  }

  async recordAssignmentResponse(input: {
    assignmentId: string;
    response: 'accept' | 'decline';
    reason?: string | null;
    actor: { userId: string; role: string; requestId?: string | null };
    workflowId: string;
  }): Promise<{ status: string }> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.lock(manager, input.assignmentId);
      const change = input.response === 'accept' ? 'accept' : 'decline';
      const to = assignmentTarget(change);
      if (assignment.status === to) return { status: to };
      const refusal = assignmentChangeRefusal(change, assignment.status);
      if (refusal) throw refusalOf(refusal);
      await reviewAssignments.update(manager, assignment.id, {
        status: to,
        respondedAt: new Date(),
        conflictDeclared: input.response === 'decline',
        declineReason: input.response === 'decline' ? (input.reason ?? null) : null,
      });
      await audit.record(manager, input.actor, [
        {
          action: input.response === 'accept' ? 'review.accepted' : 'review.declined',
          entityType: 'proposal',
          entityId: assignment.proposalId,
          workflowId: input.workflowId,
          reason: input.reason ?? null,
          data: { assignmentId: assignment.id, conflictOfInterest: input.response === 'decline' },
          dedupKey: `${input.workflowId}:assignment:${assignment.id}:${to}`,
        },
      ]);
      return { status: to };
    });
  }

  async recordReview(input: {
    assignmentId: string;
    scores: { criterion: string; score: number; comment?: string }[];
    comment: string;
    recommendation: 'approve' | 'reject' | 'revise';
    actor: { userId: string; role: string; requestId?: string | null };
    workflowId: string;
  }): Promise<{ status: string; weightedScoreBp: number }> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.lock(manager, input.assignmentId);
      const earlier = await reviewAssignments.reviewOf(manager, assignment.id);
      if (earlier) return { status: 'submitted', weightedScoreBp: earlier.weightedScoreBp };
      const refusal = assignmentChangeRefusal('submitReview', assignment.status);
      if (refusal) throw refusalOf(refusal);
      const round = await rounds.get(manager, assignment.roundId);
      if (validateScores(round.rubric, input.scores).length)
        throw refuse(ErrorCode.INVALID_SCORES, 'scores do not match the rubric');
      const score = weightedScoreBp(round.rubric, input.scores);
      await reviewAssignments.insertReview(manager, {
        assignmentId: assignment.id,
        proposalId: assignment.proposalId,
        reviewerId: assignment.reviewerId,
        cycle: assignment.cycle,
        scores: input.scores,
        weightedScoreBp: score,
        comment: input.comment,
        recommendation: input.recommendation,
      });
      await reviewAssignments.update(manager, assignment.id, { status: assignmentTarget('submitReview') });
      await audit.record(manager, input.actor, [
        {
          action: 'review.submitted',
          entityType: 'proposal',
          entityId: assignment.proposalId,
          workflowId: input.workflowId,
          data: {
            assignmentId: assignment.id,
            weightedScoreBp: score,
            recommendation: input.recommendation,
            cycle: assignment.cycle,
          },
          dedupKey: `${input.workflowId}:assignment:${assignment.id}:submitted`,
        },
      ]);
      return { status: 'submitted', weightedScoreBp: score };
    });
  }

  async lapseAssignment(input: {
    assignmentId: string;
    workflowId: string;
  }): Promise<{ status: string; notificationIds: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.lock(manager, input.assignmentId);
      // Answered or withdrawn meanwhile: nothing to lapse.
      if (!assignmentChangeAllowed('lapse', assignment.status))
        return { status: assignment.status, notificationIds: [] };
      await reviewAssignments.update(manager, assignment.id, { status: assignmentTarget('lapse') });
      const key = `${input.workflowId}:assignment:${assignment.id}:lapsed`;
      await audit.record(manager, SYSTEM_ACTOR, [
        {
          action: 'review.lapsed',
          entityType: 'proposal',
          entityId: assignment.proposalId,
          workflowId: input.workflowId,
          data: { assignmentId: assignment.id, reviewerId: assignment.reviewerId },
          dedupKey: key,
        },
      ]);
      const proposal = await proposals.get(manager, assignment.proposalId);
      const notificationIds = await this.outbox.enqueue(manager, {
        kind: 'review_lapsed',
        audience: { userIds: [assignment.reviewerId] },
        entity: { type: 'proposal', id: assignment.proposalId },
        params: { title: proposal.title },
        dedupKey: key,
      });
      return { status: 'lapsed', notificationIds };
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<ReviewAssignmentEntity> {
    const assignment = await reviewAssignments.lock(manager, id);
    if (!assignment) throw refuse(ErrorCode.NOT_FOUND, `assignment ${id} not found`);
    return assignment;
  }
}
