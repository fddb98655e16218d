import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { FieldCode } from '@csf/domain';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { IsCount } from '../common/validators';

/** Audit events are paged by their id (the append order): a cursor is the last id seen, digits and nothing else. */
export const EVENT_CURSOR = /^\d{1,18}$/;

export function IsEventCursor() {
  return applyDecorators(
    ApiPropertyOptional({ description: 'Id of the last event of the previous page.', pattern: '^\\d{1,18}$' }),
    IsOptional(),
    ValidateBy({
      name: FieldCode.INVALID_CURSOR,
      validator: { validate: (v) => typeof v === 'string' && EVENT_CURSOR.test(v) },
    }),
  );
}

export function IsEventPageSize() {
  return applyDecorators(
    Type(() => Number),
    IsCount({ min: 1, max: MAX_PAGE_SIZE, required: false }),
  );
}

export class HistoryQuery {
  @IsEventPageSize() limit?: number;
  @IsEventCursor() cursor?: string;
}
