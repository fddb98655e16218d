import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A programme manager may close an open round before its date (issue 12). The round's lifecycle is its dates, so
 * closing moves `closes_at` to the moment of closing; these columns keep why, by whom, and the date it had, so
 * the round page and the audit trail can say it closed early. All three or none.
 */
export class RoundEarlyClosure1764740000000 implements MigrationInterface {
  name = 'RoundEarlyClosure1764740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE rounds ADD COLUMN closed_early_at timestamptz, ADD COLUMN close_reason text,
         ADD COLUMN planned_closes_at timestamptz, ADD COLUMN closed_by uuid`,
    );
    await q.query(
      `ALTER TABLE rounds ADD CONSTRAINT rounds_early_closure_complete CHECK (
         (closed_early_at IS NULL AND close_reason IS NULL AND planned_closes_at IS NULL)
         OR (closed_early_at IS NOT NULL AND char_length(close_reason) BETWEEN 1 AND 2000 AND planned_closes_at IS NOT NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rounds DROP CONSTRAINT rounds_early_closure_complete`);
    await q.query(
      `ALTER TABLE rounds DROP COLUMN closed_early_at, DROP COLUMN close_reason, DROP COLUMN planned_closes_at, DROP COLUMN closed_by`,
    );
  }
}
