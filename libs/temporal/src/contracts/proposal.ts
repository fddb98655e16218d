/**
 * The proposal workflow's contract (DESIGN §2): its id, the Updates the API sends, the state it answers, and the
 * activities it calls (proposal transitions and review). Every activity is idempotent on a business key, never on
 * the run id.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ProposalStatus } from '../../../domain/src/proposal-status';
import type { RubricCriterion } from '../../../domain/src/round-rules';
import type { CriterionScore, Recommendation } from '../../../domain/src/scoring';
import type { DecisionBasis } from '../../../domain/src/committee-decision';
import type { Actor } from './shared';

export const proposalWorkflowId = (proposalId: string): string => `proposal-${proposalId}`;

export interface ProposalWorkflowInput {
  proposalId: string;
  roundId: string;
  region: string;
}

export interface SubmitProposalCommand {
  actor: Actor;
  /** 1 for the first submission, n for the n-th (after revisions): the idempotency key of the activity. */
  submissionNumber: number;
}

export interface WithdrawProposalCommand {
  actor: Actor;
  reason?: string | null;
}

export interface ProposalCommandResult {
  proposalId: string;
  status: ProposalStatus;
  /** Set when an approval created the grant. */
  grantId?: string | null;
}

/** The submission as written, so the API answers without reading the proposal back. */
export interface SubmitProposalResult extends ProposalCommandResult {
  /** Absent from workflows whose worker predates it: the API then reads the proposal. */
  submitted?: { submittedAt: string; stage: string | null; stageDeadline: string | null };
}

export interface ScreenProposalCommand {
  actor: Actor;
  eligible: boolean;
  reason: string;
}

export interface AssignmentCommand {
  actor: Actor;
  assignmentId: string;
}

export interface DeclineAssignmentCommand extends AssignmentCommand {
  reason: string;
}

export interface SubmitReviewCommand extends AssignmentCommand {
  scores: CriterionScore[];
  comment: string;
  recommendation: Recommendation;
}

export interface AssignmentCommandResult {
  assignmentId: string;
  status: string;
  proposalStatus: ProposalStatus;
}

export type DecisionOutcome = 'approve' | 'reject' | 'revise';

export interface DecideProposalCommand {
  actor: Actor;
  outcome: DecisionOutcome;
  amount?: number | null;
  reason?: string | null;
  conditions?: string | null;
  /** Why the decision goes against the reviews (approve below the threshold, reject at or above it). */
  justification?: string | null;
  /**
   * The mean score and threshold the API read when it sent the command, for the validator's justification check;
   * the decision activity checks again against the database inside its transaction. Absent from older commands.
   */
  basis?: DecisionBasis | null;
}

/** Something the workflow waits for: who must act, and by when. */
export interface PendingItem {
  kind: 'screening' | 'review' | 'decision' | 'revision';
  role: string;
  userId?: string;
  assignmentId?: string;
  status?: string;
  deadline: string | null;
}

/** What the workflow is waiting for, answered live by a query. */
export interface ProposalWorkflowState {
  proposalId: string;
  status: ProposalStatus;
  stage: string;
  stageDeadline?: string | null;
  submissionNumber: number;
  pending?: PendingItem[];
  grantId?: string | null;
}

export const submitProposalUpdate = defineUpdate<SubmitProposalResult, [SubmitProposalCommand]>('submitProposal');
export const withdrawProposalUpdate = defineUpdate<ProposalCommandResult, [WithdrawProposalCommand]>(
  'withdrawProposal',
);
export const screenProposalUpdate = defineUpdate<ProposalCommandResult, [ScreenProposalCommand]>('screenProposal');
export const acceptAssignmentUpdate = defineUpdate<AssignmentCommandResult, [AssignmentCommand]>('acceptAssignment');
export const declineAssignmentUpdate = defineUpdate<AssignmentCommandResult, [DeclineAssignmentCommand]>(
  'declineAssignment',
);
export const submitReviewUpdate = defineUpdate<AssignmentCommandResult, [SubmitReviewCommand]>('submitReview');
export const decideProposalUpdate = defineUpdate<ProposalCommandResult, [DecideProposalCommand]>('decideProposal');
/** Fire-and-forget: the round's panel changed, so a proposal short of reviewers may try again. */
export const panelUpdatedSignal = defineSignal<[]>('panelUpdated');
export const proposalStateQuery = defineQuery<ProposalWorkflowState>('proposalState');

export interface RecordSubmissionInput {
  proposalId: string;
  submissionNumber: number;
  actor: Actor;
  workflowId: string;
}

export interface RecordWithdrawalInput {
  proposalId: string;
  actor: Actor;
  reason?: string | null;
  workflowId: string;
}

export interface RecordScreeningInput {
  proposalId: string;
  cycle: number;
  eligible: boolean;
  reason: string;
  actor: Actor;
  workflowId: string;
}

export interface ApproveProposalInput {
  proposalId: string;
  cycle: number;
  amount: number;
  conditions: string | null;
  /** Required when approving below the round's threshold (checkDecisionJustification); kept in the audit event. */
  justification?: string | null;
  actor: Actor;
  workflowId: string;
}

export interface TransitionResult {
  status: ProposalStatus;
  /** Notifications written with the transition, for deliverNotifications. */
  notificationIds?: string[];
  /** The stage entered and its deadline, written in the same transaction (the workflow times it from here). */
  stage?: string;
  stageDeadline?: string | null;
}

/**
 * A submission persisted, with the context the workflow needs next (read in the same transaction), so the
 * screening stage starts without a second activity. Absent from results saved before it existed.
 */
export interface SubmissionResult extends TransitionResult {
  context?: ProposalContext;
  /** When the submission was recorded (ISO 8601), for the API's answer. */
  submittedAt?: string;
}

/** Round and proposal data the workflow needs to validate commands and time its stages. */
export interface ProposalContext {
  proposalId: string;
  organizationId: string;
  roundId: string;
  title: string;
  requestedAmount: number;
  currency: string;
  rubric: RubricCriterion[];
  reviewersPerProposal: number;
  /** Round durations in milliseconds. */
  durations: { screening: number; review: number; reviewReminder: number; decision: number; revision: number };
}

export interface ProposalActivities {
  /** draft|revision_requested → submitted → screening, with both audit events; no-op if already applied. */
  recordSubmission(input: RecordSubmissionInput): Promise<SubmissionResult>;
  /** open status → withdrawn, cancelling open review assignments; no-op if already withdrawn. */
  recordWithdrawal(input: RecordWithdrawalInput): Promise<TransitionResult>;
  loadProposalContext(input: { proposalId: string }): Promise<ProposalContext>;
  /** The stage the workflow waits in and its deadline, for the API's live view. */
  recordStage(input: { proposalId: string; stage: string; deadlineAt: string | null }): Promise<void>;
  recordScreening(input: RecordScreeningInput): Promise<TransitionResult>;
  /** Quorum reached: stores the mean weighted score of this cycle's reviews → awaiting_decision. */
  completeReview(input: {
    proposalId: string;
    cycle: number;
    workflowId: string;
  }): Promise<TransitionResult & { weightedScoreBp: number }>;
  /** reject or revise (approve reserves money: see approveProposal). */
  recordDecision(input: {
    proposalId: string;
    cycle: number;
    outcome: Exclude<DecisionOutcome, 'approve'>;
    reason: string;
    /** Required when rejecting at or above the round's threshold; kept in the audit event. */
    justification?: string | null;
    actor: Actor;
    workflowId: string;
  }): Promise<TransitionResult>;
  /** Reserves the award on the round's envelope and creates the grant, in one transaction. */
  approveProposal(input: ApproveProposalInput): Promise<TransitionResult & { grantId: string }>;
  /** revision_requested → expired when the revision deadline passes. */
  expireProposal(input: { proposalId: string; cycle: number; workflowId: string }): Promise<TransitionResult>;
}

export interface AssignedReviewer {
  assignmentId: string;
  reviewerId: string;
  deadlineAt: string;
}

export interface ReviewActivities {
  /**
   * Picks up to `count` more eligible panel members (least loaded first) and records their assignments. `known`:
   * the cycle's open and submitted assignments the workflow tracks, so a retried call answers what its committed
   * attempt assigned instead of assigning `count` more (optional: activities scheduled before it existed).
   */
  assignReviewers(input: {
    proposalId: string;
    cycle: number;
    count: number;
    known?: number;
    reviewPeriodMs: number;
    workflowId: string;
  }): Promise<{ assigned: AssignedReviewer[]; notificationIds: string[] }>;
  recordAssignmentResponse(input: {
    assignmentId: string;
    response: 'accept' | 'decline';
    reason?: string | null;
    actor: Actor;
    workflowId: string;
  }): Promise<{ status: string }>;
  recordReview(input: {
    assignmentId: string;
    scores: CriterionScore[];
    comment: string;
    recommendation: Recommendation;
    actor: Actor;
    workflowId: string;
  }): Promise<{ status: string; weightedScoreBp: number }>;
  /** The review deadline passed: the assignment lapses (the reviewer is not asked again on this proposal). */
  lapseAssignment(input: {
    assignmentId: string;
    workflowId: string;
  }): Promise<{ status: string; notificationIds: string[] }>;
}
