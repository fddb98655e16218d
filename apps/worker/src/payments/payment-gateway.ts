import { Injectable } from '@nestjs/common';
import { AppConfig } from '@csf/config';
import type { PayoutAccount } from '@csf/persistence';

export interface TransferRequest {
  /** Derived from grant and tranche (and attempt): the provider pays a key once, however often it is sent. */
  idempotencyKey: string;
  amount: number;
  currency: string;
  payout: PayoutAccount;
  description: string;
}

export type TransferState =
  | { status: 'ordered' }
  | { status: 'pending'; reference: string }
  | { status: 'paid'; reference: string; paidAt: Date }
  | { status: 'failed'; reason: string; reference?: string };

/** The port every way of paying implements. Calls may be repeated; implementations must be idempotent on the key. */
export interface PaymentGateway {
  readonly name: 'manual' | 'http';
  submit(request: TransferRequest): Promise<TransferState>;
  status(idempotencyKey: string, reference: string | null): Promise<TransferState>;
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

/** Thrown for answers worth retrying (timeouts, 5xx): the activity fails and Temporal retries it. */
export class ProviderUnavailable extends Error {}

/**
 * A mobile-money-style JSON API: POST /transfers with an Idempotency-Key header creates (or returns) the
 * transfer for that key; GET /transfers/:id reports it. Statuses: pending, succeeded, failed.
 */
class HttpGateway implements PaymentGateway {
  readonly name = 'http' as const;
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | undefined,
  ) {}

  async submit(request: TransferRequest): Promise<TransferState> {
    const recipient =
      request.payout.method === 'mobile_money'
        ? { type: 'mobile_money', provider: request.payout.provider, msisdn: request.payout.msisdn }
        : { type: 'bank', bank: request.payout.bankName, account: request.payout.accountNumber, name: request.payout.accountName };
    const body = await this.call('POST', '/transfers', request.idempotencyKey, {
      amount: request.amount,
      currency: request.currency,
      recipient,
      description: request.description,
    });
    return this.toState(body);
  }

  async status(idempotencyKey: string, reference: string | null): Promise<TransferState> {
    if (!reference) return { status: 'ordered' };
    return this.toState(await this.call('GET', `/transfers/${encodeURIComponent(reference)}`, idempotencyKey));
  }

  private async call(method: string, path: string, idempotencyKey: string, body?: unknown): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new ProviderUnavailable(`payment provider unreachable: ${String(error)}`);
    }
    if (res.status >= 500 || res.status === 429 || res.status === 408) throw new ProviderUnavailable(`payment provider answered ${res.status}`);
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok) return { status: 'failed', reason: `provider refused (${res.status}): ${String(json.error ?? '')}` };
    return json;
  }

  private toState(body: Record<string, unknown>): TransferState {
    const reference = typeof body.id === 'string' ? body.id : undefined;
    if (body.status === 'succeeded' && reference) {
      return { status: 'paid', reference, paidAt: typeof body.completedAt === 'string' ? new Date(body.completedAt) : new Date() };
    }
    if (body.status === 'failed') return { status: 'failed', reason: String(body.reason ?? 'failed at the provider'), reference };
    if (reference) return { status: 'pending', reference };
    throw new ProviderUnavailable('payment provider answered without a transfer id');
  }
}

@Injectable()
export class PaymentGateways {
  readonly gateway: PaymentGateway;
  constructor(config: AppConfig) {
    this.gateway = config.PAYMENT_GATEWAY === 'http' ? new HttpGateway(config.PAYMENT_API_URL!, config.PAYMENT_API_TOKEN) : new ManualGateway();
  }
}
