import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The portfolio read model: what programme managers see at a glance, sized for a national programme.
 * - grants carry their place (region, commune), their beneficiary targets and what the latest accepted report
 *   says was reached; grant_indicators their custom indicators' targets and latest accepted values.
 * - three counter tables, kept by triggers in the same transaction as every change of a proposal, grant or
 *   grant indicator, so the summary reads a few hundred rows instead of scanning 100,000 proposals. Each trigger
 *   takes the old row out and puts the new row in, in key order (two transitions in opposite directions never
 *   wait on each other). A test checks the counters against the same figures computed from the tables.
 */
export class PortfolioReadModel1764400000000 implements MigrationInterface {
  name = 'PortfolioReadModel1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE grants
        ADD COLUMN region text,
        ADD COLUMN commune text,
        ADD COLUMN target_total integer NOT NULL DEFAULT 0,
        ADD COLUMN target_women integer NOT NULL DEFAULT 0,
        ADD COLUMN target_youth integer NOT NULL DEFAULT 0,
        ADD COLUMN reached_total integer NOT NULL DEFAULT 0,
        ADD COLUMN reached_women integer NOT NULL DEFAULT 0,
        ADD COLUMN reached_youth integer NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE grants g SET region = p.region, commune = p.commune, target_total = coalesce(p.beneficiaries_total, 0),
             target_women = coalesce(p.beneficiaries_women, 0), target_youth = coalesce(p.beneficiaries_youth, 0)
        FROM proposals p WHERE p.id = g.proposal_id`);
    await q.query(`
      UPDATE grants g SET reached_total = r.beneficiaries_total, reached_women = r.beneficiaries_women,
             reached_youth = r.beneficiaries_youth
        FROM (SELECT DISTINCT ON (grant_id) grant_id, beneficiaries_total, beneficiaries_women, beneficiaries_youth
                FROM grant_reports WHERE status = 'accepted' ORDER BY grant_id, sequence DESC) r
       WHERE r.grant_id = g.id`);
    await q.query(`CREATE INDEX grants_place_idx ON grants (region, commune)`);

    await q.query(`
      CREATE TABLE grant_indicators (
        grant_id uuid NOT NULL REFERENCES grants(id),
        key text NOT NULL,
        round_id uuid NOT NULL,
        region text NOT NULL DEFAULT '',
        label text NOT NULL,
        target integer NOT NULL CHECK (target >= 0),
        actual integer CHECK (actual >= 0),
        PRIMARY KEY (grant_id, key)
      )`);
    await q.query(`
      INSERT INTO grant_indicators (grant_id, key, round_id, region, label, target)
      SELECT g.id, i.key, g.round_id, coalesce(g.region, ''), i.label, i.target
        FROM grants g JOIN proposal_indicators i ON i.proposal_id = g.proposal_id`);
    await q.query(`
      UPDATE grant_indicators gi SET actual = (v->>'value')::int
        FROM (SELECT DISTINCT ON (grant_id) grant_id, indicator_values FROM grant_reports
               WHERE status = 'accepted' ORDER BY grant_id, sequence DESC) r,
             jsonb_array_elements(r.indicator_values) v
       WHERE r.grant_id = gi.grant_id AND v->>'key' = gi.key`);

    // Milestones of granted proposals are listed by date across the portfolio. Proposals that were never granted
    // keep their milestones pending forever; the grant_id column and partial indexes keep them out of the scan.
    await q.query(`ALTER TABLE proposal_milestones ADD COLUMN grant_id uuid REFERENCES grants(id)`);
    await q.query(`UPDATE proposal_milestones m SET grant_id = g.id FROM grants g WHERE g.proposal_id = m.proposal_id`);
    await q.query(
      `CREATE INDEX proposal_milestones_granted_due_idx ON proposal_milestones (due_date, id) WHERE grant_id IS NOT NULL`,
    );
    await q.query(`
      CREATE INDEX proposal_milestones_granted_open_due_idx ON proposal_milestones (due_date, id)
       WHERE grant_id IS NOT NULL AND status IN ('pending', 'delayed')`);
    await q.query(`CREATE INDEX grant_reports_grant_idx ON grant_reports (grant_id, status)`);

    await q.query(`
      CREATE TABLE portfolio_proposal_counts (
        round_id uuid NOT NULL,
        region text NOT NULL,
        status text NOT NULL,
        proposals integer NOT NULL DEFAULT 0,
        scored integer NOT NULL DEFAULT 0,
        score_sum_bp bigint NOT NULL DEFAULT 0,
        decided integer NOT NULL DEFAULT 0,
        decision_seconds bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (round_id, region, status)
      )`);
    await q.query(`
      CREATE TABLE portfolio_grant_counts (
        round_id uuid NOT NULL,
        region text NOT NULL,
        status text NOT NULL,
        grants integer NOT NULL DEFAULT 0,
        awarded bigint NOT NULL DEFAULT 0,
        disbursed bigint NOT NULL DEFAULT 0,
        unspent_returned bigint NOT NULL DEFAULT 0,
        at_risk integer NOT NULL DEFAULT 0,
        target_total bigint NOT NULL DEFAULT 0,
        target_women bigint NOT NULL DEFAULT 0,
        target_youth bigint NOT NULL DEFAULT 0,
        reached_total bigint NOT NULL DEFAULT 0,
        reached_women bigint NOT NULL DEFAULT 0,
        reached_youth bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (round_id, region, status)
      )`);
    await q.query(`
      CREATE TABLE portfolio_indicator_totals (
        round_id uuid NOT NULL,
        region text NOT NULL,
        key text NOT NULL,
        grants integer NOT NULL DEFAULT 0,
        reporting integer NOT NULL DEFAULT 0,
        target bigint NOT NULL DEFAULT 0,
        actual bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (round_id, region, key)
      )`);

    await q.query(`
      CREATE FUNCTION portfolio_proposal_delta(r proposals, s integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO portfolio_proposal_counts AS c
               (round_id, region, status, proposals, scored, score_sum_bp, decided, decision_seconds)
        VALUES (r.round_id, coalesce(r.region, ''), r.status, s,
                s * (r.weighted_score_bp IS NOT NULL)::int, s * coalesce(r.weighted_score_bp, 0),
                s * (r.decided_at IS NOT NULL AND r.submitted_at IS NOT NULL)::int,
                s * coalesce(extract(epoch FROM r.decided_at - r.submitted_at)::bigint, 0))
        ON CONFLICT (round_id, region, status) DO UPDATE SET
          proposals = c.proposals + excluded.proposals,
          scored = c.scored + excluded.scored,
          score_sum_bp = c.score_sum_bp + excluded.score_sum_bp,
          decided = c.decided + excluded.decided,
          decision_seconds = c.decision_seconds + excluded.decision_seconds;
      END $$`);
    await q.query(`
      CREATE FUNCTION portfolio_proposal_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN PERFORM portfolio_proposal_delta(NEW, 1);
        ELSIF TG_OP = 'DELETE' THEN PERFORM portfolio_proposal_delta(OLD, -1);
        ELSIF (OLD.round_id::text, coalesce(OLD.region, ''), OLD.status) <= (NEW.round_id::text, coalesce(NEW.region, ''), NEW.status) THEN
          PERFORM portfolio_proposal_delta(OLD, -1); PERFORM portfolio_proposal_delta(NEW, 1);
        ELSE
          PERFORM portfolio_proposal_delta(NEW, 1); PERFORM portfolio_proposal_delta(OLD, -1);
        END IF;
        RETURN NULL;
      END $$`);

    await q.query(`
      CREATE FUNCTION portfolio_grant_delta(g grants, s integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO portfolio_grant_counts AS c
               (round_id, region, status, grants, awarded, disbursed, unspent_returned, at_risk, target_total,
                target_women, target_youth, reached_total, reached_women, reached_youth)
        VALUES (g.round_id, coalesce(g.region, ''), g.status, s, s * (g.amount - g.released_amount),
                s * g.disbursed_amount, s * g.unspent_returned_amount, s * g.at_risk::int, s * g.target_total,
                s * g.target_women, s * g.target_youth, s * g.reached_total, s * g.reached_women, s * g.reached_youth)
        ON CONFLICT (round_id, region, status) DO UPDATE SET
          grants = c.grants + excluded.grants,
          awarded = c.awarded + excluded.awarded,
          disbursed = c.disbursed + excluded.disbursed,
          unspent_returned = c.unspent_returned + excluded.unspent_returned,
          at_risk = c.at_risk + excluded.at_risk,
          target_total = c.target_total + excluded.target_total,
          target_women = c.target_women + excluded.target_women,
          target_youth = c.target_youth + excluded.target_youth,
          reached_total = c.reached_total + excluded.reached_total,
          reached_women = c.reached_women + excluded.reached_women,
          reached_youth = c.reached_youth + excluded.reached_youth;
      END $$`);
    await q.query(`
      CREATE FUNCTION portfolio_grant_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN PERFORM portfolio_grant_delta(NEW, 1);
        ELSIF TG_OP = 'DELETE' THEN PERFORM portfolio_grant_delta(OLD, -1);
        ELSIF (OLD.round_id::text, coalesce(OLD.region, ''), OLD.status) <= (NEW.round_id::text, coalesce(NEW.region, ''), NEW.status) THEN
          PERFORM portfolio_grant_delta(OLD, -1); PERFORM portfolio_grant_delta(NEW, 1);
        ELSE
          PERFORM portfolio_grant_delta(NEW, 1); PERFORM portfolio_grant_delta(OLD, -1);
        END IF;
        RETURN NULL;
      END $$`);

    await q.query(`
      CREATE FUNCTION portfolio_indicator_delta(i grant_indicators, s integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO portfolio_indicator_totals AS c (round_id, region, key, grants, reporting, target, actual)
        VALUES (i.round_id, i.region, i.key, s, s * (i.actual IS NOT NULL)::int, s * i.target, s * coalesce(i.actual, 0))
        ON CONFLICT (round_id, region, key) DO UPDATE SET
          grants = c.grants + excluded.grants,
          reporting = c.reporting + excluded.reporting,
          target = c.target + excluded.target,
          actual = c.actual + excluded.actual;
      END $$`);
    await q.query(`
      CREATE FUNCTION portfolio_indicator_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM portfolio_indicator_delta(OLD, -1); END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM portfolio_indicator_delta(NEW, 1); END IF;
        RETURN NULL;
      END $$`);

    // Counters from what is already there, then the triggers keep them.
    await q.query(`
      INSERT INTO portfolio_proposal_counts
      SELECT round_id, coalesce(region, ''), status, count(*), count(weighted_score_bp), coalesce(sum(weighted_score_bp), 0),
             count(*) FILTER (WHERE decided_at IS NOT NULL AND submitted_at IS NOT NULL),
             coalesce(sum(extract(epoch FROM decided_at - submitted_at)::bigint), 0)
        FROM proposals GROUP BY 1, 2, 3`);
    await q.query(`
      INSERT INTO portfolio_grant_counts
      SELECT round_id, coalesce(region, ''), status, count(*), sum(amount - released_amount), sum(disbursed_amount),
             sum(unspent_returned_amount), count(*) FILTER (WHERE at_risk), sum(target_total), sum(target_women),
             sum(target_youth), sum(reached_total), sum(reached_women), sum(reached_youth)
        FROM grants GROUP BY 1, 2, 3`);
    await q.query(`
      INSERT INTO portfolio_indicator_totals
      SELECT round_id, region, key, count(*), count(actual), sum(target), coalesce(sum(actual), 0)
        FROM grant_indicators GROUP BY 1, 2, 3`);
    await q.query(`
      CREATE TRIGGER proposals_portfolio AFTER INSERT OR DELETE
          OR UPDATE OF round_id, region, status, weighted_score_bp, decided_at, submitted_at ON proposals
        FOR EACH ROW EXECUTE FUNCTION portfolio_proposal_trigger()`);
    await q.query(`
      CREATE TRIGGER grants_portfolio AFTER INSERT OR DELETE
          OR UPDATE OF round_id, region, status, amount, released_amount, disbursed_amount, unspent_returned_amount,
             at_risk, target_total, target_women, target_youth, reached_total, reached_women, reached_youth ON grants
        FOR EACH ROW EXECUTE FUNCTION portfolio_grant_trigger()`);
    await q.query(`
      CREATE TRIGGER grant_indicators_portfolio AFTER INSERT OR DELETE OR UPDATE ON grant_indicators
        FOR EACH ROW EXECUTE FUNCTION portfolio_indicator_trigger()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER grant_indicators_portfolio ON grant_indicators`);
    await q.query(`DROP TRIGGER grants_portfolio ON grants`);
    await q.query(`DROP TRIGGER proposals_portfolio ON proposals`);
    await q.query(
      `DROP FUNCTION portfolio_indicator_trigger(), portfolio_grant_trigger(), portfolio_proposal_trigger()`,
    );
    await q.query(
      `DROP FUNCTION portfolio_indicator_delta(grant_indicators, integer), portfolio_grant_delta(grants, integer), portfolio_proposal_delta(proposals, integer)`,
    );
    await q.query(`DROP TABLE portfolio_indicator_totals, portfolio_grant_counts, portfolio_proposal_counts`);
    await q.query(`DROP INDEX grant_reports_grant_idx`);
    await q.query(`DROP INDEX proposal_milestones_granted_open_due_idx`);
    await q.query(`DROP INDEX proposal_milestones_granted_due_idx`);
    await q.query(`ALTER TABLE proposal_milestones DROP COLUMN grant_id`);
    await q.query(`DROP TABLE grant_indicators`);
    await q.query(`DROP INDEX grants_place_idx`);
    await q.query(`
      ALTER TABLE grants DROP COLUMN region, DROP COLUMN commune, DROP COLUMN target_total, DROP COLUMN target_women,
        DROP COLUMN target_youth, DROP COLUMN reached_total, DROP COLUMN reached_women, DROP COLUMN reached_youth`);
  }
}
