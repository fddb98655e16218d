import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { FieldCode, GRANT_STATUSES, REPORT_STATUSES } from '@csf/domain';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { IsCount, IsOneOf, IsRegionKey, IsUuidField, UUID } from '../common/validators';

/**
 * The queue's keyset: (rank, waiting since, id). Rank puts submitted reports (work to do) before overdue ones
 * (people to chase) before the rest, so the cursor must carry it; the shared [timestamp, id] cursor cannot.
 */
export interface QueueCursor {
  rank: number;
  since: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function encodeQueueCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.rank, c.since, c.id])).toString('base64url');
}

/** Checked element by element so a forged cursor is INVALID_CURSOR and never reaches SQL. */
export function decodeQueueCursor(value: unknown): QueueCursor | null {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [rank, since, id] = parsed;
    if (!Number.isInteger(rank) || rank < 0 || rank > 2) return null;
    if (
      typeof since !== 'string' ||
      !TIMESTAMP.test(since) ||
      Number.isNaN(Date.parse(since)) ||
      new Date(since).toISOString() !== since
    )
      return null;
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    return { rank, since, id };
  } catch {
    return null;
  }
}

export class ReportQueueQuery {
  @IsOneOf(REPORT_STATUSES, {
    required: false,
    description:
      "Only this status. Without it: the programme manager's queue, `submitted` (oldest first) then `overdue` (longest late first).",
  })
  status?: (typeof REPORT_STATUSES)[number];
  @IsUuidField({ required: false }) roundId?: string;
  @IsRegionKey({ required: false }) region?: string;
  @IsUuidField({ required: false }) grantId?: string;

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
  @ValidateBy({ name: FieldCode.INVALID_CURSOR, validator: { validate: (v) => decodeQueueCursor(v) !== null } })
  cursor?: string;
}

export class QueueGrantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The project title.' }) title: string;
  @ApiProperty({ enum: GRANT_STATUSES }) status: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String }) commune: string | null;
  @ApiProperty() atRisk: boolean;
}

export class QueueOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, description: 'Whom to call about a late report.' }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class ReportPeriodDto {
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Start of the period the report covers.',
  })
  start: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the report is due (end of the period).',
  })
  end: string | null;
}

export class ReportQueueItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sequence: number;
  @ApiProperty({ enum: ['progress', 'final'] }) kind: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The tranche this report releases once accepted.' })
  gatesTranche: number | null;
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) dueDate: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty() submissionCount: number;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description:
      'Submitted: since its submission (waiting for the manager). Overdue: since it became overdue. Otherwise its due time.',
  })
  waitingSince: string | null;
  @ApiProperty({ description: 'Whole days since `waitingSince` (0 when in the future or unknown).' })
  daysWaiting: number;
  @ApiProperty({ type: QueueGrantDto }) grant: QueueGrantDto;
  @ApiProperty({ type: QueueOrganizationDto }) organization: QueueOrganizationDto;
}

export class ReportQueuePageDto {
  @ApiProperty({ type: [ReportQueueItemDto] }) items: ReportQueueItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
