import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface Transfer {
  id: string;
  idempotencyKey: string;
  amount: number;
  currency: string;
  status: 'pending' | 'succeeded' | 'failed';
  polls: number;
}

/**
 * A mobile-money-style provider on 127.0.0.1 for tests: POST /transfers (deduplicated by Idempotency-Key) and
 * GET /transfers/:id. It can answer 503 to the next N creations, hold a creation's answer (to kill the worker
 * while it waits), succeed after some polls, or fail the transfer.
 */
export class FakePaymentProvider {
  readonly transfers = new Map<string, Transfer>();
  requests: { method: string; url: string; key: string | undefined }[] = [];
  failNextCreates = 0;
  /** Transfers succeed on this poll (0: at creation). */
  succeedAfterPolls = 1;
  /** The next created transfer fails at the first poll. */
  failNextTransfer = false;
  /** While set, POST /transfers records the transfer but does not answer until released. */
  holdCreates = false;
  private held: ServerResponse[] = [];
  private server!: Server;

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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const key = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method: req.method!, url: req.url!, key });
    const send = (status: number, json: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    if (req.method === 'POST' && req.url === '/transfers') {
      if (this.failNextCreates > 0) {
        this.failNextCreates--;
        return void send(503, { error: 'temporarily unavailable' });
      }
      const existing = [...this.transfers.values()].find((t) => t.idempotencyKey === key);
      const parsed = JSON.parse(body);
      const transfer: Transfer = existing ?? {
        id: `tr_${this.transfers.size + 1}`,
        idempotencyKey: key!,
        amount: parsed.amount,
        currency: parsed.currency,
        status: this.succeedAfterPolls === 0 ? 'succeeded' : 'pending',
        polls: 0,
      };
      if (!existing) {
        if (this.failNextTransfer) {
          transfer.status = 'failed';
          this.failNextTransfer = false;
        }
        this.transfers.set(transfer.id, transfer);
      }
      if (this.holdCreates) {
        this.held.push(res);
        return;
      }
      return void send(existing ? 200 : 201, this.view(transfer));
    }
    const match = req.method === 'GET' && /^\/transfers\/([^/]+)$/.exec(req.url ?? '');
    if (match) {
      const transfer = this.transfers.get(decodeURIComponent(match[1]));
      if (!transfer) return void send(404, { error: 'not found' });
      transfer.polls++;
      if (transfer.status === 'pending' && transfer.polls >= this.succeedAfterPolls) transfer.status = 'succeeded';
      return void send(200, this.view(transfer));
    }
    send(404, { error: 'no route' });
  }

  private view(t: Transfer) {
    return { id: t.id, status: t.status, amount: t.amount, currency: t.currency, completedAt: t.status === 'succeeded' ? new Date().toISOString() : null, reason: t.status === 'failed' ? 'insufficient provider float' : undefined };
  }
}
