/**
 * The grant workflow's contract: its id, the Updates the API sends, the state it answers, and the activities it
 * calls (agreement, tranches and payments; reports, status and closeout). Every activity is idempotent on a
 * business key, never on the run id.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ReportContent } from '../../../domain/src/grant-lifecycle';
import type { Actor } from './shared';

export const grantWorkflowId = (grantId: string): string => `grant-${grantId}`;

export interface GrantWorkflowInput {
  grantId: string;
  proposalId: string;
  /** Set on continue-as-new: the n-th run of this grant (its state is reloaded from PostgreSQL). */
  run?: number;
}

export interface GrantWorkflowState {
  grantId: string;
  status: string;
  tranches?: { number: number; amount: number; status: string }[];
  agreementDeadline?: string | null;
  reports?: { id: string; sequence: number; kind: string; dueAt: string | null; status: string }[];
  atRisk?: boolean;
  /** The next thing a timer will do (a report becoming due or overdue, the at-risk flag), if any. */
  nextEvent?: { reportSequence: number; event: string; at: string } | null;
  /** How many runs this grant has had (continue-as-new keeps the history small). */
  run?: number;
  /** Set while an activity of this grant has exhausted its attempts (the grant is flagged stalled). */
  stalled?: string | null;
}

export interface SignAgreementCommand {
  actor: Actor;
  payoutAccount: PayoutAccountInput;
}

export interface TrancheCommand {
  actor: Actor;
  trancheNumber: number;
}

export interface ConfirmPaymentCommand extends TrancheCommand {
  reference: string;
  paidAt: string;
  /** What was paid; must be the tranche's amount (absent from commands recorded before it was asked). */
  amount?: number;
}

export interface ResolvePaymentCommand extends TrancheCommand {
  resolution: PaymentResolution;
}

export interface GrantCommandResult {
  grantId: string;
  status: string;
  trancheNumber?: number;
  trancheStatus?: string;
}

export interface SubmitReportCommand {
  actor: Actor;
  reportId: string;
  content: ReportContent;
}

export interface ReviewReportCommand {
  actor: Actor;
  reportId: string;
  decision: 'accept' | 'request_changes';
  comment?: string | null;
}

export interface GrantStatusCommand {
  actor: Actor;
  action: 'suspend' | 'resume' | 'terminate';
  reason: string;
}

export interface CloseGrantCommand {
  actor: Actor;
  unspentAmount: number;
  reference?: string | null;
  note?: string | null;
}

export const grantStateQuery = defineQuery<GrantWorkflowState>('grantState');
export const submitReportUpdate = defineUpdate<GrantCommandResult, [SubmitReportCommand]>('submitReport');
export const reviewReportUpdate = defineUpdate<GrantCommandResult, [ReviewReportCommand]>('reviewReport');
export const changeGrantStatusUpdate = defineUpdate<GrantCommandResult, [GrantStatusCommand]>('changeGrantStatus');
export const closeGrantUpdate = defineUpdate<GrantCommandResult, [CloseGrantCommand]>('closeGrant');
export const signAgreementUpdate = defineUpdate<GrantCommandResult, [SignAgreementCommand]>('signAgreement');
export const requestReleaseUpdate = defineUpdate<GrantCommandResult, [TrancheCommand]>('requestRelease');
export const approveReleaseUpdate = defineUpdate<GrantCommandResult, [TrancheCommand]>('approveRelease');
export const confirmPaymentUpdate = defineUpdate<GrantCommandResult, [ConfirmPaymentCommand]>('confirmPayment');
export const retryDisbursementUpdate = defineUpdate<GrantCommandResult, [TrancheCommand]>('retryDisbursement');
export const resolvePaymentUpdate = defineUpdate<GrantCommandResult, [ResolvePaymentCommand]>('resolvePayment');

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

/** Tranches and payments: the maker-checker release and the only code that moves a grant's money. */
export interface TranchePaymentActivities {
  recordReleaseRequest(input: {
    grantId: string;
    trancheNumber: number;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantTrancheState>;
  recordReleaseApproval(input: {
    grantId: string;
    trancheNumber: number;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantTrancheState>;
  /** Creates (or finds) the tranche's live payment and submits it to the gateway; never a second payment. */
  startDisbursement(input: { grantId: string; trancheNumber: number; workflowId: string }): Promise<DisbursementResult>;
  checkDisbursement(input: { paymentId: string; workflowId: string }): Promise<DisbursementResult>;
  /** The amount must be the tranche's and the reference unused at the gateway (absent from older histories: then the tranche's). */
  confirmManualPayment(input: {
    grantId: string;
    trancheNumber: number;
    reference: string;
    paidAt: string;
    amount?: number;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantTrancheState>;
  /** failed → release_requested by this finance officer: a different approver must approve the new attempt. */
  recordDisbursementRetry(input: {
    grantId: string;
    trancheNumber: number;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantTrancheState>;
  /** A stuck HTTP payment's outcome, as a finance approver (not the release's maker) found it with the provider. */
  resolvePayment(input: {
    grantId: string;
    trancheNumber: number;
    resolution: PaymentResolution;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantTrancheState>;
}

export type ReportEvent = 'due' | 'overdue' | 'at_risk';

/** The grant's context and agreement, its reports, its status changes and its closeout. */
export interface GrantLifecycleActivities {
  loadGrantContext(input: { grantId: string }): Promise<GrantContext>;
  recordAgreement(input: {
    grantId: string;
    payoutAccount: PayoutAccountInput;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantSnapshot>;
  /** Stores the report's content (validated against the grant) → submitted; clears the at-risk flag it caused. */
  recordReportSubmission(input: {
    grantId: string;
    reportId: string;
    content: ReportContent;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantSnapshot>;
  /** accept (milestones updated, the gated tranche eligible if the grant is active) or request changes. */
  recordReportReview(input: {
    grantId: string;
    reportId: string;
    decision: 'accept' | 'request_changes';
    comment: string | null;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantSnapshot>;
  /** A report's timer fired: scheduled → due (reminder), due → overdue (escalation), or the grant at risk. */
  recordReportEvent(input: {
    grantId: string;
    reportId: string;
    event: ReportEvent;
    workflowId: string;
  }): Promise<GrantSnapshot>;
  /** suspend / resume (gated tranches become eligible) / terminate (undisbursed tranches cancelled, reservation released). */
  recordGrantStatusChange(input: {
    grantId: string;
    action: 'suspend' | 'resume' | 'terminate';
    reason: string;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantSnapshot>;
  /** Final report accepted and every tranche settled → closing. */
  enterCloseout(input: { grantId: string; workflowId: string }): Promise<GrantSnapshot>;
  /** closing → closed, recording the unspent amount returned by the grantee. */
  recordCloseout(input: {
    grantId: string;
    unspentAmount: number;
    reference: string | null;
    note: string | null;
    actor: Actor;
    workflowId: string;
  }): Promise<GrantSnapshot>;
  /** A grant activity exhausted its attempts: flag the grant and alert programme managers (once per stall). */
  flagGrantStalled(input: {
    grantId: string;
    activity: string;
    reason: string;
    workflowId: string;
  }): Promise<{ notificationIds: string[] }>;
  /** The grant works again: clear the flag. */
  clearGrantStall(input: { grantId: string; workflowId: string }): Promise<void>;
}
