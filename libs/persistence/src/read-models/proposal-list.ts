import { EntityManager } from 'typeorm';
import { ProposalEntity } from '../entities/proposal.entity';

/**
 * One page of the proposals list, as the API service has already decided it: the organisation the caller may see
 * (null: every one), the filters asked for, and the decoded keyset cursor. What a filter means to a caller, and the
 * DTO, stay with the service.
 */
export interface ProposalListQuery {
  organizationId: string | null;
  roundId?: string;
  status?: string;
  region?: string;
  /** `oldest` is a work queue: who has waited longest first. */
  order: 'newest' | 'oldest';
  /** The last row of the previous page, in the same order. */
  cursor: { createdAt: string; id: string } | null;
  limit: number;
}

export const proposalList = {
  /** Keyset over (created_at, id), no OFFSET scan; `limit + 1` rows, so the caller can tell there is a next page. */
  page(m: EntityManager, query: ProposalListQuery): Promise<ProposalEntity[]> {
    const direction = query.order === 'oldest' ? 'ASC' : 'DESC';
    const qb = m
      .createQueryBuilder(ProposalEntity, 'p')
      .orderBy('p.createdAt', direction)
      .addOrderBy('p.id', direction)
      .take(query.limit + 1);
    if (query.cursor)
      qb.andWhere(`(p.createdAt, p.id) ${query.order === 'oldest' ? '>' : '<'} (:createdAt, :id)`, query.cursor);
    if (query.organizationId) qb.andWhere('p.organizationId = :org', { org: query.organizationId });
    if (query.roundId) qb.andWhere('p.roundId = :roundId', { roundId: query.roundId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.region) qb.andWhere('p.region = :region', { region: query.region });
    return qb.getMany();
  },
};
