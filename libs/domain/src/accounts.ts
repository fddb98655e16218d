import { FieldCode } from './errors';
import { Role } from './roles';

/** NIST SP 800-63B §3.1.1.2: at least 8 characters, a generous maximum, no composition rules. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Why a password is refused, or null. Length counts code points (an emoji or "é" is one character, as a person
 * counts them). `isCommon` answers from the shipped list of common passwords, compared case-insensitively.
 */
export function passwordProblem(password: string, isCommon: (candidate: string) => boolean): FieldCode | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return FieldCode.TOO_SHORT;
  if (length > PASSWORD_MAX_LENGTH) return FieldCode.TOO_LONG;
  if (isCommon(password.toLowerCase())) return FieldCode.COMMON;
  return null;
}

/** Maker–checker: one person never both requests and approves releases. */
export function violatesSegregationOfDuties(roles: readonly string[]): boolean {
  return roles.includes(Role.FINANCE_OFFICER) && roles.includes(Role.FINANCE_APPROVER);
}

/** Whether a person must sign in with a second factor, given the roles configuration names (REQUIRE_2FA_ROLES). */
export function secondFactorRequired(roles: readonly string[], requiredRoles: readonly string[]): boolean {
  return roles.some((role) => requiredRoles.includes(role));
}

/** How long single-use links live. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
