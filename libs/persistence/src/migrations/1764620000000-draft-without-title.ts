import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft may start with nothing but its round and be filled in over several edits; completeness is the
 * submission's eligibility check (title REQUIRED). The database still guarantees that anything past draft has a
 * title: only drafts, and drafts withdrawn as they were, may lack one.
 */
export class DraftWithoutTitle1764620000000 implements MigrationInterface {
  name = 'DraftWithoutTitle1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposals ALTER COLUMN title DROP NOT NULL`);
    await q.query(
      `ALTER TABLE proposals ADD CONSTRAINT proposals_title_once_submitted CHECK (title IS NOT NULL OR status IN ('draft', 'withdrawn'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposals DROP CONSTRAINT proposals_title_once_submitted`);
    // Untitled drafts get a placeholder so the old NOT NULL holds again.
    await q.query(`UPDATE proposals SET title = '' WHERE title IS NULL`);
    await q.query(`ALTER TABLE proposals ALTER COLUMN title SET NOT NULL`);
  }
}
