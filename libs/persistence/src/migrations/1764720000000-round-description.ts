import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An open call tells applicants what it funds in both languages (issue 10). Optional: rounds created before it
 * have none, and the name alone is still a valid call. The CHECK keeps the shape the API promises, so a row
 * written by hand cannot leak a half-translated or oversized text to the public pages.
 */
export class RoundDescription1764720000000 implements MigrationInterface {
  name = 'RoundDescription1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rounds ADD COLUMN description jsonb`);
    await q.query(
      `ALTER TABLE rounds ADD CONSTRAINT rounds_description_bilingual CHECK (
         description IS NULL OR (
           jsonb_typeof(description->'fr') = 'string' AND jsonb_typeof(description->'en') = 'string'
           AND char_length(description->>'fr') BETWEEN 1 AND 4000 AND char_length(description->>'en') BETWEEN 1 AND 4000
         ))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rounds DROP CONSTRAINT rounds_description_bilingual`);
    await q.query(`ALTER TABLE rounds DROP COLUMN description`);
  }
}
