import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import {
  daysLate,
  FieldCode,
  FieldError,
  paymentOrderReference,
  type ReportContent,
  SUBMITTABLE_REPORT_STATUSES,
} from '@csf/domain';
import {
  GrantEntity,
  grantee,
  grantList,
  grantMilestones,
  grants,
  GrantReportEntity,
  PaymentEntity,
  PayoutVault,
} from '@csf/persistence';
import {
  approveReleaseUpdate,
  changeGrantStatusUpdate,
  closeGrantUpdate,
  confirmPaymentUpdate,
  grantWorkflowId,
  PaymentResolution,
  PayoutAccountInput,
  requestReleaseUpdate,
  resolvePaymentUpdate,
  retryDisbursementUpdate,
  reviewReportUpdate,
  signAgreementUpdate,
  submitReportUpdate,
} from '@csf/temporal';
import { actorOf, requireAccess, requireOwnOrganization, visibleOrganization } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { keysetPage, Page, toPage } from '../common/pagination';
import { WorkflowCommands } from '../common/workflow-commands';
import type {
  CloseGrantDto,
  GrantDto,
  GrantMilestoneDto,
  GrantSummaryDto,
  ListGrantsQuery,
  PaymentOrderDto,
  PayoutAccountDto,
  PayoutSummaryDto,
  ReportDetailDto,
  ResolvePaymentDto,
  ReportDto,
  SubmitReportDto,
  TrancheDto,
  TranchePaymentDto,
} from './grant.dto';

const iso = (d: Date | null) => d?.toISOString() ?? null;

const reportDto = (r: GrantReportEntity): ReportDto => ({
  id: r.id,
  sequence: r.sequence,
  kind: r.kind,
  gatesTranche: r.gatesTranche,
  dueDate: r.dueDate,
  dueAt: iso(r.dueAt),
  status: r.status,
});

/** Read side of grants and the commands the grant workflow takes (agreement, release, payment). */
@Injectable()
export class GrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly commands: WorkflowCommands,
    private readonly payoutVault: PayoutVault,
  ) {}

  async get(user: AuthUser, id: string): Promise<GrantDto> {
    const m = this.dataSource.manager;
    const grant = await this.readable(user, id);
    const tranches = await this.tranches(user, id, grant);
    const reports = await grants.reports(m, id);
    return {
      id: grant.id,
      proposalId: grant.proposalId,
      roundId: grant.roundId,
      organizationId: grant.organizationId,
      status: grant.status,
      amount: grant.amount,
      disbursedAmount: grant.disbursedAmount,
      currency: grant.currency,
      conditions: grant.conditions,
      agreementDeadline: grant.agreementDeadlineAt?.toISOString() ?? null,
      agreementSignedAt: grant.agreementSignedAt?.toISOString() ?? null,
      payoutMethod: grant.payoutMethod,
      payout: payoutSummary(grant),
      workflowId: grant.workflowId,
      tranches,
      reports: reports.map(reportDto),
      atRisk: grant.atRisk,
      atRiskReason: grant.atRiskReason,
      stalledSince: iso(grant.stalledSince),
      stalledReason: grant.stalledReason,
      statusReason: grant.statusReason,
      releasedAmount: grant.releasedAmount,
      unspentReturnedAmount: grant.unspentReturnedAmount,
      closedAt: iso(grant.closedAt),
      terminatedAt: iso(grant.terminatedAt),
      createdAt: grant.createdAt.toISOString(),
    };
  }

  async list(user: AuthUser, query: ListGrantsQuery): Promise<Page<GrantSummaryDto>> {
    const page = keysetPage(query);
    const organizationId = visibleOrganization(user, query.organizationId);
    if (organizationId === false) return { items: [], nextCursor: null };
    const rows = await grantList(
      this.dataSource.manager,
      {
        organizationId,
        roundId: query.roundId,
        status: query.status,
        atRisk: query.atRisk ? query.atRisk === 'true' : undefined,
      },
      page,
    );
    return toPage(rows, page.limit, (g) => ({
      id: g.id,
      proposalId: g.proposalId,
      roundId: g.roundId,
      organizationId: g.organizationId,
      status: g.status,
      amount: g.amount,
      disbursedAmount: g.disbursedAmount,
      currency: g.currency,
      atRisk: g.atRisk,
      createdAt: g.createdAt.toISOString(),
    }));
  }

  async reports(user: AuthUser, id: string): Promise<ReportDetailDto[]> {
    await this.readable(user, id);
    return (await grants.reports(this.dataSource.manager, id)).map(reportDetail);
  }

  async report(user: AuthUser, id: string, reportId: string): Promise<ReportDetailDto> {
    await this.readable(user, id);
    const row = await grants.report(this.dataSource.manager, id, reportId);
    if (!row) throw AppError.notFound();
    return reportDetail(row);
  }

  /** The proposal's milestones as reports left them; a milestone past its due date and not achieved is late. */
  async milestones(user: AuthUser, id: string): Promise<GrantMilestoneDto[]> {
    const grant = await this.readable(user, id);
    const rows = await grantMilestones(this.dataSource.manager, grant.proposalId);
    const now = new Date();
    return rows.map((m) => {
      const late = m.status !== 'achieved' ? daysLate(m.dueDate, now) : 0;
      return {
        id: m.id,
        title: m.title,
        dueDate: m.dueDate,
        deliverable: m.deliverable,
        status: m.status,
        late: late > 0,
        daysLate: late,
        statusChangedAt: iso(m.statusChangedAt),
      };
    });
  }

  /** The grantee's applicant submits (or resubmits) a report; the workflow checks it against the grant. */
  async submitReport(
    user: AuthUser,
    id: string,
    reportId: string,
    dto: SubmitReportDto,
    requestId?: string,
  ): Promise<ReportDetailDto> {
    const grant = requireOwnOrganization(user, await this.find(id));
    await this.requireReport(grant.id, reportId);
    const content: ReportContent = {
      narrative: dto.narrative,
      beneficiaries: { total: dto.beneficiaries.total, women: dto.beneficiaries.women, youth: dto.beneficiaries.youth },
      indicators: dto.indicators.map((i) => ({ key: i.key, value: i.value })),
      expenditures: dto.expenditures.map((e) => ({ category: e.category, amount: e.amount })),
      milestones: (dto.milestones ?? []).map((m) => ({ id: m.id, status: m.status })),
      attachments: (dto.attachments ?? []).map((a) => ({ name: a.name, reference: a.reference })),
    };
    await this.commands.run(() =>
      this.handle(grant.id).executeUpdate(submitReportUpdate, {
        args: [{ actor: actorOf(user, requestId), reportId, content }],
      }),
    );
    return this.report(user, id, reportId);
  }

  async reviewReport(
    user: AuthUser,
    id: string,
    reportId: string,
    decision: 'accept' | 'request_changes',
    comment: string | null,
    requestId?: string,
  ): Promise<ReportDetailDto> {
    const grant = await this.readable(user, id);
    await this.requireReport(grant.id, reportId);
    await this.commands.run(() =>
      this.handle(grant.id).executeUpdate(reviewReportUpdate, {
        args: [{ actor: actorOf(user, requestId), reportId, decision, comment }],
      }),
    );
    return this.report(user, id, reportId);
  }

  async changeStatus(
    user: AuthUser,
    id: string,
    action: 'suspend' | 'resume' | 'terminate',
    reason: string,
    requestId?: string,
  ): Promise<GrantDto> {
    const grant = await this.readable(user, id);
    await this.commands.run(() =>
      this.handle(grant.id).executeUpdate(changeGrantStatusUpdate, {
        args: [{ actor: actorOf(user, requestId), action, reason }],
      }),
    );
    return this.get(user, id);
  }

  async close(user: AuthUser, id: string, dto: CloseGrantDto, requestId?: string): Promise<GrantDto> {
    const grant = await this.readable(user, id);
    await this.commands.run(() =>
      this.handle(grant.id).executeUpdate(closeGrantUpdate, {
        args: [
          {
            actor: actorOf(user, requestId),
            unspentAmount: dto.unspentAmount,
            reference: dto.reference ?? null,
            note: dto.note ?? null,
          },
        ],
      }),
    );
    return this.get(user, id);
  }

  private async requireReport(grantId: string, reportId: string) {
    if (!(await grants.reportExists(this.dataSource.manager, grantId, reportId))) throw AppError.notFound();
  }

  async tranches(user: AuthUser, id: string, known?: GrantEntity): Promise<TrancheDto[]> {
    if (!known) await this.readable(user, id);
    const rows = await grants.tranches(this.dataSource.manager, id);
    // Each tranche's latest attempt: what finance follows while an outcome is unknown.
    const payments = await grants.latestPayments(this.dataSource.manager, id);
    return rows.map((t) => ({
      number: t.number,
      percentage: t.percentage,
      amount: t.amount,
      status: t.status,
      requestedBy: t.requestedBy,
      requestedAt: iso(t.requestedAt),
      approvedBy: t.approvedBy,
      approvedAt: iso(t.approvedAt),
      disbursedAt: iso(t.disbursedAt),
      failureReason: t.failureReason,
      payment: tranchePayment(payments.get(t.id)),
    }));
  }

  /**
   * The payment order of a tranche for finance (the route admits finance roles only): the payee in full, the
   * amount and the reference to quote, for the live payment attempt or, before one exists, the next.
   */
  async paymentOrder(user: AuthUser, id: string, trancheNumber: number): Promise<PaymentOrderDto> {
    const grant = await this.readable(user, id);
    // One snapshot for the tranche and its payments: the worker changes both in one transaction, and two separate
    // reads could see a payment under way beside a tranche that is not yet `disbursing`.
    const { tranche, organization, latest } = await this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const tranche = await grants.tranche(m, id, trancheNumber);
      if (!tranche) throw AppError.notFound();
      const organization = await grantee(m, grant);
      const latest = await grants.latestPayment(m, tranche.id);
      return { tranche, organization, latest };
    });
    const account = this.payoutVault.open(grant);
    if (!account) throw AppError.invalidState(grant.status);
    // A failed attempt stays the order's subject until a retry approves the next one.
    const next = !latest || (latest.status === 'failed' && tranche.status !== 'failed');
    const attempt = next ? (latest?.attempt ?? 0) + 1 : latest.attempt;
    return {
      grantId: grant.id,
      organizationId: organization.id,
      organizationName: organization.name,
      trancheNumber: tranche.number,
      amount: tranche.amount,
      currency: grant.currency,
      payee:
        account.method === 'mobile_money'
          ? {
              method: account.method,
              provider: account.provider,
              msisdn: account.msisdn,
              bankName: null,
              accountNumber: null,
              accountName: null,
            }
          : {
              method: account.method,
              provider: null,
              msisdn: null,
              bankName: account.bankName,
              accountNumber: account.accountNumber,
              accountName: account.accountName,
            },
      reference: paymentOrderReference(grant.id, tranche.number, attempt),
      attempt,
      trancheStatus: tranche.status,
      payment: next
        ? null
        : {
            id: latest.id,
            status: latest.status,
            gateway: latest.gateway,
            providerReference: latest.providerReference,
            paidAt: iso(latest.paidAt),
          },
    };
  }

  /** The grantee's applicant signs and gives the payout account; tranche 1 becomes eligible. */
  async sign(user: AuthUser, id: string, dto: PayoutAccountDto, requestId?: string): Promise<GrantDto> {
    const grant = requireOwnOrganization(user, await this.find(id));
    const payoutAccount = payoutAccountFrom(dto);
    await this.commands.run(() =>
      this.handle(grant.id).executeUpdate(signAgreementUpdate, {
        args: [{ actor: actorOf(user, requestId), payoutAccount }],
      }),
    );
    return this.get(user, id);
  }

  async trancheCommand(
    user: AuthUser,
    id: string,
    trancheNumber: number,
    command:
      | 'request'
      | 'approve'
      | 'retry'
      | { reference: string; paidAt: string; amount: number }
      | { resolution: PaymentResolution },
    requestId?: string,
  ): Promise<TrancheDto> {
    const grant = await this.readable(user, id);
    const base = { actor: actorOf(user, requestId), trancheNumber };
    const handle = this.handle(grant.id);
    await this.commands.run(() => {
      if (command === 'request') return handle.executeUpdate(requestReleaseUpdate, { args: [base] });
      if (command === 'approve') return handle.executeUpdate(approveReleaseUpdate, { args: [base] });
      if (command === 'retry') return handle.executeUpdate(retryDisbursementUpdate, { args: [base] });
      if ('resolution' in command)
        return handle.executeUpdate(resolvePaymentUpdate, { args: [{ ...base, resolution: command.resolution }] });
      return handle.executeUpdate(confirmPaymentUpdate, { args: [{ ...base, ...command }] });
    });
    const tranche = (await this.tranches(user, id, grant)).find((t) => t.number === trancheNumber);
    if (!tranche) throw AppError.notFound();
    return tranche;
  }

  private find(id: string): Promise<GrantEntity | null> {
    return grants.find(this.dataSource.manager, id);
  }

  /** The grant if this user may read it (another organisation's: 404). */
  private async readable(user: AuthUser, id: string): Promise<GrantEntity> {
    return requireAccess(user, await this.find(id));
  }

  private handle(grantId: string) {
    return this.temporal.workflow.getHandle(grantWorkflowId(grantId));
  }
}

/** Mobile money needs a provider and a number (Guinea: +224 and 9 digits); a bank transfer its three fields. */
export function payoutAccountFrom(dto: PayoutAccountDto): PayoutAccountInput {
  const errors: FieldError[] = [];
  const need = (field: keyof PayoutAccountDto) => {
    if (!dto[field]) errors.push({ field: `payoutAccount.${field}`, code: FieldCode.REQUIRED });
  };
  if (dto.method === 'mobile_money') {
    need('provider');
    need('msisdn');
    if (errors.length) throw AppError.validation(errors);
    return { method: 'mobile_money', provider: dto.provider!, msisdn: dto.msisdn! };
  }
  need('bankName');
  need('accountNumber');
  need('accountName');
  if (errors.length) throw AppError.validation(errors);
  return {
    method: 'bank_transfer',
    bankName: dto.bankName!,
    accountNumber: dto.accountNumber!,
    accountName: dto.accountName!,
  };
}

/** `paid` needs the provider's reference, the amount and the time; `failed` the provider's reason. */
export function paymentResolutionFrom(dto: ResolvePaymentDto): PaymentResolution {
  const errors: FieldError[] = [];
  const need = (field: keyof ResolvePaymentDto) => {
    if (dto[field] === undefined || dto[field] === null) errors.push({ field, code: FieldCode.REQUIRED });
  };
  if (dto.outcome === 'paid') {
    need('reference');
    need('amount');
    need('paidAt');
    if (errors.length) throw AppError.validation(errors);
    return { outcome: 'paid', reference: dto.reference!, amount: dto.amount!, paidAt: dto.paidAt!, note: dto.note };
  }
  need('reason');
  if (errors.length) throw AppError.validation(errors);
  return { outcome: 'failed', reason: dto.reason!, note: dto.note };
}

function tranchePayment(p: PaymentEntity | undefined): TranchePaymentDto | null {
  if (!p) return null;
  return {
    attempt: p.attempt,
    gateway: p.gateway,
    status: p.status,
    reference: p.providerReference,
    lastAnswer: p.lastAnswer,
    lastCheckedAt: iso(p.lastCheckedAt),
    checks: p.checks,
    stuckSince: iso(p.stuckSince),
  };
}

/** The clear columns only: no decryption for a display that shows the last 3 digits anyway. */
function payoutSummary(grant: GrantEntity): PayoutSummaryDto | null {
  if (!grant.payoutMethod) return null;
  return { method: grant.payoutMethod, provider: grant.payoutProvider ?? '', accountMasked: grant.payoutMasked ?? '' };
}

function reportDetail(r: GrantReportEntity): ReportDetailDto {
  const open = SUBMITTABLE_REPORT_STATUSES.includes(r.status) && r.status !== 'changes_requested';
  return {
    ...reportDto(r),
    periodStart: iso(r.periodStart),
    submissionCount: r.submissionCount,
    submittedAt: iso(r.submittedAt),
    submittedBy: r.submittedBy,
    narrative: r.narrative,
    beneficiaries:
      r.beneficiariesTotal === null
        ? null
        : { total: r.beneficiariesTotal, women: r.beneficiariesWomen ?? 0, youth: r.beneficiariesYouth ?? 0 },
    indicators: r.indicatorValues,
    expenditures: r.expenditures,
    expenditureTotal: r.expenditureTotal,
    milestones: r.milestoneUpdates,
    attachments: r.attachments,
    reviewedBy: r.reviewedBy,
    reviewedAt: iso(r.reviewedAt),
    reviewComment: r.reviewComment,
    overdueSince: iso(r.overdueSince),
    resubmitBy: iso(r.resubmitBy),
    daysLate: open && r.dueDate ? daysLate(r.dueDate, new Date()) : 0,
  };
}
