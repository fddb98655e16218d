import { Injectable, Optional } from '@nestjs/common';
import { Counter } from 'prom-client';
import { AppConfig } from '@csf/config';
import { durationToMs } from '@csf/domain';
import { Metrics } from '@csf/metrics';
import type { PayoutAccount } from '@csf/persistence';

export interface TransferRequest {
  /** Derived from grant, tranche and attempt: the provider pays a key once, however often it is sent. */
  idempotencyKey: string;
  amount: number;
  currency: string;
  payout: PayoutAccount;
  description: string;
}

/** What a transfer must be for an answer about it to count: the tranche's amount, in the grant's currency. */
export interface Expected {
  amount: number;
  currency: string;
}

/**
 * What one question to the gateway told. Only `paid` and `failed` are outcomes; `unknown` is every answer that
 * does not settle it (409 in progress, 404, 401/403, 5xx, timeouts, a status we do not know, another amount
 * or currency): the payment stays in flight and is asked about again with the same key.
 */
export type TransferState =
  | { status: 'ordered' }
  | { status: 'pending'; reference: string }
  | { status: 'paid'; reference: string; paidAt: Date; amount: number }
  | { status: 'failed'; reason: string; reference?: string }
  | { status: 'unknown'; answer: string };

/** The port every way of paying implements. Calls may be repeated; implementations must be idempotent on the key. */
export interface PaymentGateway {
  readonly name: 'manual' | 'http';
  submit(request: TransferRequest): Promise<TransferState>;
  status(idempotencyKey: string, reference: string, expected: Expected): Promise<TransferState>;
}

/** A payment order: finance executes it outside and confirms it with the bank or mobile-money reference. */
class ManualGateway implements PaymentGateway {
  readonly name = 'manual' as const;
  async submit(): Promise<TransferState> {
    return { status: 'ordered' };
  }
  async status(): Promise<TransferState> {
    return { status: 'ordered' };
  }
}

type Answer = { http: number; body: Record<string, unknown> } | { http: null; error: string };

/**
 * A mobile-money-style JSON API: POST /transfers with an Idempotency-Key header creates (or returns) the
 * transfer for that key; GET /transfers/:id reports it. Statuses: pending, succeeded, failed (with a reason).
 * Nothing but a transfer that says `failed` with a reason is a failure: a refusal of the request itself (401,
 * 404, 409 …) says nothing about whether money moved, so it leaves the outcome unknown.
 */
export class HttpGateway implements PaymentGateway {
  readonly name = 'http' as const;
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | undefined,
    private readonly timeoutMs = 10_000,
  ) {}

  async submit(request: TransferRequest): Promise<TransferState> {
    const recipient =
      request.payout.method === 'mobile_money'
        ? { type: 'mobile_money', provider: request.payout.provider, msisdn: request.payout.msisdn }
        : {
            type: 'bank',
            bank: request.payout.bankName,
            account: request.payout.accountNumber,
            name: request.payout.accountName,
          };
    const answer = await this.call('POST', '/transfers', request.idempotencyKey, {
      amount: request.amount,
      currency: request.currency,
      recipient,
      description: request.description,
    });
    return this.toState(answer, request, null);
  }

  async status(idempotencyKey: string, reference: string, expected: Expected): Promise<TransferState> {
    return this.toState(
      await this.call('GET', `/transfers/${encodeURIComponent(reference)}`, idempotencyKey),
      expected,
      reference,
    );
  }

  private async call(method: string, path: string, idempotencyKey: string, body?: unknown): Promise<Answer> {
    try {
      const res = await fetch(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const json = (await res.json().catch(() => null)) as unknown;
      return {
        http: res.status,
        body: json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {},
      };
    } catch (error) {
      return {
        http: null,
        error: `${method} ${path.split('/').slice(0, 2).join('/')}: ${(error as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable'}`,
      };
    }
  }

  private toState(answer: Answer, expected: Expected, reference: string | null): TransferState {
    if (answer.http === null) return { status: 'unknown', answer: answer.error };
    const { http, body } = answer;
    const said = (what: string) => ({ status: 'unknown' as const, answer: `${http}: ${what}`.slice(0, 500) });
    if (http < 200 || http > 299) return said(typeof body.error === 'string' ? body.error : 'no transfer');
    const id = typeof body.id === 'string' && body.id ? body.id : null;
    if (!id) return said('no transfer id');
    if (reference !== null && id !== reference) return said(`another transfer (${id})`);
    const amountDiffers = body.amount !== undefined && body.amount !== expected.amount;
    const currencyDiffers = body.currency !== undefined && body.currency !== expected.currency;
    if (amountDiffers || currencyDiffers)
      return said(
        `transfer ${id} is ${String(body.amount)} ${String(body.currency)}, not ${expected.amount} ${expected.currency}`,
      );
    if (body.status === 'succeeded') {
      // Money moved: only when the provider says how much, and it is the tranche's amount.
      if (body.amount === undefined || body.currency === undefined)
        return said(`transfer ${id} succeeded without its amount`);
      const completedAt = typeof body.completedAt === 'string' ? new Date(body.completedAt) : new Date();
      return {
        status: 'paid',
        reference: id,
        paidAt: Number.isNaN(completedAt.getTime()) ? new Date() : completedAt,
        amount: expected.amount,
      };
    }
    if (body.status === 'failed' && typeof body.reason === 'string' && body.reason.trim()) {
      return { status: 'failed', reason: body.reason.slice(0, 500), reference: id };
    }
    if (body.status === 'pending') return { status: 'pending', reference: id };
    return said(`transfer ${id} has status ${JSON.stringify(body.status ?? null)}`);
  }
}

/**
 * Counts every answer of the gateway by what it told (`paid`, `failed`, `pending`, `unknown`, `ordered`): a rise of
 * `unknown` is a provider in trouble before any payment is stuck long enough to alert finance.
 */
export function countingOutcomes(gateway: PaymentGateway, outcomes: Counter<'gateway' | 'outcome'>): PaymentGateway {
  const counted = (state: TransferState) => {
    outcomes.inc({ gateway: gateway.name, outcome: state.status });
    return state;
  };
  return {
    name: gateway.name,
    submit: (request) => gateway.submit(request).then(counted),
    status: (key, reference, expected) => gateway.status(key, reference, expected).then(counted),
  };
}

@Injectable()
export class PaymentGateways {
  readonly gateway: PaymentGateway;
  constructor(config: AppConfig, @Optional() metrics?: Metrics) {
    const gateway =
      config.PAYMENT_GATEWAY === 'http'
        ? new HttpGateway(
            config.PAYMENT_API_URL!,
            config.PAYMENT_API_TOKEN,
            durationToMs(config.PAYMENT_API_TIMEOUT) ?? 10_000,
          )
        : new ManualGateway();
    if (!metrics) {
      this.gateway = gateway;
      return;
    }
    const outcomes = new Counter({
      name: 'csf_payment_outcomes_total',
      help: 'Answers of the payment gateway by what they told: paid, failed, pending, unknown (outcome not known), ordered (manual)',
      labelNames: ['gateway', 'outcome'] as const,
      registers: [metrics.registry],
    });
    this.gateway = countingOutcomes(gateway, outcomes);
  }
}
