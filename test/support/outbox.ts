import { existsSync, readFileSync } from 'node:fs';
import { eventually } from './eventually';

/** One message of the development channel (OUTBOX_FILE), as the worker appended it. */
export interface OutboxMessage {
  to: string | null;
  channel: 'email' | 'sms';
  subject: string;
  text: string;
  sentAt: string;
  kind: string;
  id: string;
}

export function readOutbox(file: string): OutboxMessage[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutboxMessage);
}

/** The `token=` of a link in a message. */
export function tokenIn(message: OutboxMessage): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(message.text);
  if (!match) throw new Error(`no token in: ${message.text}`);
  return match[1];
}

/** Waits for the n-th (1-based) message to `to` of a kind and answers it. */
export async function awaitMessage(file: string, to: string, kind: string, nth = 1): Promise<OutboxMessage> {
  return eventually(async () => readOutbox(file).filter((m) => m.to === to && m.kind === kind)[nth - 1]);
}
