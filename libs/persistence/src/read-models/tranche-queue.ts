import { EntityManager } from 'typeorm';
import type { TrancheStatus } from '@csf/domain';

/**
 * Finance's tranche queue: the tranches waiting on finance, with their grant, payee and latest payment attempt,
 * oldest wait first. Rows as PostgreSQL returns them; which statuses make the queue, what the caller may do on a
 * row and how a row reads in the API stay with the API.
 */
export interface TrancheQueueRow {
  grant_id: string;
  grant_status: string;
  grant_title: string | null;
  round_id: string;
  region: string | null;
  organization_id: string;
  organization_name: string;
  number: number;
  status: TrancheStatus;
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

/** Which tranches: those in one of the statuses, of the round and of the region when given. */
export interface TrancheQueueFilter {
  statuses: readonly TrancheStatus[];
  roundId?: string;
  region?: string;
}

/** One page: of one status when given, after the keyset position when given, at most `take` rows. */
export interface TrancheQueuePage {
  status?: TrancheStatus;
  after?: { waitingSince: string; trancheId: string } | null;
  take: number;
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

const SELECT = `
      SELECT g.id AS grant_id, g.status AS grant_status, pr.title AS grant_title, g.round_id, g.region, g.organization_id,
             o.name AS organization_name, t.id AS tranche_id, t.number, t.status, t.amount, g.currency,
             g.payout_method, g.payout_provider, g.payout_masked, ${WAITING_SINCE} AS waiting_since,
             t.requested_by, u.display_name AS requested_by_name, t.requested_at, t.failure_reason,
             p.attempt AS pay_attempt, p.gateway AS pay_gateway, p.status AS pay_status, p.last_answer AS pay_last_answer,
             p.stuck_since AS pay_stuck_since
      FROM grant_tranches t
      JOIN grants g ON g.id = t.grant_id
      JOIN organizations o ON o.id = g.organization_id
      JOIN proposals pr ON pr.id = g.proposal_id
      LEFT JOIN users u ON u.id = t.requested_by
      LEFT JOIN LATERAL (SELECT * FROM payments p WHERE p.tranche_id = t.id ORDER BY p.attempt DESC LIMIT 1) p ON true`;

/** The WHERE conditions of the filter and their parameters, numbered from $1. */
function where(filter: TrancheQueueFilter): { conditions: string[]; params: unknown[] } {
  const params: unknown[] = [[...filter.statuses]];
  const conditions = ['t.status = ANY($1)'];
  if (filter.roundId) conditions.push(`g.round_id = $${params.push(filter.roundId)}`);
  if (filter.region) conditions.push(`g.region = $${params.push(filter.region)}`);
  return { conditions, params };
}

export const trancheQueue = {
  /** Every row of the filter, unordered: for the per-status counts (queues stay small: a paid tranche leaves). */
  all(m: EntityManager, filter: TrancheQueueFilter): Promise<TrancheQueueRow[]> {
    const { conditions, params } = where(filter);
    return m.query(`${SELECT} WHERE ${conditions.join(' AND ')}`, params);
  },

  /** One page of the filter, by how long each tranche has waited, then by tranche id. */
  page(m: EntityManager, filter: TrancheQueueFilter, page: TrancheQueuePage): Promise<TrancheQueueRow[]> {
    const { conditions, params } = where(filter);
    if (page.status) conditions.push(`t.status = $${params.push(page.status)}`);
    if (page.after)
      conditions.push(
        `(${WAITING_SINCE}, t.id) > ($${params.push(page.after.waitingSince)}::timestamptz, $${params.push(page.after.trancheId)}::uuid)`,
      );
    return m.query(
      `${SELECT} WHERE ${conditions.join(' AND ')} ORDER BY waiting_since ASC, t.id ASC LIMIT $${params.push(page.take)}`,
      params,
    );
  },
};
