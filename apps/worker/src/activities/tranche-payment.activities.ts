import { Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@csf/config';
import {
  durationToMs,
  ErrorCode,
  FieldCode,
  grantCommandRefusal,
  paymentAmountRefusal,
  paymentStuck,
  type TrancheChange,
  trancheChangeRefusal,
} from '@csf/domain';
import {
  audit,
  SYSTEM_ACTOR,
  GrantEntity,
  grants,
  GrantTrancheEntity,
  type PaymentCheck,
  PaymentEntity,
  PayoutVault,
  pgConstraint,
  pgErrorCode,
  PgError,
  proposals,
  rounds,
} from '@csf/persistence';
import type { Actor, DisbursementResult, TranchePaymentActivities, PaymentResolution } from '@csf/temporal';
import { Outbox } from '../notifications/outbox';
import { PaymentGateways, TransferState } from '../payments/payment-gateway';
import { trancheState } from './grant-snapshot';
import { refuse, refusalOf } from '@csf/temporal';

/**
 * The only code that moves a grant's money. Every method is one idempotent step: a repeated call (activity
 * retry, replay, duplicate) answers what the first one did. The partial unique index on payments guarantees one
 * live payment per tranche, and the provider receives the same idempotency key for the same payment attempt.
 * The rows are found and written by the grants repository; which change is allowed is decided here.
 */
@Injectable()
export class TranchePaymentActivitiesService implements TranchePaymentActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly payments: PaymentGateways,
    private readonly config: AppConfig,
    private readonly payoutVault: PayoutVault,
    private readonly outbox: Outbox,
  ) {}

  async recordReleaseRequest(input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string }) {
    return this.requestRelease(input, 'requestRelease');
  }

  /**
   * The maker's step. A failed tranche is released again from scratch: the former checker's approval does not
   * carry over, so a new attempt (and a new idempotency key) always has a maker and a different checker.
   */
  private async requestRelease(
    input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string },
    change: TrancheChange,
  ) {
    return this.dataSource.transaction(async (m) => {
      const t = await this.lockTranche(m, input.grantId, input.trancheNumber);
      if (t.status === 'release_requested' && t.requestedBy === input.actor.userId) return trancheState(t);
      this.check(trancheChangeRefusal(change, t));
      await grants.requestTrancheRelease(m, t.id, input.actor.userId);
      await this.auditTranche(
        m,
        input,
        t,
        'tranche.release_requested',
        t.status,
        'release_requested',
        await grants.failedAttempts(m, t.id),
      );
      return { ...trancheState(t), status: 'release_requested', requestedBy: input.actor.userId };
    });
  }

  async recordReleaseApproval(input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string }) {
    return this.dataSource.transaction(async (m) => {
      const t = await this.lockTranche(m, input.grantId, input.trancheNumber);
      if (t.approvedBy === input.actor.userId && t.status !== 'release_requested') return trancheState(t);
      this.check(trancheChangeRefusal('approveRelease', t, input.actor.userId));
      try {
        await grants.approveTrancheRelease(m, t.id, input.actor.userId);
      } catch (error) {
        // The CHECK constraint is the last word on maker ≠ checker.
        if (
          pgErrorCode(error) === PgError.CHECK_VIOLATION &&
          pgConstraint(error) === 'grant_tranches_maker_is_not_checker'
        ) {
          throw refuse(ErrorCode.MAKER_CHECKER, 'the maker cannot approve their own request');
        }
        throw error;
      }
      await this.auditTranche(
        m,
        input,
        t,
        'tranche.release_approved',
        'release_requested',
        'release_approved',
        await grants.failedAttempts(m, t.id),
      );
      return { ...trancheState(t), status: 'release_approved' };
    });
  }

  async startDisbursement(input: {
    grantId: string;
    trancheNumber: number;
    workflowId: string;
  }): Promise<DisbursementResult> {
    return this.withHeartbeat(async () => {
      const gateway = this.payments.gateway;
      // Step 1, in a transaction: the tranche's live payment, created once (attempt n+1 after a definitive failure).
      const { payment, grant, done } = await this.dataSource.transaction(async (m) => {
        const t = await this.lockTranche(m, input.grantId, input.trancheNumber);
        const grant = await grants.get(m, input.grantId);
        const live = await grants.livePayment(m, t);
        if (live) return { payment: live, grant, done: t.status === 'disbursed' };
        this.check(trancheChangeRefusal('disburse', t));
        const attempt = await grants.nextAttempt(m, t.id);
        const created = await grants.recordPaymentAttempt(m, {
          grantId: grant.id,
          trancheId: t.id,
          trancheNumber: t.number,
          attempt,
          idempotencyKey: `csf:${grant.id}:tranche-${t.number}:attempt-${attempt}`,
          gateway: gateway.name,
          amount: t.amount,
          currency: grant.currency,
          status: gateway.name === 'manual' ? 'ordered' : 'submitted',
        });
        await grants.markTrancheDisbursing(m, t.id);
        await audit.record(m, SYSTEM_ACTOR, [
          {
            action: 'tranche.disbursing',
            entityType: 'grant',
            entityId: grant.id,
            fromState: 'release_approved',
            toState: 'disbursing',
            workflowId: input.workflowId,
            data: { tranche: t.number, paymentId: created.id, gateway: gateway.name, amount: t.amount, attempt },
            dedupKey: `${input.workflowId}:payment:${created.id}:disbursing`,
          },
        ]);
        return { payment: created, grant, done: false };
      });
      if (done || payment.status === 'paid') return this.result(payment.id, 'paid', 'disbursed');
      if (payment.gateway === 'manual') return this.result(payment.id, 'ordered', 'disbursing');
      return this.reconcile(payment, grant, input.workflowId);
    });
  }

  async checkDisbursement(input: { paymentId: string; workflowId: string }): Promise<DisbursementResult> {
    return this.withHeartbeat(async () => {
      const payment = await grants.getPayment(this.dataSource.manager, input.paymentId);
      if (payment.status === 'paid') return this.result(payment.id, 'paid', 'disbursed');
      if (payment.status === 'failed') return this.result(payment.id, 'failed', 'failed');
      if (payment.gateway === 'manual') return this.result(payment.id, 'ordered', 'disbursing');
      const grant = await grants.get(this.dataSource.manager, payment.grantId);
      return this.reconcile(payment, grant, input.workflowId);
    });
  }

  /**
   * Asks the provider about a payment in flight, always with the payment's own key: by its transfer once the
   * provider has named one, else by sending the same creation again (the provider answers with the transfer it
   * already has for that key, or creates it once).
   */
  private async reconcile(payment: PaymentEntity, grant: GrantEntity, workflowId: string): Promise<DisbursementResult> {
    const gateway = this.payments.gateway;
    const state = payment.providerReference
      ? await gateway.status(payment.idempotencyKey, payment.providerReference, {
          amount: payment.amount,
          currency: payment.currency,
        })
      : await gateway.submit({
          idempotencyKey: payment.idempotencyKey,
          amount: payment.amount,
          currency: payment.currency,
          payout: this.payoutVault.open(grant)!,
          description: `Fonds de sécurité communautaire — subvention ${grant.id}, tranche ${payment.trancheNumber}`,
        });
    return this.apply(payment.id, state, workflowId, null);
  }

  async confirmManualPayment(input: {
    grantId: string;
    trancheNumber: number;
    reference: string;
    paidAt: string;
    amount?: number;
    actor: Actor;
    workflowId: string;
  }) {
    const payment = await grants.livePayment(this.dataSource.manager, {
      grantId: input.grantId,
      number: input.trancheNumber,
    });
    if (!payment || payment.gateway !== 'manual')
      throw refuse(ErrorCode.TRANCHE_NOT_ELIGIBLE, 'no payment order awaits confirmation', {
        params: { status: 'none' },
      });
    const amount = input.amount ?? payment.amount;
    await this.apply(
      payment.id,
      { status: 'paid', reference: input.reference, paidAt: new Date(input.paidAt), amount },
      input.workflowId,
      input.actor,
    );
    return trancheState(await grants.getTranche(this.dataSource.manager, payment.trancheId));
  }

  /** Kept for the `retry` command: the maker's step again (failed → release_requested), never a payment by itself. */
  async recordDisbursementRetry(input: { grantId: string; trancheNumber: number; actor: Actor; workflowId: string }) {
    return this.requestRelease(input, 'retry');
  }

  /**
   * The operator's path for a payment stuck without outcome: a finance approver who did not request the release
   * records what the provider confirmed out of band — paid (reference and amount, checked like a manual
   * confirmation) or failed (reason, after which the tranche needs a maker and a checker again).
   */
  async resolvePayment(input: {
    grantId: string;
    trancheNumber: number;
    resolution: PaymentResolution;
    actor: Actor;
    workflowId: string;
  }) {
    const t = await grants.tranche(this.dataSource.manager, input.grantId, input.trancheNumber);
    if (!t) throw refuse(ErrorCode.NOT_FOUND, 'tranche not found');
    const payment = await grants.latestPayment(this.dataSource.manager, t.id);
    if (payment?.resolvedBy === input.actor.userId && (payment.status === 'paid' || payment.status === 'failed'))
      return trancheState(t);
    this.check(trancheChangeRefusal('resolvePayment', t, input.actor.userId));
    if (!payment || payment.gateway !== 'http' || payment.status === 'paid' || payment.status === 'failed') {
      throw refuse(ErrorCode.TRANCHE_NOT_ELIGIBLE, 'no payment in flight', { params: { status: t.status } });
    }
    // Only once finance has been alerted: a payment the provider is still answering about is not an operator's.
    if (!payment.stuckSince)
      throw refuse(ErrorCode.TRANCHE_NOT_ELIGIBLE, 'the payment is not stuck', { params: { status: 'in_progress' } });
    const r = input.resolution;
    const state: TransferState =
      r.outcome === 'paid'
        ? { status: 'paid', reference: r.reference, amount: r.amount, paidAt: new Date(r.paidAt) }
        : { status: 'failed', reason: r.reason };
    await this.apply(payment.id, state, input.workflowId, input.actor, r.note);
    return trancheState(await grants.getTranche(this.dataSource.manager, t.id));
  }

  /**
   * Records what the provider (or finance) said about a payment, once: a paid payment moves the tranche to
   * disbursed and adds the amount to the grant's and the round's disbursed totals in the same transaction. Only
   * `paid` and `failed` settle it; any other answer is counted, and once the payment has gone without outcome for
   * PAYMENT_STUCK_ALERT_AFTER finance is alerted (once).
   */
  private async apply(
    paymentId: string,
    state: TransferState,
    workflowId: string,
    actor: Actor | null,
    note: string | null = null,
  ): Promise<DisbursementResult> {
    return this.dataSource.transaction(async (m) => {
      const payment = await grants.lockPayment(m, paymentId);
      if (!payment) throw refuse(ErrorCode.NOT_FOUND, 'payment not found');
      if (payment.status === 'paid') return this.result(payment.id, 'paid', 'disbursed');
      if (payment.status === 'failed') return this.result(payment.id, 'failed', 'failed');
      const by = actor ?? SYSTEM_ACTOR;
      const common = {
        entityType: 'grant' as const,
        entityId: payment.grantId,
        workflowId,
      };
      // Only a stuck provider payment is an operator's to resolve; a manual confirmation is no resolution.
      const resolution =
        actor && payment.gateway === 'http' ? { resolvedBy: actor.userId, resolutionNote: note } : null;
      if (state.status === 'paid') {
        const refusal = paymentAmountRefusal(state.amount, payment.amount);
        if (refusal)
          throw refuse(refusal.code, 'the amount paid is not the tranche amount', {
            errors: [{ field: 'amount', code: FieldCode.MISMATCH, params: refusal.params }],
            params: refusal.params,
          });
        if (await grants.referenceTaken(m, payment, state.reference)) {
          // Two payments cannot be one transfer: from a person it is a mistake to say; from the provider, not an outcome.
          if (actor) throw this.duplicateReference(state.reference);
          return this.noOutcome(
            m,
            payment,
            { status: 'unknown', answer: `reference ${state.reference} belongs to another payment` },
            workflowId,
          );
        }
        try {
          await grants.markPaymentPaid(
            m,
            payment.id,
            { reference: state.reference, paidAt: state.paidAt, amount: state.amount },
            resolution,
          );
        } catch (error) {
          if (
            pgErrorCode(error) === PgError.UNIQUE_VIOLATION &&
            pgConstraint(error) === 'payments_reference_per_gateway'
          )
            throw this.duplicateReference(state.reference);
          throw error;
        }
        await grants.markTrancheDisbursed(m, payment.trancheId, state.paidAt);
        // The round row first, as every transaction that touches it does (approval, termination): the grant's
        // update also locks the portfolio counters, and one lock order means no deadlock between them.
        await rounds.addDisbursedForGrant(m, payment.grantId, payment.amount);
        await grants.addDisbursed(m, payment.grantId, payment.amount);
        await audit.record(m, by, [
          {
            ...common,
            action: 'tranche.disbursed',
            fromState: 'disbursing',
            toState: 'disbursed',
            reason: note,
            data: {
              tranche: payment.trancheNumber,
              paymentId: payment.id,
              amount: state.amount,
              reference: state.reference,
              paidAt: state.paidAt.toISOString(),
              ...(actor && payment.gateway === 'http' && { resolvedByOperator: true }),
            },
            dedupKey: `${workflowId}:payment:${payment.id}:paid`,
          },
        ]);
        return this.result(payment.id, 'paid', 'disbursed');
      }
      if (state.status === 'failed') {
        await grants.markPaymentFailed(
          m,
          payment.id,
          { reason: state.reason, reference: state.reference ?? payment.providerReference },
          resolution,
        );
        await grants.markTrancheFailed(m, payment.trancheId, state.reason);
        await audit.record(m, by, [
          {
            ...common,
            action: 'tranche.disbursement_failed',
            fromState: 'disbursing',
            toState: 'failed',
            reason: state.reason,
            data: {
              tranche: payment.trancheNumber,
              paymentId: payment.id,
              ...(actor && { resolvedByOperator: true, note }),
            },
            dedupKey: `${workflowId}:payment:${payment.id}:failed`,
          },
        ]);
        return this.result(payment.id, 'failed', 'failed');
      }
      if (state.status === 'ordered') return this.result(payment.id, 'ordered', 'disbursing');
      return this.noOutcome(m, payment, state, workflowId);
    });
  }

  /** An answer that settles nothing: remembered, counted, and finance alerted once the payment is stuck. */
  private async noOutcome(
    m: EntityManager,
    payment: PaymentEntity,
    state: Extract<TransferState, { status: 'pending' | 'unknown' }>,
    workflowId: string,
  ): Promise<DisbursementResult> {
    const now = new Date();
    const changes: PaymentCheck = {
      checks: payment.checks + 1,
      lastCheckedAt: now,
      lastAnswer: state.status === 'unknown' ? state.answer : null,
    };
    if (state.status === 'pending' && payment.providerReference !== state.reference) {
      if (await grants.referenceTaken(m, payment, state.reference))
        changes.lastAnswer = `reference ${state.reference} belongs to another payment`;
      else changes.providerReference = state.reference;
    }
    const alertAfter = durationToMs(this.config.PAYMENT_STUCK_ALERT_AFTER) ?? 2 * 3_600_000;
    let notificationIds: string[] = [];
    if (!payment.stuckSince && paymentStuck(payment.createdAt.getTime(), now.getTime(), alertAfter)) {
      changes.stuckSince = now;
      const answer = changes.lastAnswer ?? payment.lastAnswer ?? 'pending';
      await audit.record(m, SYSTEM_ACTOR, [
        {
          action: 'payment.stuck',
          entityType: 'grant',
          entityId: payment.grantId,
          workflowId,
          reason: answer,
          data: {
            tranche: payment.trancheNumber,
            paymentId: payment.id,
            attempt: payment.attempt,
            checks: changes.checks,
            since: payment.createdAt.toISOString(),
          },
          dedupKey: `${workflowId}:payment:${payment.id}:stuck`,
        },
      ]);
      const grant = await grants.get(m, payment.grantId);
      const params = {
        title: (await proposals.get(m, grant.proposalId)).title,
        tranche: payment.trancheNumber,
        amount: payment.amount,
        currency: payment.currency,
        since: payment.createdAt.toISOString(),
        answer,
      };
      for (const role of ['finance_officer', 'finance_approver'] as const) {
        notificationIds.push(
          ...(await this.outbox.enqueue(m, {
            kind: 'payment_stuck',
            audience: { role },
            entity: { type: 'grant', id: payment.grantId },
            params,
            dedupKey: `${workflowId}:payment:${payment.id}:stuck`,
          })),
        );
      }
      notificationIds = [...new Set(notificationIds)];
    }
    await grants.recordPaymentCheck(m, payment.id, changes);
    return {
      ...this.result(payment.id, 'pending', 'disbursing'),
      unknown: changes.lastAnswer ?? null,
      notificationIds,
    };
  }

  private duplicateReference(reference: string) {
    return refuse(ErrorCode.PAYMENT_REFERENCE_DUPLICATE, 'this reference is already recorded for another payment', {
      errors: [{ field: 'reference', code: FieldCode.DUPLICATE }],
      params: { reference },
    });
  }

  private result(paymentId: string, payment: DisbursementResult['payment'], trancheStatus: string): DisbursementResult {
    return { paymentId, gateway: this.payments.gateway.name, payment, trancheStatus };
  }

  /**
   * Heartbeats for the whole activity (database and provider alike), so a worker that dies mid-payment is noticed
   * within seconds, while a step that is merely slow is not cut short and run again beside itself.
   */
  private async withHeartbeat<T>(call: () => Promise<T>): Promise<T> {
    let context: Context | undefined;
    try {
      context = Context.current();
    } catch {
      context = undefined; // called outside an activity (tests)
    }
    context?.heartbeat();
    const timer = context ? setInterval(() => context!.heartbeat(), 1_000) : undefined;
    try {
      return await call();
    } finally {
      if (timer) clearInterval(timer);
    }
  }

  private check(refusal: ReturnType<typeof trancheChangeRefusal>): void {
    if (refusal) throw refusalOf(refusal);
  }

  private async lockTranche(m: EntityManager, grantId: string, number: number): Promise<GrantTrancheEntity> {
    const t = await grants.lockTranche(m, grantId, number);
    if (!t) throw refuse(ErrorCode.NOT_FOUND, 'tranche not found');
    return t;
  }

  /** `cycle`: how many attempts failed before, so a release requested (or approved) again is audited again. */
  private async auditTranche(
    m: EntityManager,
    input: { actor: Actor; workflowId: string },
    t: GrantTrancheEntity,
    action: string,
    from: string,
    to: string,
    cycle = 0,
  ) {
    await audit.record(m, input.actor, [
      {
        action,
        entityType: 'grant',
        entityId: t.grantId,
        fromState: from,
        toState: to,
        workflowId: input.workflowId,
        data: { tranche: t.number, amount: t.amount },
        dedupKey: `${input.workflowId}:tranche:${t.number}:${action}:${input.actor.userId}${cycle ? `:after-${cycle}-failed` : ''}`,
      },
    ]);
  }
}
