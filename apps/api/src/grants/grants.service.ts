import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { FieldCode, FieldError } from '@csf/domain';
import { GrantEntity, GrantReportEntity, GrantTrancheEntity } from '@csf/persistence';
import {
  approveReleaseUpdate,
  confirmPaymentUpdate,
  grantWorkflowId,
  PayoutAccountInput,
  requestReleaseUpdate,
  retryDisbursementUpdate,
  signAgreementUpdate,
} from '@csf/temporal';
import { actorOf, requireAccess, requireOwnOrganization } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { WorkflowCommands } from '../common/workflow-commands';
import type { GrantDto, PayoutAccountDto, TrancheDto } from './grant.dto';

/** Read side of grants and the commands the grant workflow takes (agreement, release, payment). */
@Injectable()
export class GrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly commands: WorkflowCommands,
  ) {}

  async get(user: AuthUser, id: string): Promise<GrantDto> {
    const m = this.dataSource.manager;
    const grant = requireAccess(user, await m.findOne(GrantEntity, { where: { id } }));
    const tranches = await this.tranches(user, id, grant);
    const reports = await m.find(GrantReportEntity, { where: { grantId: id }, order: { sequence: 'ASC' } });
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
      payoutMethod: grant.payoutAccount?.method ?? null,
      workflowId: grant.workflowId,
      tranches,
      reports: reports.map((r) => ({ id: r.id, sequence: r.sequence, kind: r.kind, gatesTranche: r.gatesTranche, dueDate: r.dueDate, status: r.status })),
      createdAt: grant.createdAt.toISOString(),
    };
  }

  async tranches(user: AuthUser, id: string, known?: GrantEntity): Promise<TrancheDto[]> {
    const m = this.dataSource.manager;
    known ?? requireAccess(user, await m.findOne(GrantEntity, { where: { id } }));
    const rows = await m.find(GrantTrancheEntity, { where: { grantId: id }, order: { number: 'ASC' } });
    const iso = (d: Date | null) => d?.toISOString() ?? null;
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
    }));
  }

  /** The grantee's applicant signs and gives the payout account; tranche 1 becomes eligible. */
  async sign(user: AuthUser, id: string, dto: PayoutAccountDto, requestId?: string): Promise<GrantDto> {
    const grant = requireOwnOrganization(user, await this.dataSource.manager.findOne(GrantEntity, { where: { id } }));
    const payoutAccount = payoutAccountFrom(dto);
    await this.commands.run(() =>
      this.handle(grant.id).executeUpdate(signAgreementUpdate, { args: [{ actor: actorOf(user, requestId), payoutAccount }] }),
    );
    return this.get(user, id);
  }

  async trancheCommand(
    user: AuthUser,
    id: string,
    trancheNumber: number,
    command: 'request' | 'approve' | 'retry' | { reference: string; paidAt: string },
    requestId?: string,
  ): Promise<TrancheDto> {
    const grant = requireAccess(user, await this.dataSource.manager.findOne(GrantEntity, { where: { id } }));
    const base = { actor: actorOf(user, requestId), trancheNumber };
    const handle = this.handle(grant.id);
    await this.commands.run(() => {
      if (command === 'request') return handle.executeUpdate(requestReleaseUpdate, { args: [base] });
      if (command === 'approve') return handle.executeUpdate(approveReleaseUpdate, { args: [base] });
      if (command === 'retry') return handle.executeUpdate(retryDisbursementUpdate, { args: [base] });
      return handle.executeUpdate(confirmPaymentUpdate, { args: [{ ...base, ...command }] });
    });
    const tranche = (await this.tranches(user, id, grant)).find((t) => t.number === trancheNumber);
    if (!tranche) throw AppError.notFound();
    return tranche;
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
  return { method: 'bank_transfer', bankName: dto.bankName!, accountNumber: dto.accountNumber!, accountName: dto.accountName! };
}
