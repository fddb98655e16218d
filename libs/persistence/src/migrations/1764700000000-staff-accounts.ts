import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and accounts for a real deployment.
 *
 * - Email or phone, one of the two required and phones unique: 1764710000000 (self-registration) does it.
 * - An invited person has no password until the invitation is accepted: `password_hash` is optional.
 * - `token_version` is carried in every access token; bumping it (sign out everywhere, deactivation, a new
 *   password) makes every token issued before useless at once, since the token is checked against the row on
 *   each request.
 * - One person never holds both finance roles (maker–checker): a CHECK, so no path around the API can do it.
 * - TOTP: the secret sealed with the payout keyring, the last accepted time step (a code is accepted once), and
 *   the recovery codes as SHA-256 hashes (each high-entropy, so a fast hash is enough), removed as they are used.
 * - `one_time_tokens` holds every single-use link token (invitations, password resets) as a SHA-256 hash of 32 random bytes: the database never holds a usable token.
 */
export class StaffAccounts1764700000000 implements MigrationInterface {
  name = 'StaffAccounts1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_finance_segregation
        CHECK (NOT (roles @> ARRAY['finance_officer', 'finance_approver']::text[]))`);
    await q.query(`
      ALTER TABLE users
        ADD COLUMN token_version integer NOT NULL DEFAULT 0,
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD COLUMN recovery_codes text[] NOT NULL DEFAULT '{}'`);
    // GET /users lists newest first with a keyset cursor.
    await q.query(`CREATE INDEX users_created_idx ON users (created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE one_time_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('invitation', 'password_reset')),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX one_time_tokens_user_idx ON one_time_tokens (user_id, kind, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE one_time_tokens`);
    await q.query(`DROP INDEX users_created_idx`);
    await q.query(`
      ALTER TABLE users
        DROP COLUMN token_version, DROP COLUMN totp_secret, DROP COLUMN totp_enabled_at,
        DROP COLUMN totp_last_step, DROP COLUMN recovery_codes`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_finance_segregation`);
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL`);
  }
}
