import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
import { FieldCode } from '@csf/domain';
import { AuditEventEntity, GrantEntity, ProposalEntity } from '@csf/persistence';
import { isStaff, requireAccess } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import type { Page } from '../common/pagination';
import type { HistoryQuery } from './history.query';
import type { AuditEventDto } from './history.dto';
import { APPLICANT_VISIBLE_PROPOSAL_ACTIONS, forApplicant } from './audit-visibility';
import { type AuditSearchEventDto, type AuditSearchQuery, auditWhere } from './audit-search';

/**
 * The audit trail of one record, oldest first; the cursor is the last event id seen. Staff read it whole; an
 * applicant reads its own records redacted (see audit-visibility), filtered in SQL so pages stay full.
 */
@Injectable()
export class HistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async forProposal(user: AuthUser, id: string, query: HistoryQuery): Promise<Page<AuditEventDto>> {
    requireAccess(user, await this.dataSource.manager.findOne(ProposalEntity, { where: { id } }));
    return this.page(user, 'proposal', id, query);
  }

  async forGrant(user: AuthUser, id: string, query: HistoryQuery): Promise<Page<AuditEventDto>> {
    requireAccess(user, await this.dataSource.manager.findOne(GrantEntity, { where: { id } }));
    return this.page(user, 'grant', id, query);
  }

  private async page(
    user: AuthUser,
    entityType: string,
    entityId: string,
    query: HistoryQuery,
  ): Promise<Page<AuditEventDto>> {
    const staff = isStaff(user);
    const limit = query.limit ?? 50;
    const after = query.cursor === undefined ? '0' : query.cursor;
    if (!/^\d{1,18}$/.test(after)) throw AppError.validation([{ field: 'cursor', code: FieldCode.INVALID_CURSOR }]);
    const rows = await this.dataSource.manager.find(AuditEventEntity, {
      where: {
        entityType,
        entityId,
        id: MoreThan(after),
        ...(!staff && entityType === 'proposal' ? { action: In(APPLICANT_VISIBLE_PROPOSAL_ACTIONS) } : {}),
      },
      order: { id: 'ASC' },
      take: limit + 1,
    });
    const items = rows.slice(0, limit);
    const view = (e: AuditEventDto) => (staff ? e : forApplicant(e, entityType));
    return {
      items: items.map((e) =>
        view({
          id: e.id,
          occurredAt: e.occurredAt.toISOString(),
          action: e.action,
          actorId: e.actorId,
          actorRole: e.actorRole,
          fromState: e.fromState,
          toState: e.toState,
          reason: e.reason,
          requestId: e.requestId,
          workflowId: e.workflowId,
          data: e.data,
        }),
      ),
      nextCursor: rows.length > limit ? items[items.length - 1].id : null,
    };
  }

  /**
   * The whole trail for its readers (AUDIT_SEARCH_READERS, staff: nothing redacted), newest first. Keyset on the
   * event id, which is the order events were appended in; the indexes of migration 1764730000000 serve each filter.
   */
  async search(query: AuditSearchQuery): Promise<Page<AuditSearchEventDto>> {
    const limit = query.limit ?? 50;
    const where = auditWhere(query);
    if (query.cursor !== undefined) {
      where.params.push(query.cursor);
      where.text = `${where.text ? `${where.text} AND` : 'WHERE'} a.id < $${where.params.length}`;
    }
    where.params.push(limit + 1);
    const rows: AuditSearchRow[] = await this.dataSource.query(
      `SELECT a.id, a.occurred_at, a.action, a.entity_type, a.entity_id, a.actor_id, a.actor_role, a.from_state, a.to_state,
              a.reason, a.request_id, a.workflow_id, a.data, u.display_name AS actor_name, u.email AS actor_email
         FROM audit_events a
         LEFT JOIN users u ON u.id = a.actor_id
         ${where.text}
        ORDER BY a.id DESC
        LIMIT $${where.params.length}`,
      where.params,
    );
    const items = rows.slice(0, limit).map((e): AuditSearchEventDto => ({
      id: e.id,
      occurredAt: e.occurred_at.toISOString(),
      action: e.action,
      entityType: e.entity_type,
      entityId: e.entity_id,
      actorId: e.actor_id,
      actorRole: e.actor_role,
      actorName: e.actor_name,
      actorEmail: e.actor_email,
      fromState: e.from_state,
      toState: e.to_state,
      reason: e.reason,
      requestId: e.request_id,
      workflowId: e.workflow_id,
      data: e.data,
    }));
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }
}

interface AuditSearchRow {
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
