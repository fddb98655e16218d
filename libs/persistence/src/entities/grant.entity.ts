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
  @Column('timestamptz', { name: 'agreement_deadline_at', nullable: true }) agreementDeadlineAt: Date | null;
  @Column('timestamptz', { name: 'agreement_signed_at', nullable: true }) agreementSignedAt: Date | null;
  @Column('uuid', { name: 'agreement_signed_by', nullable: true }) agreementSignedBy: string | null;
  @Column('jsonb', { name: 'payout_account', nullable: true }) payoutAccount: PayoutAccount | null;
  @Column('bigint', { name: 'disbursed_amount', transformer: bigintToNumber, default: 0 }) disbursedAmount: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

export type PayoutAccount =
  | { method: 'mobile_money'; provider: string; msisdn: string }
  | { method: 'bank_transfer'; bankName: string; accountNumber: string; accountName: string };

export type TrancheStatus =
  | 'pending'
  | 'eligible'
  | 'release_requested'
  | 'release_approved'
  | 'disbursing'
  | 'disbursed'
  | 'failed'
  | 'cancelled';

@Entity('grant_tranches')
export class GrantTrancheEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'grant_id' }) grantId: string;
  @Column('integer') number: number;
  @Column('integer') percentage: number;
  @Column('bigint', { transformer: bigintToNumber }) amount: number;
  @Column('text') status: TrancheStatus;
  @Column('timestamptz', { name: 'eligible_at', nullable: true }) eligibleAt: Date | null;
  @Column('uuid', { name: 'requested_by', nullable: true }) requestedBy: string | null;
  @Column('timestamptz', { name: 'requested_at', nullable: true }) requestedAt: Date | null;
  @Column('uuid', { name: 'approved_by', nullable: true }) approvedBy: string | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt: Date | null;
  @Column('timestamptz', { name: 'disbursed_at', nullable: true }) disbursedAt: Date | null;
  @Column('text', { name: 'failure_reason', nullable: true }) failureReason: string | null;
}

@Entity('payments')
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'grant_id' }) grantId: string;
  @Column('uuid', { name: 'tranche_id' }) trancheId: string;
  @Column('integer', { name: 'tranche_number' }) trancheNumber: number;
  @Column('integer') attempt: number;
  @Column('text', { name: 'idempotency_key' }) idempotencyKey: string;
  @Column('text') gateway: 'manual' | 'http';
  @Column('bigint', { transformer: bigintToNumber }) amount: number;
  @Column('char', { length: 3 }) currency: Currency;
  @Column('text') status: 'ordered' | 'submitted' | 'paid' | 'failed';
  @Column('text', { name: 'provider_reference', nullable: true }) providerReference: string | null;
  @Column('timestamptz', { name: 'paid_at', nullable: true }) paidAt: Date | null;
  @Column('text', { name: 'failure_reason', nullable: true }) failureReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
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
