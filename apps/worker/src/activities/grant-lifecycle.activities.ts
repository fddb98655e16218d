import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
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
  grants,
  GrantReportEntity,
  PayoutVault,
  proposals,
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
 *
 * The rules stay here (each change asks its `@csf/domain` guard); the rows are found, locked and written by the
 * `grants` and `proposals` repositories, inside this method's transaction.
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
    const grant = await grants.get(m, input.grantId);
    const { title } = await proposals.get(m, grant.proposalId);
    const round = await rounds.get(m, grant.roundId);
    const snapshot = await grantSnapshot(m, grant.id);
    const duration = (key: RoundDurationKey) => roundDurationMs(round.durations, key);
    return {
      ...snapshot,
      grantId: grant.id,
      proposalId: grant.proposalId,
      organizationId: grant.organizationId,
      title: title ?? '',
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
        await grants.recordAgreement(m, grant.id, {
          signedAt,
          signedBy: input.actor.userId,
          // Sealed before it reaches a row: the clear account exists only in this process's memory.
          payout: this.payoutVault.seal(grant.id, input.payoutAccount),
        });
        await grants.makeFirstTrancheEligible(m, grant.id, signedAt);
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
    for (const r of await grants.reports(m, grant.id)) {
      const dueAt = new Date(reportDueAt(signedAt.getTime(), r.sequence, period));
      const periodStart = new Date(reportDueAt(signedAt.getTime(), r.sequence - 1, period));
      await grants.scheduleReport(m, r.id, { dueAt, dueDate: isoDate(dueAt), periodStart });
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
      const violation = validateReportContent(input.content, {
        ...(await proposals.reportTargets(m, grant.proposalId)),
        disbursedAmount: grant.disbursedAmount,
      });
      if (violation)
        throw refuse(violation.code, 'the report does not fit the grant', {
          errors: violation.errors,
          params: { max: grant.disbursedAmount },
        });
      const content = input.content;
      const submission = report.submissionCount + 1;
      await grants.submitReport(m, report.id, {
        content,
        expenditureTotal: expenditureTotal(content),
        submission,
        submittedBy: input.actor.userId,
      });
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
      if (grant.atRisk && !(await grants.hasOverdueReport(m, grant.id))) {
        await grants.clearAtRisk(m, grant.id);
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
      const review = { reviewedBy: input.actor.userId, comment: input.comment, at: now };
      // Only changes requested set a resubmission deadline.
      if (resubmitBy) await grants.requestReportChanges(m, report.id, { ...review, resubmitBy });
      else await grants.acceptReport(m, report.id, review);
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
        await grants.recordMilestoneProgress(m, grant.proposalId, report.id, report.milestoneUpdates, now);
        // The portfolio's figures: reports are cumulative, so the latest accepted one tells what was reached.
        await grants.recordReached(m, grant.id, {
          total: report.beneficiariesTotal ?? 0,
          women: report.beneficiariesWomen ?? 0,
          youth: report.beneficiariesYouth ?? 0,
        });
        await grants.recordIndicatorActuals(m, grant.id, report.indicatorValues);
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
        await grants.markReportDue(m, report.id);
        await audit.record(m, SYSTEM_ACTOR, [
          this.event(c, 'report.due', 'scheduled', 'due', key, {
            report: report.sequence,
            dueDate: report.dueDate,
          }),
        ]);
        await this.notify(c, 'report_reminder', { organizationId: grant.organizationId }, key, params);
      } else if (input.event === 'overdue') {
        await grants.markReportOverdue(m, report.id);
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
        await grants.markAtRisk(m, grant.id, reason);
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
      let released = 0;
      if (input.action === 'terminate') {
        const tranches = await grants.lockTranches(m, grant.id);
        check(terminationRefusal(tranches));
        const cancelled = tranches.filter((t) => trancheChangeAllowed('cancel', t.status));
        released = cancelled.reduce((sum, t) => sum + t.amount, 0);
        await grants.cancelTranches(
          m,
          cancelled.map((t) => t.id),
        );
        // Same transaction: the grant's undisbursed reservation goes back to the round's envelope (the round row
        // before the grant's, the lock order of every transaction that touches both).
        await rounds.release(m, grant.roundId, released);
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
        for (const r of await grants.reports(m, grant.id)) {
          const later = reportAfterSuspension(r, grant.suspendedAt, now);
          if (!later) continue;
          await grants.postponeReport(m, r.id, later);
          moved[r.sequence] = (later.dueAt ?? later.resubmitBy)?.toISOString();
        }
        Object.assign(data, {
          suspendedDays: Math.round((now.getTime() - grant.suspendedAt.getTime()) / 86_400_000),
          reportsMoved: moved,
        });
      }
      if (input.action === 'suspend') await grants.suspend(m, grant.id, input.reason, now);
      else if (input.action === 'resume') await grants.resume(m, grant.id, input.reason);
      else await grants.terminate(m, grant.id, input.reason, now, released);
      events.unshift(this.event(c, `grant.${target}`, grant.status, target, key, data, input.reason));
      if (input.action === 'resume') {
        // Reports accepted during the suspension release their tranches now.
        const accepted = await grants.acceptedReports(m, grant.id);
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
      if (!readyForCloseout(await grants.reports(m, grant.id), await grants.tranches(m, grant.id))) {
        throw refuse(ErrorCode.INVALID_STATE, 'the final report is not accepted or a tranche is not settled', {
          params: { status: grant.status },
        });
      }
      await grants.markClosing(m, grant.id);
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
      await grants.close(m, grant.id, {
        unspentAmount: input.unspentAmount,
        reference: input.reference,
        note: input.note,
      });
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
        await grants.markStalled(m, grant.id, since, reason);
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
      await grants.clearStall(c.m, c.grant.id);
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
    const events: AuditEntry[] = [];
    for (const t of await grants.pendingTranches(c.m, c.grant.id, numbers)) {
      await grants.makeTrancheEligible(c.m, t.id);
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
    c.title ??= (await proposals.get(c.m, c.grant.proposalId)).title ?? '';
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
