/**
 * What every workflow contract shares: who asked, the search attributes and the workflow type names. Contracts are
 * imported by the workflows by relative path (the workflow bundler ignores tsconfig paths), so they may only
 * import pure code and Temporal's workflow-safe packages.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Who asked, carried into every command so the activity can write the audit event. */
export interface Actor {
  userId: string;
  role: string;
  requestId?: string | null;
}

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
