import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { cursorOrThrow, encodeCursor } from '../common/pagination';
import {
  ListTranchesQuery,
  QUEUE_STATUSES,
  QueueAction,
  QueueCountsDto,
  QueueTrancheDto,
  TrancheQueuePageDto,
} from './tranche-queue.dto';

interface Row {
  grant_id: string;
  grant_status: string;
  grant_title: string | null;
  round_id: string;
  region: string | null;
  organization_id: string;
  organization_name: string;
  number: number;
  status: QueueTrancheDto['status'];
  amount: string;
  currency: string;
  payout_method: string | null;
  payout_provider: string | null;
  payout_masked: string | null;
  waiting_since: Date;
  tranche_id: string;
  requested_by: string | null;
  requested_by_name: string | null;
  requested_at: Date | null;
  failure_reason: string | null;
  pay_attempt: number | null;
  pay_gateway: string | null;
  pay_status: string | null;
  pay_last_answer: string | null;
  pay_stuck_since: Date | null;
}

/**
 * Since when a tranche has waited in its state: the time of the step that put it there. Truncated to milliseconds,
 * as the keyset cursor carries it, so a page boundary never repeats or skips a row.
 */
const WAITING_SINCE = `date_trunc('milliseconds', COALESCE(CASE t.status
    WHEN 'eligible' THEN t.eligible_at
    WHEN 'release_requested' THEN t.requested_at
    WHEN 'release_approved' THEN t.approved_at
    WHEN 'disbursing' THEN COALESCE(p.created_at, t.approved_at)
    WHEN 'failed' THEN COALESCE(p.updated_at, t.approved_at)
  END, g.created_at))`;

/**
 * What this caller may do on the row now. The maker (finance officer) requests, confirms a manual payment and
 * retries a failure; the checker (finance approver) approves and resolves a stuck payment, never on a release
 * they requested. Commands still validate in the grant workflow: this only says which button to show.
 */
export function queueAction(
  user: AuthUser,
  row: Pick<Row, 'status' | 'grant_status' | 'requested_by' | 'pay_gateway' | 'pay_status' | 'pay_stuck_since'>,
): QueueAction | null {
  const maker = user.roles.includes(Role.FINANCE_OFFICER);
  const checker = user.roles.includes(Role.FINANCE_APPROVER) && row.requested_by !== user.id;
  const active = row.grant_status === 'active';
  switch (row.status) {
    case 'eligible':
      return maker && active ? 'request' : null;
    case 'release_requested':
      return checker ? 'approve' : null;
    case 'disbursing':
      if (maker && row.pay_gateway === 'manual' && row.pay_status === 'ordered') return 'confirm_payment';
      return checker && row.pay_stuck_since ? 'resolve' : null;
    case 'failed':
      return maker && active ? 'retry' : null;
    default:
      return null;
  }
}

@Injectable()
export class TrancheQueueService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthUser, query: ListTranchesQuery): Promise<TrancheQueuePageDto> {
    const limit = query.limit ?? 20;
    const cursor = cursorOrThrow(query.cursor);
    const params: unknown[] = [[...QUEUE_STATUSES]];
    const filters = ['t.status = ANY($1)'];
    if (query.roundId) filters.push(`g.round_id = $${params.push(query.roundId)}`);
    if (query.region) filters.push(`g.region = $${params.push(query.region)}`);
    const from = `
      FROM grant_tranches t
      JOIN grants g ON g.id = t.grant_id
      JOIN organizations o ON o.id = g.organization_id
      JOIN proposals pr ON pr.id = g.proposal_id
      LEFT JOIN users u ON u.id = t.requested_by
      LEFT JOIN LATERAL (SELECT * FROM payments p WHERE p.tranche_id = t.id ORDER BY p.attempt DESC LIMIT 1) p ON true`;
    const select = `
      SELECT g.id AS grant_id, g.status AS grant_status, pr.title AS grant_title, g.round_id, g.region, g.organization_id,
             o.name AS organization_name, t.id AS tranche_id, t.number, t.status, t.amount, g.currency,
             g.payout_method, g.payout_provider, g.payout_masked, ${WAITING_SINCE} AS waiting_since,
             t.requested_by, u.display_name AS requested_by_name, t.requested_at, t.failure_reason,
             p.attempt AS pay_attempt, p.gateway AS pay_gateway, p.status AS pay_status, p.last_answer AS pay_last_answer,
             p.stuck_since AS pay_stuck_since
      ${from}`;

    // Every row of these filters once, for the per-status counts and what the caller may act on (queues stay small:
    // a row leaves as soon as it is paid).
    const all: Row[] = await this.dataSource.query(`${select} WHERE ${filters.join(' AND ')}`, params);
    const counts: QueueCountsDto = {
      eligible: 0,
      release_requested: 0,
      release_approved: 0,
      disbursing: 0,
      failed: 0,
      actionable: 0,
    };
    for (const row of all) {
      counts[row.status as keyof Omit<QueueCountsDto, 'actionable'>]++;
      if (queueAction(user, row)) counts.actionable++;
    }

    const pageParams = [...params];
    const pageFilters = [...filters];
    if (query.status) pageFilters.push(`t.status = $${pageParams.push(query.status)}`);
    if (cursor)
      pageFilters.push(
        `(${WAITING_SINCE}, t.id) > ($${pageParams.push(cursor.createdAt)}::timestamptz, $${pageParams.push(cursor.id)}::uuid)`,
      );
    const rows: Row[] = await this.dataSource.query(
      `${select} WHERE ${pageFilters.join(' AND ')} ORDER BY waiting_since ASC, t.id ASC LIMIT $${pageParams.push(limit + 1)}`,
      pageParams,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((r) => toDto(user, r)),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ createdAt: new Date(last.waiting_since).toISOString(), id: last.tranche_id })
          : null,
      counts,
    };
  }
}

function toDto(user: AuthUser, r: Row): QueueTrancheDto {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    grantId: r.grant_id,
    grantTitle: r.grant_title,
    roundId: r.round_id,
    region: r.region,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    trancheNumber: r.number,
    status: r.status,
    amount: Number(r.amount),
    currency: r.currency.trim(),
    payee: r.payout_method
      ? { method: r.payout_method, provider: r.payout_provider ?? '', accountMasked: r.payout_masked ?? '' }
      : null,
    waitingSince: new Date(r.waiting_since).toISOString(),
    requestedBy: r.requested_by,
    requestedByName: r.requested_by_name,
    requestedAt: iso(r.requested_at),
    failureReason: r.failure_reason,
    payment:
      r.pay_attempt === null
        ? null
        : {
            attempt: r.pay_attempt,
            gateway: r.pay_gateway!,
            status: r.pay_status!,
            lastAnswer: r.pay_last_answer,
            stuckSince: iso(r.pay_stuck_since),
          },
    action: queueAction(user, r),
  };
}
