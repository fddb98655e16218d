import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'recipient_id' }) recipientId: string;
  @Column('text') kind: string;
  @Column('text') channel: 'dev' | 'email' | 'sms';
  @Column('text') language: 'fr' | 'en';
  @Column('text') subject: string;
  @Column('text') body: string;
  @Column('text', { name: 'entity_type', nullable: true }) entityType: string | null;
  @Column('uuid', { name: 'entity_id', nullable: true }) entityId: string | null;
  @Column('text') status: 'pending' | 'sent' | 'failed';
  @Column('integer') attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('text', { name: 'dedup_key' }) dedupKey: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
}
