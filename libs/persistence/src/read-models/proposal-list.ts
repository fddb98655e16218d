import { EntityManager } from 'typeorm';
import { ProposalEntity } from '../entities/proposal.entity';
import { type KeysetOrder, type KeysetPage, newestFirstPage, oldestFirstPage } from './keyset';

/**
 * One page of the proposals list, as the API service has already decided it: the organisation the caller may see
 * (null: every one), the filters asked for, and the decoded keyset cursor. What a filter means to a caller, and the
 * DTO, stay with the service.
 */
export interface ProposalListQuery extends KeysetPage {
  organizationId: string | null;
  roundId?: string;
  status?: string;
  region?: string;
  order: KeysetOrder;
}

export const proposalList = {
  /** The shared keyset over (created_at, id), no OFFSET scan; `limit + 1` rows (see `keyset.ts`). */
  page(m: EntityManager, query: ProposalListQuery): Promise<ProposalEntity[]> {
    const keyset = query.order === 'oldest' ? oldestFirstPage : newestFirstPage;
    const qb = keyset(m.createQueryBuilder(ProposalEntity, 'p'), 'p', query);
    if (query.organizationId) qb.andWhere('p.organizationId = :org', { org: query.organizationId });
    if (query.roundId) qb.andWhere('p.roundId = :roundId', { roundId: query.roundId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.region) qb.andWhere('p.region = :region', { region: query.region });
    return qb.getMany();
  },
};
