import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { proposals, type ReviewAssignmentEntity, reviewAssignments, rounds } from '@csf/persistence';
import { acceptAssignmentUpdate, declineAssignmentUpdate, proposalWorkflowId, submitReviewUpdate } from '@csf/temporal';
import { actorOf } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { cursorOrThrow, Page, toPage } from '../common/pagination';
import { WorkflowCommands } from '../common/workflow-commands';
import { ProposalsService } from '../proposals/proposals.service';
import type { AssignmentDetailDto, AssignmentDto, ListAssignmentsQuery, SubmitReviewDto } from './review.dto';

@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly commands: WorkflowCommands,
    private readonly proposals: ProposalsService,
  ) {}

  /** The caller's own assignments, newest first, with the proposal title and the deadline. */
  async list(user: AuthUser, query: ListAssignmentsQuery): Promise<Page<AssignmentDto>> {
    const limit = query.limit ?? 20;
    const cursor = cursorOrThrow(query.cursor);
    const rows = await reviewAssignments.ofReviewer(this.dataSource.manager, user.id, {
      status: query.status,
      cursor,
      limit,
    });
    const titles = new Map(rows.map((r) => [r.assignment.id, r.title]));
    return toPage(
      rows.map((r) => r.assignment),
      limit,
      (a) => toAssignmentDto(a, titles.get(a.id) ?? ''),
    );
  }

  /**
   * The caller's own assignment with its deadline, the proposal as submitted (while it is still theirs to read)
   * and the round's rubric. Anyone else's is a 404: nobody learns who reviews what.
   */
  async get(user: AuthUser, id: string): Promise<AssignmentDetailDto> {
    const a = await this.own(user, id);
    const manager = this.dataSource.manager;
    const proposal = await proposals.get(manager, a.proposalId);
    const round = await rounds.get(manager, proposal.roundId);
    const readable = a.status !== 'declined' && a.status !== 'cancelled';
    return {
      assignment: toAssignmentDto(a, proposal.title ?? ''),
      proposal: readable ? await this.proposals.get(user, a.proposalId) : null,
      rubric: round.rubric,
    };
  }

  async accept(user: AuthUser, id: string, requestId?: string) {
    const a = await this.own(user, id);
    return this.commands.run(() =>
      this.handle(a).executeUpdate(acceptAssignmentUpdate, {
        args: [{ actor: actorOf(user, requestId), assignmentId: a.id }],
      }),
    );
  }

  async decline(user: AuthUser, id: string, reason: string, requestId?: string) {
    const a = await this.own(user, id);
    return this.commands.run(() =>
      this.handle(a).executeUpdate(declineAssignmentUpdate, {
        args: [{ actor: actorOf(user, requestId), assignmentId: a.id, reason }],
      }),
    );
  }

  async submit(user: AuthUser, id: string, dto: SubmitReviewDto, requestId?: string) {
    const a = await this.own(user, id);
    return this.commands.run(() =>
      this.handle(a).executeUpdate(submitReviewUpdate, {
        args: [
          {
            actor: actorOf(user, requestId),
            assignmentId: a.id,
            scores: dto.scores.map((s) => ({
              criterion: s.criterion,
              score: s.score,
              ...(s.comment ? { comment: s.comment } : {}),
            })),
            comment: dto.comment,
            recommendation: dto.recommendation,
          },
        ],
      }),
    );
  }

  /** Another reviewer's assignment is answered as unknown, like any record one may not see. */
  private async own(user: AuthUser, id: string): Promise<ReviewAssignmentEntity> {
    const a = await reviewAssignments.find(this.dataSource.manager, id);
    if (!a || a.reviewerId !== user.id) throw AppError.notFound();
    return a;
  }

  private handle(a: ReviewAssignmentEntity) {
    return this.temporal.workflow.getHandle(proposalWorkflowId(a.proposalId));
  }
}

function toAssignmentDto(a: ReviewAssignmentEntity, proposalTitle: string): AssignmentDto {
  return {
    id: a.id,
    proposalId: a.proposalId,
    proposalTitle,
    status: a.status,
    cycle: a.cycle,
    deadline: a.deadlineAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
  };
}
