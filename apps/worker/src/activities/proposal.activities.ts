import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { checkEligibility, EDITABLE_STATUSES, ErrorCode } from '@csf/domain';
import {
  appendAuditEvents,
  findProposalWithChildren,
  pgConstraint,
  pgErrorCode,
  PgError,
  proposalContent,
  ProposalEntity,
  RoundEntity,
} from '@csf/persistence';
import type {
  ProposalActivities,
  RecordSubmissionInput,
  RecordWithdrawalInput,
  TransitionResult,
} from '@csf/temporal';

/** Writes proposal transitions decided by the proposal workflow. Each method is one idempotent transaction. */
@Injectable()
export class ProposalActivitiesService implements ProposalActivities {
  constructor(private readonly dataSource: DataSource) {}

  async recordSubmission(input: RecordSubmissionInput): Promise<TransitionResult> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await findProposalWithChildren(manager, input.proposalId, { lock: true });
      if (!proposal) throw ApplicationFailure.nonRetryable(`proposal ${input.proposalId} not found`, ErrorCode.NOT_FOUND);
      // Already applied by an earlier attempt of this activity: answer what it did.
      if (proposal.submissionCount >= input.submissionNumber) return { status: proposal.status };
      if (!EDITABLE_STATUSES.includes(proposal.status)) {
        throw ApplicationFailure.create({
          type: ErrorCode.INVALID_STATE,
          message: `proposal is ${proposal.status}`,
          nonRetryable: true,
          details: [{ errors: [], params: { status: proposal.status } }],
        });
      }
      // The API checked eligibility before starting; this check, under the row lock, is the one that counts
      // (an edit or the round closing may have slipped in between).
      const round = await manager.findOneByOrFail(RoundEntity, { id: proposal.roundId });
      const violation = checkEligibility(proposalContent(proposal), round, new Date());
      if (violation) {
        throw ApplicationFailure.create({
          type: violation.code,
          message: `not eligible: ${violation.code}`,
          nonRetryable: true,
          details: [{ errors: violation.errors, params: violation.params }],
        });
      }
      try {
        await manager.update(
          ProposalEntity,
          { id: proposal.id },
          {
            status: 'screening',
            submissionCount: input.submissionNumber,
            submittedAt: new Date(),
            workflowId: input.workflowId,
          },
        );
      } catch (error) {
        if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION && pgConstraint(error) === 'proposals_one_open_per_org_round') {
          throw ApplicationFailure.create({
            type: ErrorCode.ONE_OPEN_PROPOSAL_PER_ROUND,
            message: 'the organisation already has an open proposal in this round',
            nonRetryable: true,
            details: [{ errors: [{ field: 'roundId', code: 'DUPLICATE' }] }],
          });
        }
        throw error;
      }
      const key = `${input.workflowId}:submit:${input.submissionNumber}`;
      const common = {
        actorId: input.actor.userId,
        actorRole: input.actor.role,
        entityType: 'proposal' as const,
        entityId: proposal.id,
        requestId: input.actor.requestId ?? null,
        workflowId: input.workflowId,
      };
      await appendAuditEvents(manager, [
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
      return { status: 'screening' };
    });
  }

  async recordWithdrawal(input: RecordWithdrawalInput): Promise<TransitionResult> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager.findOne(ProposalEntity, {
        where: { id: input.proposalId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!proposal) throw ApplicationFailure.nonRetryable(`proposal ${input.proposalId} not found`, ErrorCode.NOT_FOUND);
      if (proposal.status === 'withdrawn') return { status: 'withdrawn' };
      await manager.update(ProposalEntity, { id: proposal.id }, { status: 'withdrawn' });
      await appendAuditEvents(manager, [
        {
          actorId: input.actor.userId,
          actorRole: input.actor.role,
          action: 'proposal.withdrawn',
          entityType: 'proposal',
          entityId: proposal.id,
          fromState: proposal.status,
          toState: 'withdrawn',
          reason: input.reason ?? null,
          requestId: input.actor.requestId ?? null,
          workflowId: input.workflowId,
          dedupKey: `${input.workflowId}:withdraw`,
        },
      ]);
      return { status: 'withdrawn' };
    });
  }
}
