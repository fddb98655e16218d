import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { meetsThreshold, Role } from '@csf/domain';
import { proposalReviewRows, proposals, rounds } from '@csf/persistence';
import { Roles } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { UuidParam } from '../common/uuid-param';
import { ReviewListDto } from './review.dto';

/**
 * The review summary of a proposal for the committee and staff who oversee review: every submitted review (each
 * criterion's score and comment, by a named reviewer), the current cycle's mean against the round's approval
 * threshold, and the conflicts of interest declared. Applicants and reviewers never read it (reviewers stay
 * anonymous toward applicants), which is why names may appear here.
 */
@ApiTags('reviews')
@Roles(Role.COMMITTEE_CHAIR, Role.PROGRAM_MANAGER, Role.ADMIN, Role.AUDITOR)
@Controller('proposals/:id/reviews')
export class ProposalReviewsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: ReviewListDto })
  async list(@Param('id', UuidParam) id: string): Promise<ReviewListDto> {
    const m = this.dataSource.manager;
    const proposal = await proposals.find(m, id);
    if (!proposal) throw AppError.notFound();
    const round = await rounds.get(m, proposal.roundId);
    const { reviews, conflicts, reviewerNames } = await proposalReviewRows(m, id);
    const name = (userId: string) => reviewerNames.get(userId) ?? '';
    const basis = { weightedScoreBp: proposal.weightedScoreBp, approvalThreshold: round.approvalThreshold };
    return {
      items: reviews.map((r) => ({
        id: r.id,
        assignmentId: r.assignmentId,
        reviewerId: r.reviewerId,
        reviewerName: name(r.reviewerId),
        cycle: r.cycle,
        scores: r.scores.map((s) => ({
          criterion: s.criterion,
          score: s.score,
          ...(s.comment ? { comment: s.comment } : {}),
        })),
        weightedScore: r.weightedScoreBp / 100,
        comment: r.comment,
        recommendation: r.recommendation,
        submittedAt: r.submittedAt.toISOString(),
      })),
      cycle: proposal.submissionCount,
      weightedScore: proposal.weightedScoreBp === null ? null : proposal.weightedScoreBp / 100,
      approvalThreshold: round.approvalThreshold,
      thresholdMet: meetsThreshold(basis),
      conflicts: conflicts.map((a) => ({
        reviewerId: a.reviewerId,
        reviewerName: name(a.reviewerId),
        cycle: a.cycle,
        reason: a.declineReason,
        declaredAt: a.respondedAt?.toISOString() ?? null,
      })),
    };
  }
}
