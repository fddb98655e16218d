import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { PROPOSAL_STATUSES } from '@csf/domain';

export const DECISION_OUTCOMES = ['approve', 'reject', 'revise'] as const;
import { PageQuery } from '../common/pagination';
import {
  IsCalendarDate,
  IsCount,
  IsMoney,
  IsOneOf,
  IsRegionKey,
  IsSlug,
  IsText,
  IsUuidField,
} from '../common/validators';

export class BeneficiariesDto {
  @IsCount({ example: 1200 }) total: number;
  @IsCount({ example: 650 }) women: number;
  @IsCount({ example: 400 }) youth: number;
}

export class BudgetLineDto {
  @IsSlug({ example: 'equipment' }) category: string;
  @IsText({ max: 500, example: 'Lampadaires solaires' }) description: string;
  @IsCount({ min: 1, max: 1_000_000, example: 20 }) quantity: number;
  @IsMoney({ description: 'Unit cost in minor units.' }) unitCost: number;
  @IsMoney({ description: 'quantity × unitCost, in minor units.' }) total: number;
}

export class MilestoneInputDto {
  @IsText({ max: 300, example: 'Installation des lampadaires' }) title: string;
  @IsCalendarDate({ example: '2027-04-30' }) dueDate: string;
  @IsText({ max: 1000, example: '20 lampadaires posés' }) deliverable: string;
}

export class IndicatorInputDto {
  @IsSlug({ example: 'people_reached' }) key: string;
  @IsText({ max: 300, example: 'Personnes touchées' }) label: string;
  @IsCount({ example: 1200 }) target: number;
}

/** Draft content: every field may be filled in over several edits; completeness is checked at submission. */
export class ProposalContentDto {
  @IsText({ max: 300, required: false }) title?: string;
  @IsText({ max: 5000, required: false }) summary?: string;
  @IsText({
    max: 5000,
    required: false,
    description: 'Security problem addressed, linked to the local security assessment.',
  })
  problemStatement?: string;
  @IsRegionKey({ required: false }) region?: string;
  @IsSlug({ required: false, example: 'matoto' }) commune?: string;
  @IsText({ max: 200, required: false, example: 'Marché' }) neighbourhood?: string;

  @ApiPropertyOptional({ type: BeneficiariesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BeneficiariesDto)
  beneficiaries?: BeneficiariesDto;

  @IsCalendarDate({ required: false }) startDate?: string;
  @IsCalendarDate({ required: false, example: '2027-12-31' }) endDate?: string;
  @IsMoney({ required: false, description: 'Must equal the sum of the budget lines at submission.' })
  requestedAmount?: number;

  @ApiPropertyOptional({ type: [BudgetLineDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  budgetLines?: BudgetLineDto[];

  @ApiPropertyOptional({ type: [MilestoneInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInputDto)
  milestones?: MilestoneInputDto[];

  @ApiPropertyOptional({ type: [IndicatorInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorInputDto)
  indicators?: IndicatorInputDto[];
}

/** Only the round is needed to start a draft; the rest may follow in PATCHes until submission checks it. */
export class CreateProposalDto extends ProposalContentDto {
  @IsUuidField() roundId: string;
}

export class UpdateProposalDto extends ProposalContentDto {}

export class ScreeningDto {
  @ApiProperty({ description: 'true → in_review, false → ineligible' })
  @IsBoolean({ message: 'INVALID' })
  eligible: boolean;

  @IsText({ max: 2000, example: 'Zone et budget conformes à l’appel.' }) reason: string;
}

export class DecisionDto {
  @IsOneOf(DECISION_OUTCOMES) outcome: (typeof DECISION_OUTCOMES)[number];
  @IsMoney({ required: false, description: 'Awarded amount (approve only): at most the requested amount.' })
  amount?: number;
  @IsText({ max: 5000, required: false, description: 'Required to reject, and the comments of a revision request.' })
  reason?: string;
  @IsText({ max: 5000, required: false, description: 'Conditions attached to an approval.' }) conditions?: string;
  @IsText({
    max: 5000,
    required: false,
    description:
      'Why the decision goes against the reviews: required (JUSTIFICATION_REQUIRED) to approve below the round’s approvalThreshold or to reject at or above it; kept in the decision’s audit event.',
  })
  justification?: string;
}

export class WithdrawProposalDto {
  @IsText({ max: 2000, required: false }) reason?: string;
}

export class ListProposalsQuery extends PageQuery {
  @IsUuidField({ required: false }) roundId?: string;
  @IsOneOf(PROPOSAL_STATUSES, { required: false }) status?: string;
  @IsRegionKey({ required: false }) region?: string;
  @IsUuidField({ required: false }) organizationId?: string;
  @IsOneOf(['newest', 'oldest'] as const, {
    required: false,
    description: 'newest (default) or oldest first, e.g. the committee’s queue: status=awaiting_decision&order=oldest.',
  })
  order?: 'newest' | 'oldest';
}

export class BudgetLineOutDto extends BudgetLineDto {}
export class MilestoneDto extends MilestoneInputDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pending', 'achieved', 'delayed', 'missed'] }) status: string;
}
export class IndicatorDto extends IndicatorInputDto {}

export class DecisionOutDto {
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome: string;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) conditions: string | null;
  @ApiProperty({ nullable: true, type: Number }) amount: number | null;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

export class ReviewProgressDto {
  @ApiProperty({ description: 'Reviews needed (round reviewersPerProposal).' }) required: number;
  @ApiProperty() pending: number;
  @ApiProperty() accepted: number;
  @ApiProperty() submitted: number;
  @ApiProperty() declined: number;
  @ApiProperty() lapsed: number;
}

export class ProposalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null only while a draft has none.' }) title: string | null;
  @ApiProperty({ nullable: true, type: String }) summary: string | null;
  @ApiProperty({ nullable: true, type: String }) problemStatement: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String }) commune: string | null;
  @ApiProperty({ nullable: true, type: String }) neighbourhood: string | null;
  @ApiProperty({ nullable: true, type: BeneficiariesDto }) beneficiaries: BeneficiariesDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endDate: string | null;
  @ApiProperty({ nullable: true, type: Number }) requestedAmount: number | null;
  @ApiProperty() currency: string;
  @ApiProperty({ type: [BudgetLineOutDto] }) budgetLines: BudgetLineOutDto[];
  @ApiProperty({ type: [MilestoneDto] }) milestones: MilestoneDto[];
  @ApiProperty({ type: [IndicatorDto] }) indicators: IndicatorDto[];
  @ApiProperty({ description: 'How many times it was submitted (1 + resubmissions after revision).' })
  submissionCount: number;
  @ApiProperty({ nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Temporal workflow id once submitted.' }) workflowId:
    string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'What the workflow waits for: screening, review, decision, revision.',
  })
  stage: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Deadline of the current stage.' }) stageDeadline:
    string | null;
  @ApiProperty({ nullable: true, type: String }) screeningReason: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean weighted review score in percent (two decimals).' })
  weightedScore: number | null;
  @ApiProperty({ nullable: true, type: DecisionOutDto }) decision: DecisionOutDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) grantId: string | null;
  @ApiPropertyOptional({ type: ReviewProgressDto, description: 'Staff only.' }) reviewProgress?: ReviewProgressDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ProposalSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null only while a draft has none.' }) title: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String }) commune: string | null;
  @ApiProperty({ nullable: true, type: Number }) requestedAmount: number | null;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Deadline of the current stage (e.g. the decision).',
  })
  stageDeadline: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ProposalPageDto {
  @ApiProperty({ type: [ProposalSummaryDto] }) items: ProposalSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class EligibilityFieldErrorDto {
  @ApiProperty({ example: 'requestedAmount' }) field: string;
  @ApiProperty({ example: 'MISMATCH' }) code: string;
  @ApiProperty({ description: 'In the language of Accept-Language, as in problem+json.' }) message: string;
}

/**
 * The answer a submit would give now, without submitting. `eligible: false` carries the code, status and field
 * errors of the problem+json the submit would refuse with.
 */
export class EligibilityDto {
  @ApiProperty() eligible: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'BUDGET_MISMATCH' }) code: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 422 }) status: number | null;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ nullable: true, type: String }) detail: string | null;
  @ApiProperty({ type: [EligibilityFieldErrorDto] }) errors: EligibilityFieldErrorDto[];
}
