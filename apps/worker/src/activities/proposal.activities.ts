import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  assignmentTarget,
  averageScoreBp,
  checkDecisionJustification,
  checkEligibility,
  durationToMs,
  ErrorCode,
  OPEN_ASSIGNMENT_STATUSES,
  type ProposalCommand,
  proposalCommandRefusal,
  ProposalStatus,
} from '@csf/domain';
import {
  audit,
  type AuditEntry,
  SYSTEM_ACTOR,
  pgConstraint,
  pgErrorCode,
  PgError,
  proposalContent,
  ProposalEntity,
  proposals,
  reviewAssignments,
  RoundEntity,
  rounds,
} from '@csf/persistence';
import type {
  Actor,
  ProposalActivities,
  ProposalContext,
  RecordScreeningInput,
  RecordSubmissionInput,
  RecordWithdrawalInput,
  SubmissionResult,
  TransitionResult,
} from '@csf/temporal';
import { Outbox } from '../notifications/outbox';
import { refuse, refusalOf } from '@csf/temporal';

/** The stage a proposal waits in for each status, and the round duration that sets its deadline. */
const STAGES: Partial<Record<ProposalStatus, { stage: string; duration?: keyof RoundEntity['durations'] }>> = {
  screening: { stage: 'screening', duration: 'screening' },
  in_review: { stage: 'review' },
  awaiting_decision: { stage: 'decision', duration: 'decision' },
  revision_requested: { stage: 'revision', duration: 'revision' },
};

/** Stage columns for a status entered now; review deadlines are per assignment, set when reviewers are assigned. */
function stageFor(status: ProposalStatus, round: RoundEntity): { stage: string; stageDeadlineAt: Date | null } {
  const spec = STAGES[status];
  const ms = spec?.duration ? durationToMs(round.durations[spec.duration]) : null;
  return { stage: spec?.stage ?? status, stageDeadlineAt: ms ? new Date(Date.now() + ms) : null };
}

/** What the proposal workflow needs from the proposal and its round (contract: ProposalContext). */
function contextOf(proposal: ProposalEntity, round: RoundEntity): ProposalContext {
  const ms = (key: keyof RoundEntity['durations']) => durationToMs(round.durations[key]) ?? 0;
  return {
    proposalId: proposal.id,
    organizationId: proposal.organizationId,
    roundId: round.id,
    // Submitted proposals always have a title (a CHECK constraint); only drafts may lack one.
    title: proposal.title ?? '',
    requestedAmount: proposal.requestedAmount ?? 0,
    currency: proposal.currency,
    rubric: round.rubric,
    reviewersPerProposal: round.reviewersPerProposal,
    durations: {
      screening: ms('screening'),
      review: ms('review'),
      reviewReminder: ms('reviewReminder'),
      decision: ms('decision'),
      revision: ms('revision'),
    },
  };
}

/** Writes proposal transitions decided by the proposal workflow. Each method is one idempotent transaction. */
@Injectable()
export class ProposalActivitiesService implements Omit<ProposalActivities, 'approveProposal'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async recordSubmission(input: RecordSubmissionInput): Promise<SubmissionResult> {
    return this.dataSource.transaction(async (manager) => {
      // One statement, under the locks (see submissionInputs): the proposal and its children, round, organisation.
      const inputs = await proposals.submissionInputs(manager, input.proposalId, { lock: true });
      if (!inputs) throw refuse(ErrorCode.NOT_FOUND, `proposal ${input.proposalId} not found`);
      const { proposal, round, organization } = inputs;
      // Already applied by an earlier attempt of this activity: answer what it did.
      if (proposal.submissionCount >= input.submissionNumber) {
        return {
          status: proposal.status,
          stage: proposal.stage ?? undefined,
          stageDeadline: proposal.stageDeadlineAt?.toISOString() ?? null,
          submittedAt: proposal.submittedAt?.toISOString(),
          context: contextOf(proposal, round),
        };
      }
      const refusal = proposalCommandRefusal('submit', proposal.status);
      if (refusal) throw refusalOf(refusal);
      // The API checked eligibility before starting; this check, under the row locks, is the one that counts
      // (an edit, the round closing or the organisation's verification withdrawn may have slipped in between).
      const violation = checkEligibility(proposalContent(proposal), round, new Date(), organization);
      if (violation)
        throw refuse(violation.code, `not eligible: ${violation.code}`, {
          errors: violation.errors,
          params: violation.params,
        });
      const next = stageFor('screening', round);
      const submittedAt = new Date();
      try {
        await proposals.markSubmitted(manager, proposal.id, {
          submissionNumber: input.submissionNumber,
          workflowId: input.workflowId,
          submittedAt,
          stage: next.stage,
          stageDeadlineAt: next.stageDeadlineAt,
        });
      } catch (error) {
        if (
          pgErrorCode(error) === PgError.UNIQUE_VIOLATION &&
          pgConstraint(error) === 'proposals_one_open_per_org_round'
        ) {
          throw refuse(
            ErrorCode.ONE_OPEN_PROPOSAL_PER_ROUND,
            'the organisation already has an open proposal in this round',
            { errors: [{ field: 'roundId', code: 'DUPLICATE' }] },
          );
        }
        throw error;
      }
      const key = `${input.workflowId}:submit:${input.submissionNumber}`;
      const common = this.common(input.proposalId, input.workflowId);
      await audit.record(manager, input.actor, [
        {
          ...common,
          action: 'proposal.submitted',
          fromState: proposal.status,
          toState: 'submitted',
          data: { submissionNumber: input.submissionNumber, requestedAmount: proposal.requestedAmount },
          dedupKey: `${key}:submitted`,
        },
        {
          ...common,
          action: 'proposal.screening_started',
          fromState: 'submitted',
          toState: 'screening',
          dedupKey: `${key}:screening`,
        },
      ]);
      return {
        status: 'screening',
        stage: next.stage,
        stageDeadline: next.stageDeadlineAt?.toISOString() ?? null,
        submittedAt: submittedAt.toISOString(),
        context: contextOf(proposal, round),
      };
    });
  }

  async recordWithdrawal(input: RecordWithdrawalInput): Promise<TransitionResult> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lock(manager, input.proposalId);
      if (proposal.status === 'withdrawn') return { status: 'withdrawn', notificationIds: [] };
      // The workflow checked first; under the row lock the table has the last word (a decision may have landed).
      const refusal = proposalCommandRefusal('withdraw', proposal.status);
      if (refusal) throw refusalOf(refusal);
      await proposals.markWithdrawn(manager, proposal.id);
      const open = await reviewAssignments.inStatus(manager, proposal.id, OPEN_ASSIGNMENT_STATUSES);
      await reviewAssignments.moveAll(
        manager,
        open.map((a) => a.id),
        assignmentTarget('cancel'),
      );
      await audit.record(manager, input.actor, [
        {
          ...this.common(proposal.id, input.workflowId),
          action: 'proposal.withdrawn',
          fromState: proposal.status,
          toState: 'withdrawn',
          reason: input.reason ?? null,
          data: open.length ? { cancelledAssignments: open.map((a) => a.id) } : null,
          dedupKey: `${input.workflowId}:withdraw`,
        },
      ]);
      const notificationIds = await this.outbox.enqueue(manager, {
        kind: 'proposal_withdrawn',
        audience: { userIds: open.map((a) => a.reviewerId) },
        entity: { type: 'proposal', id: proposal.id },
        params: { title: proposal.title },
        dedupKey: `${input.workflowId}:withdraw`,
      });
      return { status: 'withdrawn', notificationIds };
    });
  }

  async loadProposalContext(input: { proposalId: string }): Promise<ProposalContext> {
    const proposal = await proposals.get(this.dataSource.manager, input.proposalId);
    const round = await rounds.get(this.dataSource.manager, proposal.roundId);
    return contextOf(proposal, round);
  }

  async recordStage(input: { proposalId: string; stage: string; deadlineAt: string | null }): Promise<void> {
    await proposals.enterStage(this.dataSource.manager, input.proposalId, {
      stage: input.stage,
      stageDeadlineAt: input.deadlineAt ? new Date(input.deadlineAt) : null,
    });
  }

  async recordScreening(input: RecordScreeningInput): Promise<TransitionResult> {
    const to: ProposalStatus = input.eligible ? 'in_review' : 'ineligible';
    return this.transition(
      input.proposalId,
      'screen',
      to,
      `${input.workflowId}:screen:${input.cycle}`,
      async (manager, proposal) => {
        await proposals.recordScreening(manager, proposal.id, { status: to, reason: input.reason });
        return {
          actor: input.actor,
          audit: {
            ...this.common(proposal.id, input.workflowId),
            action: 'proposal.screened',
            reason: input.reason,
            data: { eligible: input.eligible },
          },
          notify: {
            kind: input.eligible ? 'proposal_screened_in' : 'proposal_ineligible',
            audience: { organizationId: proposal.organizationId },
            params: { title: proposal.title, reason: input.reason },
          },
        };
      },
    );
  }

  async completeReview(input: {
    proposalId: string;
    cycle: number;
    workflowId: string;
  }): Promise<TransitionResult & { weightedScoreBp: number }> {
    let score = 0;
    const result = await this.transition(
      input.proposalId,
      'completeReview',
      'awaiting_decision',
      `${input.workflowId}:quorum:${input.cycle}`,
      async (manager, proposal) => {
        const reviews = await proposals.reviews(manager, proposal.id, input.cycle);
        score = averageScoreBp(reviews.map((r) => r.weightedScoreBp)) ?? 0;
        await proposals.markAwaitingDecision(manager, proposal.id, score);
        return {
          audit: {
            ...this.common(proposal.id, input.workflowId),
            action: 'proposal.review_completed',
            data: { cycle: input.cycle, reviews: reviews.length, weightedScoreBp: score },
          },
        };
      },
    );
    if (result.replayed) {
      const proposal = await proposals.get(this.dataSource.manager, input.proposalId);
      score = proposal.weightedScoreBp ?? 0;
    }
    return { ...result, weightedScoreBp: score };
  }

  async recordDecision(input: {
    proposalId: string;
    cycle: number;
    outcome: 'reject' | 'revise';
    reason: string;
    justification?: string | null;
    actor: Actor;
    workflowId: string;
  }): Promise<TransitionResult> {
    const to: ProposalStatus = input.outcome === 'reject' ? 'rejected' : 'revision_requested';
    return this.transition(
      input.proposalId,
      'decide',
      to,
      `${input.workflowId}:decide:${input.cycle}`,
      async (manager, proposal, next) => {
        const round = await rounds.get(manager, proposal.roundId);
        const basis = { weightedScoreBp: proposal.weightedScoreBp, approvalThreshold: round.approvalThreshold };
        const violation = checkDecisionJustification(
          { outcome: input.outcome, justification: input.justification },
          basis,
        );
        if (violation) throw refusalOf({ message: 'a justification is required', ...violation });
        const justification = input.justification?.trim() || null;
        await proposals.recordDecision(manager, proposal.id, {
          status: to,
          outcome: input.outcome,
          reason: input.reason,
          decidedAt: new Date(),
        });
        return {
          actor: input.actor,
          audit: {
            ...this.common(proposal.id, input.workflowId),
            action: `proposal.${to}`,
            reason: input.reason,
            data: {
              weightedScore: basis.weightedScoreBp === null ? null : basis.weightedScoreBp / 100,
              approvalThreshold: basis.approvalThreshold,
              ...(justification ? { justification } : {}),
            },
          },
          notify: {
            kind: input.outcome === 'reject' ? 'proposal_rejected' : 'proposal_revision_requested',
            audience: { organizationId: proposal.organizationId },
            params: {
              title: proposal.title,
              reason: input.reason,
              deadline: next.stageDeadlineAt?.toISOString().slice(0, 16).replace('T', ' ') ?? null,
            },
          },
        };
      },
    );
  }

  async expireProposal(input: { proposalId: string; cycle: number; workflowId: string }): Promise<TransitionResult> {
    return this.transition(
      input.proposalId,
      'expire',
      'expired',
      `${input.workflowId}:expire:${input.cycle}`,
      async (manager, proposal) => {
        await proposals.markExpired(manager, proposal.id);
        return {
          audit: { ...this.common(proposal.id, input.workflowId), action: 'proposal.expired' },
          notify: {
            kind: 'proposal_expired',
            audience: { organizationId: proposal.organizationId },
            params: { title: proposal.title },
          },
        };
      },
    );
  }

  /**
   * One transition in one transaction: lock the proposal, answer a retry (the target status is already there)
   * without doing it twice, refuse what the command may not do from here, then apply, audit and write the outbox.
   */
  private async transition(
    proposalId: string,
    command: ProposalCommand,
    to: ProposalStatus,
    key: string,
    apply: (
      manager: EntityManager,
      proposal: ProposalEntity,
      next: { stage: string; stageDeadlineAt: Date | null },
    ) => Promise<{
      /** Who asked; none is the workflow's own timer or quorum. */
      actor?: Actor;
      audit: AuditEntry;
      notify?: {
        kind: Parameters<Outbox['enqueue']>[1]['kind'];
        audience: Parameters<Outbox['enqueue']>[1]['audience'];
        params: Record<string, string | number | null>;
      };
    }>,
  ): Promise<TransitionResult & { replayed: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lock(manager, proposalId);
      if (proposal.status === to) {
        return {
          status: to,
          notificationIds: [],
          replayed: true,
          stage: proposal.stage ?? to,
          stageDeadline: proposal.stageDeadlineAt?.toISOString() ?? null,
        };
      }
      const refusal = proposalCommandRefusal(command, proposal.status);
      if (refusal) throw refusalOf(refusal);
      const round = await rounds.get(manager, proposal.roundId);
      const next = stageFor(to, round);
      const { actor, audit: entry, notify } = await apply(manager, proposal, next);
      await proposals.enterStage(manager, proposal.id, next);
      await audit.record(manager, actor ?? SYSTEM_ACTOR, {
        ...entry,
        fromState: proposal.status,
        toState: to,
        dedupKey: key,
      });
      const notificationIds = notify
        ? await this.outbox.enqueue(manager, { ...notify, entity: { type: 'proposal', id: proposalId }, dedupKey: key })
        : [];
      return {
        status: to,
        notificationIds,
        replayed: false,
        stage: next.stage,
        stageDeadline: next.stageDeadlineAt?.toISOString() ?? null,
      };
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<ProposalEntity> {
    const proposal = await proposals.lock(manager, id);
    if (!proposal) throw refuse(ErrorCode.NOT_FOUND, `proposal ${id} not found`);
    return proposal;
  }

  private common(proposalId: string, workflowId: string) {
    return { entityType: 'proposal' as const, entityId: proposalId, workflowId };
  }
}
