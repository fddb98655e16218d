import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FieldCode } from '@csf/domain';
import { type KeysetPage, newestFirstPage } from '@csf/persistence';
import { AppError } from './app-error';
import { IsCount, UUID } from './validators';

export const MAX_PAGE_SIZE = 100;

export class PageQuery {
  @Type(() => Number)
  @IsCount({
    min: 1,
    max: MAX_PAGE_SIZE,
    required: false,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default 20).`,
  })
  limit?: number;

  @ApiPropertyOptional({
    description: "Opaque cursor from the previous page's nextCursor.",
    pattern: '^[A-Za-z0-9_-]{1,200}$',
  })
  @IsOptional()
  @ValidateBy({
    name: FieldCode.INVALID_CURSOR,
    validator: { validate: (v) => typeof v === 'string' && decodeCursor(v) !== null },
  })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Keyset cursor over (created_at DESC, id DESC): stable under inserts, no OFFSET scans. */
export interface Cursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

/** Exactly what `encodeCursor` writes (Date#toISOString), so PostgreSQL never sees a value it would refuse. */
const CURSOR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The one place a cursor is read: base64url of [ISO timestamp, UUID], checked to the type of each element, so a
 * forged or damaged cursor is a client error (INVALID_CURSOR) and never reaches SQL.
 */
export function decodeCursor(value: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [createdAt, id] = parsed;
    if (typeof createdAt !== 'string' || !CURSOR_TIMESTAMP.test(createdAt) || typeof id !== 'string' || !UUID.test(id))
      return null;
    const time = new Date(createdAt);
    if (Number.isNaN(time.getTime()) || time.toISOString() !== createdAt || createdAt < '0001') return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

export function cursorOrThrow(value: string | undefined): Cursor | null {
  if (value === undefined) return null;
  const cursor = decodeCursor(value);
  if (!cursor) throw AppError.validation([{ field: 'cursor', code: FieldCode.INVALID_CURSOR }]);
  return cursor;
}

/** Fetch limit + 1 rows; the extra one tells whether there is a next page. */
export function toPage<Row extends { createdAt: Date; id: string }, T>(
  rows: Row[],
  limit: number,
  map: (row: Row) => T,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(map),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

/** The page a list query asks for, its cursor checked: what a read model takes. */
export function keysetPage(query: PageQuery): KeysetPage {
  return { limit: query.limit ?? 20, after: cursorOrThrow(query.cursor) };
}

/** Orders `alias` newest first with the keyset cursor applied and one extra row; answers the page size. */
export function newestFirst<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  query: PageQuery,
): number {
  const page = keysetPage(query);
  newestFirstPage(qb, alias, page);
  return page.limit;
}
