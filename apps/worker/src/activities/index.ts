import type { ProposalActivities } from '@csf/temporal';
import { ProposalActivitiesService } from './proposal.activities';

export { ProposalActivitiesService };

/** Every Nest service that implements activities. */
export const ACTIVITY_SERVICES = [ProposalActivitiesService];

/**
 * The `activities` object handed to the Worker. Spelled out against the shared interfaces so that a workflow
 * calling an activity the worker does not register fails to compile rather than at run time.
 */
export function activitiesFrom(proposal: ProposalActivitiesService): ProposalActivities {
  return {
    recordSubmission: (input) => proposal.recordSubmission(input),
    recordWithdrawal: (input) => proposal.recordWithdrawal(input),
  };
}
