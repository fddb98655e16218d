// Seeds a national-programme-sized portfolio for the benchmark's portfolio phase: set-based INSERT … SELECT over
// generate_series, through the real tables, so the triggers keep the summary counters exactly as in production
// (nothing is written to the counter tables directly). Deterministic from a per-run tag: the same sizes give the
// same distribution, and a second run on a reused database does not collide with the first.
//
// Shape (defaults: 100,000 proposals, 20,000 grants, 5 rounds):
// - organisations: one per (proposal ÷ rounds), each with an applicant user; six regions, several communes each;
// - rounds: R−1 decided calls (past) that hold the grants, and the newest one still in review; proposals spread so
//   an organisation has at most one proposal per round (the one-open-proposal unique index always holds);
// - proposals: every status (closed statuses in the decided rounds, open ones in the current round), 2–3 budget
//   lines (total = quantity × unit cost), 1–3 milestones, 1–2 indicators; `grants` of them approved;
// - grants: signed after the decision (a few still awaiting agreement), 3 tranches (40/40/20, summing to the award),
//   3 reports every 90 days after signature whose status follows their due date (scheduled, due, submitted,
//   changes_requested, accepted; overdue for ~12% of grants, "troubled"), at-risk flags 30 days after an overdue,
//   suspended / terminated / closing / closed grants, payments for disbursed tranches, indicator actuals from the
//   latest accepted report; rounds' reserved and disbursed amounts equal the sums over their grants.
import pg from 'pg';

export const REGIONS = ['conakry', 'kindia', 'mamou', 'labe', 'kankan', 'siguiri'];

/** Region weights (cumulative bounds) and communes: a capital-heavy national programme. */
const PLACES = [
  ['conakry', 0.3, ['kaloum', 'dixinn', 'matam', 'ratoma', 'matoto']],
  ['kindia', 0.18, ['kindia-centre', 'coyah', 'dubreka', 'forecariah', 'telimele']],
  ['mamou', 0.12, ['mamou-centre', 'dalaba', 'pita']],
  ['labe', 0.13, ['labe-centre', 'koubia', 'lelouma', 'mali', 'tougue']],
  ['kankan', 0.15, ['kankan-centre', 'kerouane', 'kouroussa', 'mandiana']],
  ['siguiri', 0.12, ['siguiri-centre', 'kintinian', 'doko', 'norassoba']],
];

const INDICATOR_KEYS = [
  ['patrols_organised', 'Patrouilles organisées'],
  ['mediations_held', 'Médiations tenues'],
  ['youth_trained', 'Jeunes formés'],
  ['women_in_committees', 'Femmes dans les comités'],
  ['incidents_reported', 'Incidents signalés'],
];

const MAX_AWARD = 60_000_000;
const UNIT = 500_000; // awards are multiples of 500,000 GNF, so 40 % tranches are whole numbers

/**
 * @param {{ url: string, proposals: number, grants: number, rounds?: number, batch?: number, tag: string, passwordHash: string,
 *           rubric: unknown, durations: unknown }} options
 * @returns {Promise<{ ms: number, steps: [string, number][], roundIds: string[], counts: Record<string, number>,
 *           checks: string[], deadCounterTuples: number }>}
 */
export async function seedPortfolio({
  url,
  proposals: P,
  grants: G,
  rounds: R = 5,
  batch = 5000,
  tag,
  passwordHash,
  rubric,
  durations,
}) {
  if (G > P) throw new Error(`BENCH_PORTFOLIO_GRANTS (${G}) cannot exceed BENCH_PORTFOLIO_PROPOSALS (${P})`);
  const O = Math.ceil(P / R);
  const client = new pg.Client({ connectionString: url, statement_timeout: 0 });
  await client.connect();
  const steps = [];
  const started = performance.now();
  const step = async (name, sql, params = []) => {
    const t = performance.now();
    const result = await client.query(sql, params);
    steps.push([name, performance.now() - t]);
    return result;
  };
  // Tables with a counter trigger are loaded in statements of `batch` proposals (by rn), each its own transaction,
  // as the service writes them: a counter row updated thousands of times in one statement keeps every old
  // version until commit, and each upsert walks them all (one 100,000-row statement takes minutes).
  const chunked = async (name, sql) => {
    for (let lo = 0; lo < P; lo += batch) await step(name, sql, [lo, lo + batch]);
  };
  try {
    // Session helpers: a uniform [0, 1) draw and a version-4-shaped uuid from a string (the API validates uuids).
    await client.query(`CREATE FUNCTION pg_temp.u(t text) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT ('x' || substr(md5(t), 1, 8))::bit(32)::bigint / 4294967296.0 $$`);
    await client.query(`CREATE FUNCTION pg_temp.uid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT (substr(md5(t), 1, 12) || '4' || substr(md5(t), 14, 3) || '8' || substr(md5(t), 18, 15))::uuid $$`);
    let lo = 0;
    const places = PLACES.map(([region, weight, communes], i) => {
      const row = { region, lo, hi: i === PLACES.length - 1 ? 2 : lo + weight, communes };
      lo += weight;
      return row;
    });
    await client.query(
      `CREATE TEMP TABLE b_place AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(region text, lo float8, hi float8, communes text[])`,
      [JSON.stringify(places)],
    );
    // The newest round is still in review (closes 10 days ago); the others closed 150 days apart before it.
    await step(
      'rounds',
      `CREATE TEMP TABLE b_round AS
       SELECT k, id, opens_at, opens_at + CASE WHEN k = $2 THEN interval '90 days' ELSE interval '60 days' END AS closes_at
         FROM generate_series(1, $2::int) k
         CROSS JOIN LATERAL (SELECT pg_temp.uid($1 || 'round' || k) AS id,
                                    date_trunc('milliseconds', now() - make_interval(days => 100 + ($2 - k) * 150)) AS opens_at) x`,
      [tag, R],
    );
    // A generous envelope for now (CHECK: reserved <= envelope); set to the real figure once the grants exist.
    await step(
      'rounds',
      `INSERT INTO rounds (id, name_fr, name_en, currency, budget_envelope, max_award, eligible_regions, eligible_communes,
                           opens_at, closes_at, tranche_plan, rubric, reviewers_per_proposal, approval_threshold, durations, created_at)
       SELECT id, 'Fonds de sécurité communautaire — appel ' || k || ' (bench ' || $1 || ')',
              'Community Safety Fund — call ' || k || ' (bench ' || $1 || ')', 'GNF', $2::bigint, $3::bigint, $4::text[], NULL,
              opens_at, closes_at, ARRAY[40, 40, 20], $5::jsonb, 3, 60, $6::jsonb, opens_at - interval '30 days'
         FROM b_round`,
      [
        tag,
        Math.ceil((2 * G) / Math.max(1, R - 1) + 1) * MAX_AWARD,
        MAX_AWARD,
        REGIONS,
        JSON.stringify(rubric),
        JSON.stringify(durations),
      ],
    );
    await step(
      'organisations',
      `CREATE TEMP TABLE b_org AS
       SELECT o, pg_temp.uid($1 || 'org' || o) AS id, pg_temp.uid($1 || 'user' || o) AS user_id, pl.region,
              pl.communes[1 + floor(pg_temp.u($1 || 'commune' || o) * cardinality(pl.communes))::int] AS commune
         FROM generate_series(0, $2 - 1) o
         CROSS JOIN LATERAL (SELECT pg_temp.u($1 || 'region' || o) AS x) d
         JOIN b_place pl ON d.x >= pl.lo AND d.x < pl.hi`,
      [tag, O],
    );
    await step(
      'organisations',
      `INSERT INTO organizations (id, name, type, region, commune, phone, email, registration_number, status, created_at)
       SELECT id, 'Association communautaire ' || $1 || '-' || o,
              (ARRAY['womens_association','youth_group','community_based_organization','ngo','local_security_council'])[1 + o % 5],
              region, commune, '+22462' || lpad((o % 10000000)::text, 7, '0'), 'contact-' || $1 || '-' || o || '@bench.test',
              'RCCM/GN/' || $1 || '/' || o, 'verified', date_trunc('milliseconds', now() - interval '800 days')
         FROM b_org`,
      [tag],
    );
    await step(
      'users',
      `INSERT INTO users (id, email, password_hash, display_name, roles, organization_id, language, active, created_at)
       SELECT user_id, 'portfolio-' || $1 || '-' || o || '@bench.test', $2, 'Porteur ' || o, ARRAY['applicant'], id, 'fr', true,
              date_trunc('milliseconds', now() - interval '800 days')
         FROM b_org`,
      [tag, passwordHash],
    );

    // Every proposal's figures in one temp table (children and grants derive from it). Approved: the first
    // `grants` of a shuffle that puts the decided rounds first.
    await step(
      'proposals (plan)',
      `CREATE TEMP TABLE b_prop AS
       WITH base AS (
         SELECT rn, rn % $3 AS o, rn / $3 + 1 AS k,
                pg_temp.u($1 || 'ps' || rn) AS us, pg_temp.u($1 || 'pa' || rn) AS ua,
                pg_temp.u($1 || 'pb' || rn) AS ub, pg_temp.u($1 || 'pt' || rn) AS ut
           FROM generate_series(0, $2 - 1) rn
       ), ranked AS (
         SELECT b.*, row_number() OVER (ORDER BY b.k = $5, md5($1 || 'rank' || b.rn)) <= $4 AS approved FROM base b
       ), planned AS (
         SELECT r.rn, r.us, r.ua, r.ub, r.ut, pg_temp.uid($1 || 'p' || r.rn) AS id, rd.id AS round_id, rd.k,
                rd.opens_at, rd.closes_at, org.id AS organization_id, org.user_id, org.region, org.commune,
                CASE WHEN r.approved THEN 'approved'
                     WHEN r.k < $5 THEN CASE WHEN r.us < 0.65 THEN 'rejected' WHEN r.us < 0.82 THEN 'ineligible'
                                             WHEN r.us < 0.92 THEN 'withdrawn' ELSE 'expired' END
                     ELSE CASE WHEN r.us < 0.15 THEN 'draft' WHEN r.us < 0.20 THEN 'submitted' WHEN r.us < 0.28 THEN 'screening'
                               WHEN r.us < 0.50 THEN 'in_review' WHEN r.us < 0.62 THEN 'awaiting_decision'
                               WHEN r.us < 0.70 THEN 'revision_requested' WHEN r.us < 0.90 THEN 'rejected'
                               WHEN r.us < 0.96 THEN 'ineligible' ELSE 'withdrawn' END
                END AS status,
                20 + floor(r.ua * 101)::int AS units,
                200 + floor(r.ub * 4800)::int AS ben_total,
                2 + (r.ub >= 0.5)::int AS n_lines,
                1 + floor(r.ut * 3)::int AS n_milestones,
                1 + (r.ua >= 0.5)::int AS n_indicators,
                (rd.closes_at + interval '60 days')::date AS start_date,
                date_trunc('milliseconds', rd.opens_at + r.ut * (rd.closes_at - rd.opens_at)) AS activity_at
           FROM ranked r JOIN b_round rd ON rd.k = r.k JOIN b_org org ON org.o = r.o
       )
       SELECT p.*,
              round(p.ben_total * (0.4 + p.ua * 0.2))::int AS ben_women,
              round(p.ben_total * (0.2 + p.us * 0.3))::int AS ben_youth,
              CASE WHEN p.status IN ('draft', 'expired') THEN NULL ELSE p.activity_at END AS submitted_at,
              CASE WHEN p.status IN ('approved', 'rejected', 'revision_requested')
                   THEN date_trunc('milliseconds', least(p.activity_at + make_interval(days => 30 + floor(p.ub * 60)::int), now() - interval '1 hour'))
              END AS decided_at
         FROM planned p`,
      [tag, P, O, G, R],
    );
    await client.query('CREATE INDEX ON b_prop (rn)');
    await chunked(
      'proposals',
      `INSERT INTO proposals (id, round_id, organization_id, created_by, status, title, summary, problem_statement, region, commune,
                              neighbourhood, beneficiaries_total, beneficiaries_women, beneficiaries_youth, start_date, end_date,
                              requested_amount, currency, submission_count, submitted_at, workflow_id, created_at, updated_at,
                              screening_reason, weighted_score_bp, decision_outcome, decision_reason, decided_at, awarded_amount)
       SELECT id, round_id, organization_id, user_id, status,
              'Sécurité communautaire à ' || commune || ' — projet ' || rn,
              'Éclairage, patrouilles et dialogue police-jeunes (' || commune || ').',
              'Agressions nocturnes et conflits fonciers signalés par le diagnostic local.',
              region, commune, 'Quartier ' || (1 + rn % 40), ben_total, ben_women, ben_youth, start_date, start_date + 365,
              units::bigint * ${UNIT}, 'GNF',
              CASE WHEN submitted_at IS NULL THEN 0 WHEN ub < 0.1 OR status = 'revision_requested' THEN 2 ELSE 1 END,
              submitted_at, CASE WHEN submitted_at IS NOT NULL THEN 'proposal-' || id END,
              date_trunc('milliseconds', activity_at - make_interval(days => 1 + floor(ua * 10)::int)),
              coalesce(decided_at, submitted_at, activity_at),
              CASE WHEN status = 'ineligible' THEN 'commune not eligible' END,
              CASE WHEN status = 'approved' THEN 6500 + floor(ua * 3500)::int
                   WHEN status IN ('rejected', 'awaiting_decision', 'revision_requested') THEN 2000 + floor(ua * 6000)::int END,
              CASE status WHEN 'approved' THEN 'approve' WHEN 'rejected' THEN 'reject' WHEN 'revision_requested' THEN 'revise' END,
              CASE WHEN decided_at IS NOT NULL THEN 'Décision du comité' END,
              decided_at,
              CASE WHEN status = 'approved' THEN units::bigint * ${UNIT} END
         FROM b_prop WHERE rn >= $1 AND rn < $2`,
    );
    await step(
      'budget lines',
      `INSERT INTO proposal_budget_lines (proposal_id, position, category, description, quantity, unit_cost, total)
       SELECT p.id, l.pos, l.category, l.description, p.units, l.unit_cost, p.units::bigint * l.unit_cost
         FROM b_prop p
         JOIN (VALUES (2, 1, 'equipment', 'Lampadaires solaires', 300000), (2, 2, 'activities', 'Patrouilles et dialogues', 200000),
                      (3, 1, 'equipment', 'Lampadaires solaires', 250000), (3, 2, 'activities', 'Patrouilles et dialogues', 150000),
                      (3, 3, 'training', 'Formation des comités', 100000)) l(n, pos, category, description, unit_cost)
           ON l.n = p.n_lines`,
    );
    await step(
      'proposal indicators',
      `INSERT INTO proposal_indicators (proposal_id, position, key, label, target)
       SELECT p.id, 1, 'people_reached', 'Personnes touchées', p.ben_total FROM b_prop p
       UNION ALL
       SELECT p.id, 2, k.key, k.label, 10 + floor(p.ut * 200)::int
         FROM b_prop p
         JOIN jsonb_to_recordset($1::jsonb) AS k(i int, key text, label text) ON k.i = floor(p.us * ${INDICATOR_KEYS.length})::int
        WHERE p.n_indicators = 2`,
      [JSON.stringify(INDICATOR_KEYS.map(([key, label], i) => ({ i, key, label })))],
    );

    // Grants: signature, the report schedule (every 90 days), what each report's status is by now, and the
    // grant status that follows. "Troubled" grants stop reporting from one report on.
    await step(
      'grants (plan)',
      `CREATE TEMP TABLE b_grant AS
       WITH g AS (
         SELECT p.rn, p.id AS proposal_id, pg_temp.uid($1 || 'g' || p.rn) AS id, p.round_id, p.k, p.organization_id, p.user_id,
                p.region, p.commune, p.units, p.units::bigint * ${UNIT} AS amount, p.decided_at, p.ben_total, p.ben_women, p.ben_youth,
                pg_temp.u($1 || 'gs' || p.rn) AS us, pg_temp.u($1 || 'gt' || p.rn) AS ut,
                pg_temp.u($1 || 'gr' || p.rn) AS ur, pg_temp.u($1 || 'gf' || p.rn) AS uf
           FROM b_prop p WHERE p.status = 'approved'
       ), signed AS (
         SELECT g.*, CASE WHEN g.k = $2 - 1 AND g.us < 0.03 THEN NULL
                          ELSE date_trunc('milliseconds', least(g.decided_at + make_interval(days => 3 + floor(g.ut * 27)::int), now() - interval '1 day'))
                     END AS signed_at,
                g.ur < 0.12 AS troubled, 1 + floor(g.uf * 3)::int AS trouble_from
           FROM g
       ), reports AS (
         SELECT s.*, d.due, d.st
           FROM signed s
           CROSS JOIN LATERAL (
             SELECT array_agg(due ORDER BY i) AS due,
                    array_agg(CASE WHEN s.signed_at IS NULL OR due > now() + interval '7 days' THEN 'scheduled'
                                   WHEN due > now() - interval '14 days' THEN CASE WHEN s.uf < 0.3 THEN 'submitted' ELSE 'due' END
                                   WHEN s.troubled AND i >= s.trouble_from THEN 'overdue'
                                   WHEN due > now() - interval '45 days' THEN CASE WHEN s.uf < 0.4 THEN 'submitted' WHEN s.uf < 0.5 THEN 'changes_requested' ELSE 'accepted' END
                                   ELSE 'accepted' END ORDER BY i) AS st
               FROM generate_series(1, 3) i
               CROSS JOIN LATERAL (SELECT s.signed_at + make_interval(days => 90 * i) AS due) x
           ) d
       )
       SELECT r.*,
              CASE WHEN r.signed_at IS NULL THEN 'awaiting_agreement'
                   WHEN r.us < 0.02 THEN 'terminated'
                   WHEN r.troubled AND r.us < 0.35 AND 'overdue' = ANY(r.st) THEN 'suspended'
                   WHEN r.st[3] = 'accepted' THEN CASE WHEN r.due[3] < now() - interval '60 days' THEN 'closed' ELSE 'closing' END
                   ELSE 'active' END AS status,
              -- Tranche 1 at signature, tranche n+1 once report n is accepted.
              CASE WHEN r.signed_at IS NULL THEN 0 WHEN r.st[1] <> 'accepted' THEN 1 WHEN r.st[2] <> 'accepted' THEN 2 ELSE 3 END AS n_disbursed,
              CASE WHEN r.st[3] = 'accepted' THEN 3 WHEN r.st[2] = 'accepted' THEN 2 WHEN r.st[1] = 'accepted' THEN 1 ELSE 0 END AS last_accepted,
              (SELECT min(i) FROM generate_series(1, 3) i WHERE r.st[i] = 'overdue') AS first_overdue,
              0.7 + r.uf * 0.4 AS reach
         FROM reports r`,
      [tag, R],
    );
    await chunked(
      'grants',
      `INSERT INTO grants (id, proposal_id, round_id, organization_id, amount, currency, status, conditions, workflow_id, created_at, updated_at,
                           agreement_deadline_at, agreement_signed_at, agreement_signed_by,
                           payout_method, payout_provider, payout_masked, payout_ciphertext, payout_key_id, disbursed_amount,
                           at_risk, at_risk_reason, at_risk_since, status_reason, suspended_at, terminated_at, released_amount,
                           closing_at, closed_at, unspent_returned_amount, unspent_reference, region, commune,
                           target_total, target_women, target_youth, reached_total, reached_women, reached_youth)
       SELECT b.id, b.proposal_id, b.round_id, b.organization_id, b.amount, 'GNF', b.status, NULL, 'grant-' || b.proposal_id,
              b.decided_at, coalesce(b.signed_at, b.decided_at),
              b.decided_at + interval '14 days', b.signed_at, CASE WHEN b.signed_at IS NOT NULL THEN b.user_id END,
              -- The portfolio never opens payout accounts: a placeholder ciphertext no key opens stands in for them.
              'mobile_money', 'orange', '***' || lpad((b.rn % 1000)::text, 3, '0'), '\\x00'::bytea, 'bench-placeholder',
              b.disbursed,
              b.at_risk, CASE WHEN b.at_risk THEN 'report ' || b.first_overdue || ' overdue since ' || (b.due[b.first_overdue])::date END,
              CASE WHEN b.at_risk THEN date_trunc('milliseconds', b.due[b.first_overdue] + interval '44 days') END,
              CASE b.status WHEN 'suspended' THEN 'reports overdue' WHEN 'terminated' THEN 'activities stopped' END,
              CASE WHEN b.status = 'suspended' THEN least(b.due[b.first_overdue] + interval '50 days', now()) END,
              CASE WHEN b.status = 'terminated' THEN least(b.signed_at + interval '60 days', now()) END,
              CASE WHEN b.status = 'terminated' THEN b.amount - b.disbursed ELSE 0 END,
              CASE WHEN b.status IN ('closing', 'closed') THEN b.due[3] + interval '10 days' END,
              CASE WHEN b.status = 'closed' THEN b.due[3] + interval '60 days' END,
              CASE WHEN b.status = 'closed' THEN floor(b.uf * 0.05 * b.disbursed / 1000)::bigint * 1000 ELSE 0 END,
              CASE WHEN b.status = 'closed' THEN 'RET-' || b.rn END,
              b.region, b.commune, b.ben_total, b.ben_women, b.ben_youth,
              round(b.ben_total * b.last_accepted / 3.0 * b.reach)::int, round(b.ben_women * b.last_accepted / 3.0 * b.reach)::int,
              round(b.ben_youth * b.last_accepted / 3.0 * b.reach)::int
         FROM (SELECT b.*,
                      CASE b.n_disbursed WHEN 0 THEN 0 WHEN 1 THEN b.units * 200000::bigint WHEN 2 THEN b.units * 400000::bigint ELSE b.amount END AS disbursed,
                      b.status IN ('active', 'suspended') AND b.first_overdue IS NOT NULL
                        AND b.due[b.first_overdue] < now() - interval '44 days' AS at_risk
                 FROM b_grant b WHERE b.rn >= $1 AND b.rn < $2) b`,
    );
    await step(
      'tranches',
      `INSERT INTO grant_tranches (grant_id, number, percentage, amount, status, eligible_at, disbursed_at)
       SELECT b.id, t.n, t.pct, CASE WHEN t.n = 3 THEN b.amount - 2 * b.units * 200000::bigint ELSE b.units * 200000::bigint END,
              CASE WHEN t.n <= b.n_disbursed THEN 'disbursed' WHEN b.status = 'terminated' THEN 'cancelled' ELSE 'pending' END,
              CASE WHEN t.n <= b.n_disbursed THEN least(t.at, now() - interval '2 days') END,
              CASE WHEN t.n <= b.n_disbursed THEN least(t.at + interval '2 days', now()) END
         FROM b_grant b
         CROSS JOIN LATERAL (VALUES (1, 40, b.signed_at), (2, 40, b.due[1] + interval '20 days'), (3, 20, b.due[2] + interval '20 days')) t(n, pct, at)`,
    );
    await step(
      'payments',
      `INSERT INTO payments (grant_id, tranche_id, tranche_number, attempt, idempotency_key, gateway, amount, currency, status,
                             provider_reference, paid_at, created_at, updated_at)
       SELECT t.grant_id, t.id, t.number, 1, 'bench-' || t.id, 'manual', t.amount, 'GNF', 'paid', 'MM-' || t.id,
              t.disbursed_at, date_trunc('milliseconds', t.eligible_at), t.disbursed_at
         FROM grant_tranches t JOIN b_grant b ON b.id = t.grant_id
        WHERE t.status = 'disbursed'`,
    );
    await step(
      'reports',
      `INSERT INTO grant_reports (grant_id, sequence, kind, gates_tranche, due_date, status, period_start, due_at, submission_count,
                                  submitted_at, submitted_by, narrative, beneficiaries_total, beneficiaries_women, beneficiaries_youth,
                                  indicator_values, expenditure_total, reviewed_at, review_comment, accepted_at, overdue_since)
       SELECT b.id, i, CASE WHEN i = 3 THEN 'final' ELSE 'progress' END, CASE WHEN i < 3 THEN i + 1 END,
              (b.due[i] AT TIME ZONE 'UTC')::date, rs,
              b.signed_at + make_interval(days => 90 * (i::int - 1)), b.due[i],
              (rs IN ('submitted', 'accepted', 'changes_requested'))::int,
              CASE WHEN rs IN ('submitted', 'accepted', 'changes_requested') THEN least(b.due[i] - interval '2 days', now()) END,
              CASE WHEN rs IN ('submitted', 'accepted', 'changes_requested') THEN b.user_id END,
              CASE WHEN rs IN ('submitted', 'accepted', 'changes_requested') THEN 'Activités du trimestre ' || i END,
              CASE WHEN rs IN ('submitted', 'accepted', 'changes_requested') THEN round(b.ben_total * i / 3.0 * b.reach)::int END,
              CASE WHEN rs IN ('submitted', 'accepted', 'changes_requested') THEN round(b.ben_women * i / 3.0 * b.reach)::int END,
              CASE WHEN rs IN ('submitted', 'accepted', 'changes_requested') THEN round(b.ben_youth * i / 3.0 * b.reach)::int END,
              CASE WHEN rs IN ('submitted', 'accepted', 'changes_requested')
                   THEN (SELECT jsonb_agg(jsonb_build_object('key', pi.key, 'value', round(pi.target * i / 3.0 * b.reach)::int) ORDER BY pi.position)
                           FROM proposal_indicators pi WHERE pi.proposal_id = b.proposal_id)
                   ELSE '[]'::jsonb END,
              CASE WHEN rs IN ('submitted', 'accepted', 'changes_requested') THEN b.units * 150000::bigint ELSE 0 END,
              CASE WHEN rs IN ('accepted', 'changes_requested') THEN least(b.due[i] + interval '10 days', now()) END,
              CASE WHEN rs = 'changes_requested' THEN 'Merci de joindre les justificatifs' END,
              CASE WHEN rs = 'accepted' THEN least(b.due[i] + interval '10 days', now()) END,
              CASE WHEN rs = 'overdue' THEN b.due[i] + interval '14 days' END
         FROM b_grant b CROSS JOIN LATERAL unnest(b.st) WITH ORDINALITY AS r(rs, i)`,
    );
    await step(
      'milestones',
      `INSERT INTO proposal_milestones (proposal_id, grant_id, position, title, due_date, deliverable, status, status_changed_at)
       SELECT m.proposal_id, m.grant_id, m.pos, 'Jalon ' || m.pos, m.due_date, 'Livrable ' || m.pos, m.status,
              CASE WHEN m.status <> 'pending' THEN least(m.due_date + make_interval(days => floor(m.x * 20)::int), now()) END
         FROM (SELECT p.id AS proposal_id, b.id AS grant_id, pos, p.start_date + (pos * 360 / p.n_milestones) AS due_date,
                      pg_temp.u(p.id::text || pos) AS x,
                      CASE WHEN p.status <> 'approved' OR b.signed_at IS NULL THEN 'pending'
                           WHEN p.start_date + (pos * 360 / p.n_milestones) < current_date
                             THEN (ARRAY['achieved','achieved','achieved','achieved','achieved','achieved','delayed','delayed','missed','pending'])[1 + floor(pg_temp.u(p.id::text || pos) * 10)::int]
                           ELSE (ARRAY['pending','pending','pending','pending','pending','pending','pending','pending','delayed','achieved'])[1 + floor(pg_temp.u(p.id::text || pos) * 10)::int]
                      END AS status
                 FROM b_prop p
                 LEFT JOIN b_grant b ON b.proposal_id = p.id
                 CROSS JOIN LATERAL generate_series(1, p.n_milestones) pos) m`,
    );
    await chunked(
      'grant indicators',
      `INSERT INTO grant_indicators (grant_id, key, round_id, region, label, target, actual)
       SELECT b.id, pi.key, b.round_id, coalesce(b.region, ''), pi.label, pi.target,
              CASE WHEN b.last_accepted > 0 THEN round(pi.target * b.last_accepted / 3.0 * b.reach)::int END
         FROM b_grant b JOIN proposal_indicators pi ON pi.proposal_id = b.proposal_id WHERE b.rn >= $1 AND b.rn < $2`,
    );
    // Envelopes: what the grants reserved (less terminations' releases) plus ~20 % headroom; the current round
    // gets the average of the others.
    await step(
      'round envelopes',
      `WITH s AS (
         SELECT rd.id, coalesce(sum(g.amount - g.released_amount), 0)::bigint AS reserved, coalesce(sum(g.disbursed_amount), 0)::bigint AS disbursed
           FROM b_round rd LEFT JOIN grants g ON g.round_id = rd.id GROUP BY rd.id
       ), e AS (SELECT s.*, greatest(${MAX_AWARD}, ceil(s.reserved * 1.2 / 1e8) * 1e8)::bigint AS envelope FROM s)
       UPDATE rounds r SET reserved_amount = e.reserved, disbursed_amount = e.disbursed,
              budget_envelope = CASE WHEN e.reserved = 0 THEN greatest(${MAX_AWARD}, (SELECT ceil(avg(envelope) / 1e8) * 1e8 FROM e WHERE reserved > 0))::bigint ELSE e.envelope END
         FROM e WHERE r.id = e.id`,
    );
    const roundIds = (await client.query('SELECT id FROM b_round ORDER BY k')).rows.map((r) => r.id);
    const seedMs = performance.now() - started;

    // A bulk load leaves every counter row with one dead version per change (all in one statement, so none could
    // be pruned meanwhile); autovacuum would clear them soon after. VACUUM ANALYZE here stands for that, and gives
    // the planner the statistics of the loaded tables.
    const dead = await client.query(
      `SELECT coalesce(sum(n_dead_tup), 0)::int AS n FROM pg_stat_user_tables
        WHERE relname IN ('portfolio_proposal_counts', 'portfolio_grant_counts', 'portfolio_indicator_totals')`,
    );
    const vacuumStarted = performance.now();
    await client.query('VACUUM (ANALYZE)');
    steps.push(['VACUUM (ANALYZE)', performance.now() - vacuumStarted]);

    const counts = {};
    for (const table of [
      'organizations',
      'users',
      'rounds',
      'proposals',
      'proposal_budget_lines',
      'proposal_milestones',
      'proposal_indicators',
      'grants',
      'grant_tranches',
      'grant_reports',
      'grant_indicators',
      'payments',
      'portfolio_proposal_counts',
      'portfolio_grant_counts',
      'portfolio_indicator_totals',
    ]) {
      counts[table] = (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    }
    const checks = await consistencyChecks(client, roundIds);
    return { ms: seedMs, steps: mergeSteps(steps), roundIds, counts, checks, deadCounterTuples: dead.rows[0].n };
  } finally {
    await client.end().catch(() => {});
  }
}

function mergeSteps(steps) {
  const merged = new Map();
  for (const [name, ms] of steps) merged.set(name, (merged.get(name) ?? 0) + ms);
  return [...merged];
}

/** The counters the triggers kept against the same figures computed from the tables, and a few distributions. */
async function consistencyChecks(client, roundIds) {
  const { rows } = await client.query(
    `SELECT (SELECT coalesce(sum(proposals), 0) FROM portfolio_proposal_counts WHERE round_id = ANY($1)) AS counted_proposals,
            (SELECT count(*) FROM proposals WHERE round_id = ANY($1)) AS proposals,
            (SELECT coalesce(sum(awarded), 0) FROM portfolio_grant_counts WHERE round_id = ANY($1)) AS counted_awarded,
            (SELECT coalesce(sum(amount - released_amount), 0) FROM grants WHERE round_id = ANY($1)) AS awarded,
            (SELECT coalesce(sum(target), 0) FROM portfolio_indicator_totals WHERE round_id = ANY($1)) AS counted_target,
            (SELECT coalesce(sum(target), 0) FROM grant_indicators WHERE round_id = ANY($1)) AS target,
            (SELECT coalesce(sum(reserved_amount), 0) FROM rounds WHERE id = ANY($1)) AS reserved,
            (SELECT count(*) FROM grant_reports r JOIN grants g ON g.id = r.grant_id
              WHERE g.round_id = ANY($1) AND r.status IN ('due', 'overdue') AND g.status IN ('active', 'suspended')) AS open_reports,
            (SELECT count(*) FROM grant_reports r JOIN grants g ON g.id = r.grant_id
              WHERE g.round_id = ANY($1) AND r.status = 'overdue' AND g.status IN ('active', 'suspended')) AS overdue_reports,
            (SELECT count(*) FROM proposal_milestones m JOIN grants g ON g.proposal_id = m.proposal_id
              WHERE g.round_id = ANY($1) AND m.status IN ('pending', 'delayed') AND m.due_date < current_date) AS late_milestones,
            (SELECT count(*) FROM proposal_milestones m JOIN proposals p ON p.id = m.proposal_id
              WHERE p.round_id = ANY($1) AND m.status IN ('pending', 'delayed') AND m.due_date < current_date) AS late_any_milestones,
            (SELECT count(*) FROM grants WHERE round_id = ANY($1) AND at_risk) AS at_risk`,
    [roundIds],
  );
  const r = rows[0];
  const same = (a, b) => (String(a) === String(b) ? 'match' : `MISMATCH (${a} vs ${b})`);
  const grants = await client.query(
    'SELECT status, count(*)::int AS n FROM grants WHERE round_id = ANY($1) GROUP BY 1 ORDER BY 2 DESC',
    [roundIds],
  );
  const reports = await client.query(
    'SELECT r.status, count(*)::int AS n FROM grant_reports r JOIN grants g ON g.id = r.grant_id WHERE g.round_id = ANY($1) GROUP BY 1 ORDER BY 2 DESC',
    [roundIds],
  );
  const list = (res) => res.rows.map((x) => `${x.n} ${x.status}`).join(', ');
  return [
    `counters vs tables: proposals ${same(r.counted_proposals, r.proposals)}, awarded ${same(r.counted_awarded, r.awarded)}, ` +
      `indicator targets ${same(r.counted_target, r.target)}; rounds' reserved = grants' awards ${same(r.reserved, r.awarded)}`,
    `grants by status: ${list(grants)}; ${r.at_risk} at risk`,
    `reports by status: ${list(reports)}; on live grants ${r.open_reports} due or overdue (${r.overdue_reports} overdue)`,
    `late milestones (pending/delayed, past due): ${r.late_milestones} on granted proposals, ${r.late_any_milestones} on all proposals`,
  ];
}
