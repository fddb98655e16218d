import type { EntityManager } from 'typeorm';
import { RoundEntity } from '../entities/round.entity';
import { type KeysetPage, newestFirstPage } from './keyset';

/** A round's phase as the list filters on it; `upcoming` is every round not open yet, drafts included. */
export type RoundListPhase = 'upcoming' | 'open' | 'closed';

/**
 * Rounds newest first. The boundaries are roundPhase's (libs/domain): open from opensAt to closesAt inclusive, so
 * a list and a round's own status never disagree.
 */
export function roundList(m: EntityManager, phase: RoundListPhase | null, page: KeysetPage): Promise<RoundEntity[]> {
  const qb = m.createQueryBuilder(RoundEntity, 'r');
  if (phase === 'upcoming') qb.where('r.opensAt > now()');
  if (phase === 'open') qb.where('r.opensAt <= now() AND r.closesAt >= now()');
  if (phase === 'closed') qb.where('r.closesAt < now()');
  return newestFirstPage(qb, 'r', page).getMany();
}
