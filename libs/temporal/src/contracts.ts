/**
 * The one place where the API (client side) and the workflows agree on names: workflow ids, updates, queries and
 * search attributes. Workflows import this file by relative path (the workflow bundler ignores tsconfig paths),
 * so it may only import pure code and Temporal's workflow-safe packages.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ProposalStatus } from '../../domain/src/proposal-status';

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
}

/** What the workflow is waiting for, answered live by a query. */
export interface ProposalWorkflowState {
  proposalId: string;
  status: ProposalStatus;
  stage: string;
  submissionNumber: number;
}

export const submitProposalUpdate = defineUpdate<ProposalCommandResult, [SubmitProposalCommand]>('submitProposal');
export const withdrawProposalUpdate = defineUpdate<ProposalCommandResult, [WithdrawProposalCommand]>(
  'withdrawProposal',
);
export const proposalStateQuery = defineQuery<ProposalWorkflowState>('proposalState');

/** Search attributes operators filter by in the Temporal UI; registered by the worker at start. */
export const SearchAttributes = {
  proposalStatus: defineSearchAttributeKey('CsfProposalStatus', SearchAttributeType.KEYWORD),
  roundId: defineSearchAttributeKey('CsfRoundId', SearchAttributeType.KEYWORD),
  region: defineSearchAttributeKey('CsfRegion', SearchAttributeType.KEYWORD),
} as const;

/** Workflow type names, so the client can start a workflow without importing workflow code. */
export const WorkflowType = {
  proposal: 'proposalWorkflow',
} as const;
