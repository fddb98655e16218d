import type { EntityManager } from 'typeorm';
import type { KeysetPage } from './keyset';

/**
 * The portfolio's SQL, in one place so the benchmark runs exactly these statements as its floor (it loads this
 * module from dist/). Every list is one statement (no N+1), keyset-paginated on an indexed order.
 */

/** Filters every portfolio query takes; `null` means "any". Parameters $1…$5 in every statement. */
export interface PortfolioFilter {
  roundId: string | null;
  region: string | null;
  commune: string | null;
  organizationId: string | null;
  status: string | null;
}

export const filterParams = (f: PortfolioFilter) => [f.roundId, f.region, f.commune, f.organizationId, f.status];

/**
 * Summary figures from the counter tables the triggers keep (staff, no organisation filter): a few hundred rows
 * whatever the size of the fund.
 */
export const SUMMARY_FROM_COUNTERS = {
  proposals: `
    SELECT round_id, region, status, sum(proposals)::int AS proposals, sum(scored)::int AS scored,
           sum(score_sum_bp)::bigint AS score_sum_bp, sum(decided)::int AS decided,
           sum(decision_seconds)::bigint AS decision_seconds
      FROM portfolio_proposal_counts
     WHERE ($1::uuid IS NULL OR round_id = $1) AND ($2::text IS NULL OR region = $2) AND proposals <> 0
     GROUP BY round_id, region, status`,
  grants: `
    SELECT round_id, region, status, grants, awarded, disbursed, unspent_returned, at_risk, target_total,
           target_women, target_youth, reached_total, reached_women, reached_youth
      FROM portfolio_grant_counts
     WHERE ($1::uuid IS NULL OR round_id = $1) AND ($2::text IS NULL OR region = $2) AND grants <> 0`,
  indicators: `
    SELECT round_id, region, key, grants, reporting, target, actual
      FROM portfolio_indicator_totals
     WHERE ($1::uuid IS NULL OR round_id = $1) AND ($2::text IS NULL OR region = $2) AND grants <> 0`,
};

/**
 * The same figures computed from the tables themselves: for one organisation (an applicant's own figures, or a
 * staff filter), and by the test that checks the counters.
 */
export const SUMMARY_FROM_TABLES = {
  proposals: `
    SELECT round_id, coalesce(region, '') AS region, status, count(*)::int AS proposals,
           count(weighted_score_bp)::int AS scored, coalesce(sum(weighted_score_bp), 0)::bigint AS score_sum_bp,
           count(*) FILTER (WHERE decided_at IS NOT NULL AND submitted_at IS NOT NULL)::int AS decided,
           coalesce(sum(extract(epoch FROM decided_at - submitted_at)::bigint), 0)::bigint AS decision_seconds
      FROM proposals
     WHERE ($1::uuid IS NULL OR round_id = $1) AND ($2::text IS NULL OR region = $2)
       AND ($3::uuid IS NULL OR organization_id = $3)
     GROUP BY 1, 2, 3`,
  grants: `
    SELECT round_id, coalesce(region, '') AS region, status, count(*)::int AS grants,
           sum(amount - released_amount)::bigint AS awarded, sum(disbursed_amount)::bigint AS disbursed,
           sum(unspent_returned_amount)::bigint AS unspent_returned, count(*) FILTER (WHERE at_risk)::int AS at_risk,
           sum(target_total)::bigint AS target_total, sum(target_women)::bigint AS target_women,
           sum(target_youth)::bigint AS target_youth, sum(reached_total)::bigint AS reached_total,
           sum(reached_women)::bigint AS reached_women, sum(reached_youth)::bigint AS reached_youth
      FROM grants
     WHERE ($1::uuid IS NULL OR round_id = $1) AND ($2::text IS NULL OR region = $2)
       AND ($3::uuid IS NULL OR organization_id = $3)
     GROUP BY 1, 2, 3`,
  indicators: `
    SELECT i.round_id, i.region, i.key, count(*)::int AS grants, count(i.actual)::int AS reporting,
           sum(i.target)::bigint AS target, coalesce(sum(i.actual), 0)::bigint AS actual
      FROM grant_indicators i JOIN grants g ON g.id = i.grant_id
     WHERE ($1::uuid IS NULL OR i.round_id = $1) AND ($2::text IS NULL OR i.region = $2)
       AND ($3::uuid IS NULL OR g.organization_id = $3)
     GROUP BY 1, 2, 3`,
};

/**
 * The whole summary in one statement (one round trip, JSON built by PostgreSQL): the figures from `source`,
 * and the rounds they belong to or that are open to the region. `$1` round, `$2` region (and `$3` organisation
 * for SUMMARY_FROM_TABLES).
 */
export function summarySql(source: typeof SUMMARY_FROM_COUNTERS): string {
  return `
    WITH p AS (${source.proposals}),
         g AS (${source.grants}),
         i AS (${source.indicators}),
         r AS (SELECT id, name_fr, name_en, currency, budget_envelope, reserved_amount, disbursed_amount, eligible_regions,
                      created_at
                 FROM rounds
                WHERE ($1::uuid IS NULL OR id = $1)
                  AND ($2::text IS NULL OR $2 = ANY(eligible_regions)
                       OR id IN (SELECT round_id FROM p UNION SELECT round_id FROM g)))
    SELECT (SELECT coalesce(json_agg(p), '[]') FROM p) AS proposals,
           (SELECT coalesce(json_agg(g), '[]') FROM g) AS grants,
           (SELECT coalesce(json_agg(i), '[]') FROM i) AS indicators,
           (SELECT coalesce(json_agg(r ORDER BY r.created_at DESC, r.id DESC), '[]') FROM r) AS rounds`;
}

export const SUMMARY = { counters: summarySql(SUMMARY_FROM_COUNTERS), tables: summarySql(SUMMARY_FROM_TABLES) };

/** The filters every list shares, on the grant `g`: $1 round, $2 region, $3 commune, $4 organisation (null: any). */
const GRANT_FILTERS = `($1::uuid IS NULL OR g.round_id = $1) AND ($2::text IS NULL OR g.region = $2)
     AND ($3::text IS NULL OR g.commune = $3) AND ($4::uuid IS NULL OR g.organization_id = $4)`;

/** Reports due or overdue on live grants, most late first, with whom to call. */
export const OVERDUE_REPORTS = `
  SELECT r.id, r.sequence, r.kind, r.status, r.due_date::text AS due_date, r.due_at, r.overdue_since,
         greatest(0, current_date - r.due_date)::int AS days_late,
         g.id AS grant_id, g.round_id, g.region, g.commune, g.status AS grant_status, g.at_risk,
         o.id AS organization_id, o.name AS organization, o.phone, o.email, p.title
    FROM grant_reports r
    JOIN grants g ON g.id = r.grant_id
    JOIN organizations o ON o.id = g.organization_id
    JOIN proposals p ON p.id = g.proposal_id
   WHERE r.status IN ('due', 'overdue') AND g.status IN ('active', 'suspended')
     AND ${GRANT_FILTERS}
     AND ($5::text IS NULL OR r.status = $5)
     AND ($6::timestamptz IS NULL OR (r.due_at, r.id) > ($6, $7::uuid))
   ORDER BY r.due_at, r.id
   LIMIT $8`;

/**
 * Milestones of granted proposals. `late` = past its due date and neither achieved nor missed; the others are
 * the milestone's status as the accepted reports left it.
 */
export const MILESTONES = `
  SELECT m.id, m.title, m.deliverable, m.due_date::text AS due_date, m.status, m.status_changed_at,
         CASE WHEN m.status IN ('pending', 'delayed') THEN greatest(0, current_date - m.due_date) ELSE 0 END::int AS days_late,
         g.id AS grant_id, g.round_id, g.region, g.commune, g.status AS grant_status,
         o.id AS organization_id, o.name AS organization, o.phone, p.title AS grant_title
    FROM proposal_milestones m
    JOIN grants g ON g.id = m.grant_id
    JOIN organizations o ON o.id = g.organization_id
    JOIN proposals p ON p.id = g.proposal_id
   WHERE m.grant_id IS NOT NULL
     AND ${GRANT_FILTERS}
     AND ($5::text IS NULL
          OR ($5 = 'late' AND m.status IN ('pending', 'delayed') AND m.due_date < current_date)
          OR ($5 <> 'late' AND m.status = $5))
     AND ($6::date IS NULL OR (m.due_date, m.id) > ($6, $7::uuid))
   ORDER BY m.due_date, m.id
   LIMIT $8`;

/**
 * When a grant first needed attention: flagged at risk (only while it is) or stalled, whichever came first. The
 * at-risk list orders and keysets on it; the migration GrantsNeedingAttention1764650000000 indexes exactly this
 * expression (on `grants` without the alias), so change both together.
 */
const ATTENTION_SINCE = `least(CASE WHEN g.at_risk THEN g.at_risk_since END, g.stalled_since)`;

/**
 * Grants that need attention, longest first, one row per grant: flagged at risk (an overdue report), stalled (an
 * operation exhausted its attempts), or both, with why and what is late.
 */
export const AT_RISK = `
  SELECT g.id, g.status, g.at_risk, g.at_risk_reason, g.at_risk_since, g.stalled_since, g.stalled_reason,
         ${ATTENTION_SINCE} AS attention_since, g.round_id, g.region, g.commune, g.amount,
         g.disbursed_amount, g.currency, o.id AS organization_id, o.name AS organization, o.phone, p.title,
         (SELECT count(*) FROM grant_reports r WHERE r.grant_id = g.id AND r.status = 'overdue')::int AS overdue_reports,
         (SELECT count(*) FROM proposal_milestones m WHERE m.proposal_id = g.proposal_id
             AND m.status IN ('pending', 'delayed') AND m.due_date < current_date)::int AS late_milestones
    FROM grants g
    JOIN organizations o ON o.id = g.organization_id
    JOIN proposals p ON p.id = g.proposal_id
   WHERE (g.at_risk OR g.stalled_since IS NOT NULL)
     AND ${GRANT_FILTERS}
     AND ($5::text IS NULL OR g.status = $5)
     AND ($6::timestamptz IS NULL OR (${ATTENTION_SINCE}, g.id) > ($6, $7::uuid))
   ORDER BY ${ATTENTION_SINCE}, g.id
   LIMIT $8`;

/** A row as PostgreSQL returns it; the API maps each list's columns to its answer. */
export type PortfolioRow = Record<string, unknown>;

/** The summary's four result sets, each a JSON array PostgreSQL built. */
export interface PortfolioSummaryRows {
  proposals: PortfolioRow[];
  grants: PortfolioRow[];
  indicators: PortfolioRow[];
  rounds: PortfolioRow[];
}

/**
 * The summary of a round or of the whole fund, optionally for one region. Without an organisation the figures come
 * from the counters (they have no organisation dimension); for one, from its own rows.
 */
export async function portfolioSummary(
  m: EntityManager,
  scope: { roundId: string | null; region: string | null; organizationId: string | null },
): Promise<PortfolioSummaryRows> {
  const [rows]: PortfolioSummaryRows[] =
    scope.organizationId === null
      ? await m.query(SUMMARY.counters, [scope.roundId, scope.region])
      : await m.query(SUMMARY.tables, [scope.roundId, scope.region, scope.organizationId]);
  return rows;
}

/**
 * One page of a portfolio list (OVERDUE_REPORTS, MILESTONES, AT_RISK): `limit` + 1 rows, the extra one telling
 * whether there is a next page. `page.after.createdAt` holds the list's own sort key (due date, attention since).
 */
function portfolioPage(
  sql: string,
): (m: EntityManager, filter: PortfolioFilter, page: KeysetPage) => Promise<PortfolioRow[]> {
  return (m, filter, page) =>
    m.query(sql, [...filterParams(filter), page.after?.createdAt ?? null, page.after?.id ?? null, page.limit + 1]);
}

export const portfolioLists = {
  overdueReports: portfolioPage(OVERDUE_REPORTS),
  milestones: portfolioPage(MILESTONES),
  atRisk: portfolioPage(AT_RISK),
};
