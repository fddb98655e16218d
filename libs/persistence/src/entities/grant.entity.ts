import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Currency } from '@csf/domain';
import { bigintToNumber } from './transformers';

export type GrantStatus = 'awaiting_agreement' | 'active' | 'suspended' | 'closing' | 'closed' | 'terminated';

@Entity('grants')
export class GrantEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('bigint', { transformer: bigintToNumber }) amount: number;
  @Column('char', { length: 3 }) currency: Currency;
  @Column('text') status: GrantStatus;
  @Column('text', { nullable: true }) conditions: string | null;
  @Column('text', { name: 'workflow_id' }) workflowId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('grant_tranches')
export class GrantTrancheEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'grant_id' }) grantId: string;
  @Column('integer') number: number;
  @Column('integer') percentage: number;
  @Column('bigint', { transformer: bigintToNumber }) amount: number;
  @Column('text') status: string;
}

@Entity('grant_reports')
export class GrantReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'grant_id' }) grantId: string;
  @Column('integer') sequence: number;
  @Column('text') kind: 'progress' | 'final';
  @Column('integer', { name: 'gates_tranche', nullable: true }) gatesTranche: number | null;
  @Column('date', { name: 'due_date', nullable: true }) dueDate: string | null;
  @Column('text') status: string;
}
