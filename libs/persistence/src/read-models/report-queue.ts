import type { EntityManager } from 'typeorm';

/** Sorts reports with no date yet last, without a NULL in the keyset. */
const NEVER = '9999-12-31T00:00:00.000Z';

/**
 * One statement per page, keyset on (rank, since, id) which the ORDER BY follows exactly. $1 status (null: the
 * queue), $2 round, $3 region, $4 grant, $5–$7 cursor, $8 limit + 1.
 */
const REPORT_QUEUE = `
  WITH q AS (
    SELECT r.*, CASE r.status WHEN 'submitted' THEN 0 WHEN 'overdue' THEN 1 ELSE 2 END AS rank,
           CASE r.status WHEN 'submitted' THEN r.submitted_at WHEN 'overdue' THEN coalesce(r.overdue_since, r.due_at)
                ELSE r.due_at END AS waiting_since
      FROM grant_reports r
  )
  SELECT q.id, q.sequence, q.kind, q.status, q.gates_tranche, q.period_start, q.due_at, q.due_date::text AS due_date,
         q.submitted_at, q.submission_count, q.waiting_since, q.rank,
         coalesce(q.waiting_since, '${NEVER}'::timestamptz) AS sort_since,
         greatest(0, current_date - q.waiting_since::date)::int AS days_waiting,
         g.id AS grant_id, g.status AS grant_status, g.round_id, g.region, g.commune, g.at_risk, p.title,
         o.id AS organization_id, o.name AS organization, o.phone, o.email
    FROM q
    JOIN grants g ON g.id = q.grant_id
    JOIN proposals p ON p.id = g.proposal_id
    JOIN organizations o ON o.id = g.organization_id
   WHERE (CASE WHEN $1::text IS NULL
               THEN q.status IN ('submitted', 'overdue') AND g.status NOT IN ('terminated', 'closed')
               ELSE q.status = $1 END)
     AND ($2::uuid IS NULL OR g.round_id = $2) AND ($3::text IS NULL OR g.region = $3) AND ($4::uuid IS NULL OR g.id = $4)
     AND ($5::int IS NULL OR (q.rank, coalesce(q.waiting_since, '${NEVER}'::timestamptz), q.id) > ($5, $6::timestamptz, $7::uuid))
   ORDER BY q.rank, sort_since, q.id
   LIMIT $8`;

/** Which reports the queue shows; a status of null is the programme manager's queue (submitted, then overdue). */
export interface ReportQueueFilter {
  status: string | null;
  roundId: string | null;
  region: string | null;
  grantId: string | null;
}

/** The queue's keyset: (rank, waiting since or the far future, id) of the previous page's last row. */
export interface ReportQueueKey {
  rank: number;
  since: string;
  id: string;
}

/** A row of the queue, as PostgreSQL returns it (dates as Date, `due_date` as text). */
export interface ReportQueueRow {
  id: string;
  sequence: number;
  kind: string;
  status: string;
  gates_tranche: number | null;
  period_start: Date | null;
  due_at: Date | null;
  due_date: string | null;
  submitted_at: Date | null;
  submission_count: number;
  waiting_since: Date | null;
  rank: number;
  sort_since: Date;
  days_waiting: number;
  grant_id: string;
  grant_status: string;
  round_id: string;
  region: string | null;
  commune: string | null;
  at_risk: boolean;
  title: string;
  organization_id: string;
  organization: string;
  phone: string | null;
  email: string | null;
}

/** One page of the queue: `limit` + 1 rows, the extra one telling whether there is a next page. */
export function reportQueue(
  m: EntityManager,
  filter: ReportQueueFilter,
  after: ReportQueueKey | null,
  limit: number,
): Promise<ReportQueueRow[]> {
  return m.query(REPORT_QUEUE, [
    filter.status,
    filter.roundId,
    filter.region,
    filter.grantId,
    after?.rank ?? null,
    after?.since ?? null,
    after?.id ?? null,
    limit + 1,
  ]);
}
