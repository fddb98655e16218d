import { Injectable } from '@nestjs/common';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@csf/config';
import { ErrorCode, isoDate, reportDueAt, type RoundDurationKey, roundDurationMs } from '@csf/domain';
import {
  appendAuditEvents,
  GrantEntity,
  GrantReportEntity,
  GrantTrancheEntity,
  PaymentEntity,
  PayoutVault,
  pgConstraint,
  pgErrorCode,
  PgError,
  ProposalEntity,
  RoundEntity,
} from '@csf/persistence';
import type {
  Actor,
  DisbursementResult,
  GrantActivities,
  GrantContext,
  PayoutAccountInput,
} from '@csf/temporal';
import { PaymentGateways, ProviderUnavailable, TransferState } from '../payments/payment-gateway';
import { grantSnapshot, trancheState } from './grant-snapshot';
import { refuse } from './refusal';

/**
 * The only code that moves a grant's money. Every method is one idempotent step: a repeated call (activity
 * retry, replay, duplicate) answers what the first one did. The partial unique index on payments guarantees one
 * live payment per tranche, and the provider receives the same idempotency key for the same payment attempt.
 */
@Injectable()
export class GrantActivitiesService implements GrantActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly payments: PaymentGateways,
    private readonly config: AppConfig,
    private readonly payoutVault: PayoutVault,
  ) {}

  async loadGrantContext(input: { grantId: string }): Promise<GrantContext> {
    const m = this.dataSource.manager;
    const grant = await m.findOneByOrFail(GrantEntity, { id: input.grantId });
    const proposal = await m.findOneByOrFail(ProposalEntity, { id: grant.proposalId });
    const round = await m.findOneByOrFail(RoundEntity, { id: grant.roundId });
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
      reportDurations: { reportReminder: duration('reportReminder'), reportGrace: duration('reportGrace'), atRisk: duration('atRisk') },
      historyLimit: this.config.GRANT_HISTORY_LIMIT,
    };
  }

  async recordAgreement(input: { grantId: string; payoutAccount: PayoutAccountInput; actor: Actor; workflowId: string }) {
    return this.dataSource.transaction(async (m) => {
      const grant = await this.lockGrant(m, input.grantId);
      if (grant.status === 'awaiting_agreement') {
        const signedAt = new Date();
        await m.update(GrantEntity, { id: grant.id }, {
          status: 'active',
          agreementSignedAt: signedAt,
          agreementSignedBy: input.actor.userId,
          // Sealed before it reaches a row: the clear account exists only in this process's memory.
          ...this.payoutVault.seal(grant.id, input.payoutAccount),
        });
        await m.update(GrantTrancheEntity, { grantId: grant.id, number: 1, status: 'pending' }, { status: 'eligible', eligibleAt: signedAt });
        await this.scheduleReports(m, grant, signedAt);
        await appendAuditEvents(m, [
          { ...this.actor(input.actor), action: 'grant.agreement_signed', entityType: 'grant', entityId: grant.id, fromState: 'awaiting_agreement', toState: 'active', workflowId: input.workflowId, data: { payoutMethod: input.payoutAccount.method }, dedupKey: `${input.workflowId}:agreement` },
        ]);
      } else if (grant.agreementSignedAt === null) {
        throw refuse(ErrorCode.INVALID_STATE, `grant is ${grant.status}`, { status: grant.status });
      }
      return grantSnapshot(m, grant.id);
    });
  }

  /** Report k is due k report periods after signature; its period starts where the previous one ended. */
  private async scheduleReports(m: EntityManager, grant: GrantEntity, signedAt: Date) {
    const round = await m.findOneByOrFail(RoundEntity, { id: grant.roundId });
    const period = roundDurationMs(round.durations, 'reportPeriod');
    const reports = await m.find(GrantReportEntity, { where: { grantId: grant.id }, order: { sequence: 'ASC' } });
    for (const r of reports) {
      const dueAt = new Date(reportDueAt(signedAt.getTime(), r.sequence, period));
      const periodStart = new Date(reportDueAt(signedAt.getTime(), r.sequence - 1, period));
      await m.update(GrantReportEntity, { id: r.id }, { dueAt, dueDate: isoDate(dueAt), periodStart });
    }
  }

  async recordReleaseRequest(input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string }) {
    return this.dataSource.transaction(async (m) => {
      const t = await this.lockTranche(m, input.grantId, input.trancheNumber);
      if (t.status === 'release_requested' && t.requestedBy === input.actor.userId) return trancheState(t);
      if (t.status !== 'eligible') throw refuse(ErrorCode.TRANCHE_NOT_ELIGIBLE, `tranche is ${t.status}`, { status: t.status });
      await m.update(GrantTrancheEntity, { id: t.id }, { status: 'release_requested', requestedBy: input.actor.userId, requestedAt: new Date() });
      await this.audit(m, input, t, 'tranche.release_requested', 'eligible', 'release_requested');
      return { ...trancheState(t), status: 'release_requested', requestedBy: input.actor.userId };
    });
  }

  async recordReleaseApproval(input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string }) {
    return this.dataSource.transaction(async (m) => {
      const t = await this.lockTranche(m, input.grantId, input.trancheNumber);
      if (t.approvedBy === input.actor.userId && t.status !== 'release_requested') return trancheState(t);
      if (t.status !== 'release_requested') throw refuse(ErrorCode.TRANCHE_NOT_ELIGIBLE, `tranche is ${t.status}`, { status: t.status });
      if (t.requestedBy === input.actor.userId) throw refuse(ErrorCode.MAKER_CHECKER, 'the maker cannot approve their own request');
      try {
        await m.update(GrantTrancheEntity, { id: t.id }, { status: 'release_approved', approvedBy: input.actor.userId, approvedAt: new Date() });
      } catch (error) {
        // The CHECK constraint is the last word on maker ≠ checker.
        if (pgErrorCode(error) === PgError.CHECK_VIOLATION && pgConstraint(error) === 'grant_tranches_maker_is_not_checker') {
          throw refuse(ErrorCode.MAKER_CHECKER, 'the maker cannot approve their own request');
        }
        throw error;
      }
      await this.audit(m, input, t, 'tranche.release_approved', 'release_requested', 'release_approved');
      return { ...trancheState(t), status: 'release_approved' };
    });
  }

  async startDisbursement(input: { grantId: string; trancheNumber: number; workflowId: string }): Promise<DisbursementResult> {
    const gateway = this.payments.gateway;
    // Step 1, in a transaction: the tranche's live payment, created once (attempt n+1 after a failure).
    const { payment, grant, done } = await this.dataSource.transaction(async (m) => {
      const t = await this.lockTranche(m, input.grantId, input.trancheNumber);
      const grant = await m.findOneByOrFail(GrantEntity, { id: input.grantId });
      const live = await m
        .createQueryBuilder(PaymentEntity, 'p')
        .where('p.trancheId = :id AND p.status <> :failed', { id: t.id, failed: 'failed' })
        .getOne();
      if (live) return { payment: live, grant, done: t.status === 'disbursed' };
      if (t.status !== 'release_approved') throw refuse(ErrorCode.TRANCHE_NOT_ELIGIBLE, `tranche is ${t.status}`, { status: t.status });
      const [{ attempt }] = await m.query('SELECT coalesce(max(attempt), 0) + 1 AS attempt FROM payments WHERE tranche_id = $1', [t.id]);
      const created = await m.save(
        m.create(PaymentEntity, {
          grantId: grant.id,
          trancheId: t.id,
          trancheNumber: t.number,
          attempt,
          idempotencyKey: `csf:${grant.id}:tranche-${t.number}:attempt-${attempt}`,
          gateway: gateway.name,
          amount: t.amount,
          currency: grant.currency,
          status: gateway.name === 'manual' ? 'ordered' : 'submitted',
          providerReference: null,
          paidAt: null,
          failureReason: null,
        }),
      );
      await m.update(GrantTrancheEntity, { id: t.id }, { status: 'disbursing' });
      await appendAuditEvents(m, [
        { actorRole: 'system', action: 'tranche.disbursing', entityType: 'grant', entityId: grant.id, fromState: 'release_approved', toState: 'disbursing', workflowId: input.workflowId, data: { tranche: t.number, paymentId: created.id, gateway: gateway.name, amount: t.amount, attempt }, dedupKey: `${input.workflowId}:payment:${created.id}:disbursing` },
      ]);
      return { payment: created, grant, done: false };
    });
    if (done || payment.status === 'paid') return this.result(payment.id, 'paid', 'disbursed');
    if (payment.gateway === 'manual') return this.result(payment.id, 'ordered', 'disbursing');
    // Step 2, outside any transaction: ask the provider. Same key every time, so a retry finds the same transfer.
    const state = await this.withHeartbeat(() =>
      payment.providerReference
        ? gateway.status(payment.idempotencyKey, payment.providerReference)
        : gateway.submit({
            idempotencyKey: payment.idempotencyKey,
            amount: payment.amount,
            currency: payment.currency,
            payout: this.payoutVault.open(grant)!,
            description: `Fonds de sécurité communautaire — subvention ${grant.id}, tranche ${payment.trancheNumber}`,
          }),
    );
    return this.apply(payment.id, state, input.workflowId, null);
  }

  async checkDisbursement(input: { paymentId: string; workflowId: string }): Promise<DisbursementResult> {
    const payment = await this.dataSource.manager.findOneByOrFail(PaymentEntity, { id: input.paymentId });
    if (payment.status === 'paid') return this.result(payment.id, 'paid', 'disbursed');
    if (payment.status === 'failed') return this.result(payment.id, 'failed', 'failed');
    if (payment.gateway === 'manual') return this.result(payment.id, 'ordered', 'disbursing');
    const state = await this.withHeartbeat(() => this.payments.gateway.status(payment.idempotencyKey, payment.providerReference));
    return this.apply(payment.id, state, input.workflowId, null);
  }

  async confirmManualPayment(input: { grantId: string; trancheNumber: number; reference: string; paidAt: string; actor: Actor; workflowId: string }) {
    const payment = await this.dataSource.manager
      .createQueryBuilder(PaymentEntity, 'p')
      .where('p.grantId = :g AND p.trancheNumber = :n AND p.status <> :failed', { g: input.grantId, n: input.trancheNumber, failed: 'failed' })
      .getOne();
    if (!payment || payment.gateway !== 'manual') throw refuse(ErrorCode.TRANCHE_NOT_ELIGIBLE, 'no payment order awaits confirmation', { status: 'none' });
    await this.apply(payment.id, { status: 'paid', reference: input.reference, paidAt: new Date(input.paidAt) }, input.workflowId, input.actor);
    const t = await this.dataSource.manager.findOneByOrFail(GrantTrancheEntity, { grantId: input.grantId, number: input.trancheNumber });
    return trancheState(t);
  }

  async recordDisbursementRetry(input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string }) {
    return this.dataSource.transaction(async (m) => {
      const t = await this.lockTranche(m, input.grantId, input.trancheNumber);
      if (t.status === 'release_approved') return trancheState(t);
      if (t.status !== 'failed') throw refuse(ErrorCode.TRANCHE_NOT_ELIGIBLE, `tranche is ${t.status}`, { status: t.status });
      await m.update(GrantTrancheEntity, { id: t.id }, { status: 'release_approved', failureReason: null });
      await this.audit(m, input, t, 'tranche.disbursement_retried', 'failed', 'release_approved');
      return { ...trancheState(t), status: 'release_approved' };
    });
  }

  /**
   * Records what the provider (or finance) said about a payment, once: a paid payment moves the tranche to
   * disbursed and adds the amount to the grant's and the round's disbursed totals in the same transaction.
   */
  private async apply(paymentId: string, state: TransferState, workflowId: string, actor: Actor | null): Promise<DisbursementResult> {
    return this.dataSource.transaction(async (m) => {
      const payment = await m.findOne(PaymentEntity, { where: { id: paymentId }, lock: { mode: 'pessimistic_write' } });
      if (!payment) throw refuse(ErrorCode.NOT_FOUND, 'payment not found');
      if (payment.status === 'paid') return this.result(payment.id, 'paid', 'disbursed');
      if (payment.status === 'failed') return this.result(payment.id, 'failed', 'failed');
      const common = { actorId: actor?.userId ?? null, actorRole: actor?.role ?? 'system', requestId: actor?.requestId ?? null, entityType: 'grant' as const, entityId: payment.grantId, workflowId };
      if (state.status === 'paid') {
        await m.update(PaymentEntity, { id: payment.id }, { status: 'paid', providerReference: state.reference, paidAt: state.paidAt });
        await m.update(GrantTrancheEntity, { id: payment.trancheId }, { status: 'disbursed', disbursedAt: state.paidAt });
        // The round row first, as every transaction that touches it does (approval, termination): the grant's
        // update also locks the portfolio counters, and one lock order means no deadlock between them.
        await m.query(
          'UPDATE rounds SET disbursed_amount = disbursed_amount + $2, updated_at = now() WHERE id = (SELECT round_id FROM grants WHERE id = $1)',
          [payment.grantId, payment.amount],
        );
        await m.query('UPDATE grants SET disbursed_amount = disbursed_amount + $2, updated_at = now() WHERE id = $1', [payment.grantId, payment.amount]);
        await appendAuditEvents(m, [
          { ...common, action: 'tranche.disbursed', fromState: 'disbursing', toState: 'disbursed', data: { tranche: payment.trancheNumber, paymentId: payment.id, amount: payment.amount, reference: state.reference, paidAt: state.paidAt.toISOString() }, dedupKey: `${workflowId}:payment:${payment.id}:paid` },
        ]);
        return this.result(payment.id, 'paid', 'disbursed');
      }
      if (state.status === 'failed') {
        await m.update(PaymentEntity, { id: payment.id }, { status: 'failed', failureReason: state.reason, providerReference: state.reference ?? payment.providerReference });
        await m.update(GrantTrancheEntity, { id: payment.trancheId }, { status: 'failed', failureReason: state.reason });
        await appendAuditEvents(m, [
          { ...common, action: 'tranche.disbursement_failed', fromState: 'disbursing', toState: 'failed', reason: state.reason, data: { tranche: payment.trancheNumber, paymentId: payment.id }, dedupKey: `${workflowId}:payment:${payment.id}:failed` },
        ]);
        return this.result(payment.id, 'failed', 'failed');
      }
      if (state.status === 'pending' && payment.providerReference !== state.reference) {
        await m.update(PaymentEntity, { id: payment.id }, { providerReference: state.reference });
      }
      return this.result(payment.id, state.status === 'pending' ? 'pending' : 'ordered', 'disbursing');
    });
  }

  private result(paymentId: string, payment: DisbursementResult['payment'], trancheStatus: string): DisbursementResult {
    return { paymentId, gateway: this.payments.gateway.name, payment, trancheStatus };
  }

  /** Heartbeats while waiting on the provider, so a worker that dies mid-call is noticed within seconds. */
  private async withHeartbeat<T>(call: () => Promise<T>): Promise<T> {
    let context: Context | undefined;
    try {
      context = Context.current();
    } catch {
      context = undefined; // called outside an activity (tests)
    }
    const timer = context ? setInterval(() => context!.heartbeat(), 1_000) : undefined;
    try {
      return await call();
    } catch (error) {
      if (error instanceof ProviderUnavailable) throw ApplicationFailure.retryable(error.message, 'PAYMENT_PROVIDER_UNAVAILABLE');
      throw error;
    } finally {
      if (timer) clearInterval(timer);
    }
  }

  private async lockGrant(m: EntityManager, id: string): Promise<GrantEntity> {
    const grant = await m.findOne(GrantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!grant) throw refuse(ErrorCode.NOT_FOUND, 'grant not found');
    return grant;
  }

  private async lockTranche(m: EntityManager, grantId: string, number: number): Promise<GrantTrancheEntity> {
    const t = await m.findOne(GrantTrancheEntity, { where: { grantId, number }, lock: { mode: 'pessimistic_write' } });
    if (!t) throw refuse(ErrorCode.NOT_FOUND, 'tranche not found');
    return t;
  }

  private actor(actor: Actor) {
    return { actorId: actor.userId, actorRole: actor.role, requestId: actor.requestId ?? null };
  }

  private async audit(m: EntityManager, input: { actor: Actor; workflowId: string }, t: GrantTrancheEntity, action: string, from: string, to: string) {
    await appendAuditEvents(m, [
      { ...this.actor(input.actor), action, entityType: 'grant', entityId: t.grantId, fromState: from, toState: to, workflowId: input.workflowId, data: { tranche: t.number, amount: t.amount }, dedupKey: `${input.workflowId}:tranche:${t.number}:${action}:${input.actor.userId}` },
    ]);
  }
}
