import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation schema. Invariants about money and lifecycle live in constraints here, not only in code:
 * - rounds.reserved_amount never exceeds the envelope (CHECK), so a concurrent approval cannot overspend;
 * - one open proposal per organisation per round (partial unique index, kept in step with OPEN_STATUSES);
 * - budget line totals equal quantity × unit cost (CHECK);
 * - audit_events is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
 * created_at is stored at millisecond precision because list cursors carry it through JSON (JS Date).
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('womens_association','youth_group','community_based_organization','ngo','local_security_council')),
        region text NOT NULL,
        commune text NOT NULL,
        phone text NOT NULL,
        email text,
        registration_number text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        organization_id uuid REFERENCES organizations(id),
        language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr','en')),
        phone text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await q.query(`CREATE INDEX users_organization_idx ON users (organization_id)`);

    await q.query(`
      CREATE TABLE rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name_fr text NOT NULL,
        name_en text NOT NULL,
        currency char(3) NOT NULL,
        budget_envelope bigint NOT NULL CHECK (budget_envelope > 0),
        reserved_amount bigint NOT NULL DEFAULT 0,
        disbursed_amount bigint NOT NULL DEFAULT 0,
        max_award bigint NOT NULL CHECK (max_award > 0),
        eligible_regions text[] NOT NULL CHECK (cardinality(eligible_regions) > 0),
        eligible_communes text[],
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        tranche_plan integer[] NOT NULL,
        rubric jsonb NOT NULL,
        reviewers_per_proposal integer NOT NULL CHECK (reviewers_per_proposal BETWEEN 1 AND 15),
        approval_threshold integer NOT NULL CHECK (approval_threshold BETWEEN 0 AND 100),
        durations jsonb NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rounds_window_order CHECK (opens_at < closes_at),
        CONSTRAINT rounds_max_award_within_envelope CHECK (max_award <= budget_envelope),
        CONSTRAINT rounds_reserved_within_envelope CHECK (reserved_amount >= 0 AND reserved_amount <= budget_envelope),
        CONSTRAINT rounds_disbursed_within_reserved CHECK (disbursed_amount >= 0 AND disbursed_amount <= reserved_amount)
      )`);
    await q.query(`CREATE INDEX rounds_created_idx ON rounds (created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE round_panel_members (
        round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES users(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, reviewer_id)
      )`);

    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES rounds(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        created_by uuid NOT NULL REFERENCES users(id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','screening','in_review',
          'awaiting_decision','approved','rejected','ineligible','revision_requested','withdrawn','expired')),
        title text NOT NULL,
        summary text,
        problem_statement text,
        region text,
        commune text,
        neighbourhood text,
        beneficiaries_total integer CHECK (beneficiaries_total >= 0),
        beneficiaries_women integer CHECK (beneficiaries_women >= 0),
        beneficiaries_youth integer CHECK (beneficiaries_youth >= 0),
        start_date date,
        end_date date,
        requested_amount bigint CHECK (requested_amount >= 0),
        currency char(3) NOT NULL,
        submission_count integer NOT NULL DEFAULT 0,
        submitted_at timestamptz,
        workflow_id text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT proposals_dates_order CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
      )`);
    // The partial unique index is the last word on "one open proposal per organisation per round", whatever
    // the concurrency of submissions. Its status list must match OPEN_STATUSES in libs/domain.
    await q.query(`
      CREATE UNIQUE INDEX proposals_one_open_per_org_round ON proposals (round_id, organization_id)
      WHERE status IN ('submitted','screening','in_review','awaiting_decision','revision_requested')`);
    await q.query(`CREATE INDEX proposals_list_idx ON proposals (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX proposals_round_status_idx ON proposals (round_id, status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX proposals_org_idx ON proposals (organization_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX proposals_region_idx ON proposals (region, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE proposal_budget_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        position integer NOT NULL,
        category text NOT NULL,
        description text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_cost bigint NOT NULL CHECK (unit_cost >= 0),
        total bigint NOT NULL,
        CONSTRAINT proposal_budget_lines_total CHECK (total = quantity::bigint * unit_cost),
        UNIQUE (proposal_id, position)
      )`);
    await q.query(`
      CREATE TABLE proposal_milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL,
        due_date date NOT NULL,
        deliverable text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','achieved','delayed','missed')),
        UNIQUE (proposal_id, position)
      )`);
    await q.query(`
      CREATE TABLE proposal_indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        position integer NOT NULL,
        key text NOT NULL,
        label text NOT NULL,
        target integer NOT NULL CHECK (target >= 0),
        UNIQUE (proposal_id, key),
        UNIQUE (proposal_id, position)
      )`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        from_state text,
        to_state text,
        reason text,
        request_id text,
        workflow_id text,
        data jsonb,
        -- Activities are retried; the dedup key makes their audit insert idempotent (ON CONFLICT DO NOTHING).
        dedup_key text UNIQUE
      )`);
    await q.query(`CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, id)`);
    await q.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        actor_id uuid NOT NULL,
        key text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        request_hash text NOT NULL,
        state text NOT NULL CHECK (state IN ('in_progress','completed')),
        response_status integer,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        completed_at timestamptz,
        PRIMARY KEY (actor_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_refuse_change`);
    await q.query(`DROP TABLE proposal_indicators`);
    await q.query(`DROP TABLE proposal_milestones`);
    await q.query(`DROP TABLE proposal_budget_lines`);
    await q.query(`DROP TABLE proposals`);
    await q.query(`DROP TABLE round_panel_members`);
    await q.query(`DROP TABLE rounds`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE organizations`);
  }
}
