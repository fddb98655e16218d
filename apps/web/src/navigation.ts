// The schema alone (types only): the table stays importable by a node test, without the client's browser code.
import type { components } from './api/schema';

/** The API's roles (GET /me types them as plain strings; the user schema names them). */
export type Role = components['schemas']['UserDto']['roles'][number];

/**
 * Who sees a link: everyone, only people signed out, anyone signed in, or people holding one of the roles.
 * A person with several roles sees the union, each link once.
 */
export type Audience = 'everyone' | 'signed-out' | 'signed-in' | Role;

export interface NavEntry {
  path: string;
  /** i18n key of the link's text. */
  label: string;
  for: readonly Audience[];
  /** Current only on this exact path (the home page would otherwise be current everywhere). */
  end?: boolean;
}

/**
 * The header's links, in the order shown. A new screen for a role is one line here, placed where it reads best
 * (the role's own work first, the shared links after).
 */
export const NAVIGATION: readonly NavEntry[] = [
  { path: '/', label: 'nav.calls', for: ['everyone'], end: true },
  { path: '/organization', label: 'nav.organization', for: ['applicant'] },
  { path: '/proposals', label: 'nav.proposals', for: ['applicant'] },
  { path: '/grants', label: 'grant.nav', for: ['applicant'] },
  { path: '/reviews', label: 'nav.reviews', for: ['reviewer'] },
  { path: '/committee', label: 'committee.nav', for: ['committee_chair'] },
  { path: '/finance', label: 'finance.nav', for: ['finance_officer', 'finance_approver'] },
  { path: '/manage', label: 'nav.manage', for: ['program_manager'] },
  { path: '/admin/people', label: 'nav.people', for: ['admin'] },
  { path: '/admin/organizations', label: 'nav.organizations', for: ['admin'] },
  { path: '/audit', label: 'nav.audit', for: ['auditor', 'admin'] },
  { path: '/messages', label: 'nav.messages', for: ['signed-in'] },
  { path: '/profile', label: 'nav.profile', for: ['signed-in'] },
  { path: '/sign-in', label: 'nav.signIn', for: ['signed-out'] },
  { path: '/register', label: 'nav.register', for: ['signed-out'] },
];

/**
 * The entries a person sees: `roles` is null when signed out; while the profile is still loading (signed in,
 * roles not known yet) pass an empty list, so role links appear once the roles are known and never wrongly.
 */
export function navigationFor(roles: readonly string[] | null, entries: readonly NavEntry[] = NAVIGATION): NavEntry[] {
  return entries.filter((entry) =>
    entry.for.some(
      (audience) =>
        audience === 'everyone' ||
        (audience === 'signed-out' && roles === null) ||
        (audience === 'signed-in' && roles !== null) ||
        (roles !== null && roles.includes(audience)),
    ),
  );
}
