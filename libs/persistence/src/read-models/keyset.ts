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

/**
 * Orders `alias` newest first on (created_at, id) from `page.after`, one row more than the page: the extra row
 * tells whether there is a next page.
 */
export function newestFirstPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  page: KeysetPage,
): SelectQueryBuilder<E> {
  qb.orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(page.limit + 1);
  if (page.after) qb.andWhere(`(${alias}.createdAt, ${alias}.id) < (:createdAt, :id)`, page.after);
  return qb;
}

/** The same keyset oldest first (work queues: who has waited longest). */
export function oldestFirstPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  page: KeysetPage,
): SelectQueryBuilder<E> {
  qb.orderBy(`${alias}.createdAt`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(page.limit + 1);
  if (page.after) qb.andWhere(`(${alias}.createdAt, ${alias}.id) > (:createdAt, :id)`, page.after);
  return qb;
}
