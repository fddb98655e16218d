import { GRANT_STATUSES, PROPOSAL_STATUSES } from '@csf/domain';
import { IsOneOf, IsRegionKey, IsUuidField } from '../common/validators';

export class ProposalsExportQuery {
  @IsUuidField({ required: false, description: 'Only this round.' }) roundId?: string;
  @IsRegionKey({ required: false }) region?: string;
  @IsOneOf(PROPOSAL_STATUSES, { required: false }) status?: string;
}

export class GrantsExportQuery {
  @IsUuidField({ required: false, description: 'Only this round.' }) roundId?: string;
  @IsRegionKey({ required: false }) region?: string;
  @IsOneOf(GRANT_STATUSES, { required: false }) status?: string;
}
