import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Currency, MilestoneStatus, ProposalStatus } from '@csf/domain';
import { bigintToNumber } from './transformers';

@Entity('proposals')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('text') status: ProposalStatus;
  /** Null only while a draft (a CHECK constraint): submission requires it. */
  @Column('text', { nullable: true }) title: string | null;
  @Column('text', { nullable: true }) summary: string | null;
  @Column('text', { name: 'problem_statement', nullable: true }) problemStatement: string | null;
  @Column('text', { nullable: true }) region: string | null;
  @Column('text', { nullable: true }) commune: string | null;
  @Column('text', { nullable: true }) neighbourhood: string | null;
  @Column('integer', { name: 'beneficiaries_total', nullable: true }) beneficiariesTotal: number | null;
  @Column('integer', { name: 'beneficiaries_women', nullable: true }) beneficiariesWomen: number | null;
  @Column('integer', { name: 'beneficiaries_youth', nullable: true }) beneficiariesYouth: number | null;
  @Column('date', { name: 'start_date', nullable: true }) startDate: string | null;
  @Column('date', { name: 'end_date', nullable: true }) endDate: string | null;
  @Column('bigint', { name: 'requested_amount', nullable: true, transformer: bigintToNumber })
  requestedAmount: number | null;
  @Column('char', { length: 3 }) currency: Currency;
  @Column('integer', { name: 'submission_count' }) submissionCount: number;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('text', { name: 'workflow_id', nullable: true }) workflowId: string | null;
  /** What the workflow waits for now (screening, review, decision, revision) and until when. */
  @Column('text', { nullable: true }) stage: string | null;
  @Column('timestamptz', { name: 'stage_deadline_at', nullable: true }) stageDeadlineAt: Date | null;
  @Column('text', { name: 'screening_reason', nullable: true }) screeningReason: string | null;
  /** Mean weighted review score of the current cycle, in hundredths of a percent. */
  @Column('integer', { name: 'weighted_score_bp', nullable: true }) weightedScoreBp: number | null;
  @Column('text', { name: 'decision_outcome', nullable: true }) decisionOutcome: 'approve' | 'reject' | 'revise' | null;
  @Column('text', { name: 'decision_reason', nullable: true }) decisionReason: string | null;
  @Column('text', { name: 'decision_conditions', nullable: true }) decisionConditions: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('bigint', { name: 'awarded_amount', nullable: true, transformer: bigintToNumber }) awardedAmount:
    number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @OneToMany(() => ProposalBudgetLineEntity, (line) => line.proposal, { cascade: true })
  budgetLines: ProposalBudgetLineEntity[];
  @OneToMany(() => ProposalMilestoneEntity, (m) => m.proposal, { cascade: true })
  milestones: ProposalMilestoneEntity[];
  @OneToMany(() => ProposalIndicatorEntity, (i) => i.proposal, { cascade: true })
  indicators: ProposalIndicatorEntity[];
}

@Entity('proposal_budget_lines')
export class ProposalBudgetLineEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @ManyToOne(() => ProposalEntity, (p) => p.budgetLines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;
  @Column('integer') position: number;
  @Column('text') category: string;
  @Column('text') description: string;
  @Column('integer') quantity: number;
  @Column('bigint', { name: 'unit_cost', transformer: bigintToNumber }) unitCost: number;
  @Column('bigint', { transformer: bigintToNumber }) total: number;
}

@Entity('proposal_milestones')
export class ProposalMilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @ManyToOne(() => ProposalEntity, (p) => p.milestones, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;
  @Column('integer') position: number;
  @Column('text') title: string;
  @Column('date', { name: 'due_date' }) dueDate: string;
  @Column('text') deliverable: string;
  @Column('text') status: MilestoneStatus;
  @Column('timestamptz', { name: 'status_changed_at', nullable: true }) statusChangedAt: Date | null;
  @Column('uuid', { name: 'status_report_id', nullable: true }) statusReportId: string | null;
  /** Set when the proposal becomes a grant: the portfolio lists granted milestones only. */
  @Column('uuid', { name: 'grant_id', nullable: true }) grantId: string | null;
}

@Entity('proposal_indicators')
export class ProposalIndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @ManyToOne(() => ProposalEntity, (p) => p.indicators, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;
  @Column('integer') position: number;
  @Column('text') key: string;
  @Column('text') label: string;
  @Column('integer') target: number;
}
