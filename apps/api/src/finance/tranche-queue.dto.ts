import { ApiProperty } from '@nestjs/swagger';
import { PageQuery } from '../common/pagination';
import { PAYOUT_METHODS } from '../grants/grant.dto';
import { IsOneOf, IsRegionKey, IsUuidField } from '../common/validators';

/** The tranche states finance works on; the others (pending, disbursed, cancelled) wait on nobody in finance. */
export const QUEUE_STATUSES = ['eligible', 'release_requested', 'release_approved', 'disbursing', 'failed'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
/** What the caller may do on a queue row now, or null: request (maker), approve (checker), confirm or retry (maker), resolve (checker). */
export const QUEUE_ACTIONS = ['request', 'approve', 'confirm_payment', 'retry', 'resolve'] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];

export class ListTranchesQuery extends PageQuery {
  @IsOneOf(QUEUE_STATUSES, { required: false, description: 'One queue; all five when absent.' }) status?: QueueStatus;
  @IsUuidField({ required: false }) roundId?: string;
  @IsRegionKey({ required: false }) region?: string;
}

export class QueuePayeeDto {
  @ApiProperty({ enum: PAYOUT_METHODS }) method: string;
  @ApiProperty({ example: 'orange_money' }) provider: string;
  @ApiProperty({ example: '***567', description: 'Last 3 digits only; the payment order has it in full.' })
  accountMasked: string;
}

export class QueuePaymentDto {
  @ApiProperty() attempt: number;
  @ApiProperty({ enum: ['manual', 'http'] }) gateway: string;
  @ApiProperty({ enum: ['ordered', 'submitted', 'paid', 'failed'] }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'The provider’s last answer that was not an outcome.' })
  lastAnswer: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Set when the outcome stayed unknown long enough to alert finance.',
  })
  stuckSince: string | null;
}

export class QueueTrancheDto {
  @ApiProperty({ format: 'uuid' }) grantId: string;
  @ApiProperty({ nullable: true, type: String, description: 'The proposal’s title: what people call the grant.' })
  grantTitle: string | null;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() trancheNumber: number;
  @ApiProperty({ enum: QUEUE_STATUSES }) status: string;
  @ApiProperty({ description: 'Minor units of the currency.' }) amount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: QueuePayeeDto }) payee: QueuePayeeDto | null;
  @ApiProperty({ format: 'date-time', description: 'Since when the tranche has been in this state.' })
  waitingSince: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) requestedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) requestedByName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) requestedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why the last payment attempt failed.' }) failureReason:
    string | null;
  @ApiProperty({ nullable: true, type: QueuePaymentDto, description: 'The latest payment attempt.' })
  payment: QueuePaymentDto | null;
  @ApiProperty({
    nullable: true,
    enum: QUEUE_ACTIONS,
    description:
      'What the caller may do now: a finance approver never gets `approve` (nor `resolve`) on a release they requested themselves.',
  })
  action: QueueAction | null;
}

export class QueueCountsDto {
  @ApiProperty() eligible: number;
  @ApiProperty() release_requested: number;
  @ApiProperty() release_approved: number;
  @ApiProperty() disbursing: number;
  @ApiProperty() failed: number;
  @ApiProperty({ description: 'Rows of these filters the caller may act on now (all statuses).' }) actionable: number;
}

export class TrancheQueuePageDto {
  @ApiProperty({ type: [QueueTrancheDto] }) items: QueueTrancheDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
  @ApiProperty({
    type: QueueCountsDto,
    description: 'Per status with the round and region filters (not the status filter).',
  })
  counts: QueueCountsDto;
}
