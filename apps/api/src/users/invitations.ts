import type { EntityManager } from 'typeorm';
import { ErrorCode, FieldCode, INVITATION_TTL_MS, Role, ROLES, violatesSegregationOfDuties } from '@csf/domain';
import { audit, PgError, pgErrorCode, UserEntity } from '@csf/persistence';
import { AppError } from '../common/app-error';
import { OneTimeTokens, IssuedToken } from '../auth/one-time-tokens';

export interface Invitee {
  email?: string | null;
  phone?: string | null;
  displayName: string;
  roles: Role[];
  language: 'fr' | 'en';
}

export interface InvitationActor {
  userId: string | null;
  role: string | null;
  requestId?: string | null;
}

/** The role rules every change of roles obeys, wherever it comes from (API or admin command). */
export function assertRoles(roles: readonly string[], field = 'roles'): asserts roles is Role[] {
  const unknown = roles.findIndex((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown >= 0) throw AppError.validation([{ field: `${field}[${unknown}]`, code: FieldCode.NOT_IN_LIST }]);
  if (!roles.length) throw AppError.validation([{ field, code: FieldCode.REQUIRED }]);
  if (violatesSegregationOfDuties(roles))
    throw new AppError(ErrorCode.SEGREGATION_OF_DUTIES, [{ field, code: ErrorCode.SEGREGATION_OF_DUTIES }]);
}

/**
 * Creates the invited person's account (no password yet: nobody can sign in to it) and a 7-day single-use link token,
 * with the audit event. Shared by POST /users/invitations and the admin command, inside the caller's transaction.
 * 409 ACCOUNT_EXISTS when the email or phone already has an account.
 */
export async function createInvitation(
  manager: EntityManager,
  invitee: Invitee,
  actor: InvitationActor,
): Promise<{ user: UserEntity; issued: IssuedToken }> {
  assertRoles(invitee.roles);
  const email = invitee.email?.trim().toLowerCase() || null;
  const phone = invitee.phone || null;
  if (!email && !phone)
    throw AppError.validation([
      { field: 'email', code: FieldCode.REQUIRED },
      { field: 'phone', code: FieldCode.REQUIRED },
    ]);
  const existing = await manager
    .createQueryBuilder(UserEntity, 'u')
    .where(email ? 'lower(u.email) = :email' : 'false', { email })
    .orWhere(phone ? 'u.phone = :phone' : 'false', { phone })
    .getCount();
  if (existing) throw new AppError(ErrorCode.ACCOUNT_EXISTS);
  let user: UserEntity;
  try {
    user = await manager.save(
      manager.create(UserEntity, {
        email,
        phone,
        displayName: invitee.displayName.trim(),
        roles: invitee.roles,
        language: invitee.language,
        organizationId: null,
        active: true,
        passwordHash: null,
      }),
    );
  } catch (error) {
    // Two invitations of the same person at once: the unique index decides.
    if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION) throw new AppError(ErrorCode.ACCOUNT_EXISTS);
    throw error;
  }
  const issued = await OneTimeTokens.issue(manager, {
    kind: 'invitation',
    userId: user.id,
    createdBy: actor.userId,
    ttlMs: INVITATION_TTL_MS,
  });
  await audit.record(manager, actor, [
    {
      action: 'user.invited',
      entityType: 'user',
      entityId: user.id,
      toState: 'invited',
      data: {
        after: { email, phone, displayName: user.displayName, roles: user.roles, language: user.language },
        expiresAt: issued.expiresAt.toISOString(),
      },
    },
  ]);
  return { user, issued };
}

/** A new link for an invited person (the earlier one stops working). */
export async function reissueInvitation(
  manager: EntityManager,
  user: UserEntity,
  actor: InvitationActor,
): Promise<IssuedToken> {
  const issued = await OneTimeTokens.issue(manager, {
    kind: 'invitation',
    userId: user.id,
    createdBy: actor.userId,
    ttlMs: INVITATION_TTL_MS,
  });
  await audit.record(manager, actor, [
    {
      action: 'user.invitation_resent',
      entityType: 'user',
      entityId: user.id,
      data: { expiresAt: issued.expiresAt.toISOString() },
    },
  ]);
  return issued;
}

/** How a date reads in a message: the day and time in UTC, the same for everyone. */
export function messageDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
