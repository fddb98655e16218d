import { STAFF_ROLES } from '@csf/domain';
import { AppError } from '../common/app-error';
import type { AuthUser } from './auth-user';

/** Staff read every organisation's records; an applicant reads only its own organisation's. */
export function isStaff(user: AuthUser): boolean {
  return user.roles.some((role) => STAFF_ROLES.includes(role));
}

export function canAccessOrganization(user: AuthUser, organizationId: string): boolean {
  return isStaff(user) || (user.organizationId !== null && user.organizationId === organizationId);
}

/**
 * The object-level check every service calls after loading a record. Answers 404, not 403, so an applicant
 * cannot probe which ids exist in other organisations.
 */
export function requireAccess<T extends { organizationId: string }>(user: AuthUser, record: T | null | undefined): T {
  if (!record || !canAccessOrganization(user, record.organizationId)) throw AppError.notFound();
  return record;
}

/** For commands only the owning organisation may give (submit, withdraw, edit). */
export function requireOwnOrganization<T extends { organizationId: string }>(
  user: AuthUser,
  record: T | null | undefined,
): T {
  if (!record || user.organizationId !== record.organizationId) throw AppError.notFound();
  return record;
}

/** The audit actor for a command. */
export function actorOf(user: AuthUser, requestId?: string | null) {
  return { userId: user.id, role: user.actingRole ?? user.roles[0], requestId: requestId ?? null };
}

/**
 * Which organisation a list may show: staff any one they ask for, or all (null); an applicant only its own,
 * whatever it asks. False when nothing can match (an applicant asking for another organisation).
 */
export function visibleOrganization(user: AuthUser, requested?: string): string | null | false {
  if (isStaff(user)) return requested ?? null;
  if (!user.organizationId || (requested && requested !== user.organizationId)) return false;
  return user.organizationId;
}
