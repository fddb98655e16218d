import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review, decision and grant records (issue: review and committee decision).
 * - review_assignments: one row per (proposal, reviewer, review cycle); a reviewer is never asked twice in a
 *   cycle, and never again on a proposal after declining (enforced by the selection, recorded here);
 * - reviews: at most one per assignment (unique), scores per rubric criterion;
 * - grants: one per proposal (unique); tranches add up to the award (checked by the activity and a CHECK on
 *   each amount); the round's reserved_amount CHECK (initial migration) caps reservations at the envelope;
 * - notifications: the outbox, deduplicated by a business key so retried activities notify once.
 */
export class ReviewAndDecision1764100000000 implements MigrationInterface {
  name = 'ReviewAndDecision1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE proposals
        ADD COLUMN stage text,
        ADD COLUMN stage_deadline_at timestamptz,
        ADD COLUMN screening_reason text,
        ADD COLUMN weighted_score_bp integer CHECK (weighted_score_bp BETWEEN 0 AND 10000),
        ADD COLUMN decision_outcome text CHECK (decision_outcome IN ('approve','reject','revise')),
        ADD COLUMN decision_reason text,
        ADD COLUMN decision_conditions text,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN awarded_amount bigint CHECK (awarded_amount > 0)`);

    await q.query(`
      CREATE TABLE review_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        reviewer_id uuid NOT NULL REFERENCES users(id),
        round_id uuid NOT NULL REFERENCES rounds(id),
        cycle integer NOT NULL CHECK (cycle >= 1),
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending','accepted','declined','lapsed','submitted','cancelled')),
        deadline_at timestamptz NOT NULL,
        decline_reason text,
        conflict_declared boolean NOT NULL DEFAULT false,
        responded_at timestamptz,
        reminded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        UNIQUE (proposal_id, reviewer_id, cycle)
      )`);
    await q.query(
      `CREATE INDEX review_assignments_reviewer_idx ON review_assignments (reviewer_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX review_assignments_open_idx ON review_assignments (reviewer_id) WHERE status IN ('pending','accepted')`,
    );
    await q.query(`CREATE INDEX review_assignments_proposal_idx ON review_assignments (proposal_id, cycle)`);

    await q.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL UNIQUE REFERENCES review_assignments(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        reviewer_id uuid NOT NULL REFERENCES users(id),
        cycle integer NOT NULL,
        scores jsonb NOT NULL,
        weighted_score_bp integer NOT NULL CHECK (weighted_score_bp BETWEEN 0 AND 10000),
        comment text NOT NULL,
        recommendation text NOT NULL CHECK (recommendation IN ('approve','reject','revise')),
        submitted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reviews_proposal_idx ON reviews (proposal_id, cycle)`);

    await q.query(`
      CREATE TABLE grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL UNIQUE REFERENCES proposals(id),
        round_id uuid NOT NULL REFERENCES rounds(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        status text NOT NULL DEFAULT 'awaiting_agreement'
          CHECK (status IN ('awaiting_agreement','active','suspended','closing','closed','terminated')),
        conditions text,
        workflow_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX grants_round_idx ON grants (round_id, status)`);
    await q.query(`CREATE INDEX grants_org_idx ON grants (organization_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE grant_tranches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        grant_id uuid NOT NULL REFERENCES grants(id),
        number integer NOT NULL CHECK (number >= 1),
        percentage integer NOT NULL CHECK (percentage BETWEEN 1 AND 100),
        amount bigint NOT NULL CHECK (amount >= 0),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','eligible','release_requested',
          'release_approved','disbursing','disbursed','failed','cancelled')),
        UNIQUE (grant_id, number)
      )`);
    await q.query(`
      CREATE TABLE grant_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        grant_id uuid NOT NULL REFERENCES grants(id),
        sequence integer NOT NULL CHECK (sequence >= 1),
        kind text NOT NULL CHECK (kind IN ('progress','final')),
        gates_tranche integer,
        due_date date,
        status text NOT NULL DEFAULT 'scheduled'
          CHECK (status IN ('scheduled','due','submitted','accepted','changes_requested','overdue')),
        UNIQUE (grant_id, sequence)
      )`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('dev','email','sms')),
        language text NOT NULL CHECK (language IN ('fr','en')),
        subject text NOT NULL,
        body text NOT NULL,
        entity_type text,
        entity_id uuid,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        dedup_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_pending_idx ON notifications (created_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE grant_reports`);
    await q.query(`DROP TABLE grant_tranches`);
    await q.query(`DROP TABLE grants`);
    await q.query(`DROP TABLE reviews`);
    await q.query(`DROP TABLE review_assignments`);
    await q.query(`
      ALTER TABLE proposals DROP COLUMN stage, DROP COLUMN stage_deadline_at, DROP COLUMN screening_reason,
        DROP COLUMN weighted_score_bp, DROP COLUMN decision_outcome, DROP COLUMN decision_reason,
        DROP COLUMN decision_conditions, DROP COLUMN decided_at, DROP COLUMN awarded_amount`);
  }
}
