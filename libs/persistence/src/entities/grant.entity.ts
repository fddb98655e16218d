import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Currency, GrantStatus, ReportContent, ReportStatus, TrancheStatus } from '@csf/domain';
import { bigintToNumber } from './transformers';

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
  // The payout account is sealed (PayoutVault): only its method, provider or bank and a masked number are clear.
  @Column('text', { name: 'payout_method', nullable: true }) payoutMethod: PayoutAccount['method'] | null;
  @Column('text', { name: 'payout_provider', nullable: true }) payoutProvider: string | null;
  @Column('text', { name: 'payout_masked', nullable: true }) payoutMasked: string | null;
  @Column('bytea', { name: 'payout_ciphertext', nullable: true }) payoutCiphertext: Buffer | null;
  @Column('text', { name: 'payout_key_id', nullable: true }) payoutKeyId: string | null;
  @Column('bigint', { name: 'disbursed_amount', transformer: bigintToNumber, default: 0 }) disbursedAmount: number;
  @Column('boolean', { name: 'at_risk', default: false }) atRisk: boolean;
  @Column('text', { name: 'at_risk_reason', nullable: true }) atRiskReason: string | null;
  @Column('timestamptz', { name: 'at_risk_since', nullable: true }) atRiskSince: Date | null;
  @Column('text', { name: 'status_reason', nullable: true }) statusReason: string | null;
  @Column('timestamptz', { name: 'suspended_at', nullable: true }) suspendedAt: Date | null;
  @Column('timestamptz', { name: 'terminated_at', nullable: true }) terminatedAt: Date | null;
  /** The reservation given back to the round's envelope when the grant was terminated. */
  @Column('bigint', { name: 'released_amount', transformer: bigintToNumber, default: 0 }) releasedAmount: number;
  @Column('timestamptz', { name: 'closing_at', nullable: true }) closingAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('bigint', { name: 'unspent_returned_amount', transformer: bigintToNumber, default: 0 })
  unspentReturnedAmount: number;
  @Column('text', { name: 'unspent_reference', nullable: true }) unspentReference: string | null;
  /** A grant activity exhausted its attempts: staff are alerted; cleared by the next change that succeeds. */
  @Column('timestamptz', { name: 'stalled_since', nullable: true }) stalledSince: Date | null;
  @Column('text', { name: 'stalled_reason', nullable: true }) stalledReason: string | null;
  // Portfolio read model: where the grant works, whom it targets, whom the latest accepted report says it reached.
  @Column('text', { nullable: true }) region: string | null;
  @Column('text', { nullable: true }) commune: string | null;
  @Column('integer', { name: 'target_total', default: 0 }) targetTotal: number;
  @Column('integer', { name: 'target_women', default: 0 }) targetWomen: number;
  @Column('integer', { name: 'target_youth', default: 0 }) targetYouth: number;
  @Column('integer', { name: 'reached_total', default: 0 }) reachedTotal: number;
  @Column('integer', { name: 'reached_women', default: 0 }) reachedWomen: number;
  @Column('integer', { name: 'reached_youth', default: 0 }) reachedYouth: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

export type PayoutAccount =
  | { method: 'mobile_money'; provider: string; msisdn: string }
  | { method: 'bank_transfer'; bankName: string; accountNumber: string; accountName: string };

export type { TrancheStatus };

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
  /** What was paid; equal to `amount` when paid (CHECK). */
  @Column('bigint', { name: 'paid_amount', nullable: true, transformer: bigintToNumber }) paidAmount: number | null;
  /** The provider's last answer that was not an outcome (409, 404, 5xx, timeout, unknown status, other amount). */
  @Column('text', { name: 'last_answer', nullable: true }) lastAnswer: string | null;
  @Column('timestamptz', { name: 'last_checked_at', nullable: true }) lastCheckedAt: Date | null;
  @Column('integer', { default: 0 }) checks: number;
  /** Finance was alerted that the outcome is still unknown (PAYMENT_STUCK_ALERT_AFTER). */
  @Column('timestamptz', { name: 'stuck_since', nullable: true }) stuckSince: Date | null;
  @Column('uuid', { name: 'resolved_by', nullable: true }) resolvedBy: string | null;
  @Column('text', { name: 'resolution_note', nullable: true }) resolutionNote: string | null;
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
  @Column('text') status: ReportStatus;
  @Column('timestamptz', { name: 'period_start', nullable: true }) periodStart: Date | null;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt: Date | null;
  @Column('integer', { name: 'submission_count', default: 0 }) submissionCount: number;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('uuid', { name: 'submitted_by', nullable: true }) submittedBy: string | null;
  @Column('text', { nullable: true }) narrative: string | null;
  @Column('integer', { name: 'beneficiaries_total', nullable: true }) beneficiariesTotal: number | null;
  @Column('integer', { name: 'beneficiaries_women', nullable: true }) beneficiariesWomen: number | null;
  @Column('integer', { name: 'beneficiaries_youth', nullable: true }) beneficiariesYouth: number | null;
  @Column('jsonb', { name: 'indicator_values', default: () => "'[]'" }) indicatorValues: ReportContent['indicators'];
  @Column('jsonb', { default: () => "'[]'" }) expenditures: ReportContent['expenditures'];
  @Column('bigint', { name: 'expenditure_total', transformer: bigintToNumber, default: 0 }) expenditureTotal: number;
  @Column('jsonb', { name: 'milestone_updates', default: () => "'[]'" }) milestoneUpdates: ReportContent['milestones'];
  @Column('jsonb', { default: () => "'[]'" }) attachments: NonNullable<ReportContent['attachments']>;
  @Column('uuid', { name: 'reviewed_by', nullable: true }) reviewedBy: string | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  @Column('text', { name: 'review_comment', nullable: true }) reviewComment: string | null;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column('timestamptz', { name: 'overdue_since', nullable: true }) overdueSince: Date | null;
  /** Set when changes are requested: the report becomes overdue again if not resubmitted by then. */
  @Column('timestamptz', { name: 'resubmit_by', nullable: true }) resubmitBy: Date | null;
}

/** A grant's custom indicator: the proposal's target and the value of the latest accepted report. */
@Entity('grant_indicators')
export class GrantIndicatorEntity {
  @PrimaryColumn('uuid', { name: 'grant_id' }) grantId: string;
  @PrimaryColumn('text') key: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @Column('text', { default: '' }) region: string;
  @Column('text') label: string;
  @Column('integer') target: number;
  @Column('integer', { nullable: true }) actual: number | null;
}
