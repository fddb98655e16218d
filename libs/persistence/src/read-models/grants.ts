import type { EntityManager } from 'typeorm';
import { GrantEntity } from '../entities/grant.entity';
import { OrganizationEntity } from '../entities/organization.entity';
import { ProposalMilestoneEntity } from '../entities/proposal.entity';
import { type KeysetPage, newestFirstPage } from './keyset';

/**
 * What a grants list is narrowed to. `organizationId` is the one the caller may see (null: every one); deciding
 * that is the API's visibility rule, not this query's.
 */
export interface GrantListFilter {
  organizationId: string | null;
  roundId?: string;
  status?: string;
  atRisk?: boolean;
}

/** Grants newest first. */
export function grantList(m: EntityManager, filter: GrantListFilter, page: KeysetPage): Promise<GrantEntity[]> {
  const qb = newestFirstPage(m.createQueryBuilder(GrantEntity, 'g'), 'g', page);
  if (filter.organizationId) qb.andWhere('g.organizationId = :org', { org: filter.organizationId });
  if (filter.roundId) qb.andWhere('g.roundId = :roundId', { roundId: filter.roundId });
  if (filter.status) qb.andWhere('g.status = :status', { status: filter.status });
  if (filter.atRisk !== undefined) qb.andWhere('g.atRisk = :atRisk', { atRisk: filter.atRisk });
  return qb.getMany();
}

/** The milestones of a grant's proposal in the proposal's order, as the accepted reports left them. */
export function grantMilestones(m: EntityManager, proposalId: string): Promise<ProposalMilestoneEntity[]> {
  return m.find(ProposalMilestoneEntity, { where: { proposalId }, order: { position: 'ASC' } });
}

/** The grantee organisation, for the payee block of a payment order. */
export function grantee(m: EntityManager, grant: Pick<GrantEntity, 'organizationId'>): Promise<OrganizationEntity> {
  return m.findOneByOrFail(OrganizationEntity, { id: grant.organizationId });
}
