import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Where a page of a list starts: its size and the key of the previous page's last row. The API decodes and checks
 * the cursor (a forged one never reaches SQL); a read model only orders and filters on it.
 */
export interface KeysetPage {
  limit: number;
  /** (created_at, id) of the last row seen; in the portfolio lists `createdAt` carries the list's own sort key. */
  after: { createdAt: string; id: string } | null;
}

/** `newest`: lists, latest first; `oldest`: work queues, who has waited longest first. */
export type KeysetOrder = 'newest' | 'oldest';

/**
 * The one keyset over (created_at, id): orders `alias` in `order` and starts after `after`, without the row count.
 * The page functions below add it with `take`, one row more than the page: the extra row tells whether there is a
 * next page. A query that joins another table for its columns adds `.limit()` itself: `take` on a join makes
 * TypeORM page on distinct ids in a second query.
 */
export function keysetOrder<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  after: KeysetPage['after'],
  order: KeysetOrder,
): SelectQueryBuilder<E> {
  const [direction, beyond] = order === 'newest' ? (['DESC', '<'] as const) : (['ASC', '>'] as const);
  qb.orderBy(`${alias}.createdAt`, direction).addOrderBy(`${alias}.id`, direction);
  if (after) qb.andWhere(`(${alias}.createdAt, ${alias}.id) ${beyond} (:createdAt, :id)`, after);
  return qb;
}

/** A page newest first on (created_at, id). */
export function newestFirstPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  page: KeysetPage,
): SelectQueryBuilder<E> {
  return keysetOrder(qb, alias, page.after, 'newest').take(page.limit + 1);
}

/** The same keyset oldest first (work queues: who has waited longest). */
export function oldestFirstPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  page: KeysetPage,
): SelectQueryBuilder<E> {
  return keysetOrder(qb, alias, page.after, 'oldest').take(page.limit + 1);
}
