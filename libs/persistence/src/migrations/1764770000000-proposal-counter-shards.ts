import { MigrationInterface, QueryRunner } from 'typeorm';

/** Counter rows per (round, region, status); a proposal's rows are always in the same one of them. */
const SHARDS = 16;

/**
 * Concurrent submissions in one round and region all moved the same two counter rows (draft -1, screening +1),
 * so each waited for the previous one's commit: in the bench, a third of the busy backends during the submit
 * phase were UPDATE proposals waiting on a transaction lock. Each (round, region, status) now has up to
 * SHARDS rows, chosen by the proposal's id; readers add the rows up (the summary already sums per status).
 * Each shard row counts exactly the proposals hashed to it, so `proposals <> 0` still skips only empty rows,
 * and the trigger's key order (old row and new row) is unchanged.
 */
export class ProposalCounterShards1764770000000 implements MigrationInterface {
  name = 'ProposalCounterShards1764770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE portfolio_proposal_counts ADD COLUMN shard smallint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE portfolio_proposal_counts DROP CONSTRAINT portfolio_proposal_counts_pkey`);
    await q.query(`ALTER TABLE portfolio_proposal_counts ADD PRIMARY KEY (round_id, region, status, shard)`);
    await q.query(`LOCK TABLE proposals IN SHARE MODE`);
    await q.query(`DELETE FROM portfolio_proposal_counts`);
    await q.query(`
      INSERT INTO portfolio_proposal_counts
             (round_id, region, status, shard, proposals, scored, score_sum_bp, decided, decision_seconds)
      SELECT round_id, coalesce(region, ''), status, abs(hashtext(id::text) % ${SHARDS}), count(*),
             count(weighted_score_bp), coalesce(sum(weighted_score_bp), 0),
             count(*) FILTER (WHERE decided_at IS NOT NULL AND submitted_at IS NOT NULL),
             coalesce(sum(extract(epoch FROM decided_at - submitted_at)::bigint), 0)
        FROM proposals GROUP BY 1, 2, 3, 4`);
    await q.query(this.delta(`abs(hashtext(r.id::text) % ${SHARDS})`, '(round_id, region, status, shard)'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(this.delta(null, '(round_id, region, status)'));
    await q.query(`LOCK TABLE portfolio_proposal_counts IN EXCLUSIVE MODE`);
    await q.query(`
      CREATE TEMP TABLE merged AS
      SELECT round_id, region, status, sum(proposals)::int AS proposals, sum(scored)::int AS scored,
             sum(score_sum_bp)::bigint AS score_sum_bp, sum(decided)::int AS decided,
             sum(decision_seconds)::bigint AS decision_seconds
        FROM portfolio_proposal_counts GROUP BY 1, 2, 3`);
    await q.query(`DELETE FROM portfolio_proposal_counts`);
    await q.query(`ALTER TABLE portfolio_proposal_counts DROP CONSTRAINT portfolio_proposal_counts_pkey`);
    await q.query(`ALTER TABLE portfolio_proposal_counts DROP COLUMN shard`);
    await q.query(`ALTER TABLE portfolio_proposal_counts ADD PRIMARY KEY (round_id, region, status)`);
    await q.query(`
      INSERT INTO portfolio_proposal_counts (round_id, region, status, proposals, scored, score_sum_bp, decided,
             decision_seconds)
      SELECT round_id, region, status, proposals, scored, score_sum_bp, decided, decision_seconds FROM merged`);
    await q.query(`DROP TABLE merged`);
  }

  /** The trigger's delta function, with or without the shard column. */
  private delta(shard: string | null, key: string): string {
    return `
      CREATE OR REPLACE FUNCTION portfolio_proposal_delta(r proposals, s integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO portfolio_proposal_counts AS c
               (round_id, region, status, ${shard ? 'shard, ' : ''}proposals, scored, score_sum_bp, decided,
                decision_seconds)
        VALUES (r.round_id, coalesce(r.region, ''), r.status, ${shard ? `${shard}, ` : ''}s,
                s * (r.weighted_score_bp IS NOT NULL)::int, s * coalesce(r.weighted_score_bp, 0),
                s * (r.decided_at IS NOT NULL AND r.submitted_at IS NOT NULL)::int,
                s * coalesce(extract(epoch FROM r.decided_at - r.submitted_at)::bigint, 0))
        ON CONFLICT ${key} DO UPDATE SET
          proposals = c.proposals + excluded.proposals,
          scored = c.scored + excluded.scored,
          score_sum_bp = c.score_sum_bp + excluded.score_sum_bp,
          decided = c.decided + excluded.decided,
          decision_seconds = c.decision_seconds + excluded.decision_seconds;
      END $$`;
  }
}
