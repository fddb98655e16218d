import type { Role } from '@csf/domain';

/** The signed-in caller, as loaded from the database for each request. */
export interface AuthUser {
  id: string;
  email: string | null;
  phone?: string | null;
  displayName: string;
  roles: Role[];
  organizationId: string | null;
  language: 'fr' | 'en';
  /** A role of theirs requires a second factor (REQUIRE_2FA_ROLES) they have not enrolled yet: only enrolment is open. */
  secondFactorEnrolmentRequired?: boolean;
  /** The role under which the current command is recorded in the audit trail. */
  actingRole?: Role;
}

export interface JwtPayload {
  sub: string;
  roles: Role[];
  org: string | null;
  /** The account's token_version when signed; a token with an older one is refused (sign out everywhere). */
  tv?: number;
}
