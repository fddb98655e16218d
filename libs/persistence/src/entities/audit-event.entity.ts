import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: the database refuses UPDATE/DELETE, so this entity is only ever inserted. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ type: 'timestamptz', name: 'occurred_at', insert: false }) occurredAt: Date;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { name: 'actor_role', nullable: true }) actorRole: string | null;
  @Column('text') action: string;
  @Column('text', { name: 'entity_type' }) entityType: string;
  @Column('uuid', { name: 'entity_id' }) entityId: string;
  @Column('text', { name: 'from_state', nullable: true }) fromState: string | null;
  @Column('text', { name: 'to_state', nullable: true }) toState: string | null;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('text', { name: 'request_id', nullable: true }) requestId: string | null;
  @Column('text', { name: 'workflow_id', nullable: true }) workflowId: string | null;
  @Column('jsonb', { nullable: true }) data: Record<string, unknown> | null;
  @Column('text', { name: 'dedup_key', nullable: true }) dedupKey: string | null;
}
