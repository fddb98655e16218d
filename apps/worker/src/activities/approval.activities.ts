import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  awardRefusal,
  buildReports,
  buildTranches,
  checkDecisionJustification,
  durationToMs,
  ErrorCode,
  proposalCommandRefusal,
} from '@csf/domain';
import { audit, GrantEntity, grants, proposals, rounds } from '@csf/persistence';
import { type ApproveProposalInput, grantWorkflowId, type TransitionResult } from '@csf/temporal';
import { Outbox } from '../notifications/outbox';
import { refuse, refusalOf } from '@csf/temporal';

/**
 * Approval moves money: it reserves the award on the round's envelope and creates the grant in one
 * transaction. The reservation is a single conditional UPDATE on the round row, so concurrent approvals
 * serialise on that row and the sum of reservations never exceeds the envelope (a CHECK backs it up).
 */
@Injectable()
export class ApprovalActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async approveProposal(input: ApproveProposalInput): Promise<TransitionResult & { grantId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await proposals.lock(manager, input.proposalId);
      if (!proposal) throw refuse(ErrorCode.NOT_FOUND, `proposal ${input.proposalId} not found`);
      const existingGrantId = await grants.idForProposal(manager, proposal.id);
      // A retry of an approval that committed: answer it, reserve nothing more.
      if (existingGrantId && proposal.status === 'approved')
        return { status: 'approved', grantId: existingGrantId, notificationIds: [] };
      const refusal =
        proposalCommandRefusal('decide', proposal.status) ?? awardRefusal(input.amount, proposal.requestedAmount ?? 0);
      if (refusal) throw refusalOf(refusal);

      // The rule again, on what this transaction reads: the API's and the validator's figures may be stale.
      const roundRules = await rounds.get(manager, proposal.roundId);
      const basis = { weightedScoreBp: proposal.weightedScoreBp, approvalThreshold: roundRules.approvalThreshold };
      const violation = checkDecisionJustification({ outcome: 'approve', justification: input.justification }, basis);
      if (violation) throw refusalOf({ message: 'a justification is required', ...violation });
      const justification = input.justification?.trim() || null;

      const reservedAmount = await rounds.reserve(manager, proposal.roundId, input.amount);
      if (reservedAmount === null) {
        const round = await rounds.get(manager, proposal.roundId);
        throw refuse(ErrorCode.ENVELOPE_EXCEEDED, 'the round envelope is exhausted', {
          params: {
            remaining: round.budgetEnvelope - round.reservedAmount,
            envelope: round.budgetEnvelope,
          },
        });
      }

      const round = await rounds.get(manager, proposal.roundId);
      const tranches = buildTranches(input.amount, round.tranchePlan);
      const grant = await grants.insertAwarded(
        manager,
        manager.create(GrantEntity, {
          proposalId: proposal.id,
          roundId: proposal.roundId,
          organizationId: proposal.organizationId,
          amount: input.amount,
          currency: proposal.currency,
          status: 'awaiting_agreement',
          conditions: input.conditions,
          workflowId: '',
          agreementDeadlineAt: new Date(
            Date.now() + (durationToMs(round.durations.agreement) ?? 14 * 24 * 3600 * 1000),
          ),
          region: proposal.region,
          commune: proposal.commune,
          targetTotal: proposal.beneficiariesTotal ?? 0,
          targetWomen: proposal.beneficiariesWomen ?? 0,
          targetYouth: proposal.beneficiariesYouth ?? 0,
        }),
        grantWorkflowId,
        tranches,
        buildReports(tranches.length),
      );
      await proposals.markApproved(manager, proposal.id, {
        amount: input.amount,
        conditions: input.conditions,
        decidedAt: new Date(),
      });
      const key = `${input.workflowId}:decide:${input.cycle}`;
      await audit.record(manager, input.actor, [
        {
          action: 'proposal.approved',
          entityType: 'proposal',
          entityId: proposal.id,
          fromState: 'awaiting_decision',
          toState: 'approved',
          workflowId: input.workflowId,
          data: {
            amount: input.amount,
            currency: proposal.currency,
            grantId: grant.id,
            conditions: input.conditions,
            weightedScore: basis.weightedScoreBp === null ? null : basis.weightedScoreBp / 100,
            approvalThreshold: basis.approvalThreshold,
            ...(justification ? { justification } : {}),
          },
          dedupKey: key,
        },
        {
          action: 'grant.created',
          entityType: 'grant',
          entityId: grant.id,
          toState: 'awaiting_agreement',
          workflowId: grant.workflowId,
          data: { amount: input.amount, tranches: tranches.map((t) => t.amount), proposalId: proposal.id },
          dedupKey: `${key}:grant`,
        },
        {
          action: 'round.reserved',
          entityType: 'round',
          entityId: proposal.roundId,
          data: { amount: input.amount, grantId: grant.id, reservedAmount },
          dedupKey: `${key}:reserve`,
        },
      ]);
      const notificationIds = await this.outbox.enqueue(manager, {
        kind: 'proposal_approved',
        audience: { organizationId: proposal.organizationId },
        entity: { type: 'proposal', id: proposal.id },
        params: { title: proposal.title, amount: input.amount, currency: proposal.currency },
        dedupKey: key,
      });
      return { status: 'approved', grantId: grant.id, notificationIds };
    });
  }
}
