/**
 * The activity sets each workflow proxies, shared as types only: workflows `import type` them for proxyActivities,
 * and the worker's Nest services implement them. The signatures live in each workflow's contract.
 */
import type { GrantLifecycleActivities, TranchePaymentActivities } from './contracts/grant';
import type { NotificationActivities } from './contracts/notification';
import type { ProposalActivities, ReviewActivities } from './contracts/proposal';

export type ProposalWorkflowActivities = ProposalActivities & ReviewActivities & NotificationActivities;
export type GrantWorkflowActivities = TranchePaymentActivities & GrantLifecycleActivities & NotificationActivities;
/** What the worker registers: every activity of every workflow. */
export type AllActivities = ProposalWorkflowActivities & GrantWorkflowActivities;
