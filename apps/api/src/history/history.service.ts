import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FieldCode } from '@csf/domain';
import { auditSearch, grants, proposals, recordEvents } from '@csf/persistence';
import { isStaff, requireAccess } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import type { Page } from '../common/pagination';
import type { HistoryQuery } from './history.query';
import type { AuditEventDto } from './history.dto';
import { APPLICANT_VISIBLE_PROPOSAL_ACTIONS, forApplicant } from './audit-visibility';
import { type AuditSearchEventDto, type AuditSearchQuery, requireAuditRange } from './audit-search';

/**
 * The audit trail of one record, oldest first; the cursor is the last event id seen. Staff read it whole; an
 * applicant reads its own records redacted (see audit-visibility), filtered in SQL so pages stay full.
 */
@Injectable()
export class HistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async forProposal(user: AuthUser, id: string, query: HistoryQuery): Promise<Page<AuditEventDto>> {
    requireAccess(user, await proposals.find(this.dataSource.manager, id));
    return this.page(user, 'proposal', id, query);
  }

  async forGrant(user: AuthUser, id: string, query: HistoryQuery): Promise<Page<AuditEventDto>> {
    requireAccess(user, await grants.find(this.dataSource.manager, id));
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
    const rows = await recordEvents(
      this.dataSource.manager,
      { entityType, entityId },
      after,
      limit,
      !staff && entityType === 'proposal' ? APPLICANT_VISIBLE_PROPOSAL_ACTIONS : undefined,
    );
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

  /** The whole trail for its readers (AUDIT_SEARCH_READERS, staff: nothing redacted), newest first. */
  async search(query: AuditSearchQuery): Promise<Page<AuditSearchEventDto>> {
    const limit = query.limit ?? 50;
    const rows = await auditSearch(this.dataSource.manager, requireAuditRange(query), query.cursor, limit);
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
