/**
 * The one place where the API (client side) and the workflows agree on names: workflow ids, updates, queries and
 * search attributes. Workflows import this file by relative path (the workflow bundler ignores tsconfig paths),
 * so it may only import pure code and Temporal's workflow-safe packages.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ReportContent } from '../../domain/src/grant-lifecycle';
import type { ProposalStatus } from '../../domain/src/proposal-status';
import type { CriterionScore, Recommendation } from '../../domain/src/scoring';
import type { DecisionBasis } from '../../domain/src/committee-decision';
import type { PaymentResolution, PayoutAccountInput } from './activities';

export const proposalWorkflowId = (proposalId: string): string => `proposal-${proposalId}`;
export const grantWorkflowId = (grantId: string): string => `grant-${grantId}`;

/** Who asked, carried into every command so the activity can write the audit event. */
export interface Actor {
  userId: string;
  role: string;
  requestId?: string | null;
}

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

export const submitProposalUpdate = defineUpdate<ProposalCommandResult, [SubmitProposalCommand]>('submitProposal');
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

/** Search attributes operators filter by in the Temporal UI; registered by the worker at start. */
export const SearchAttributes = {
  proposalStatus: defineSearchAttributeKey('CsfProposalStatus', SearchAttributeType.KEYWORD),
  roundId: defineSearchAttributeKey('CsfRoundId', SearchAttributeType.KEYWORD),
  region: defineSearchAttributeKey('CsfRegion', SearchAttributeType.KEYWORD),
} as const;

/** Workflow type names, so the client can start a workflow without importing workflow code. */
export const WorkflowType = {
  proposal: 'proposalWorkflow',
  grant: 'grantWorkflow',
} as const;

/**
 * Messages the API writes itself (invitations, password resets, codes) are delivered by a short workflow, so they get
 * the same retries with backoff as lifecycle notifications and survive an API or worker restart.
 */
export const NOTIFICATION_DELIVERY_WORKFLOW = 'notificationDeliveryWorkflow';
export const notificationDeliveryWorkflowId = (firstNotificationId: string): string => `notify-${firstNotificationId}`;
