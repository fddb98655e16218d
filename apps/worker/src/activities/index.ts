import type { AllActivities } from '@csf/temporal';
import { ApprovalActivitiesService } from './approval.activities';
import { GrantLifecycleActivitiesService } from './grant-lifecycle.activities';
import { NotificationActivitiesService } from './notification.activities';
import { ProposalActivitiesService } from './proposal.activities';
import { ReviewActivitiesService } from './review.activities';
import { TranchePaymentActivitiesService } from './tranche-payment.activities';

export {
  ApprovalActivitiesService,
  GrantLifecycleActivitiesService,
  NotificationActivitiesService,
  ProposalActivitiesService,
  ReviewActivitiesService,
  TranchePaymentActivitiesService,
};

/** Every Nest service that implements activities. */
export const ACTIVITY_SERVICES = [
  ProposalActivitiesService,
  ApprovalActivitiesService,
  ReviewActivitiesService,
  NotificationActivitiesService,
  TranchePaymentActivitiesService,
  GrantLifecycleActivitiesService,
];

export interface ActivityServices {
  proposal: ProposalActivitiesService;
  approval: ApprovalActivitiesService;
  review: ReviewActivitiesService;
  notification: NotificationActivitiesService;
  tranches: TranchePaymentActivitiesService;
  lifecycle: GrantLifecycleActivitiesService;
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
    loadGrantContext: (input) => s.lifecycle.loadGrantContext(input),
    recordAgreement: (input) => s.lifecycle.recordAgreement(input),
    recordReleaseRequest: (input) => s.tranches.recordReleaseRequest(input),
    recordReleaseApproval: (input) => s.tranches.recordReleaseApproval(input),
    startDisbursement: (input) => s.tranches.startDisbursement(input),
    checkDisbursement: (input) => s.tranches.checkDisbursement(input),
    confirmManualPayment: (input) => s.tranches.confirmManualPayment(input),
    recordDisbursementRetry: (input) => s.tranches.recordDisbursementRetry(input),
    resolvePayment: (input) => s.tranches.resolvePayment(input),
    recordReportSubmission: (input) => s.lifecycle.recordReportSubmission(input),
    recordReportReview: (input) => s.lifecycle.recordReportReview(input),
    recordReportEvent: (input) => s.lifecycle.recordReportEvent(input),
    recordGrantStatusChange: (input) => s.lifecycle.recordGrantStatusChange(input),
    enterCloseout: (input) => s.lifecycle.enterCloseout(input),
    recordCloseout: (input) => s.lifecycle.recordCloseout(input),
    flagGrantStalled: (input) => s.lifecycle.flagGrantStalled(input),
    clearGrantStall: (input) => s.lifecycle.clearGrantStall(input),
  };
}
