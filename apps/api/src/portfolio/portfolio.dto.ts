import { ApiProperty } from '@nestjs/swagger';
import { GRANT_STATUSES, MILESTONE_STATUSES } from '@csf/domain';
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
