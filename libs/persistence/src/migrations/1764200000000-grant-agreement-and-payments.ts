import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grant agreement, tranche release (maker–checker) and payments.
 * - payments: at most one live (not failed) payment per tranche — a partial unique index — so a retried,
 *   replayed or duplicated disbursement activity can never pay a tranche twice; the idempotency key sent to the
 *   provider is unique too. A definitively failed payment may be retried by finance as a new attempt.
 * - the maker and the checker of a release must differ (CHECK), whatever the application does.
 */
export class GrantAgreementAndPayments1764200000000 implements MigrationInterface {
  name = 'GrantAgreementAndPayments1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE grants
        ADD COLUMN agreement_deadline_at timestamptz,
        ADD COLUMN agreement_signed_at timestamptz,
        ADD COLUMN agreement_signed_by uuid REFERENCES users(id),
        ADD COLUMN payout_account jsonb,
        ADD COLUMN disbursed_amount bigint NOT NULL DEFAULT 0,
        ADD CONSTRAINT grants_disbursed_within_award CHECK (disbursed_amount >= 0 AND disbursed_amount <= amount)`);
    await q.query(`
      ALTER TABLE grant_tranches
        ADD COLUMN eligible_at timestamptz,
        ADD COLUMN requested_by uuid REFERENCES users(id),
        ADD COLUMN requested_at timestamptz,
        ADD COLUMN approved_by uuid REFERENCES users(id),
        ADD COLUMN approved_at timestamptz,
        ADD COLUMN disbursed_at timestamptz,
        ADD COLUMN failure_reason text,
        ADD CONSTRAINT grant_tranches_maker_is_not_checker CHECK (approved_by IS NULL OR approved_by <> requested_by)`);
    await q.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        grant_id uuid NOT NULL REFERENCES grants(id),
        tranche_id uuid NOT NULL REFERENCES grant_tranches(id),
        tranche_number integer NOT NULL,
        attempt integer NOT NULL CHECK (attempt >= 1),
        idempotency_key text NOT NULL UNIQUE,
        gateway text NOT NULL CHECK (gateway IN ('manual','http')),
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('ordered','submitted','paid','failed')),
        provider_reference text,
        paid_at timestamptz,
        failure_reason text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tranche_id, attempt)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX payments_one_live_per_tranche ON payments (tranche_id) WHERE status <> 'failed'`,
    );
    await q.query(`CREATE INDEX payments_created_idx ON payments (created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payments`);
    await q.query(`
      ALTER TABLE grant_tranches DROP CONSTRAINT grant_tranches_maker_is_not_checker, DROP COLUMN eligible_at,
        DROP COLUMN requested_by, DROP COLUMN requested_at, DROP COLUMN approved_by, DROP COLUMN approved_at,
        DROP COLUMN disbursed_at, DROP COLUMN failure_reason`);
    await q.query(`
      ALTER TABLE grants DROP CONSTRAINT grants_disbursed_within_award, DROP COLUMN agreement_deadline_at,
        DROP COLUMN agreement_signed_at, DROP COLUMN agreement_signed_by, DROP COLUMN payout_account,
        DROP COLUMN disbursed_amount`);
  }
}
