import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppConfig } from '@csf/config';
import {
  durationToMs,
  ErrorCode,
  expenditureTotal,
  grantCommandAllowed,
  type GrantCommandKind,
  grantCommandRefusal,
  isoDate,
  type NotificationKind,
  readyForCloseout,
  reportDueAt,
  type ReportContent,
  reportAfterSuspension,
  reportChangeRefusal,
  reportEventApplies,
  resubmissionDeadline,
  type RoundDurationKey,
  roundDurationMs,
  type RuleViolation,
  terminationRefusal,
  trancheChangeAllowed,
  validateReportContent,
} from '@csf/domain';
import {
  audit,
  type AuditEntry,
  SYSTEM_ACTOR,
  GrantEntity,
  GrantIndicatorEntity,
  grants,
  GrantReportEntity,
  GrantTrancheEntity,
  PayoutVault,
  ProposalBudgetLineEntity,
  ProposalEntity,
  ProposalIndicatorEntity,
  ProposalMilestoneEntity,
  rounds,
} from '@csf/persistence';
import type {
  Actor,
  Audience,
  GrantContext,
  GrantLifecycleActivities,
  GrantSnapshot,
  PayoutAccountInput,
  ReportEvent,
} from '@csf/temporal';
import { Outbox } from '../notifications/outbox';
import { grantSnapshot } from './grant-snapshot';
import { refuse, refusalOf } from '@csf/temporal';

function check(refusal: RuleViolation | null): void {
  if (refusal) throw refusalOf(refusal);
}

type Change = { grant: GrantEntity; m: EntityManager; workflowId: string; notificationIds: string[]; title?: string };

/**
 * The grant's context and agreement, reports and milestones, suspension, termination and closeout. Each method is one transaction that checks the
 * state again under a row lock (the workflow validated first; this is the last word), writes the change, its
 * audit events and its notifications together, and answers the grant's snapshot. A repeated call finds its
 * change already made and answers the same snapshot.
 */
@Injectable()
export class GrantLifecycleActivitiesService implements GrantLifecycleActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly payoutVault: PayoutVault,
    private readonly outbox: Outbox,
  ) {}

  async loadGrantContext(input: { grantId: string }): Promise<GrantContext> {
    const m = this.dataSource.manager;
    const grant = await m.findOneByOrFail(GrantEntity, { id: input.grantId });
    const proposal = await m.findOneByOrFail(ProposalEntity, { id: grant.proposalId });
    const round = await rounds.get(m, grant.roundId);
    const snapshot = await grantSnapshot(m, grant.id);
    const duration = (key: RoundDurationKey) => roundDurationMs(round.durations, key);
    return {
      ...snapshot,
      grantId: grant.id,
      proposalId: grant.proposalId,
      organizationId: grant.organizationId,
      title: proposal.title ?? '',
      amount: grant.amount,
      currency: grant.currency,
      status: grant.status,
      agreementDeadlineAt: grant.agreementDeadlineAt?.toISOString() ?? null,
      agreementPeriodMs: duration('agreement'),
      reportDurations: {
        reportReminder: duration('reportReminder'),
        reportGrace: duration('reportGrace'),
        atRisk: duration('atRisk'),
      },
      historyLimit: this.config.GRANT_HISTORY_LIMIT,
      paymentPoll: {
        initialMs: durationToMs(this.config.PAYMENT_POLL_INTERVAL) ?? 2_000,
        maxMs: durationToMs(this.config.PAYMENT_POLL_MAX_INTERVAL) ?? 300_000,
      },
    };
  }

  async recordAgreement(input: {
    grantId: string;
    payoutAccount: PayoutAccountInput;
    actor: Actor;
    workflowId: string;
  }) {
    return this.dataSource.transaction(async (m) => {
      const grant = await this.lockGrant(m, input.grantId);
      if (grantCommandAllowed('signAgreement', grant.status)) {
        const signedAt = new Date();
        await m.update(
          GrantEntity,
          { id: grant.id },
          {
            status: 'active',
            agreementSignedAt: signedAt,
            agreementSignedBy: input.actor.userId,
            // Sealed before it reaches a row: the clear account exists only in this process's memory.
            ...this.payoutVault.seal(grant.id, input.payoutAccount),
          },
        );
        await m.update(
          GrantTrancheEntity,
          { grantId: grant.id, number: 1, status: 'pending' },
          { status: 'eligible', eligibleAt: signedAt },
        );
        await this.scheduleReports(m, grant, signedAt);
        await audit.record(m, input.actor, [
          {
            action: 'grant.agreement_signed',
            entityType: 'grant',
            entityId: grant.id,
            fromState: 'awaiting_agreement',
            toState: 'active',
            workflowId: input.workflowId,
            data: { payoutMethod: input.payoutAccount.method },
            dedupKey: `${input.workflowId}:agreement`,
          },
        ]);
      } else if (grant.agreementSignedAt === null) {
        // Not a retry of this signature (that would find it signed): terminated before it was signed.
        throw refusalOf(grantCommandRefusal('signAgreement', grant.status)!);
      }
      return grantSnapshot(m, grant.id);
    });
  }

  /** Report k is due k report periods after signature; its period starts where the previous one ended. */
  private async scheduleReports(m: EntityManager, grant: GrantEntity, signedAt: Date) {
    const round = await rounds.get(m, grant.roundId);
    const period = roundDurationMs(round.durations, 'reportPeriod');
    const reports = await m.find(GrantReportEntity, { where: { grantId: grant.id }, order: { sequence: 'ASC' } });
    for (const r of reports) {
      const dueAt = new Date(reportDueAt(signedAt.getTime(), r.sequence, period));
      const periodStart = new Date(reportDueAt(signedAt.getTime(), r.sequence - 1, period));
      await m.update(GrantReportEntity, { id: r.id }, { dueAt, dueDate: isoDate(dueAt), periodStart });
    }
  }

  async recordReportSubmission(input: {
    grantId: string;
    reportId: string;
    content: ReportContent;
    actor: Actor;
    workflowId: string;
  }) {
    return this.change(input, async (c) => {
      const { grant, m } = c;
      const report = await this.lockReport(m, grant.id, input.reportId);
      if (report.status === 'submitted' && report.submittedBy === input.actor.userId) return;
      check(grantCommandRefusal('submitReport', grant.status) ?? reportChangeRefusal('submit', report.status));
      const [milestones, indicators, lines] = await Promise.all([
        m.find(ProposalMilestoneEntity, { where: { proposalId: grant.proposalId }, select: { id: true } }),
        m.find(ProposalIndicatorEntity, { where: { proposalId: grant.proposalId }, select: { key: true } }),
        m.find(ProposalBudgetLineEntity, { where: { proposalId: grant.proposalId }, select: { category: true } }),
      ]);
      const violation = validateReportContent(input.content, {
        milestoneIds: milestones.map((x) => x.id),
        indicatorKeys: indicators.map((x) => x.key),
        budgetCategories: [...new Set(lines.map((x) => x.category))],
        disbursedAmount: grant.disbursedAmount,
      });
      if (violation)
        throw refuse(violation.code, 'the report does not fit the grant', {
          errors: violation.errors,
          params: { max: grant.disbursedAmount },
        });
      const content = input.content;
      const submission = report.submissionCount + 1;
      await m.update(
        GrantReportEntity,
        { id: report.id },
        {
          status: 'submitted',
          resubmitBy: null,
          submissionCount: submission,
          submittedAt: new Date(),
          submittedBy: input.actor.userId,
          narrative: content.narrative,
          beneficiariesTotal: content.beneficiaries.total,
          beneficiariesWomen: content.beneficiaries.women,
          beneficiariesYouth: content.beneficiaries.youth,
          indicatorValues: content.indicators,
          expenditures: content.expenditures,
          expenditureTotal: expenditureTotal(content),
          milestoneUpdates: content.milestones,
          attachments: content.attachments ?? [],
        },
      );
      const events: AuditEntry[] = [
        this.event(c, 'report.submitted', report.status, 'submitted', `report:${report.id}:submit:${submission}`, {
          report: report.sequence,
          submission,
          beneficiaries: content.beneficiaries,
          expenditureTotal: expenditureTotal(content),
          milestones: content.milestones,
        }),
      ];
      // The grant stays at risk while any of its reports is overdue.
      const stillOverdue = await m.count(GrantReportEntity, { where: { grantId: grant.id, status: 'overdue' } });
      if (grant.atRisk && stillOverdue === 0) {
        await m.update(GrantEntity, { id: grant.id }, { atRisk: false, atRiskReason: null, atRiskSince: null });
        events.push(
          this.event(
            c,
            'grant.at_risk_cleared',
            null,
            null,
            `report:${report.id}:submit:${submission}:at-risk-cleared`,
            { report: report.sequence },
          ),
        );
      }
      await audit.record(m, input.actor, events);
      await this.notify(
        c,
        'report_submitted',
        { role: 'program_manager' },
        `report:${report.id}:submitted:${submission}`,
        { sequence: report.sequence },
      );
    });
  }

  async recordReportReview(input: {
    grantId: string;
    reportId: string;
    decision: 'accept' | 'request_changes';
    comment: string | null;
    actor: Actor;
    workflowId: string;
  }) {
    return this.change(input, async (c) => {
      const { grant, m } = c;
      const report = await this.lockReport(m, grant.id, input.reportId);
      const target = input.decision === 'accept' ? 'accepted' : 'changes_requested';
      if (report.status === target && report.reviewedBy === input.actor.userId) return;
      check(grantCommandRefusal('reviewReport', grant.status) ?? reportChangeRefusal('review', report.status));
      const now = new Date();
      const resubmitBy =
        target === 'changes_requested'
          ? new Date(resubmissionDeadline(now.getTime(), await this.reportDurations(m, grant)))
          : null;
      await m.update(
        GrantReportEntity,
        { id: report.id },
        {
          status: target,
          reviewedBy: input.actor.userId,
          reviewedAt: now,
          reviewComment: input.comment,
          acceptedAt: target === 'accepted' ? now : null,
          resubmitBy,
        },
      );
      const key = `report:${report.id}:${target}:${report.submissionCount}`;
      const eligible: AuditEntry[] = [];
      const events = [
        this.event(
          c,
          `report.${target}`,
          'submitted',
          target,
          key,
          { report: report.sequence, submission: report.submissionCount, resubmitBy: resubmitBy?.toISOString() },
          input.comment,
        ),
      ];
      if (target === 'accepted') {
        for (const update of report.milestoneUpdates) {
          await m.update(
            ProposalMilestoneEntity,
            { id: update.id, proposalId: grant.proposalId },
            { status: update.status, statusChangedAt: now, statusReportId: report.id },
          );
        }
        // The portfolio's figures: reports are cumulative, so the latest accepted one tells what was reached.
        await m.update(
          GrantEntity,
          { id: grant.id },
          {
            reachedTotal: report.beneficiariesTotal ?? 0,
            reachedWomen: report.beneficiariesWomen ?? 0,
            reachedYouth: report.beneficiariesYouth ?? 0,
          },
        );
        for (const value of report.indicatorValues) {
          await m.update(GrantIndicatorEntity, { grantId: grant.id, key: value.key }, { actual: value.value });
        }
        if (report.milestoneUpdates.length) {
          events.push(
            this.event(c, 'milestones.updated', null, null, `${key}:milestones`, {
              report: report.sequence,
              milestones: report.milestoneUpdates,
            }),
          );
        }
        if (report.gatesTranche !== null && grant.status === 'active')
          eligible.push(...(await this.makeEligible(c, [report.gatesTranche])));
      }
      await audit.record(m, input.actor, events);
      await audit.record(m, SYSTEM_ACTOR, eligible);
      const kind = target === 'accepted' ? 'report_accepted' : 'report_changes_requested';
      await this.notify(c, kind, { organizationId: grant.organizationId }, key, {
        sequence: report.sequence,
        reason: input.comment,
        deadline: resubmitBy && isoDate(resubmitBy),
      });
    });
  }

  async recordReportEvent(input: { grantId: string; reportId: string; event: ReportEvent; workflowId: string }) {
    return this.change(input, async (c) => {
      const { grant, m } = c;
      // Suspension pauses reminders: a timer that raced a suspension does nothing.
      if (grant.status !== 'active') return;
      const report = await this.lockReport(m, grant.id, input.reportId);
      // A returned report that missed its resubmission deadline is late again: its own events, its own deadline.
      const resubmission = report.status === 'changes_requested';
      const params = {
        sequence: report.sequence,
        deadline: resubmission && report.resubmitBy ? isoDate(report.resubmitBy) : report.dueDate,
      };
      const key = `report:${report.id}:${input.event}${report.submissionCount > 0 ? `:${report.submissionCount}` : ''}`;
      if (!reportEventApplies(input.event, report, grant.atRisk, Date.now())) return;
      if (input.event === 'due') {
        await m.update(GrantReportEntity, { id: report.id }, { status: 'due' });
        await audit.record(m, SYSTEM_ACTOR, [
          this.event(c, 'report.due', 'scheduled', 'due', key, {
            report: report.sequence,
            dueDate: report.dueDate,
          }),
        ]);
        await this.notify(c, 'report_reminder', { organizationId: grant.organizationId }, key, params);
      } else if (input.event === 'overdue') {
        await m.update(GrantReportEntity, { id: report.id }, { status: 'overdue', overdueSince: new Date() });
        const data = {
          report: report.sequence,
          dueDate: report.dueDate,
          ...(resubmission && { resubmitBy: report.resubmitBy?.toISOString() }),
        };
        await audit.record(m, SYSTEM_ACTOR, [this.event(c, 'report.overdue', report.status, 'overdue', key, data)]);
        await this.notify(c, 'report_overdue', { role: 'program_manager' }, key, params);
        await this.notify(c, 'report_overdue', { organizationId: grant.organizationId }, `${key}:grantee`, params);
      } else {
        const reason = `report ${report.sequence} overdue since ${report.dueDate}`;
        await m.update(GrantEntity, { id: grant.id }, { atRisk: true, atRiskReason: reason, atRiskSince: new Date() });
        await audit.record(m, SYSTEM_ACTOR, [
          this.event(c, 'grant.at_risk', null, null, key, { report: report.sequence, dueDate: report.dueDate }, reason),
        ]);
        await this.notify(c, 'grant_at_risk', { role: 'program_manager' }, key, params);
      }
    });
  }

  async recordGrantStatusChange(input: {
    grantId: string;
    action: 'suspend' | 'resume' | 'terminate';
    reason: string;
    actor: Actor;
    workflowId: string;
  }) {
    return this.change(input, async (c) => {
      const { grant, m } = c;
      const target = { suspend: 'suspended', resume: 'active', terminate: 'terminated' }[input.action];
      const key = `status:${input.action}:${input.actor.requestId ?? ''}:${grant.updatedAt.getTime()}`;
      // A retried activity finds its own change made (same actor, same reason, same target).
      if (grant.status === target && grant.statusReason === input.reason) return;
      check(grantCommandRefusal(input.action satisfies GrantCommandKind, grant.status));
      const now = new Date();
      const events: AuditEntry[] = [];
      const eligible: AuditEntry[] = [];
      const data: Record<string, unknown> = {};
      const changes: Partial<GrantEntity> = { status: target as GrantEntity['status'], statusReason: input.reason };
      if (input.action === 'suspend') changes.suspendedAt = now;
      if (input.action === 'terminate') {
        const tranches = await m.find(GrantTrancheEntity, {
          where: { grantId: grant.id },
          lock: { mode: 'pessimistic_write' },
        });
        check(terminationRefusal(tranches));
        const cancelled = tranches.filter((t) => trancheChangeAllowed('cancel', t.status));
        const released = cancelled.reduce((sum, t) => sum + t.amount, 0);
        if (cancelled.length)
          await m.update(GrantTrancheEntity, { id: In(cancelled.map((t) => t.id)) }, { status: 'cancelled' });
        // Same transaction: the grant's undisbursed reservation goes back to the round's envelope (the round row
        // before the grant's, the lock order of every transaction that touches both).
        await rounds.release(m, grant.roundId, released);
        // Ended, a grant is no longer "at risk": the dashboard's list is of grants someone can still save.
        Object.assign(changes, {
          terminatedAt: now,
          releasedAmount: released,
          atRisk: false,
          atRiskReason: null,
          atRiskSince: null,
        });
        Object.assign(data, {
          releasedAmount: released,
          cancelledTranches: cancelled.map((t) => t.number),
          ...(grant.atRisk && { atRiskCleared: grant.atRiskReason }),
        });
        events.push({
          action: 'round.released',
          entityType: 'round',
          entityId: grant.roundId,
          workflowId: c.workflowId,
          data: { amount: released, grantId: grant.id },
          dedupKey: `${c.workflowId}:${key}:release`,
        });
      }
      if (input.action === 'resume' && grant.suspendedAt) {
        // The reporting clock stood still while suspended: what was still to be delivered moves later.
        const moved: Record<number, string | undefined> = {};
        for (const r of await m.find(GrantReportEntity, { where: { grantId: grant.id }, order: { sequence: 'ASC' } })) {
          const later = reportAfterSuspension(r, grant.suspendedAt, now);
          if (!later) continue;
          await m.update(GrantReportEntity, { id: r.id }, later);
          moved[r.sequence] = (later.dueAt ?? later.resubmitBy)?.toISOString();
        }
        Object.assign(data, {
          suspendedDays: Math.round((now.getTime() - grant.suspendedAt.getTime()) / 86_400_000),
          reportsMoved: moved,
        });
      }
      await m.update(GrantEntity, { id: grant.id }, changes);
      events.unshift(this.event(c, `grant.${target}`, grant.status, target, key, data, input.reason));
      if (input.action === 'resume') {
        // Reports accepted during the suspension release their tranches now.
        const accepted = await m.find(GrantReportEntity, { where: { grantId: grant.id, status: 'accepted' } });
        eligible.push(
          ...(await this.makeEligible(
            c,
            accepted.flatMap((r) => (r.gatesTranche === null ? [] : [r.gatesTranche])),
          )),
        );
      }
      await audit.record(m, input.actor, events);
      await audit.record(m, SYSTEM_ACTOR, eligible);
      const kind = ({ suspend: 'grant_suspended', resume: 'grant_resumed', terminate: 'grant_terminated' } as const)[
        input.action
      ];
      await this.notify(c, kind, { organizationId: grant.organizationId }, key, { reason: input.reason });
    });
  }

  async enterCloseout(input: { grantId: string; workflowId: string }) {
    return this.change(input, async (c) => {
      const { grant, m } = c;
      if (grant.status === 'closing' || grant.status === 'closed') return;
      check(grantCommandRefusal('enterCloseout', grant.status));
      const tranches = await m.find(GrantTrancheEntity, { where: { grantId: grant.id } });
      const reports = await m.find(GrantReportEntity, { where: { grantId: grant.id } });
      if (!readyForCloseout(reports, tranches)) {
        throw refuse(ErrorCode.INVALID_STATE, 'the final report is not accepted or a tranche is not settled', {
          params: { status: grant.status },
        });
      }
      await m.update(GrantEntity, { id: grant.id }, { status: 'closing', closingAt: new Date() });
      await audit.record(m, SYSTEM_ACTOR, [
        this.event(c, 'grant.closing', 'active', 'closing', 'closing', {
          disbursedAmount: grant.disbursedAmount,
        }),
      ]);
      await this.notify(c, 'grant_closing', { role: 'program_manager' }, 'closing', {});
    });
  }

  async recordCloseout(input: {
    grantId: string;
    unspentAmount: number;
    reference: string | null;
    note: string | null;
    actor: Actor;
    workflowId: string;
  }) {
    return this.change(input, async (c) => {
      const { grant, m } = c;
      if (grant.status === 'closed') return;
      check(grantCommandRefusal('close', grant.status));
      if (input.unspentAmount > grant.disbursedAmount) {
        throw refuse(ErrorCode.UNSPENT_ABOVE_DISBURSED, 'unspent above disbursed', {
          errors: [{ field: 'unspentAmount', code: 'TOO_LARGE', params: { max: grant.disbursedAmount } }],
          params: { max: grant.disbursedAmount },
        });
      }
      await m.update(
        GrantEntity,
        { id: grant.id },
        {
          status: 'closed',
          closedAt: new Date(),
          unspentReturnedAmount: input.unspentAmount,
          unspentReference: input.reference,
          statusReason: input.note,
        },
      );
      await audit.record(m, input.actor, [
        this.event(
          c,
          'grant.closed',
          'closing',
          'closed',
          'closed',
          { unspentAmount: input.unspentAmount, reference: input.reference, disbursedAmount: grant.disbursedAmount },
          input.note,
        ),
      ]);
      await this.notify(c, 'grant_closed', { organizationId: grant.organizationId }, 'closed', {});
    });
  }

  /**
   * A grant activity exhausted its attempts: the grant is flagged (GET /grants/:id shows it) and programme
   * managers are told, once per stall, instead of the grant waiting silently. A retry of this activity finds the
   * flag and answers the same notifications.
   */
  async flagGrantStalled(input: { grantId: string; activity: string; reason: string; workflowId: string }) {
    const snapshot = await this.change(input, async (c) => {
      const { grant, m } = c;
      const since = grant.stalledSince ?? new Date();
      if (!grant.stalledSince) {
        const reason = `${input.activity}: ${input.reason}`.slice(0, 500);
        await m.update(GrantEntity, { id: grant.id }, { stalledSince: since, stalledReason: reason });
        await audit.record(m, SYSTEM_ACTOR, [
          this.event(
            c,
            'grant.stalled',
            null,
            null,
            `stalled:${since.getTime()}`,
            { activity: input.activity },
            reason,
          ),
        ]);
      }
      await this.notify(c, 'grant_stalled', { role: 'program_manager' }, `stalled:${since.getTime()}`, {
        activity: input.activity,
        reason: input.reason.slice(0, 200),
      });
    });
    return { notificationIds: snapshot.notificationIds ?? [] };
  }

  async clearGrantStall(input: { grantId: string; workflowId: string }) {
    await this.change(input, async (c) => {
      if (!c.grant.stalledSince) return;
      await c.m.update(GrantEntity, { id: c.grant.id }, { stalledSince: null, stalledReason: null });
      await audit.record(c.m, SYSTEM_ACTOR, [
        this.event(c, 'grant.stall_cleared', null, null, `stalled:${c.grant.stalledSince.getTime()}:cleared`, {}),
      ]);
    });
  }

  /** One locked transaction on the grant; answers the snapshot after the change (or after finding it made). */
  private async change(
    input: { grantId: string; workflowId: string },
    apply: (c: Change) => Promise<void>,
  ): Promise<GrantSnapshot> {
    return this.dataSource.transaction(async (m) => {
      const grant = await this.lockGrant(m, input.grantId);
      const c: Change = { grant, m, workflowId: input.workflowId, notificationIds: [] };
      await apply(c);
      return grantSnapshot(m, grant.id, c.notificationIds);
    });
  }

  /** Pending tranches whose gating report is accepted become eligible; finance is told. */
  private async makeEligible(c: Change, numbers: number[]): Promise<AuditEntry[]> {
    if (!numbers.length) return [];
    const tranches = await c.m.find(GrantTrancheEntity, {
      where: { grantId: c.grant.id, number: In(numbers), status: 'pending' },
    });
    const events: AuditEntry[] = [];
    for (const t of tranches) {
      await c.m.update(GrantTrancheEntity, { id: t.id }, { status: 'eligible', eligibleAt: new Date() });
      events.push(
        this.event(c, 'tranche.eligible', 'pending', 'eligible', `tranche:${t.number}:eligible`, {
          tranche: t.number,
          amount: t.amount,
        }),
      );
      await this.notify(c, 'tranche_eligible', { role: 'finance_officer' }, `tranche:${t.number}:eligible`, {
        tranche: t.number,
        amount: t.amount,
        currency: c.grant.currency,
      });
    }
    return events;
  }

  private async reportDurations(m: EntityManager, grant: GrantEntity) {
    const round = await rounds.get(m, grant.roundId);
    return { reportGrace: roundDurationMs(round.durations, 'reportGrace') };
  }

  private async lockGrant(m: EntityManager, id: string): Promise<GrantEntity> {
    const grant = await grants.lock(m, id);
    if (!grant) throw refuse(ErrorCode.NOT_FOUND, 'grant not found');
    return grant;
  }

  private async lockReport(m: EntityManager, grantId: string, reportId: string): Promise<GrantReportEntity> {
    const report = await grants.lockReport(m, grantId, reportId);
    if (!report) throw refuse(ErrorCode.NOT_FOUND, 'report not found');
    return report;
  }

  private event(
    c: Change,
    action: string,
    from: string | null,
    to: string | null,
    key: string,
    data: Record<string, unknown>,
    reason: string | null = null,
  ): AuditEntry {
    return {
      action,
      entityType: 'grant',
      entityId: c.grant.id,
      fromState: from,
      toState: to,
      reason,
      workflowId: c.workflowId,
      data,
      dedupKey: `${c.workflowId}:${key}`,
    };
  }

  private async notify(
    c: Change,
    kind: NotificationKind,
    audience: Audience,
    key: string,
    params: Record<string, string | number | null>,
  ) {
    // Every notification names the project; read it once per change.
    c.title ??= (await c.m.findOneByOrFail(ProposalEntity, { id: c.grant.proposalId })).title ?? '';
    const title = c.title;
    const ids = await this.outbox.enqueue(c.m, {
      kind,
      audience,
      entity: { type: 'grant', id: c.grant.id },
      params: { ...params, title },
      dedupKey: `${c.workflowId}:${key}`,
    });
    c.notificationIds.push(...ids);
  }
}
