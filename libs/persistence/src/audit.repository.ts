import { EntityManager } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity';

export interface AuditEventInput {
  actorId?: string | null;
  actorRole?: string | null;
  action: string;
  entityType: 'proposal' | 'grant' | 'round' | 'organization' | 'user';
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  requestId?: string | null;
  workflowId?: string | null;
  data?: Record<string, unknown> | null;
  /** Business key that makes a retried activity's insert a no-op. */
  dedupKey?: string | null;
}

/** Appends audit events inside the caller's transaction, so the event and the change commit together. */
export async function appendAuditEvents(manager: EntityManager, events: AuditEventInput[]): Promise<void> {
  if (!events.length) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(AuditEventEntity)
    .values(
      events.map((e) => ({
        actorId: e.actorId ?? null,
        actorRole: e.actorRole ?? null,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        fromState: e.fromState ?? null,
        toState: e.toState ?? null,
        reason: e.reason ?? null,
        requestId: e.requestId ?? null,
        workflowId: e.workflowId ?? null,
        data: (e.data ?? null) as never,
        dedupKey: e.dedupKey ?? null,
      })),
    )
    .orIgnore()
    .execute();
}
