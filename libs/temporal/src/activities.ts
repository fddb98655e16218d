/**
 * Activity signatures, shared as types only: workflows `import type` them for proxyActivities, and the worker's
 * Nest services implement them. Every activity is idempotent on a business key, never on the run id.
 */
import type { ReportContent } from '../../domain/src/grant-lifecycle';
import type { NotificationKind } from '../../domain/src/notifications';
import type { ProposalStatus } from '../../domain/src/proposal-status';
import type { RubricCriterion } from '../../domain/src/round-rules';
import type { CriterionScore, Recommendation } from '../../domain/src/scoring';
import type { Actor, DecisionOutcome } from './contracts';

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
  recordSubmission(input: RecordSubmissionInput): Promise<TransitionResult>;
  /** open status → withdrawn, cancelling open review assignments; no-op if already withdrawn. */
  recordWithdrawal(input: RecordWithdrawalInput): Promise<TransitionResult>;
  loadProposalContext(input: { proposalId: string }): Promise<ProposalContext>;
  /** The stage the workflow waits in and its deadline, for the API's live view. */
  recordStage(input: { proposalId: string; stage: string; deadlineAt: string | null }): Promise<void>;
  recordScreening(input: RecordScreeningInput): Promise<TransitionResult>;
  /** Quorum reached: stores the mean weighted score of this cycle's reviews → awaiting_decision. */
  completeReview(input: { proposalId: string; cycle: number; workflowId: string }): Promise<TransitionResult & { weightedScoreBp: number }>;
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
  /** Picks up to `count` eligible panel members (least loaded first) and records their assignments. */
  assignReviewers(input: {
    proposalId: string;
    cycle: number;
    count: number;
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
  lapseAssignment(input: { assignmentId: string; workflowId: string }): Promise<{ status: string; notificationIds: string[] }>;
}

export type Audience =
  | { role: 'program_manager' | 'committee_chair' | 'finance_officer' | 'finance_approver' }
  | { userIds: string[] }
  | { organizationId: string };

export interface NotificationActivities {
  /** Writes one notification per recipient (once per dedup key) and delivers it. */
  notify(input: {
    kind: NotificationKind;
    audience: Audience;
    entity: { type: 'proposal' | 'grant'; id: string };
    params: Record<string, string | number | null>;
    dedupKey: string;
  }): Promise<{ notificationIds: string[] }>;
  /** Sends pending notifications through the configured channel; already sent ones are skipped. */
  deliverNotifications(input: { ids: string[] }): Promise<{ sent: number; failed: number }>;
}

export interface GrantTrancheState {
  number: number;
  amount: number;
  status: string;
  requestedBy: string | null;
}

export interface GrantReportState {
  id: string;
  sequence: number;
  kind: 'progress' | 'final';
  gatesTranche: number | null;
  /** Null until the agreement is signed (the schedule starts then). */
  dueAt: string | null;
  status: string;
  /** A returned report's resubmission deadline; absent from snapshots recorded before deadlines existed. */
  resubmitBy?: string | null;
}

/** What the grant workflow mirrors of PostgreSQL; every lifecycle activity answers with it after its change. */
export interface GrantSnapshot {
  status: string;
  atRisk: boolean;
  tranches: GrantTrancheState[];
  reports: GrantReportState[];
  /** Notifications written with the change, for deliverNotifications. */
  notificationIds?: string[];
}

export interface GrantContext {
  grantId: string;
  proposalId: string;
  organizationId: string;
  title: string;
  amount: number;
  currency: string;
  status: string;
  agreementDeadlineAt: string | null;
  agreementPeriodMs: number;
  tranches: GrantTrancheState[];
  // Added with reports (histories recorded before then lack them).
  reports?: GrantReportState[];
  atRisk?: boolean;
  /** Round durations in milliseconds that time the reports. */
  reportDurations?: { reportReminder: number; reportGrace: number; atRisk: number };
  /** Continue as new past this many history events (GRANT_HISTORY_LIMIT). */
  historyLimit?: number;
  /** Waits between questions to the provider about a payment without outcome (PAYMENT_POLL_*), in milliseconds. */
  paymentPoll?: { initialMs: number; maxMs: number };
}

export type PayoutAccountInput =
  | { method: 'mobile_money'; provider: string; msisdn: string }
  | { method: 'bank_transfer'; bankName: string; accountNumber: string; accountName: string };

export interface DisbursementResult {
  paymentId: string;
  gateway: 'manual' | 'http';
  /**
   * ordered: waiting for finance's confirmation; pending: no outcome yet (the provider is processing, or its
   * answer did not settle it: see `unknown`). Only a definitive answer from the provider makes it failed.
   */
  payment: 'ordered' | 'pending' | 'paid' | 'failed';
  trancheStatus: string;
  /** The provider's last answer when it was not an outcome (409, 404, timeout …); the payment is asked about again. */
  unknown?: string | null;
  /** Notifications written with the answer (finance alerted of a stuck payment), for deliverNotifications. */
  notificationIds?: string[];
}

/** A finance approver records the outcome of a stuck payment after checking with the provider out of band. */
export type PaymentResolution =
  | { outcome: 'paid'; reference: string; amount: number; paidAt: string; note: string }
  | { outcome: 'failed'; reason: string; note: string };

export interface GrantActivities {
  loadGrantContext(input: { grantId: string }): Promise<GrantContext>;
  recordAgreement(input: { grantId: string; payoutAccount: PayoutAccountInput; actor: Actor; workflowId: string }): Promise<GrantSnapshot>;
  recordReleaseRequest(input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string }): Promise<GrantTrancheState>;
  recordReleaseApproval(input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string }): Promise<GrantTrancheState>;
  /** Creates (or finds) the tranche's live payment and submits it to the gateway; never a second payment. */
  startDisbursement(input: { grantId: string; trancheNumber: number; workflowId: string }): Promise<DisbursementResult>;
  checkDisbursement(input: { paymentId: string; workflowId: string }): Promise<DisbursementResult>;
  /** The amount must be the tranche's and the reference unused at the gateway (absent from older histories: then the tranche's). */
  confirmManualPayment(input: { grantId: string; trancheNumber: number; reference: string; paidAt: string; amount?: number; actor: Actor; workflowId: string }): Promise<GrantTrancheState>;
  /** failed → release_requested by this finance officer: a different approver must approve the new attempt. */
  recordDisbursementRetry(input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string }): Promise<GrantTrancheState>;
  /** A stuck HTTP payment's outcome, as a finance approver (not the release's maker) found it with the provider. */
  resolvePayment(input: { grantId: string; trancheNumber: number; resolution: PaymentResolution; actor: Actor; workflowId: string }): Promise<GrantTrancheState>;

}

export type ReportEvent = 'due' | 'overdue' | 'at_risk';

export interface GrantLifecycleActivities {
  /** Stores the report's content (validated against the grant) → submitted; clears the at-risk flag it caused. */
  recordReportSubmission(input: { grantId: string; reportId: string; content: ReportContent; actor: Actor; workflowId: string }): Promise<GrantSnapshot>;
  /** accept (milestones updated, the gated tranche eligible if the grant is active) or request changes. */
  recordReportReview(input: { grantId: string; reportId: string; decision: 'accept' | 'request_changes'; comment: string | null; actor: Actor; workflowId: string }): Promise<GrantSnapshot>;
  /** A report's timer fired: scheduled → due (reminder), due → overdue (escalation), or the grant at risk. */
  recordReportEvent(input: { grantId: string; reportId: string; event: ReportEvent; workflowId: string }): Promise<GrantSnapshot>;
  /** suspend / resume (gated tranches become eligible) / terminate (undisbursed tranches cancelled, reservation released). */
  recordGrantStatusChange(input: { grantId: string; action: 'suspend' | 'resume' | 'terminate'; reason: string; actor: Actor; workflowId: string }): Promise<GrantSnapshot>;
  /** Final report accepted and every tranche settled → closing. */
  enterCloseout(input: { grantId: string; workflowId: string }): Promise<GrantSnapshot>;
  /** closing → closed, recording the unspent amount returned by the grantee. */
  recordCloseout(input: { grantId: string; unspentAmount: number; reference: string | null; note: string | null; actor: Actor; workflowId: string }): Promise<GrantSnapshot>;
  /** A grant activity exhausted its attempts: flag the grant and alert programme managers (once per stall). */
  flagGrantStalled(input: { grantId: string; activity: string; reason: string; workflowId: string }): Promise<{ notificationIds: string[] }>;
  /** The grant works again: clear the flag. */
  clearGrantStall(input: { grantId: string; workflowId: string }): Promise<void>;
}

export type AllActivities = ProposalActivities & ReviewActivities & NotificationActivities & GrantActivities & GrantLifecycleActivities;
