import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { reportQueue, type ReportQueueRow, rounds } from '@csf/persistence';
import { AppError } from '../common/app-error';
import { Page } from '../common/pagination';
import { decodeQueueCursor, encodeQueueCursor, ReportQueueItemDto, ReportQueueQuery } from './report-queue.dto';

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : null);

/** Reports across grants for the programme manager: what to read, then whom to chase. */
@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async queue(query: ReportQueueQuery): Promise<Page<ReportQueueItemDto>> {
    const m = this.dataSource.manager;
    if (query.roundId && !(await rounds.exists(m, query.roundId))) throw AppError.notFound();
    const limit = query.limit ?? 20;
    const cursor = query.cursor ? decodeQueueCursor(query.cursor) : null;
    const rows = await reportQueue(
      m,
      {
        status: query.status ?? null,
        roundId: query.roundId ?? null,
        region: query.region ?? null,
        grantId: query.grantId ?? null,
      },
      cursor,
      limit,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toItem),
      nextCursor:
        rows.length > limit && last
          ? encodeQueueCursor({ rank: Number(last.rank), since: last.sort_since.toISOString(), id: last.id })
          : null,
    };
  }
}

function toItem(r: ReportQueueRow): ReportQueueItemDto {
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
