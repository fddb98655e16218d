import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, durationSetting } from '@csf/config';

/** Fixed pg_advisory_lock key: one API instance cleans at a time, the others skip that round. */
const CLEANUP_LOCK_KEY = 7_240_701;
/** Rows per DELETE: short statements, short locks, well inside the statement timeout. */
const BATCH = 1_000;

/** Tables whose rows carry their own `expires_at`. */
const TABLES = ['idempotency_keys', 'attempt_counters'] as const;
type Table = (typeof TABLES)[number];

/**
 * Deletes expired idempotency keys (with their stored answers) and sign-in counters, every CLEANUP_INTERVAL, in
 * batches. Safe with several API instances: a session advisory lock elects one per round, and a DELETE that races
 * another is harmless anyway.
 */
@Injectable()
export class ExpiredRecordsCleanup implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpiredRecordsCleanup.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'cleanup of expired records failed; next round retries'),
      );
    }, durationSetting(this.config.CLEANUP_INTERVAL));
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One round; null when another instance holds the lock. */
  async run(): Promise<Record<Table, number> | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [CLEANUP_LOCK_KEY]);
      if (!locked) return null;
      try {
        const removed = {} as Record<Table, number>;
        for (const table of TABLES) {
          removed[table] = 0;
          for (;;) {
            const [, count] = await runner.query(
              `DELETE FROM ${table} WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${table} WHERE expires_at < now() LIMIT $1))`,
              [BATCH],
            );
            removed[table] += count;
            if (count < BATCH) break;
          }
        }
        if (removed.idempotency_keys || removed.attempt_counters)
          this.logger.log({ removed }, 'expired records deleted');
        return removed;
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [CLEANUP_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }
}
