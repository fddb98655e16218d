import { AuditEventEntity } from './audit-event.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { OrganizationEntity } from './organization.entity';
import {
  ProposalBudgetLineEntity,
  ProposalEntity,
  ProposalIndicatorEntity,
  ProposalMilestoneEntity,
} from './proposal.entity';
import { RoundEntity, RoundPanelMemberEntity } from './round.entity';
import { UserEntity } from './user.entity';
import {
  GrantEntity,
  GrantIndicatorEntity,
  GrantReportEntity,
  GrantTrancheEntity,
  PaymentEntity,
} from './grant.entity';
import { NotificationEntity } from './notification.entity';
import { ReviewAssignmentEntity, ReviewEntity } from './review.entity';

export * from './audit-event.entity';
export * from './idempotency-key.entity';
export * from './organization.entity';
export * from './proposal.entity';
export * from './round.entity';
export * from './user.entity';
export * from './grant.entity';
export * from './notification.entity';
export * from './review.entity';

/** Listed explicitly (no globs) so the same list works from TypeScript sources, compiled output and tests. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  RoundEntity,
  RoundPanelMemberEntity,
  ProposalEntity,
  ProposalBudgetLineEntity,
  ProposalMilestoneEntity,
  ProposalIndicatorEntity,
  AuditEventEntity,
  IdempotencyKeyEntity,
  ReviewAssignmentEntity,
  ReviewEntity,
  GrantEntity,
  GrantTrancheEntity,
  GrantReportEntity,
  GrantIndicatorEntity,
  PaymentEntity,
  NotificationEntity,
];
