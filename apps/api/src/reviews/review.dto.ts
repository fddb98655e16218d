import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { RECOMMENDATIONS } from '@csf/domain';
import { PageQuery } from '../common/pagination';
import { IsCount, IsOneOf, IsSlug, IsText } from '../common/validators';

export const ASSIGNMENT_STATUSES = ['pending', 'accepted', 'declined', 'lapsed', 'submitted', 'cancelled'] as const;

export class AcceptAssignmentDto {
  @ApiProperty({ enum: [false], description: 'Must be false: a reviewer with a conflict of interest declines instead.' })
  @IsIn([false], { message: 'INVALID' })
  conflictOfInterest: boolean;
}

export class DeclineAssignmentDto {
  @IsText({ max: 2000, example: 'Je suis membre du bureau de cette association.' }) reason: string;
}

export class CriterionScoreDto {
  @IsSlug({ example: 'relevance' }) criterion: string;
  @IsCount({ max: 100, example: 4 }) score: number;
  @IsText({ max: 2000, required: false, example: 'Le lien avec la sécurité du quartier est clair.', description: 'Comment on this criterion (optional). Staff only; never shown to the applicant.' })
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
  @ApiProperty({ description: 'Review cycle: 1, then 2 after a revision…' }) cycle: number;
  @ApiProperty({ type: [ReviewScoreOutDto] }) scores: ReviewScoreOutDto[];
  @ApiProperty({ description: 'Weighted score in percent (two decimals).', example: 73.5 }) weightedScore: number;
  @ApiProperty() comment: string;
  @ApiProperty({ enum: RECOMMENDATIONS }) recommendation: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

export class ReviewListDto {
  @ApiProperty({ type: [ReviewOutDto] }) items: ReviewOutDto[];
}
