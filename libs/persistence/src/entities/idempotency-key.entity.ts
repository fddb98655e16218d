import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn('uuid', { name: 'actor_id' }) actorId: string;
  @PrimaryColumn('text') key: string;
  @Column('text') method: string;
  @Column('text') path: string;
  @Column('text', { name: 'request_hash' }) requestHash: string;
  @Column('text') state: 'in_progress' | 'completed';
  @Column('integer', { name: 'response_status', nullable: true }) responseStatus: number | null;
  @Column('jsonb', { name: 'response_body', nullable: true }) responseBody: unknown;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false }) createdAt: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
  /** Who holds an in-progress claim, and until when: a claim whose lease has run out belongs to a dead request. */
  @Column('uuid', { name: 'lease_token', nullable: true }) leaseToken: string | null;
  @Column('timestamptz', { name: 'lease_until', nullable: true }) leaseUntil: Date | null;
  /** After this the key and its stored answer are gone (cleanup job), and the key may be used again. */
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
}
