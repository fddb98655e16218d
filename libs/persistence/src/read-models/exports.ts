/**
 * The exports' statements. They are streamed on a connection of their own (the API's streamQuery holds the
 * QueryRunner), so a read model here answers the SQL and its parameters rather than rows.
 */
export interface Sql {
  text: string;
  params: unknown[];
}

/** The language of the round names and headers a CSV is written in. */
export type ExportLanguage = 'fr' | 'en';

/** What an export is narrowed to; a filter not given is not applied. */
export interface ExportFilter {
  roundId?: string;
  region?: string;
  status?: string;
}

/** `WHERE` from the filters that were given; the expressions are ours, only the values come from the request. */
function where(filters: [expression: string, value: string | undefined][]): Sql {
  const params: unknown[] = [];
  const clauses = filters
    .filter(([, value]) => value !== undefined)
    .map(([expression, value]) => {
      params.push(value);
      return `${expression} = $${params.length}`;
    });
  return { text: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const roundName = (lang: ExportLanguage) => (lang === 'en' ? 'r.name_en' : 'r.name_fr');

// Grants carry their place since the portfolio read model; the proposal's stays the fallback for older rows.
const GRANT_REGION = 'coalesce(g.region, p.region)';
const GRANT_COMMUNE = 'coalesce(g.commune, p.commune)';
/** Grants with their proposal, organisation and round, as both grant exports read them. */
const GRANTS_JOINED = `FROM grants g
        JOIN proposals p ON p.id = g.proposal_id
        JOIN organizations o ON o.id = g.organization_id
        JOIN rounds r ON r.id = g.round_id`;

function grantFilters(query: ExportFilter): Sql {
  return where([
    ['g.round_id', query.roundId],
    [GRANT_REGION, query.region],
    ['g.status', query.status],
  ]);
}

export function proposalsCsvSql(query: ExportFilter, lang: ExportLanguage): Sql {
  const filter = where([
    ['p.round_id', query.roundId],
    ['p.region', query.region],
    ['p.status', query.status],
  ]);
  return {
    text: `
      SELECT p.id, o.name AS organization, ${roundName(lang)} AS round, p.title, p.region, p.commune, p.status,
             p.requested_amount, p.currency, p.submitted_at, p.decided_at, round(p.weighted_score_bp / 100.0, 2) AS score,
             p.awarded_amount, p.beneficiaries_total, p.beneficiaries_women, p.beneficiaries_youth
        FROM proposals p
        JOIN organizations o ON o.id = p.organization_id
        JOIN rounds r ON r.id = p.round_id
        ${filter.text}
       ORDER BY p.created_at, p.id`,
    params: filter.params,
  };
}

/**
 * The disbursements export: every payment attempt, oldest first, with its tranche, maker and checker, and the
 * grant's payout account sealed as stored; the API opens it for the roles that see it in full.
 */
export function disbursementsCsvSql(): Sql {
  return {
    text: `
      SELECT g.id AS grant_id, o.name AS organization, t.number AS tranche, p.amount, p.currency, p.gateway,
             p.status, p.provider_reference AS reference, t.requested_at, t.approved_at, p.paid_at,
             maker.email AS maker, checker.email AS checker, p.attempt,
             g.payout_method, g.payout_provider, g.payout_masked, g.payout_ciphertext, g.payout_key_id
        FROM payments p
        JOIN grants g ON g.id = p.grant_id
        JOIN organizations o ON o.id = g.organization_id
        JOIN grant_tranches t ON t.id = p.tranche_id
        LEFT JOIN users maker ON maker.id = t.requested_by
        LEFT JOIN users checker ON checker.id = t.approved_by
       ORDER BY p.created_at, p.id`,
    params: [],
  };
}

export function grantsCsvSql(query: ExportFilter, lang: ExportLanguage): Sql {
  const filter = grantFilters(query);
  return {
    text: `
      SELECT g.id, g.proposal_id, p.title, o.name AS organization, ${roundName(lang)} AS round, ${GRANT_REGION} AS region,
             ${GRANT_COMMUNE} AS commune, g.status, g.amount, g.disbursed_amount, g.released_amount,
             g.unspent_returned_amount, g.currency, g.agreement_signed_at AS signed_at, g.closed_at, g.terminated_at,
             g.at_risk, g.target_total, g.target_women, g.target_youth, g.reached_total, g.reached_women, g.reached_youth
        ${GRANTS_JOINED}
        ${filter.text}
       ORDER BY g.created_at, g.id`,
    params: filter.params,
  };
}

const utcDay = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

/**
 * One row per grant with everything its IATI activity needs. Payments and indicators come aggregated per row
 * (json_agg subqueries on indexed keys: payments are reached through their tranches, whose key starts with the
 * grant), so the stream never goes back to the database grant by grant. Amounts are
 * text so bigint stays exact. The last update is the latest audit event: every command on a grant appends one.
 */
export function iatiSql(query: ExportFilter): Sql {
  const filter = grantFilters(query);
  return {
    text: `
      SELECT g.id, g.status, g.currency, g.amount::text AS amount, g.released_amount::text AS released_amount,
             g.unspent_returned_amount::text AS unspent_returned_amount,
             to_char(greatest(g.updated_at, (SELECT max(a.occurred_at) FROM audit_events a
                                              WHERE a.entity_type = 'grant' AND a.entity_id = g.id)) AT TIME ZONE 'UTC',
                     'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_updated,
             ${utcDay('g.created_at')} AS created_on, ${utcDay('p.decided_at')} AS decided_on,
             ${utcDay('g.agreement_signed_at')} AS signed_on, ${utcDay('g.closed_at')} AS closed_on,
             ${utcDay('g.terminated_at')} AS terminated_on,
             to_char(p.start_date, 'YYYY-MM-DD') AS start_date, to_char(p.end_date, 'YYYY-MM-DD') AS end_date,
             ${GRANT_REGION} AS region, ${GRANT_COMMUNE} AS commune,
             g.target_total, g.target_women, g.target_youth, g.reached_total, g.reached_women, g.reached_youth,
             EXISTS (SELECT 1 FROM grant_reports gr WHERE gr.grant_id = g.id AND gr.status = 'accepted') AS reported,
             p.title, p.summary, g.conditions, o.name AS organization_name, o.type AS organization_type,
             r.name_fr AS round_name_fr, r.name_en AS round_name_en,
             coalesce((SELECT json_agg(json_build_object('amount', pay.amount::text, 'paidOn', ${utcDay('pay.paid_at')},
                                                         'reference', pay.provider_reference, 'tranche', pay.tranche_number)
                                       ORDER BY pay.paid_at, pay.id)
                         FROM grant_tranches t JOIN payments pay ON pay.tranche_id = t.id
                        WHERE t.grant_id = g.id AND pay.status = 'paid' AND pay.paid_at IS NOT NULL), '[]') AS payments,
             coalesce((SELECT json_agg(json_build_object('key', i.key, 'label', i.label, 'target', i.target, 'actual', i.actual)
                                       ORDER BY i.key)
                         FROM grant_indicators i WHERE i.grant_id = g.id), '[]') AS indicators
        ${GRANTS_JOINED}
        ${filter.text}
       ORDER BY g.created_at, g.id`,
    params: filter.params,
  };
}
