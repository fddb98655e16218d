import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys: an in-progress claim becomes a lease (`lease_token`, `lease_until`) so the key of a request whose
 * process died is usable again, and every key expires (`expires_at`, deleted in batches by the API's cleanup job).
 * Rows kept from before get the default time to live from their creation.
 *
 * `attempt_counters`: failed attempts and locks per subject (a hashed account identifier or client address), shared
 * by every API instance. Subjects are hashes: identifiers typed at sign-in (a mistyped email, sometimes a password)
 * are not stored.
 */
export class IdempotencyLeasesAndAttemptCounters1764630000000 implements MigrationInterface {
  name = 'IdempotencyLeasesAndAttemptCounters1764630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE idempotency_keys
        ADD COLUMN lease_token uuid,
        ADD COLUMN lease_until timestamptz,
        ADD COLUMN expires_at timestamptz`);
    await q.query(
      `UPDATE idempotency_keys SET expires_at = created_at + interval '24 hours', lease_until = created_at`,
    );
    await q.query(`ALTER TABLE idempotency_keys ALTER COLUMN expires_at SET NOT NULL`);
    await q.query(`CREATE INDEX idempotency_keys_expires_at ON idempotency_keys (expires_at)`);

    await q.query(`
      CREATE TABLE attempt_counters (
        scope text NOT NULL,
        subject text NOT NULL,
        failures integer NOT NULL CHECK (failures > 0),
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (scope, subject)
      )`);
    await q.query(`CREATE INDEX attempt_counters_expires_at ON attempt_counters (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attempt_counters`);
    await q.query(`DROP INDEX idempotency_keys_expires_at`);
    await q.query(
      `ALTER TABLE idempotency_keys DROP COLUMN lease_token, DROP COLUMN lease_until, DROP COLUMN expires_at`,
    );
  }
}
