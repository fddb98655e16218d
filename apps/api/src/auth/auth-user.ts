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
  /** The role under which the current command is recorded in the audit trail. */
  actingRole?: Role;
}

export interface JwtPayload {
  sub: string;
  roles: Role[];
  org: string | null;
}
