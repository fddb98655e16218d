import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { ProposalEntity, ReviewAssignmentEntity } from '@csf/persistence';
import { acceptAssignmentUpdate, declineAssignmentUpdate, proposalWorkflowId, submitReviewUpdate } from '@csf/temporal';
import { actorOf } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { cursorOrThrow, Page, toPage } from '../common/pagination';
import { WorkflowCommands } from '../common/workflow-commands';
import type { AssignmentDto, ListAssignmentsQuery, SubmitReviewDto } from './review.dto';

@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly commands: WorkflowCommands,
  ) {}

  /** The caller's own assignments, newest first, with the proposal title and the deadline. */
  async list(user: AuthUser, query: ListAssignmentsQuery): Promise<Page<AssignmentDto>> {
    const limit = query.limit ?? 20;
    const cursor = cursorOrThrow(query.cursor);
    const qb = this.dataSource.manager
      .createQueryBuilder(ReviewAssignmentEntity, 'a')
      .innerJoin(ProposalEntity, 'p', 'p.id = a.proposalId')
      .addSelect('p.title', 'proposal_title')
      .where('a.reviewerId = :me', { me: user.id })
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (cursor) qb.andWhere('(a.createdAt, a.id) < (:createdAt, :id)', cursor);
    const { entities, raw } = await qb.getRawAndEntities<{ proposal_title: string }>();
    const titles = new Map(entities.map((e, i) => [e.id, raw[i].proposal_title]));
    return toPage(entities, limit, (a) => ({
      id: a.id,
      proposalId: a.proposalId,
      proposalTitle: titles.get(a.id) ?? '',
      status: a.status,
      cycle: a.cycle,
      deadline: a.deadlineAt.toISOString(),
      createdAt: a.createdAt.toISOString(),
    }));
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
    const a = await this.dataSource.manager.findOne(ReviewAssignmentEntity, { where: { id } });
    if (!a || a.reviewerId !== user.id) throw AppError.notFound();
    return a;
  }

  private handle(a: ReviewAssignmentEntity) {
    return this.temporal.workflow.getHandle(proposalWorkflowId(a.proposalId));
  }
}
