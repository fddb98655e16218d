import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { FieldCode } from '@csf/domain';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { IsCount } from '../common/validators';

export class HistoryQuery {
  @Type(() => Number)
  @IsCount({ min: 1, max: MAX_PAGE_SIZE, required: false }) limit?: number;

  @ApiPropertyOptional({ description: 'Id of the last event of the previous page.', pattern: '^\\d{1,18}$' })
  @IsOptional()
  @ValidateBy({ name: FieldCode.INVALID_CURSOR, validator: { validate: (v) => typeof v === 'string' && /^\d{1,18}$/.test(v) } })
  cursor?: string;
}
