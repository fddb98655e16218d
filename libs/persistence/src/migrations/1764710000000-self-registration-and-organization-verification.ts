import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Community groups register themselves, by email or phone, and their organisations are verified by a programme
 * manager before any proposal of theirs can be submitted.
 *
 * - users: an account has an email, a phone (E.164, unique), or both. `verified_at` is when the person proved they
 *   hold the identifier (a code sent to it); a self-registered account has none until then and cannot sign in.
 *   Accounts made any other way (seed, invitations, admin command) are created verified: the column defaults to
 *   now(), and existing accounts take their creation time.
 * - verification_codes: the live 6-digit code of an unverified account, hashed (HMAC); one per account (a new one
 *   replaces it), valid until `expires_at`, dead after 5 wrong attempts; with the invitation the person registered
 *   with, if any.
 * - organizations: `status` pending_verification | verified | refused, with who decided and why. Organisations that
 *   existed before were working ones: verified.
 * - organization_invitations: a member invites a person to join; the link's token is stored only as a hash.
 */
export class SelfRegistrationAndOrganizationVerification1764710000000 implements MigrationInterface {
  name = 'SelfRegistrationAndOrganizationVerification1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ALTER COLUMN email DROP NOT NULL`);
    await q.query(`ALTER TABLE users ADD COLUMN verified_at timestamptz`);
    await q.query(`UPDATE users SET verified_at = created_at`);
    await q.query(`ALTER TABLE users ALTER COLUMN verified_at SET DEFAULT now()`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_email_or_phone CHECK (email IS NOT NULL OR phone IS NOT NULL)`,
    );
    // NOT VALID: an existing free-text phone must not stop the migration; new and changed rows are checked.
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_phone_e164 CHECK (phone ~ '^\\+[1-9][0-9]{7,14}$') NOT VALID`,
    );
    await q.query(`CREATE UNIQUE INDEX users_phone_key ON users (phone) WHERE phone IS NOT NULL`);

    // Existing organisations keep working: they are verified; new ones wait for a programme manager.
    await q.query(`
      ALTER TABLE organizations
        ADD COLUMN status text NOT NULL DEFAULT 'verified'
          CHECK (status IN ('pending_verification','verified','refused')),
        ADD COLUMN verification_note text,
        ADD COLUMN refusal_reason text,
        ADD COLUMN verified_by uuid REFERENCES users(id),
        ADD COLUMN verified_at timestamptz`);
    await q.query(`ALTER TABLE organizations ALTER COLUMN status SET DEFAULT 'pending_verification'`);
    await q.query(`CREATE INDEX organizations_list_idx ON organizations (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX organizations_status_idx ON organizations (status, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE organization_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        token_hash text NOT NULL UNIQUE,
        email text,
        phone text,
        invited_by uuid NOT NULL REFERENCES users(id),
        expires_at timestamptz NOT NULL,
        accepted_by uuid REFERENCES users(id),
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (email IS NOT NULL OR phone IS NOT NULL),
        CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
      )`);
    await q.query(`CREATE INDEX organization_invitations_org_idx ON organization_invitations (organization_id)`);

    await q.query(`
      CREATE TABLE verification_codes (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        expires_at timestamptz NOT NULL,
        -- An invitation given at registration: the person joins that organisation once the code is confirmed.
        organization_invitation_id uuid REFERENCES organization_invitations(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX verification_codes_expires_at ON verification_codes (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE verification_codes`);
    await q.query(`DROP TABLE organization_invitations`);
    await q.query(`DROP INDEX organizations_status_idx`);
    await q.query(`DROP INDEX organizations_list_idx`);
    await q.query(`
      ALTER TABLE organizations DROP COLUMN verified_at, DROP COLUMN verified_by, DROP COLUMN refusal_reason,
        DROP COLUMN verification_note, DROP COLUMN status`);
    await q.query(`DROP INDEX users_phone_key`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_phone_e164, DROP CONSTRAINT users_email_or_phone`);
    await q.query(`ALTER TABLE users DROP COLUMN verified_at`);
    // Accounts without an email cannot survive the old schema.
    await q.query(`DELETE FROM users WHERE email IS NULL`);
    await q.query(`ALTER TABLE users ALTER COLUMN email SET NOT NULL`);
  }
}
