import { Client, type ClientConfig } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** How long PostgreSQL may keep a caller waiting. A hung or unreachable server must cost a bounded time. */
export interface DatabaseLimits {
  poolSize: number;
  /** Opening a connection, and waiting for a free one in the pool. */
  connectTimeoutMs: number;
  /** One statement, server side (`statement_timeout`); the client stops waiting for an answer a second later. */
  statementTimeoutMs: number;
  /** A session idle inside an open transaction is ended by the server, releasing its locks. */
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  poolSize: 20,
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 10_000,
  idleInTransactionTimeoutMs: 30_000,
};

/** The client stops waiting this long after the server should have cancelled the statement itself. */
const CLIENT_GRACE_MS = 1_000;
/** setTimeout's largest delay: "no read timeout" for streams, whose pace is the downloading client's. */
const NO_TIMEOUT_MS = 2 ** 31 - 1;
const QUERY_READ_TIMEOUT = 'Query read timeout';

/**
 * pg's `query_timeout` only stops waiting: the connection still has the unanswered statement in flight and goes
 * back to the pool, where the next borrower's statements queue behind it (or run inside the transaction the dead
 * caller left open once the server wakes up). A connection whose answer timed out is therefore closed; the pool
 * opens a fresh one. Streams (cursors) are paced by the client that downloads them, so they have no read timeout.
 */
export class BoundedClient extends Client {
  override query(...args: unknown[]): any {
    const config = args[0] as { submit?: unknown; query_timeout?: number } | undefined;
    if (config && typeof config.submit === 'function' && 'cursor' in config) config.query_timeout ??= NO_TIMEOUT_MS;
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (error: unknown, ...rest: unknown[]) => void;
      args[last] = (error: unknown, ...rest: unknown[]) => {
        this.dropIfTimedOut(error);
        callback(error, ...rest);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (
      result &&
      typeof (result as Promise<unknown>).catch === 'function' &&
      typeof (result as { submit?: unknown }).submit !== 'function'
    ) {
      (result as Promise<unknown>).catch((error: unknown) => this.dropIfTimedOut(error));
    }
    return result;
  }

  private dropIfTimedOut(error: unknown): void {
    if ((error as Error | undefined)?.message !== QUERY_READ_TIMEOUT) return;
    (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }
}

export function dataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
): DataSourceOptions {
  const extra: ClientConfig & Record<string, unknown> = {
    Client: BoundedClient,
    max: limits.poolSize,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    query_timeout: limits.statementTimeoutMs + CLIENT_GRACE_MS,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
  };
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra,
    ...overrides,
  } as DataSourceOptions;
}

/** Fixed key for pg_advisory_lock so API, worker and CLI never run migrations at the same time. */
const MIGRATION_LOCK_KEY = 7_240_501;

/**
 * Runs pending migrations under an advisory lock; returns the names of the ones applied. They run on a connection of
 * their own without the request timeouts: a migration (or waiting for another process's) may rightly take minutes.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const options = dataSource.options as DataSourceOptions & { extra?: Record<string, unknown> };
  const unbounded = await new DataSource({
    ...options,
    extra: {
      ...options.extra,
      max: 2,
      statement_timeout: 0,
      query_timeout: undefined,
      idle_in_transaction_session_timeout: 0,
    },
  } as DataSourceOptions).initialize();
  const runner = unbounded.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await unbounded.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await runner.release();
    await unbounded.destroy();
  }
}
