import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { IsCount } from '../common/validators';

export class HistoryQuery {
  @Type(() => Number)
  @IsCount({ min: 1, max: MAX_PAGE_SIZE, required: false }) limit?: number;

  @ApiPropertyOptional({ description: 'Id of the last event of the previous page.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'INVALID' })
  cursor?: string;
}
