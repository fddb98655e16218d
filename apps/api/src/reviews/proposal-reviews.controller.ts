import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Role } from '@csf/domain';
import { ProposalEntity, ReviewEntity } from '@csf/persistence';
import { Roles } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { UuidParam } from '../common/uuid-param';
import { ReviewListDto } from './review.dto';

/**
 * The submitted reviews of a proposal, every cycle, with each criterion's score and comment: for the committee and
 * staff who oversee review. Applicants and reviewers never read them (reviewers stay anonymous toward applicants).
 */
@ApiTags('reviews')
@Roles(Role.COMMITTEE_CHAIR, Role.PROGRAM_MANAGER, Role.ADMIN, Role.AUDITOR)
@Controller('proposals/:id/reviews')
export class ProposalReviewsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: ReviewListDto })
  async list(@Param('id', UuidParam) id: string): Promise<ReviewListDto> {
    if (!(await this.dataSource.manager.exists(ProposalEntity, { where: { id } }))) throw AppError.notFound();
    const reviews = await this.dataSource.manager.find(ReviewEntity, { where: { proposalId: id }, order: { cycle: 'ASC', submittedAt: 'ASC', id: 'ASC' } });
    return {
      items: reviews.map((r) => ({
        id: r.id,
        assignmentId: r.assignmentId,
        reviewerId: r.reviewerId,
        cycle: r.cycle,
        scores: r.scores.map((s) => ({ criterion: s.criterion, score: s.score, ...(s.comment ? { comment: s.comment } : {}) })),
        weightedScore: r.weightedScoreBp / 100,
        comment: r.comment,
        recommendation: r.recommendation,
        submittedAt: r.submittedAt.toISOString(),
      })),
    };
  }
}
