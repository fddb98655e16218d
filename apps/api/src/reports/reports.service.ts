import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { Page } from '../common/pagination';
import { decodeQueueCursor, encodeQueueCursor, ReportQueueItemDto, ReportQueueQuery } from './report-queue.dto';

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

type Row = Record<string, any>;
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : null);

/** Reports across grants for the programme manager: what to read, then whom to chase. */
@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async queue(query: ReportQueueQuery): Promise<Page<ReportQueueItemDto>> {
    if (query.roundId && !(await this.dataSource.query('SELECT 1 FROM rounds WHERE id = $1', [query.roundId])).length) {
      throw AppError.notFound();
    }
    const limit = query.limit ?? 20;
    const cursor = query.cursor ? decodeQueueCursor(query.cursor) : null;
    const rows: Row[] = await this.dataSource.query(REPORT_QUEUE, [
      query.status ?? null,
      query.roundId ?? null,
      query.region ?? null,
      query.grantId ?? null,
      cursor?.rank ?? null,
      cursor?.since ?? null,
      cursor?.id ?? null,
      limit + 1,
    ]);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toItem),
      nextCursor:
        rows.length > limit && last
          ? encodeQueueCursor({ rank: Number(last.rank), since: (last.sort_since as Date).toISOString(), id: last.id })
          : null,
    };
  }
}

function toItem(r: Row): ReportQueueItemDto {
  return {
    id: r.id,
    sequence: r.sequence,
    kind: r.kind,
    status: r.status,
    gatesTranche: r.gates_tranche,
    period: { start: iso(r.period_start), end: iso(r.due_at) },
    dueDate: r.due_date,
    submittedAt: iso(r.submitted_at),
    submissionCount: r.submission_count,
    waitingSince: iso(r.waiting_since),
    daysWaiting: r.waiting_since ? r.days_waiting : 0,
    grant: {
      id: r.grant_id,
      title: r.title,
      status: r.grant_status,
      roundId: r.round_id,
      region: r.region,
      commune: r.commune,
      atRisk: r.at_risk,
    },
    organization: { id: r.organization_id, name: r.organization, phone: r.phone, email: r.email },
  };
}
