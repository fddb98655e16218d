import { EntityManager } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity';

/**
 * Who made the change, as the audit columns record it. A user id of '' or null is no user (the system, an
 * operator at the command line); a missing role is recorded as none, not guessed.
 */
export interface AuditActor {
  userId?: string | null;
  role?: string | null;
  requestId?: string | null;
}

/** Timers, the workflow itself, anything no person asked for. */
export const SYSTEM_ACTOR: AuditActor = { role: 'system' };

/** What changed; who changed it is given once to `audit.record`. */
export interface AuditEntry {
  action: string;
  entityType: 'proposal' | 'grant' | 'round' | 'organization' | 'user';
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  workflowId?: string | null;
  data?: Record<string, unknown> | null;
  /** Business key that makes a retried activity's insert a no-op. */
  dedupKey?: string | null;
}

/** The one writer of audit events: the actor is mapped to its columns here and nowhere else. */
export const audit = {
  /**
   * Appends the events inside the caller's transaction, so the events and the change commit together, in the
   * order given (the trail is read by id).
   */
  async record(manager: EntityManager, actor: AuditActor, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? (entries as readonly AuditEntry[]) : [entries as AuditEntry];
    if (!list.length) return;
    const who = { actorId: actor.userId || null, actorRole: actor.role ?? null, requestId: actor.requestId ?? null };
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(
        list.map((e) => ({
          ...who,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          fromState: e.fromState ?? null,
          toState: e.toState ?? null,
          reason: e.reason ?? null,
          workflowId: e.workflowId ?? null,
          data: (e.data ?? null) as never,
          dedupKey: e.dedupKey ?? null,
        })),
      )
      .orIgnore()
      .execute();
  },
};
