import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@csf/domain';
import { AppError } from '../common/app-error';

/** How many failures a subject (an account, an address, …) may have before it is made to wait, and for how long. */
export interface AttemptPolicy {
  /** Namespace of the counters (`login:account`); two policies never share a counter. */
  scope: string;
  /** Failures allowed before the subject is locked: the `maxFailures`-th locks it. */
  maxFailures: number;
  /** Failures are counted from the first one for this long, then forgotten. */
  windowMs: number;
  /** The first lock; each further failure doubles it, up to `maxLockMs`. */
  baseLockMs: number;
  maxLockMs: number;
}

/** 2^40 × any base is far above any cap; it keeps power() from overflowing for a subject with huge counts. */
const MAX_DOUBLINGS = 40;

/**
 * Counts failed attempts per subject in PostgreSQL, so every API instance sees the same counts and locks, and makes
 * a subject wait with growing delays once it has failed too often: `check` before the attempt (429 RATE_LIMITED with
 * Retry-After while locked), `fail` after a failure, `succeed` after a success (forgets the failures).
 *
 * Subjects are stored hashed: what people type in a sign-in form (a mistyped email, sometimes a password) is not kept.
 * Expired counters are deleted by ExpiredRecordsCleanup.
 */
@Injectable()
export class AttemptLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async check(policy: AttemptPolicy, subject: string): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS wait
         FROM attempt_counters WHERE scope = $1 AND subject = $2 AND locked_until > now()`,
      [policy.scope, hashed(subject)],
    );
    if (row) throw AppError.retryLater(ErrorCode.RATE_LIMITED, row.wait, { retryAfter: Math.max(1, row.wait) });
  }

  /** Counts one failure, locking the subject when it reaches the policy's limit. */
  async fail(policy: AttemptPolicy, subject: string): Promise<void> {
    const windowOver = `c.window_started_at + $3::float8 * interval '1 millisecond' <= now()`;
    const failures = `CASE WHEN ${windowOver} THEN 1 ELSE c.failures + 1 END`;
    const lock = (count: string) =>
      `now() + least($6::float8, $5::float8 * power(2, least(${count} - $4::int, ${MAX_DOUBLINGS}))) * interval '1 millisecond'`;
    await this.dataSource.query(
      `INSERT INTO attempt_counters AS c (scope, subject, failures, window_started_at, locked_until, expires_at)
       VALUES ($1, $2, 1, now(), CASE WHEN 1 >= $4::int THEN ${lock('1')} END, now() + ($3::float8 + $6::float8) * interval '1 millisecond')
       ON CONFLICT (scope, subject) DO UPDATE SET
         failures = ${failures},
         window_started_at = CASE WHEN ${windowOver} THEN now() ELSE c.window_started_at END,
         locked_until = CASE WHEN ${failures} >= $4::int THEN ${lock(failures)} WHEN ${windowOver} THEN NULL ELSE c.locked_until END,
         -- A lock starts inside the window and lasts at most maxLockMs: the row is useless after both.
         expires_at = CASE WHEN ${windowOver} THEN now() ELSE c.window_started_at END + ($3::float8 + $6::float8) * interval '1 millisecond'`,
      [policy.scope, hashed(subject), policy.windowMs, policy.maxFailures, policy.baseLockMs, policy.maxLockMs],
    );
  }

  async succeed(policy: AttemptPolicy, subject: string): Promise<void> {
    await this.dataSource.query('DELETE FROM attempt_counters WHERE scope = $1 AND subject = $2', [
      policy.scope,
      hashed(subject),
    ]);
  }
}

function hashed(subject: string): string {
  return createHash('sha256').update(subject).digest('hex');
}
