import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { RECOMMENDATIONS } from '@csf/domain';
import { PageQuery } from '../common/pagination';
import { ProposalDto } from '../proposals/proposal.dto';
import { RubricCriterionDto } from '../rounds/round.dto';
import { IsCount, IsOneOf, IsSlug, IsText } from '../common/validators';

export const ASSIGNMENT_STATUSES = ['pending', 'accepted', 'declined', 'lapsed', 'submitted', 'cancelled'] as const;

export class AcceptAssignmentDto {
  @ApiProperty({
    enum: [false],
    description: 'Must be false: a reviewer with a conflict of interest declines instead.',
  })
  @IsIn([false], { message: 'INVALID' })
  conflictOfInterest: boolean;
}

export class DeclineAssignmentDto {
  @IsText({ max: 2000, example: 'Je suis membre du bureau de cette association.' }) reason: string;
}

export class CriterionScoreDto {
  @IsSlug({ example: 'relevance' }) criterion: string;
  @IsCount({ max: 100, example: 4 }) score: number;
  @IsText({
    max: 2000,
    required: false,
    example: 'Le lien avec la sécurité du quartier est clair.',
    description: 'Comment on this criterion (optional). Staff only; never shown to the applicant.',
  })
  comment?: string;
}

export class SubmitReviewDto {
  @ApiProperty({ type: [CriterionScoreDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores: CriterionScoreDto[];

  @IsText({ max: 10_000, example: 'Projet pertinent, budget réaliste.' }) comment: string;
  @IsOneOf(RECOMMENDATIONS) recommendation: (typeof RECOMMENDATIONS)[number];
}

export class ListAssignmentsQuery extends PageQuery {
  @IsOneOf(ASSIGNMENT_STATUSES, { required: false }) status?: string;
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() proposalTitle: string;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status: string;
  @ApiProperty({ description: 'Review cycle: 1, then 2 after a revision…' }) cycle: number;
  @ApiProperty() deadline: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** One assignment as its reviewer works on it: the proposal as submitted and the rubric to score it with. */
export class AssignmentDetailDto {
  @ApiProperty({ type: AssignmentDto }) assignment: AssignmentDto;
  @ApiProperty({
    type: ProposalDto,
    nullable: true,
    description: 'Null once declined or cancelled: a conflict of interest ends the right to read it.',
  })
  proposal: ProposalDto | null;
  @ApiProperty({ type: [RubricCriterionDto] }) rubric: RubricCriterionDto[];
}

export class AssignmentPageDto {
  @ApiProperty({ type: [AssignmentDto] }) items: AssignmentDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class ReviewScoreOutDto {
  @ApiProperty({ example: 'relevance' }) criterion: string;
  @ApiProperty({ example: 4 }) score: number;
  @ApiPropertyOptional({ description: 'The reviewer’s comment on this criterion, when given.' }) comment?: string;
}

/** A submitted review as staff read it (committee chair, programme managers, admin, auditor); never the applicant. */
export class ReviewOutDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'uuid' }) reviewerId: string;
  @ApiProperty({ description: 'The reviewer’s name: staff only ever read this route.', example: 'Mariama Diallo' })
  reviewerName: string;
  @ApiProperty({ description: 'Review cycle: 1, then 2 after a revision…' }) cycle: number;
  @ApiProperty({ type: [ReviewScoreOutDto] }) scores: ReviewScoreOutDto[];
  @ApiProperty({ description: 'Weighted score in percent (two decimals).', example: 73.5 }) weightedScore: number;
  @ApiProperty() comment: string;
  @ApiProperty({ enum: RECOMMENDATIONS }) recommendation: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

/** A panel member who declared a conflict of interest on this proposal (and so did not review it). */
export class ConflictOutDto {
  @ApiProperty({ format: 'uuid' }) reviewerId: string;
  @ApiProperty({ example: 'Ibrahima Sow' }) reviewerName: string;
  @ApiProperty() cycle: number;
  @ApiProperty({ nullable: true, type: String, description: 'What the reviewer wrote when declining.' }) reason:
    string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) declaredAt: string | null;
}

/** The review summary the committee decides on: every review, the mean against the round's threshold, conflicts. */
export class ReviewListDto {
  @ApiProperty({ type: [ReviewOutDto], description: 'Every cycle, oldest first.' }) items: ReviewOutDto[];
  @ApiProperty({ description: 'The current review cycle (the proposal’s submission number).' }) cycle: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mean weighted score of the current cycle in percent (two decimals); null before the quorum.',
    example: 73.5,
  })
  weightedScore: number | null;
  @ApiProperty({ description: 'The round’s approval threshold, in percent.', example: 60 }) approvalThreshold: number;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description:
      'Whether the mean weighted score is at or above the threshold; null before the quorum. Approving when false, or rejecting when true, needs a justification.',
  })
  thresholdMet: boolean | null;
  @ApiProperty({ type: [ConflictOutDto] }) conflicts: ConflictOutDto[];
}
