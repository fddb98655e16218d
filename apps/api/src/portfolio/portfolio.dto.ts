import { MILESTONE_STATUSES } from '@csf/domain';
import { PageQuery } from '../common/pagination';
import { IsOneOf, IsRegionKey, IsSlug, IsUuidField } from '../common/validators';

export class PortfolioSummaryQuery {
  @IsUuidField({ required: false }) roundId?: string;
  @IsRegionKey({ required: false }) region?: string;
  @IsUuidField({ required: false, description: 'Staff: one organisation only (figures computed from its rows).' }) organizationId?: string;
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
  @IsOneOf(MILESTONE_FILTERS, { required: false, description: '`late`: past its due date, neither achieved nor missed.' })
  status?: string;
}

export class AtRiskQuery extends PortfolioListQuery {
  @IsOneOf(['active', 'suspended'], { required: false }) status?: string;
}
