import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@csf/domain';
import { trancheQueue, type TrancheQueueRow } from '@csf/persistence';
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

/**
 * What this caller may do on the row now. The maker (finance officer) requests, confirms a manual payment and
 * retries a failure; the checker (finance approver) approves and resolves a stuck payment, never on a release
 * they requested. Commands still validate in the grant workflow: this only says which button to show.
 */
export function queueAction(
  user: AuthUser,
  row: Pick<
    TrancheQueueRow,
    'status' | 'grant_status' | 'requested_by' | 'pay_gateway' | 'pay_status' | 'pay_stuck_since'
  >,
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
    const m = this.dataSource.manager;
    const filter = { statuses: QUEUE_STATUSES, roundId: query.roundId, region: query.region };

    // Every row of these filters once, for the per-status counts and what the caller may act on.
    const all = await trancheQueue.all(m, filter);
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

    // One row more than the page: it tells whether a next page follows.
    const rows = await trancheQueue.page(m, filter, {
      status: query.status,
      after: cursor && { waitingSince: cursor.createdAt, trancheId: cursor.id },
      take: limit + 1,
    });
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

function toDto(user: AuthUser, r: TrancheQueueRow): QueueTrancheDto {
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
