import { type EntityManager, In, MoreThan } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity';
import type { Sql } from './exports';

/** The filters of the audit search and of its export; every one given narrows, none means the whole trail. */
export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Events at or after this instant. */
  from?: string;
  /** Events strictly before this instant. */
  to?: string;
}

/**
 * One record's events oldest first, after event id `after` ('0': from the start), `limit` + 1 of them. `actions`,
 * when given, are the only ones read: which a reader may see is the API's rule.
 */
export function recordEvents(
  m: EntityManager,
  record: { entityType: string; entityId: string },
  after: string,
  limit: number,
  actions?: readonly string[],
): Promise<AuditEventEntity[]> {
  return m.find(AuditEventEntity, {
    where: {
      entityType: record.entityType,
      entityId: record.entityId,
      id: MoreThan(after),
      ...(actions ? { action: In(actions) } : {}),
    },
    order: { id: 'ASC' },
    take: limit + 1,
  });
}

/**
 * `WHERE` of the search and of its export, in one place so a filter means the same thing in both. The expressions
 * are ours; only the values come from the request. The API checks the range before (it ends after it starts).
 */
export function auditWhere(filters: AuditFilter, params: unknown[] = []): Sql {
  const clauses: string[] = [];
  const add = (expression: string, value: unknown) => {
    params.push(value);
    clauses.push(expression.replace('?', `$${params.length}`));
  };
  if (filters.entityType !== undefined) add('a.entity_type = ?', filters.entityType);
  if (filters.entityId !== undefined) add('a.entity_id = ?', filters.entityId);
  if (filters.actorId !== undefined) add('a.actor_id = ?', filters.actorId);
  if (filters.action !== undefined) add('a.action = ?', filters.action);
  if (filters.from !== undefined) add('a.occurred_at >= ?', filters.from);
  if (filters.to !== undefined) add('a.occurred_at < ?', filters.to);
  return { text: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** An event as the search returns it, with the actor's name and email when the actor is a person. */
export interface AuditSearchRow {
  id: string;
  occurred_at: Date;
  action: string;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_name: string | null;
  actor_email: string | null;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  request_id: string | null;
  workflow_id: string | null;
  data: Record<string, unknown> | null;
}

/**
 * The whole trail newest first, before event id `before` (none: from the newest), `limit` + 1 events. Keyset on
 * the event id, which is the order events were appended in; the indexes of migration 1764730000000 serve each
 * filter.
 */
export function auditSearch(
  m: EntityManager,
  filters: AuditFilter,
  before: string | undefined,
  limit: number,
): Promise<AuditSearchRow[]> {
  const where = auditWhere(filters);
  if (before !== undefined) {
    where.params.push(before);
    where.text = `${where.text ? `${where.text} AND` : 'WHERE'} a.id < $${where.params.length}`;
  }
  where.params.push(limit + 1);
  return m.query(
    `SELECT a.id, a.occurred_at, a.action, a.entity_type, a.entity_id, a.actor_id, a.actor_role, a.from_state, a.to_state,
              a.reason, a.request_id, a.workflow_id, a.data, u.display_name AS actor_name, u.email AS actor_email
         FROM audit_events a
         LEFT JOIN users u ON u.id = a.actor_id
         ${where.text}
        ORDER BY a.id DESC
        LIMIT $${where.params.length}`,
    where.params,
  );
}

/** The export: every matching event, oldest first (the order a reader reconciles in), data as JSON text. */
export function auditCsvSql(filters: AuditFilter): Sql {
  const where = auditWhere(filters);
  return {
    text: `SELECT a.id, a.occurred_at, a.action, a.entity_type, a.entity_id, a.actor_id, u.display_name AS actor_name,
                  u.email AS actor_email, a.actor_role, a.from_state, a.to_state, a.reason, a.request_id, a.workflow_id,
                  a.data::text AS data
             FROM audit_events a
             LEFT JOIN users u ON u.id = a.actor_id
             ${where.text}
            ORDER BY a.id`,
    params: where.params,
  };
}
