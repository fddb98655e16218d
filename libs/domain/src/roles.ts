export const Role = {
  APPLICANT: 'applicant',
  REVIEWER: 'reviewer',
  COMMITTEE_CHAIR: 'committee_chair',
  FINANCE_OFFICER: 'finance_officer',
  FINANCE_APPROVER: 'finance_approver',
  PROGRAM_MANAGER: 'program_manager',
  ADMIN: 'admin',
  AUDITOR: 'auditor',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

/** Roles that may read every organisation's records. */
export const STAFF_ROLES: readonly Role[] = [
  Role.PROGRAM_MANAGER,
  Role.ADMIN,
  Role.AUDITOR,
  Role.COMMITTEE_CHAIR,
  Role.FINANCE_OFFICER,
  Role.FINANCE_APPROVER,
];

export const ORGANIZATION_TYPES = [
  'womens_association',
  'youth_group',
  'community_based_organization',
  'ngo',
  'local_security_council',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
