import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports, milestones, suspension, termination and closeout.
 * - grant_reports get their schedule as timestamps (`due_at`; `due_date` stays the calendar date shown to people),
 *   the content of the latest submission and the program manager's review. Figures are cumulative to date.
 * - grants record the at-risk flag, the reason of the last status change, the reservation released by a
 *   termination (`released_amount`) and the unspent amount returned at closeout. CHECKs keep the money straight:
 *   disbursed + released ≤ award, unspent returned ≤ disbursed.
 * - proposal_milestones remember which accepted report last changed them.
 */
export class ReportsMilestonesCloseout1764300000000 implements MigrationInterface {
  name = 'ReportsMilestonesCloseout1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE grant_reports
        ADD COLUMN period_start timestamptz,
        ADD COLUMN due_at timestamptz,
        ADD COLUMN submission_count integer NOT NULL DEFAULT 0,
        ADD COLUMN submitted_at timestamptz,
        ADD COLUMN submitted_by uuid REFERENCES users(id),
        ADD COLUMN narrative text,
        ADD COLUMN beneficiaries_total integer CHECK (beneficiaries_total >= 0),
        ADD COLUMN beneficiaries_women integer CHECK (beneficiaries_women >= 0 AND beneficiaries_women <= beneficiaries_total),
        ADD COLUMN beneficiaries_youth integer CHECK (beneficiaries_youth >= 0 AND beneficiaries_youth <= beneficiaries_total),
        ADD COLUMN indicator_values jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN expenditures jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN expenditure_total bigint NOT NULL DEFAULT 0 CHECK (expenditure_total >= 0),
        ADD COLUMN milestone_updates jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN reviewed_by uuid REFERENCES users(id),
        ADD COLUMN reviewed_at timestamptz,
        ADD COLUMN review_comment text,
        ADD COLUMN accepted_at timestamptz,
        ADD COLUMN overdue_since timestamptz`);
    await q.query(`CREATE INDEX grant_reports_open_idx ON grant_reports (due_at) WHERE status IN ('due','overdue')`);
    await q.query(`
      ALTER TABLE grants
        ADD COLUMN at_risk boolean NOT NULL DEFAULT false,
        ADD COLUMN at_risk_reason text,
        ADD COLUMN at_risk_since timestamptz,
        ADD COLUMN status_reason text,
        ADD COLUMN suspended_at timestamptz,
        ADD COLUMN terminated_at timestamptz,
        ADD COLUMN released_amount bigint NOT NULL DEFAULT 0,
        ADD COLUMN closing_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN unspent_returned_amount bigint NOT NULL DEFAULT 0,
        ADD COLUMN unspent_reference text,
        ADD CONSTRAINT grants_money_within_award CHECK (released_amount >= 0 AND disbursed_amount + released_amount <= amount),
        ADD CONSTRAINT grants_unspent_within_disbursed CHECK (unspent_returned_amount >= 0 AND unspent_returned_amount <= disbursed_amount)`);
    await q.query(`CREATE INDEX grants_at_risk_idx ON grants (at_risk_since) WHERE at_risk`);
    await q.query(`CREATE INDEX grants_list_idx ON grants (created_at DESC, id DESC)`);
    await q.query(`
      ALTER TABLE proposal_milestones
        ADD COLUMN status_changed_at timestamptz,
        ADD COLUMN status_report_id uuid REFERENCES grant_reports(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposal_milestones DROP COLUMN status_changed_at, DROP COLUMN status_report_id`);
    await q.query(`DROP INDEX grants_list_idx`);
    await q.query(`DROP INDEX grants_at_risk_idx`);
    await q.query(`
      ALTER TABLE grants DROP CONSTRAINT grants_money_within_award, DROP CONSTRAINT grants_unspent_within_disbursed,
        DROP COLUMN at_risk, DROP COLUMN at_risk_reason, DROP COLUMN at_risk_since, DROP COLUMN status_reason,
        DROP COLUMN suspended_at, DROP COLUMN terminated_at, DROP COLUMN released_amount, DROP COLUMN closing_at,
        DROP COLUMN closed_at, DROP COLUMN unspent_returned_amount, DROP COLUMN unspent_reference`);
    await q.query(`DROP INDEX grant_reports_open_idx`);
    await q.query(`
      ALTER TABLE grant_reports DROP COLUMN period_start, DROP COLUMN due_at, DROP COLUMN submission_count,
        DROP COLUMN submitted_at, DROP COLUMN submitted_by, DROP COLUMN narrative, DROP COLUMN beneficiaries_total,
        DROP COLUMN beneficiaries_women, DROP COLUMN beneficiaries_youth, DROP COLUMN indicator_values,
        DROP COLUMN expenditures, DROP COLUMN expenditure_total, DROP COLUMN milestone_updates, DROP COLUMN attachments,
        DROP COLUMN reviewed_by, DROP COLUMN reviewed_at, DROP COLUMN review_comment, DROP COLUMN accepted_at,
        DROP COLUMN overdue_since`);
  }
}
