import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@csf/config';
import { ErrorCode, Role } from '@csf/domain';
import { audit, UserEntity } from '@csf/persistence';
import { actorOf } from '../auth/access';
import { endSessions } from '../auth/account.service';
import { AttemptLimiter, AttemptPolicy } from '../auth/attempt-limiter';
import type { AuthUser } from '../auth/auth-user';
import { OneTimeTokens, tokenLink } from '../auth/one-time-tokens';
import { AppError } from '../common/app-error';
import { identifierOf } from '../common/identifier';
import { newestFirst, Page, toPage } from '../common/pagination';
import { AccountMessages } from '../notifications/account-messages';
import { assertRoles, createInvitation, InvitationActor, messageDate, reissueInvitation } from './invitations';
import type { InvitationStateDto, InviteUserDto, ListUsersQuery, UpdateUserDto, UserDto, UserStatus } from './user.dto';
import { userChanged } from '../auth/auth-user-cache';

/** Program managers choose review panels by name: they may list these roles, and only these. */
const PANEL_ROLES: readonly Role[] = [Role.REVIEWER, Role.COMMITTEE_CHAIR];
/** Whole-service views of people. */
const PEOPLE_READERS: readonly Role[] = [Role.ADMIN, Role.AUDITOR];
/** Serialises changes that could leave no active admin (two admins demoting each other at once). */
const ADMINS_LOCK_KEY = 7_240_702;
const HOUR_MS = 60 * 60 * 1000;
/** Resending an invitation: a few times an hour per person, so nobody floods a phone with SMS. */
const RESENDS: AttemptPolicy = {
  scope: 'invitation-resend:user',
  maxFailures: 5,
  windowMs: HOUR_MS,
  baseLockMs: HOUR_MS,
  maxLockMs: HOUR_MS,
};

type Row = UserEntity & { passwordHash: string | null };
type Invitation = { createdAt: Date; expiresAt: Date; usedAt: Date | null; revokedAt: Date | null };

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: AccountMessages,
    private readonly limiter: AttemptLimiter,
    private readonly config: AppConfig,
  ) {}

  async list(caller: AuthUser, query: ListUsersQuery): Promise<Page<UserDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(UserEntity, 'u').addSelect('u.passwordHash');
    if (!caller.roles.some((role) => PEOPLE_READERS.includes(role))) {
      if (query.role && !PANEL_ROLES.includes(query.role as Role)) throw new AppError(ErrorCode.FORBIDDEN);
      qb.andWhere('u.roles && ARRAY[:...panelRoles]::text[]', { panelRoles: PANEL_ROLES });
    }
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.active) qb.andWhere('u.active = :active', { active: query.active === 'true' });
    if (query.q?.trim()) {
      const pattern = `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.displayName ILIKE :pattern OR u.email ILIKE :pattern OR u.phone LIKE :pattern)', { pattern });
    }
    const limit = newestFirst(qb, 'u', query);
    const rows = (await qb.getMany()) as Row[];
    const invitations = await this.invitations(
      this.dataSource.manager,
      rows.slice(0, limit).map((r) => r.id),
    );
    return toPage(rows, limit, (row) => toUserDto(row, invitations.get(row.id) ?? null));
  }

  async get(id: string): Promise<UserDto> {
    const row = await this.load(this.dataSource.manager, id);
    const invitations = await this.invitations(this.dataSource.manager, [id]);
    return toUserDto(row, invitations.get(id) ?? null);
  }

  async invite(caller: AuthUser, body: InviteUserDto, requestId?: string): Promise<UserDto> {
    // Validates "one of email or phone" and normalises it as sign-in will look it up.
    const identifier = identifierOf(body);
    const actor = this.actor(caller, requestId);
    const { user, messageId } = await this.dataSource.transaction(async (manager) => {
      const { user, issued } = await createInvitation(
        manager,
        {
          email: identifier.kind === 'email' ? identifier.value : null,
          phone: identifier.kind === 'phone' ? identifier.value : null,
          displayName: body.displayName,
          roles: body.roles as Role[],
          language: body.language ?? 'fr',
        },
        actor,
      );
      const messageId = await this.sendInvitation(manager, user, issued.token, issued.expiresAt);
      return { user, messageId };
    });
    await this.messages.deliver([messageId]);
    return this.get(user.id);
  }

  async resendInvitation(caller: AuthUser, id: string, requestId?: string): Promise<UserDto> {
    await this.limiter.check(RESENDS, id);
    const messageId = await this.dataSource.transaction(async (manager) => {
      const user = await this.load(manager, id, true);
      if (user.passwordHash || !user.active) throw AppError.invalidState(statusOf(user));
      const issued = await reissueInvitation(manager, user, this.actor(caller, requestId));
      return this.sendInvitation(manager, user, issued.token, issued.expiresAt);
    });
    await this.limiter.fail(RESENDS, id);
    await this.messages.deliver([messageId]);
    return this.get(id);
  }

  /** The link stops working and the invited account is deactivated (PATCH active: true and resend to invite again). */
  async revokeInvitation(caller: AuthUser, id: string, requestId?: string): Promise<UserDto> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.load(manager, id, true);
      if (user.passwordHash) throw AppError.invalidState(statusOf(user));
      await OneTimeTokens.revokeAll(manager, id, 'invitation');
      await manager.update(UserEntity, { id }, { active: false });
      userChanged(manager, id);
      await audit.record(manager, this.actor(caller, requestId), [
        {
          action: 'user.invitation_revoked',
          entityType: 'user',
          entityId: id,
          fromState: statusOf(user),
          toState: 'inactive',
        },
      ]);
    });
    return this.get(id);
  }

  async update(caller: AuthUser, id: string, body: UpdateUserDto, requestId?: string): Promise<UserDto> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ADMINS_LOCK_KEY]);
      const before = await this.load(manager, id, true);
      const roles = (body.roles ? [...new Set(body.roles)] : before.roles) as Role[];
      assertRoles(roles);
      const active = body.active ?? before.active;
      const wasAdmin = before.active && before.roles.includes(Role.ADMIN);
      if (wasAdmin && !(active && roles.includes(Role.ADMIN))) {
        const [{ others }] = await manager.query(
          `SELECT count(*)::int AS others FROM users WHERE active AND 'admin' = ANY(roles) AND id <> $1`,
          [id],
        );
        if (others === 0) throw new AppError(ErrorCode.LAST_ADMIN);
      }
      const changes: Partial<UserEntity> = {};
      if (body.roles) changes.roles = roles;
      if (body.displayName !== undefined) changes.displayName = body.displayName.trim();
      if (body.language !== undefined) changes.language = body.language;
      if (body.active !== undefined) changes.active = active;
      if (!Object.keys(changes).length) return;
      await manager.update(UserEntity, { id }, changes);
      userChanged(manager, id);
      // Deactivation ends every session now, and reactivation does not bring the old tokens back.
      if (before.active && !active) await endSessions(manager, id);
      if (!active) await OneTimeTokens.revokeAll(manager, id, 'password_reset');
      const after = { ...before, ...changes } as Row;
      const view = (u: Row) => ({ roles: u.roles, displayName: u.displayName, language: u.language, active: u.active });
      await audit.record(manager, this.actor(caller, requestId), [
        {
          action:
            before.active && !active
              ? 'user.deactivated'
              : !before.active && active
                ? 'user.reactivated'
                : 'user.updated',
          entityType: 'user',
          entityId: id,
          fromState: statusOf(before),
          toState: statusOf(after),
          data: { before: view(before), after: view(after) },
        },
      ]);
    });
    return this.get(id);
  }

  private async sendInvitation(
    manager: EntityManager,
    user: UserEntity,
    token: string,
    expiresAt: Date,
  ): Promise<string> {
    return this.messages.enqueue(manager, {
      kind: 'account_invitation',
      recipient: user,
      params: {
        name: user.displayName,
        roles: user.roles.join(', '),
        expires: messageDate(expiresAt),
        link: tokenLink(this.config.PUBLIC_URL, 'invitation', token),
      },
    });
  }

  private async load(manager: EntityManager, id: string, lock = false): Promise<Row> {
    const qb = manager.createQueryBuilder(UserEntity, 'u').addSelect('u.passwordHash').where('u.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const row = (await qb.getOne()) as Row | null;
    if (!row) throw AppError.notFound();
    return row;
  }

  private async invitations(manager: EntityManager, ids: string[]): Promise<Map<string, Invitation>> {
    if (!ids.length) return new Map();
    const rows: {
      user_id: string;
      created_at: Date;
      expires_at: Date;
      used_at: Date | null;
      revoked_at: Date | null;
    }[] = await manager.query(
      `SELECT DISTINCT ON (user_id) user_id, created_at, expires_at, used_at, revoked_at FROM one_time_tokens
        WHERE kind = 'invitation' AND user_id = ANY($1::uuid[]) ORDER BY user_id, created_at DESC, id DESC`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.user_id,
        { createdAt: r.created_at, expiresAt: r.expires_at, usedAt: r.used_at, revokedAt: r.revoked_at },
      ]),
    );
  }

  private actor(caller: AuthUser, requestId?: string): InvitationActor {
    const actor = actorOf(caller, requestId);
    return { userId: actor.userId, role: actor.role, requestId: actor.requestId };
  }
}

function statusOf(user: Row): UserStatus {
  if (!user.active) return 'inactive';
  if (!user.passwordHash) return 'invited';
  const verifiedAt = (user as { verifiedAt?: Date | null }).verifiedAt;
  return verifiedAt === null ? 'unverified' : 'active';
}

function invitationState(invitation: Invitation): InvitationStateDto {
  const state = invitation.usedAt
    ? 'accepted'
    : invitation.revokedAt
      ? 'revoked'
      : invitation.expiresAt.getTime() <= Date.now()
        ? 'expired'
        : 'pending';
  return { state, sentAt: invitation.createdAt.toISOString(), expiresAt: invitation.expiresAt.toISOString() };
}

function toUserDto(row: Row, invitation: Invitation | null): UserDto {
  return {
    id: row.id,
    email: row.email,
    phone: row.phone,
    displayName: row.displayName,
    roles: row.roles,
    organizationId: row.organizationId,
    language: row.language,
    active: row.active,
    status: statusOf(row),
    secondFactorEnabled: row.totpEnabledAt !== null,
    invitation: invitation ? invitationState(invitation) : null,
    createdAt: row.createdAt.toISOString(),
  };
}
