import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Currency, RoundDurations, RubricCriterion } from '@csf/domain';
import { bigintToNumber } from './transformers';

@Entity('rounds')
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'name_fr' }) nameFr: string;
  @Column('text', { name: 'name_en' }) nameEn: string;
  /** What the call funds, for applicants; null when the round was created without one. */
  @Column('jsonb', { nullable: true }) description: { fr: string; en: string } | null;
  @Column('char', { length: 3 }) currency: Currency;
  @Column('bigint', { name: 'budget_envelope', transformer: bigintToNumber }) budgetEnvelope: number;
  @Column({ type: 'bigint', name: 'reserved_amount', transformer: bigintToNumber, insert: false, update: false })
  reservedAmount: number;
  @Column({ type: 'bigint', name: 'disbursed_amount', transformer: bigintToNumber, insert: false, update: false })
  disbursedAmount: number;
  @Column('bigint', { name: 'max_award', transformer: bigintToNumber }) maxAward: number;
  @Column('text', { name: 'eligible_regions', array: true }) eligibleRegions: string[];
  @Column('text', { name: 'eligible_communes', array: true, nullable: true }) eligibleCommunes: string[] | null;
  @Column('timestamptz', { name: 'opens_at' }) opensAt: Date;
  @Column('timestamptz', { name: 'closes_at' }) closesAt: Date;
  @Column('integer', { name: 'tranche_plan', array: true }) tranchePlan: number[];
  @Column('jsonb') rubric: RubricCriterion[];
  @Column('integer', { name: 'reviewers_per_proposal' }) reviewersPerProposal: number;
  @Column('integer', { name: 'approval_threshold' }) approvalThreshold: number;
  @Column('jsonb') durations: RoundDurations;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  /** Set when a programme manager closed the round before its date; `closesAt` then holds that moment. */
  @Column('timestamptz', { name: 'closed_early_at', nullable: true }) closedEarlyAt: Date | null;
  @Column('text', { name: 'close_reason', nullable: true }) closeReason: string | null;
  @Column('timestamptz', { name: 'planned_closes_at', nullable: true }) plannedClosesAt: Date | null;
  @Column('uuid', { name: 'closed_by', nullable: true }) closedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('round_panel_members')
export class RoundPanelMemberEntity {
  @PrimaryColumn('uuid', { name: 'round_id' }) roundId: string;
  @PrimaryColumn('uuid', { name: 'reviewer_id' }) reviewerId: string;
  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' }) addedAt: Date;
}
