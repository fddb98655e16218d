import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments whose outcome is unknown, manual confirmations that say what was paid, and grants whose work stalls.
 * - payments.paid_amount: what was actually paid; a paid payment paid exactly its amount (CHECK), so neither a
 *   provider nor a person can record a different sum as the tranche's disbursement.
 * - a provider or bank reference identifies one payment per gateway (partial unique index): the same
 *   reference confirmed for two tranches is one transfer counted twice.
 * - last_answer / last_checked_at / checks: what the provider last said about an in-flight payment when it was
 *   not a definitive outcome (409, 404, 401, 5xx, timeout, unknown status, other amount); stuck_since: when
 *   finance was alerted; resolved_by / resolution_note: the finance approver who recorded the outcome after
 *   checking with the provider out of band.
 * - grants.stalled_since / stalled_reason: a grant activity exhausted its attempts (shown to staff, cleared by
 *   the next change that succeeds).
 * Creating the unique index fails if two payments already share a reference at one gateway: that is a double
 * count to settle by hand before migrating, not something to paper over here.
 */
export class PaymentOutcomes1764600000000 implements MigrationInterface {
  name = 'PaymentOutcomes1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE payments
        ADD COLUMN paid_amount bigint,
        ADD COLUMN last_answer text,
        ADD COLUMN last_checked_at timestamptz,
        ADD COLUMN checks integer NOT NULL DEFAULT 0,
        ADD COLUMN stuck_since timestamptz,
        ADD COLUMN resolved_by uuid REFERENCES users(id),
        ADD COLUMN resolution_note text`);
    // Backfill before the CHECK: every payment paid so far paid its amount (nothing else could be recorded).
    await q.query(`UPDATE payments SET paid_amount = amount WHERE status = 'paid'`);
    await q.query(
      `ALTER TABLE payments ADD CONSTRAINT payments_paid_in_full CHECK (status <> 'paid' OR paid_amount = amount)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX payments_reference_per_gateway ON payments (gateway, provider_reference) WHERE provider_reference IS NOT NULL`,
    );
    await q.query(`ALTER TABLE grants ADD COLUMN stalled_since timestamptz, ADD COLUMN stalled_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grants DROP COLUMN stalled_since, DROP COLUMN stalled_reason`);
    await q.query(`DROP INDEX payments_reference_per_gateway`);
    await q.query(`
      ALTER TABLE payments DROP CONSTRAINT payments_paid_in_full, DROP COLUMN paid_amount, DROP COLUMN last_answer,
        DROP COLUMN last_checked_at, DROP COLUMN checks, DROP COLUMN stuck_since, DROP COLUMN resolved_by,
        DROP COLUMN resolution_note`);
  }
}
