import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report sent back for changes gets a resubmission deadline (`resubmit_by`): without one a grantee could leave a
 * returned report unanswered for ever and the grant would never be flagged. Cleared on resubmission.
 */
export class ReportResubmissionDeadline1764500000000 implements MigrationInterface {
  name = 'ReportResubmissionDeadline1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grant_reports ADD COLUMN resubmit_by timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grant_reports DROP COLUMN resubmit_by`);
  }
}
