import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface Transfer {
  id: string;
  idempotencyKey: string;
  amount: number;
  currency: string;
  status: 'pending' | 'succeeded' | 'failed';
  polls: number;
  /** This transfer's fate: succeed at this poll (0: at creation) or fail definitively at it. */
  fate?: { outcome: 'succeed' | 'fail'; atPoll: number };
}

/**
 * How the provider treats one request. `ok` answers normally; the others are the answers a real provider gives
 * that settle nothing:
 * - `in_progress` 409 (the key is being processed; a creation is recorded first), `not_found` 404, `unauthorized`
 *   401, `forbidden` 403, `unavailable` 503 (before processing), `error_after_commit` 500 after processing;
 * - `timeout`: processed, then no answer at all (the caller's timeout cuts it); `drop`: processed, connection reset;
 * - `unknown_status`: 200 with a status nobody documented; `wrong_amount`: 200 misreporting amount and currency;
 * - `slow`: answered normally after `slowMs`; `duplicate`: the request reaches the ledger twice at once (a
 *   retrying proxy), answered once.
 */
export const FAULTS = [
  'ok',
  'in_progress',
  'not_found',
  'unauthorized',
  'forbidden',
  'unavailable',
  'error_after_commit',
  'timeout',
  'drop',
  'unknown_status',
  'wrong_amount',
  'slow',
  'duplicate',
] as const;
export type Fault = (typeof FAULTS)[number];

/**
 * A mobile-money-style provider on 127.0.0.1 for tests: POST /transfers (deduplicated by Idempotency-Key) and
 * GET /transfers/:id. Its ledger (`transfers`) is the truth the tests check payments against. Faults come from
 * a per-key script (`script(key, [...])`), then a global queue (`faults`), else `ok`; the legacy switches below
 * (503 to the next creations, held creations, fate of the next transfer) still work.
 */
export class FakePaymentProvider {
  readonly transfers = new Map<string, Transfer>();
  requests: { method: string; url: string; key: string | undefined; fault: Fault }[] = [];
  failNextCreates = 0;
  /** Transfers succeed on this poll (0: at creation). */
  succeedAfterPolls = 1;
  /** The next created transfer fails at the first poll. */
  failNextTransfer = false;
  /** While set, POST /transfers records the transfer but does not answer until released. */
  holdCreates = false;
  /** Faults for the next requests, whatever their key (consumed in order). */
  faults: Fault[] = [];
  /** How long a `slow` answer takes. */
  slowMs = 300;
  private readonly scripts = new Map<string, Fault[]>();
  private readonly fates = new Map<string, Transfer['fate']>();
  private held: ServerResponse[] = [];
  private server!: Server;
  private sequence = 0;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Drops the held creations' connections (the caller has died anyway) and answers normally from now on. */
  release(): void {
    this.holdCreates = false;
    for (const res of this.held) res.destroy();
    this.held = [];
  }

  /** Faults for the requests carrying this idempotency key, in order (then `ok`). */
  script(idempotencyKey: string, faults: Fault[]): void {
    this.scripts.set(idempotencyKey, [...faults]);
  }

  /** The fate of the transfer to be created for this key. */
  fate(idempotencyKey: string, fate: NonNullable<Transfer['fate']>): void {
    this.fates.set(idempotencyKey, fate);
  }

  /** Transfers whose key contains `part` (a grant id, a tranche's key prefix). */
  ledger(part: string): Transfer[] {
    return [...this.transfers.values()].filter((t) => t.idempotencyKey.includes(part));
  }

  private nextFault(key: string | undefined): Fault {
    const own = key === undefined ? undefined : this.scripts.get(key);
    if (own?.length) return own.shift()!;
    return this.faults.shift() ?? 'ok';
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const key = req.headers['idempotency-key'] as string | undefined;
    const fault = this.nextFault(key);
    this.requests.push({ method: req.method!, url: req.url!, key, fault });
    const send = (status: number, json: unknown) => {
      if (!res.destroyed) res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    // Refused before anything is processed.
    if (fault === 'unauthorized') return void send(401, { error: 'invalid token' });
    if (fault === 'forbidden') return void send(403, { error: 'not allowed' });
    if (fault === 'unavailable') return void send(503, { error: 'temporarily unavailable' });
    if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, this.slowMs));

    let transfer: Transfer | undefined;
    if (req.method === 'POST' && req.url === '/transfers') {
      if (this.failNextCreates > 0) {
        this.failNextCreates--;
        return void send(503, { error: 'temporarily unavailable' });
      }
      const parsed = JSON.parse(body);
      transfer = this.create(key!, parsed);
      // A retrying proxy delivers the same request again while the first is processed: still one transfer.
      if (fault === 'duplicate') this.create(key!, parsed);
      if (this.holdCreates) {
        this.held.push(res);
        return;
      }
      if (fault === 'in_progress')
        return void send(409, { error: 'a request with this idempotency key is in progress' });
      if (fault === 'not_found') return void send(404, { error: 'not found' });
    } else {
      const match = req.method === 'GET' && /^\/transfers\/([^/]+)$/.exec(req.url ?? '');
      if (!match) return void send(404, { error: 'no route' });
      transfer = this.transfers.get(decodeURIComponent(match[1]));
      if (!transfer || fault === 'not_found') return void send(404, { error: 'not found' });
      if (fault === 'in_progress') return void send(409, { error: 'transfer is being updated' });
      this.poll(transfer);
    }
    if (fault === 'error_after_commit') return void send(500, { error: 'internal error' });
    if (fault === 'drop') return void res.destroy();
    // Never answered: the caller's own timeout decides (the connection is closed when the server stops).
    if (fault === 'timeout') return void this.held.push(res);
    const view = this.view(transfer);
    if (fault === 'unknown_status') return void send(200, { ...view, status: 'processing_v2' });
    if (fault === 'wrong_amount') return void send(200, { ...view, amount: transfer.amount + 1, currency: 'XOF' });
    send(req.method === 'POST' ? 201 : 200, view);
  }

  private create(key: string, parsed: { amount: number; currency: string }): Transfer {
    const existing = [...this.transfers.values()].find((t) => t.idempotencyKey === key);
    if (existing) return existing;
    const fate =
      this.fates.get(key) ??
      (this.failNextTransfer
        ? { outcome: 'fail' as const, atPoll: 0 }
        : { outcome: 'succeed' as const, atPoll: this.succeedAfterPolls });
    this.failNextTransfer = false;
    const transfer: Transfer = {
      id: `tr_${++this.sequence}`,
      idempotencyKey: key,
      amount: parsed.amount,
      currency: parsed.currency,
      status: 'pending',
      polls: 0,
      fate,
    };
    if (fate.atPoll === 0) transfer.status = fate.outcome === 'succeed' ? 'succeeded' : 'failed';
    this.transfers.set(transfer.id, transfer);
    return transfer;
  }

  private poll(transfer: Transfer): void {
    transfer.polls++;
    if (transfer.status === 'pending' && transfer.fate && transfer.polls >= transfer.fate.atPoll) {
      transfer.status = transfer.fate.outcome === 'succeed' ? 'succeeded' : 'failed';
    }
  }

  private view(t: Transfer) {
    return {
      id: t.id,
      status: t.status,
      amount: t.amount,
      currency: t.currency,
      completedAt: t.status === 'succeeded' ? new Date().toISOString() : null,
      reason: t.status === 'failed' ? 'insufficient provider float' : undefined,
    };
  }
}
