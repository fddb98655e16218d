import { ApiProperty } from '@nestjs/swagger';
import { GRANT_STATUSES, MILESTONE_STATUSES, REGION_KEYS } from '@csf/domain';
import { PageQuery } from '../common/pagination';
import { IsOneOf, IsRegionKey, IsSlug, IsUuidField } from '../common/validators';

export class PortfolioSummaryQuery {
  @IsUuidField({ required: false }) roundId?: string;
  @IsRegionKey({ required: false }) region?: string;
  @IsUuidField({ required: false, description: 'Staff: one organisation only (figures computed from its rows).' })
  organizationId?: string;
}

/** Filters shared by every portfolio list; each list adds the `status` it understands. */
export class PortfolioListQuery extends PageQuery {
  @IsUuidField({ required: false }) roundId?: string;
  @IsRegionKey({ required: false }) region?: string;
  @IsSlug({ required: false, example: 'matoto' }) commune?: string;
  @IsUuidField({ required: false }) organizationId?: string;
}

export class OverdueReportsQuery extends PortfolioListQuery {
  @IsOneOf(['due', 'overdue'], { required: false }) status?: string;
}

export const MILESTONE_FILTERS = ['late', ...MILESTONE_STATUSES] as const;

export class MilestonesQuery extends PortfolioListQuery {
  @IsOneOf(MILESTONE_FILTERS, {
    required: false,
    description: '`late`: past its due date, neither achieved nor missed.',
  })
  status?: string;
}

export class AtRiskQuery extends PortfolioListQuery {
  @IsOneOf(['active', 'suspended'], { required: false }) status?: string;
}

export class PortfolioOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
}

export class StallDto {
  @ApiProperty({ format: 'date-time', description: 'When an operation of the grant first exhausted its attempts.' })
  since: string;
  @ApiProperty({ description: 'The operation that failed and why.' }) reason: string;
}

export class AtRiskItemDto {
  @ApiProperty({ format: 'uuid' }) grantId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: GRANT_STATUSES }) status: string;
  @ApiProperty({
    format: 'date-time',
    description:
      'When the grant first needed attention: the earlier of `atRiskSince` and `stalled.since`. The list is ordered by it.',
  })
  since: string;
  @ApiProperty({ description: 'Flagged at risk (a report overdue past the grace period).' }) atRisk: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Why it is at risk; null when it is only stalled.' })
  reason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When it was flagged at risk; null when it is only stalled.',
  })
  atRiskSince: string | null;
  @ApiProperty({
    nullable: true,
    type: () => StallDto,
    description: 'Set while an operation of the grant keeps failing; null once one succeeds.',
  })
  stalled: StallDto | null;
  @ApiProperty() overdueReports: number;
  @ApiProperty() lateMilestones: number;
  @ApiProperty({ description: 'Minor units.' }) amount: number;
  @ApiProperty({ description: 'Minor units.' }) disbursedAmount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String }) commune: string | null;
  @ApiProperty({ type: PortfolioOrganizationDto }) organization: PortfolioOrganizationDto;
}

export class AtRiskPageDto {
  @ApiProperty({ type: [AtRiskItemDto] }) items: AtRiskItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class PeopleCountDto {
  @ApiProperty() total: number;
  @ApiProperty() women: number;
  @ApiProperty() youth: number;
}

export class PortfolioBeneficiariesDto {
  @ApiProperty({ type: PeopleCountDto, description: 'What the granted proposals promised.' }) target: PeopleCountDto;
  @ApiProperty({ type: PeopleCountDto, description: 'What accepted reports say was reached.' })
  reached: PeopleCountDto;
}

export class SummaryProposalsDto {
  @ApiProperty() total: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { submitted: 4, approved: 2 },
    description: 'Proposal status → count; statuses with none are left out.',
  })
  byStatus: Record<string, number>;
}

export class SummaryGrantsDto {
  @ApiProperty() total: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { active: 3, closed: 1 },
    description: 'Grant status → count; statuses with none are left out.',
  })
  byStatus: Record<string, number>;
  @ApiProperty({ description: 'Minor units.' }) awarded: number;
  @ApiProperty({ description: 'Minor units.' }) disbursed: number;
  @ApiProperty({ description: 'Minor units given back at closing.' }) unspentReturned: number;
  @ApiProperty({ description: 'How many grants are flagged at risk.' }) atRisk: number;
}

export class SummaryIndicatorDto {
  @ApiProperty({ example: 'patrols_held' }) key: string;
  @ApiProperty({ description: 'Grants that set a target for it.' }) grants: number;
  @ApiProperty({ description: 'Grants whose accepted reports give a value.' }) reporting: number;
  @ApiProperty() target: number;
  @ApiProperty() actual: number;
}

/** The same figures for a round and for each region of it. */
export class SummaryBlockDto {
  @ApiProperty({ type: SummaryProposalsDto }) proposals: SummaryProposalsDto;
  @ApiProperty({ type: SummaryGrantsDto }) grants: SummaryGrantsDto;
  @ApiProperty({ type: PortfolioBeneficiariesDto }) beneficiaries: PortfolioBeneficiariesDto;
  @ApiProperty({ type: [SummaryIndicatorDto] }) indicators: SummaryIndicatorDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Hundredths of a percent (6250 = 62.5 %).' })
  averageScoreBp: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Days from submission to decision, one decimal.' })
  averageDaysToDecision: number | null;
}

export class SummaryRegionDto extends SummaryBlockDto {
  @ApiProperty({ nullable: true, type: String, enum: REGION_KEYS, description: 'null: proposals with no region.' })
  region: string | null;
}

export class PortfolioEnvelopeDto {
  @ApiProperty({ description: 'Minor units.' }) total: number;
  @ApiProperty({ description: 'Committed to grants (minor units).' }) reserved: number;
  @ApiProperty({ description: 'Paid out (minor units).' }) disbursed: number;
  @ApiProperty({ description: 'total − reserved (minor units).' }) remaining: number;
}

export class SummaryNameDto {
  @ApiProperty() fr: string;
  @ApiProperty() en: string;
}

export class SummaryRoundDto extends SummaryBlockDto {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ type: SummaryNameDto }) name: SummaryNameDto;
  @ApiProperty({ example: 'GNF' }) currency: string;
  @ApiProperty({ type: [String], enum: REGION_KEYS }) eligibleRegions: string[];
  @ApiProperty({ type: PortfolioEnvelopeDto }) envelope: PortfolioEnvelopeDto;
  @ApiProperty({ type: [SummaryRegionDto] }) regions: SummaryRegionDto[];
}

export class SummaryFiltersDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) roundId: string | null;
  @ApiProperty({ nullable: true, type: String, enum: REGION_KEYS }) region: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'An applicant: always its own organisation, whatever it asked.',
  })
  organizationId: string | null;
}

export class PortfolioSummaryDto {
  @ApiProperty({ type: SummaryFiltersDto, description: 'The filters applied.' }) filters: SummaryFiltersDto;
  @ApiProperty({ type: [SummaryRoundDto] }) rounds: SummaryRoundDto[];
}

export class PortfolioGrantRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: GRANT_STATUSES }) status: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String }) commune: string | null;
}

export class OverdueReportGrantDto extends PortfolioGrantRefDto {
  @ApiProperty() atRisk: boolean;
}

export class ContactOrganizationDto extends PortfolioOrganizationDto {
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class OverdueReportItemDto {
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty() sequence: number;
  @ApiProperty({ enum: ['progress', 'final'] }) kind: string;
  @ApiProperty({ enum: ['due', 'overdue'] }) status: string;
  @ApiProperty({ format: 'date', example: '2027-06-30' }) dueDate: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ description: 'Whole days past the due date (0 when due today or later).' }) daysLate: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) overdueSince: string | null;
  @ApiProperty({ type: OverdueReportGrantDto }) grant: OverdueReportGrantDto;
  @ApiProperty({ type: ContactOrganizationDto, description: 'Whom to call.' }) organization: ContactOrganizationDto;
}

export class OverdueReportPageDto {
  @ApiProperty({ type: [OverdueReportItemDto] }) items: OverdueReportItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class PortfolioMilestoneItemDto {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty() title: string;
  @ApiProperty() deliverable: string;
  @ApiProperty({ format: 'date', example: '2027-05-31' }) dueDate: string;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status: string;
  @ApiProperty({ description: 'Past its due date, neither achieved nor missed.' }) late: boolean;
  @ApiProperty({ description: 'Whole days past the due date while pending or delayed, else 0.' }) daysLate: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) statusChangedAt: string | null;
  @ApiProperty({ type: PortfolioGrantRefDto }) grant: PortfolioGrantRefDto;
  @ApiProperty({ type: PortfolioOrganizationDto }) organization: PortfolioOrganizationDto;
}

export class PortfolioMilestonePageDto {
  @ApiProperty({ type: [PortfolioMilestoneItemDto] }) items: PortfolioMilestoneItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
