import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsObject,
  IsOptional,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CURRENCIES, DEFAULT_ROUND_DURATIONS, REGION_KEYS } from '@csf/domain';
import { PageQuery } from '../common/pagination';
import {
  IsCount,
  IsDuration,
  IsMoney,
  IsOneOf,
  IsRegionKey,
  IsSlug,
  IsText,
  IsTimestamp,
  IsUuidField,
} from '../common/validators';

export class LocalizedTextDto {
  @IsText({ max: 300, example: 'Fonds de sécurité communautaire 2027' }) fr: string;
  @IsText({ max: 300, example: 'Community Safety Fund 2027' }) en: string;
}

/** Longer than a name: a few paragraphs telling applicants what the call funds and for whom. */
export class LocalizedDescriptionDto {
  @IsText({ max: 4000, example: 'Cet appel finance des projets de quartier qui rendent les rues plus sûres.' })
  fr: string;
  @IsText({ max: 4000, example: 'This call funds neighbourhood projects that make streets safer.' }) en: string;
}

export class RubricCriterionDto {
  @IsSlug({ example: 'relevance' }) key: string;
  @ApiProperty({ type: LocalizedTextDto })
  // ValidateNested alone lets a missing object through.
  @IsDefined()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  label: LocalizedTextDto;
  @IsCount({ min: 1, max: 100, example: 40 }) weight: number;
  @IsCount({ min: 1, max: 100, example: 5 }) maxScore: number;
}

/** Every key optional; missing ones take the defaults of DESIGN §5. Unknown keys are rejected. */
export class RoundDurationsDto {
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.screening }) screening?: string;
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.review }) review?: string;
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.reviewReminder }) reviewReminder?: string;
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.decision }) decision?: string;
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.agreement }) agreement?: string;
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.revision }) revision?: string;
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.reportPeriod }) reportPeriod?: string;
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.reportReminder }) reportReminder?: string;
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.reportGrace }) reportGrace?: string;
  @IsDuration({ required: false, example: DEFAULT_ROUND_DURATIONS.atRisk }) atRisk?: string;
}

export class CreateRoundDto {
  @ApiProperty({ type: LocalizedTextDto })
  // ValidateNested alone lets a missing object through.
  @IsDefined()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name: LocalizedTextDto;

  @ApiPropertyOptional({
    type: LocalizedDescriptionDto,
    description: 'What the call funds, in French and English; both languages when given.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedDescriptionDto)
  description?: LocalizedDescriptionDto;

  @IsOneOf(CURRENCIES, { required: false, description: 'ISO 4217 code; default GNF.' }) currency?: string;
  @IsMoney({ description: 'Total the round may award, in minor units.' }) budgetEnvelope: number;
  @IsMoney({ description: 'Largest award for one proposal, in minor units.' }) maxAward: number;

  @ApiProperty({ type: [String], enum: REGION_KEYS, example: ['conakry', 'kankan'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsRegionKey({ each: true })
  eligibleRegions: string[];

  @ApiPropertyOptional({ type: [String], description: 'Restrict to these communes; all communes when absent.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsSlug({ each: true })
  eligibleCommunes?: string[];

  @IsTimestamp({ example: '2026-11-01T00:00:00Z' }) opensAt: string;
  @IsTimestamp({ example: '2027-01-31T23:59:59Z' }) closesAt: string;

  @ApiProperty({ type: [Number], example: [40, 40, 20], description: 'Tranche percentages summing to 100.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @IsCount({ min: 1, max: 100, each: true })
  tranchePlan: number[];

  @ApiProperty({ type: [RubricCriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric: RubricCriterionDto[];

  @IsCount({ min: 1, max: 15, required: false, example: 3 }) reviewersPerProposal?: number;
  @IsCount({ min: 0, max: 100, required: false, example: 60, description: 'Weighted score in percent.' })
  approvalThreshold?: number;

  @ApiPropertyOptional({ type: RoundDurationsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoundDurationsDto)
  durations?: RoundDurationsDto;
}

/** Left out means "unchanged"; null is refused like any other wrong value (IsOptional would let it through). */
const present = () => ValidateIf((_object, value) => value !== undefined);

/**
 * Every field of a round, each optional. Before the round opens anything may change (the merged plan is checked
 * as a whole); once it is open only the texts, a later `closesAt` and the envelope (never below what is
 * reserved); once closed, the texts and the envelope.
 */
export class UpdateRoundDto {
  @ApiPropertyOptional({ type: LocalizedTextDto })
  @present()
  @IsDefined()
  // An array passes ValidateNested (each of its zero elements is valid) and reached the service as a name.
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name?: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedDescriptionDto })
  @present()
  @IsDefined()
  // An array passes ValidateNested (each of its zero elements is valid) and reached the service as a name.
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedDescriptionDto)
  description?: LocalizedDescriptionDto;

  @IsOneOf(CURRENCIES, { required: false }) currency?: string;
  @IsMoney({ required: false, description: 'Never below the amount already reserved.' }) budgetEnvelope?: number;
  @IsMoney({ required: false }) maxAward?: number;

  @ApiPropertyOptional({ type: [String], enum: REGION_KEYS })
  @present()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsRegionKey({ each: true })
  eligibleRegions?: string[];

  @ApiPropertyOptional({ type: [String], nullable: true, description: 'null: every commune.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsSlug({ each: true })
  eligibleCommunes?: string[] | null;

  @IsTimestamp({ required: false }) opensAt?: string;
  @IsTimestamp({ required: false }) closesAt?: string;

  @ApiPropertyOptional({ type: [Number], example: [40, 40, 20] })
  @present()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @IsCount({ min: 1, max: 100, each: true })
  tranchePlan?: number[];

  @ApiPropertyOptional({ type: [RubricCriterionDto] })
  @present()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  rubric?: RubricCriterionDto[];

  @IsCount({ min: 1, max: 15, required: false }) reviewersPerProposal?: number;
  @IsCount({ min: 0, max: 100, required: false }) approvalThreshold?: number;

  @ApiPropertyOptional({ type: RoundDurationsDto, description: 'Merged into the current durations.' })
  @present()
  @IsDefined()
  @ValidateNested()
  @Type(() => RoundDurationsDto)
  durations?: RoundDurationsDto;
}

export class CloseRoundDto {
  @IsText({
    max: 2000,
    example: 'Enveloppe entièrement engagée.',
    description: 'Why the round closes before its date; shown to staff and kept in the audit trail.',
  })
  reason: string;
}

/** `draft` is the contract's name for a round that has not opened yet (status `upcoming` in the answer). */
export const ROUND_STATUS_FILTERS = ['draft', 'upcoming', 'open', 'closed'] as const;

export class ListRoundsQuery extends PageQuery {
  @IsOneOf(ROUND_STATUS_FILTERS, { required: false, description: '`draft` and `upcoming` both mean "not open yet".' })
  status?: (typeof ROUND_STATUS_FILTERS)[number];
}

export class RoundClosureDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time', description: 'The closing date it had before.' }) plannedClosesAt: string;
}

export class SetPanelDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUuidField({ each: true })
  reviewerIds: string[];
}

export class PanelDto {
  @ApiProperty({ type: [String], format: 'uuid' }) reviewerIds: string[];
}

export class RoundDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ type: LocalizedDescriptionDto, nullable: true }) description: LocalizedDescriptionDto | null;
  @ApiProperty({ enum: CURRENCIES }) currency: string;
  @ApiProperty() budgetEnvelope: number;
  @ApiProperty() reservedAmount: number;
  @ApiProperty() disbursedAmount: number;
  @ApiProperty() remainingAmount: number;
  @ApiProperty() maxAward: number;
  @ApiProperty({ type: [String] }) eligibleRegions: string[];
  @ApiPropertyOptional({ type: [String], nullable: true }) eligibleCommunes: string[] | null;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'closed'] }) status: 'upcoming' | 'open' | 'closed';
  @ApiProperty({ type: [Number] }) tranchePlan: number[];
  @ApiProperty({ type: [RubricCriterionDto] }) rubric: RubricCriterionDto[];
  @ApiProperty() reviewersPerProposal: number;
  @ApiProperty() approvalThreshold: number;
  @ApiProperty({ type: RoundDurationsDto }) durations: RoundDurationsDto;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The review panel; staff only.' })
  reviewerIds?: string[];
  @ApiProperty({
    type: RoundClosureDto,
    nullable: true,
    description: 'Set when a programme manager closed it before its date.',
  })
  closedEarly: RoundClosureDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RoundPageDto {
  @ApiProperty({ type: [RoundDto] }) items: RoundDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
