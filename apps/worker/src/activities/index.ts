import type { AllActivities } from '@csf/temporal';
import { ApprovalActivitiesService } from './approval.activities';
import { NotificationActivitiesService } from './notification.activities';
import { ProposalActivitiesService } from './proposal.activities';
import { ReviewActivitiesService } from './review.activities';

export { ApprovalActivitiesService, NotificationActivitiesService, ProposalActivitiesService, ReviewActivitiesService };

/** Every Nest service that implements activities. */
export const ACTIVITY_SERVICES = [
  ProposalActivitiesService,
  ApprovalActivitiesService,
  ReviewActivitiesService,
  NotificationActivitiesService,
];

export interface ActivityServices {
  proposal: ProposalActivitiesService;
  approval: ApprovalActivitiesService;
  review: ReviewActivitiesService;
  notification: NotificationActivitiesService;
}

/**
 * The `activities` object handed to the Worker. Spelled out against the shared interfaces so that a workflow
 * calling an activity the worker does not register fails to compile rather than at run time.
 */
export function activitiesFrom(s: ActivityServices): AllActivities {
  return {
    recordSubmission: (input) => s.proposal.recordSubmission(input),
    recordWithdrawal: (input) => s.proposal.recordWithdrawal(input),
    loadProposalContext: (input) => s.proposal.loadProposalContext(input),
    recordStage: (input) => s.proposal.recordStage(input),
    recordScreening: (input) => s.proposal.recordScreening(input),
    completeReview: (input) => s.proposal.completeReview(input),
    recordDecision: (input) => s.proposal.recordDecision(input),
    expireProposal: (input) => s.proposal.expireProposal(input),
    approveProposal: (input) => s.approval.approveProposal(input),
    assignReviewers: (input) => s.review.assignReviewers(input),
    recordAssignmentResponse: (input) => s.review.recordAssignmentResponse(input),
    recordReview: (input) => s.review.recordReview(input),
    lapseAssignment: (input) => s.review.lapseAssignment(input),
    notify: (input) => s.notification.notify(input),
    deliverNotifications: (input) => s.notification.deliverNotifications(input),
  };
}
