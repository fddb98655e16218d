import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AssignmentStatus, CriterionScore, Recommendation } from '@csf/domain';

export type { AssignmentStatus };

@Entity('review_assignments')
export class ReviewAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('uuid', { name: 'reviewer_id' }) reviewerId: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @Column('integer') cycle: number;
  @Column('text') status: AssignmentStatus;
  @Column('timestamptz', { name: 'deadline_at' }) deadlineAt: Date;
  @Column('text', { name: 'decline_reason', nullable: true }) declineReason: string | null;
  @Column('boolean', { name: 'conflict_declared' }) conflictDeclared: boolean;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt: Date | null;
  @Column('timestamptz', { name: 'reminded_at', nullable: true }) remindedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('reviews')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'assignment_id' }) assignmentId: string;
  @Column('uuid', { name: 'proposal_id' }) proposalId: string;
  @Column('uuid', { name: 'reviewer_id' }) reviewerId: string;
  @Column('integer') cycle: number;
  @Column('jsonb') scores: CriterionScore[];
  @Column('integer', { name: 'weighted_score_bp' }) weightedScoreBp: number;
  @Column('text') comment: string;
  @Column('text') recommendation: Recommendation;
  @Column({ type: 'timestamptz', name: 'submitted_at', insert: false }) submittedAt: Date;
}
