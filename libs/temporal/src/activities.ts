/**
 * Activity signatures, shared as types only: workflows `import type` them for proxyActivities, and the worker's
 * Nest services implement them. Every activity is idempotent on a business key, never on the run id.
 */
import type { ProposalStatus } from '../../domain/src/proposal-status';
import type { Actor } from './contracts';

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

export interface TransitionResult {
  status: ProposalStatus;
}

export interface ProposalActivities {
  /** draft|revision_requested → submitted → screening, with both audit events; no-op if already applied. */
  recordSubmission(input: RecordSubmissionInput): Promise<TransitionResult>;
  /** open status → withdrawn, with its audit event; no-op if already withdrawn. */
  recordWithdrawal(input: RecordWithdrawalInput): Promise<TransitionResult>;
}
