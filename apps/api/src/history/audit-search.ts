import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldCode, Role } from '@csf/domain';
import { AppError } from '../common/app-error';
import { ValidateBy } from 'class-validator';
import { IsOneOf, IsTimestamp, IsUuidField } from '../common/validators';
import { AuditEventDto } from './history.dto';
import { IsEventCursor, IsEventPageSize } from './history.query';

/**
 * Who searches the whole trail. Both are staff and read every event unredacted (audit-visibility's redaction is
 * for applicants only), so the search and its export never go through forApplicant.
 */
export const AUDIT_SEARCH_READERS = [Role.AUDITOR, Role.ADMIN];

/** The record kinds audit events are written for (AuditEntry's entityType). */
export const AUDIT_ENTITY_TYPES = ['proposal', 'grant', 'round', 'organization', 'user'] as const;

/** `user.updated`, `tranche.disbursement_failed`: what every action written so far looks like. */
const ACTION = /^[a-z_]{1,40}\.[a-z_]{1,60}$/;

/** The filters of the search and of `audit.csv`; every one narrows, none given means the whole trail. */
export class AuditFilters {
  @IsOneOf(AUDIT_ENTITY_TYPES, { required: false, description: 'Only events about this kind of record.' })
  entityType?: string;

  @IsUuidField({ required: false, description: 'Only events about this record (with or without entityType).' })
  entityId?: string;

  @IsUuidField({ required: false, description: 'Only what this person did.' })
  actorId?: string;

  @ApiPropertyOptional({
    description: 'Only this action, exactly (e.g. `user.updated`).',
    pattern: ACTION.source,
    example: 'user.updated',
  })
  @ValidateBy(
    {
      name: FieldCode.INVALID,
      validator: { validate: (v) => v === undefined || (typeof v === 'string' && ACTION.test(v)) },
    },
    { message: FieldCode.INVALID },
  )
  action?: string;

  @IsTimestamp({ required: false, example: '2027-01-01T00:00:00Z' })
  @ApiPropertyOptional({ format: 'date-time', description: 'Events at or after this instant.' })
  from?: string;

  @IsTimestamp({ required: false, example: '2027-02-01T00:00:00Z' })
  @ApiPropertyOptional({ format: 'date-time', description: 'Events strictly before this instant.' })
  to?: string;
}

/** The search's query: the filters and the same strict event-id cursor as a record's history. */
export class AuditSearchQuery extends AuditFilters {
  @IsEventPageSize() limit?: number;
  @IsEventCursor() cursor?: string;
}

export class AuditSearchEventDto extends AuditEventDto {
  @ApiProperty({ enum: AUDIT_ENTITY_TYPES }) entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "The actor's display name, when the actor is a person.",
  })
  actorName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) actorEmail: string | null;
}

export class AuditSearchPageDto {
  @ApiProperty({ type: [AuditSearchEventDto], description: 'Newest first.' }) items: AuditSearchEventDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Id of the last event of this page, for the next one.' })
  nextCursor: string | null;
}

/**
 * The one check on the filters the search and its export share (the SQL is the read model's auditWhere): a range
 * that ends before it starts is the client's mistake.
 */
export function requireAuditRange(filters: AuditFilters): AuditFilters {
  if (filters.from && filters.to && Date.parse(filters.to) <= Date.parse(filters.from)) {
    throw AppError.validation([{ field: 'to', code: FieldCode.OUT_OF_ORDER }]);
  }
  return filters;
}
