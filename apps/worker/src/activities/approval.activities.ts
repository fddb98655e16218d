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
import {
  audit,
  GrantEntity,
  GrantReportEntity,
  GrantTrancheEntity,
  ProposalEntity,
  RoundEntity,
} from '@csf/persistence';
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
      const proposal = await manager.findOne(ProposalEntity, {
        where: { id: input.proposalId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!proposal) throw refuse(ErrorCode.NOT_FOUND, `proposal ${input.proposalId} not found`);
      const existing = await manager.findOne(GrantEntity, { where: { proposalId: proposal.id } });
      // A retry of an approval that committed: answer it, reserve nothing more.
      if (existing && proposal.status === 'approved')
        return { status: 'approved', grantId: existing.id, notificationIds: [] };
      const refusal =
        proposalCommandRefusal('decide', proposal.status) ?? awardRefusal(input.amount, proposal.requestedAmount ?? 0);
      if (refusal) throw refusalOf(refusal);

      // The rule again, on what this transaction reads: the API's and the validator's figures may be stale.
      const roundRules = await manager.findOneByOrFail(RoundEntity, { id: proposal.roundId });
      const basis = { weightedScoreBp: proposal.weightedScoreBp, approvalThreshold: roundRules.approvalThreshold };
      const violation = checkDecisionJustification({ outcome: 'approve', justification: input.justification }, basis);
      if (violation) throw refusalOf({ message: 'a justification is required', ...violation });
      const justification = input.justification?.trim() || null;

      const reserved: { reserved_amount: string }[] = await manager.query(
        `UPDATE rounds SET reserved_amount = reserved_amount + $2, updated_at = now()
         WHERE id = $1 AND reserved_amount + $2 <= budget_envelope
         RETURNING reserved_amount`,
        [proposal.roundId, input.amount],
      );
      // TypeORM returns [rows, count] for UPDATE … RETURNING on postgres.
      const rows = Array.isArray(reserved[0]) ? (reserved[0] as unknown as { reserved_amount: string }[]) : reserved;
      if (!rows.length) {
        const round = await manager.findOneByOrFail(RoundEntity, { id: proposal.roundId });
        throw refuse(ErrorCode.ENVELOPE_EXCEEDED, 'the round envelope is exhausted', {
          params: {
            remaining: round.budgetEnvelope - round.reservedAmount,
            envelope: round.budgetEnvelope,
          },
        });
      }

      const round = await manager.findOneByOrFail(RoundEntity, { id: proposal.roundId });
      const grant = manager.create(GrantEntity, {
        proposalId: proposal.id,
        roundId: proposal.roundId,
        organizationId: proposal.organizationId,
        amount: input.amount,
        currency: proposal.currency,
        status: 'awaiting_agreement',
        conditions: input.conditions,
        workflowId: '',
        agreementDeadlineAt: new Date(Date.now() + (durationToMs(round.durations.agreement) ?? 14 * 24 * 3600 * 1000)),
        region: proposal.region,
        commune: proposal.commune,
        targetTotal: proposal.beneficiariesTotal ?? 0,
        targetWomen: proposal.beneficiariesWomen ?? 0,
        targetYouth: proposal.beneficiariesYouth ?? 0,
      });
      grant.id = (await manager.query('SELECT gen_random_uuid() AS id'))[0].id;
      grant.workflowId = grantWorkflowId(grant.id);
      await manager.insert(GrantEntity, grant);
      const tranches = buildTranches(input.amount, round.tranchePlan);
      await manager.insert(
        GrantTrancheEntity,
        tranches.map((t) => ({ ...t, grantId: grant.id, status: 'pending' })),
      );
      await manager.query('UPDATE proposal_milestones SET grant_id = $1 WHERE proposal_id = $2', [
        grant.id,
        proposal.id,
      ]);
      await manager.query(
        `INSERT INTO grant_indicators (grant_id, key, round_id, region, label, target)
         SELECT $1, key, $2, $3, label, target FROM proposal_indicators WHERE proposal_id = $4`,
        [grant.id, proposal.roundId, proposal.region ?? '', proposal.id],
      );
      await manager.insert(
        GrantReportEntity,
        buildReports(tranches.length).map((r) => ({ ...r, grantId: grant.id, dueDate: null, status: 'scheduled' })),
      );
      await manager.update(
        ProposalEntity,
        { id: proposal.id },
        {
          status: 'approved',
          stage: 'approved',
          stageDeadlineAt: null,
          decisionOutcome: 'approve',
          decisionConditions: input.conditions,
          decidedAt: new Date(),
          awardedAmount: input.amount,
        },
      );
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
          data: { amount: input.amount, grantId: grant.id, reservedAmount: Number(rows[0].reserved_amount) },
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
