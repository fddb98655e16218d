/**
 * Who may call what: one row per registered route, read against real records (see test/e2e/authz-matrix.e2e.ts).
 *
 * - `allowed`: callers that get past authentication, the role guard and the object-level check (they may still
 *   get 409 or 422 for a state or input reason);
 * - `notFound`: callers whose role passes but who may not see this record (404, so its existence is not revealed);
 * - every other signed-in caller is refused with 403, and `anonymous` with 401, unless the route is `public`.
 *
 * The records: `applicant` owns the grant and the proposal under review; `other_applicant` belongs to another
 * organisation; `reviewer` accepted an assignment on that proposal and `declined_reviewer` declined one (a
 * conflict of interest); every other caller has just the role of its name.
 */
export const CALLERS = [
  'anonymous',
  'applicant',
  'other_applicant',
  'reviewer',
  'declined_reviewer',
  'committee_chair',
  'program_manager',
  'finance_officer',
  'finance_approver',
  'admin',
  'auditor',
] as const;
export type Caller = (typeof CALLERS)[number];
export type Outcome = 'allowed' | 401 | 403 | 404;

export interface Row {
  public?: boolean;
  allowed?: readonly Caller[];
  notFound?: readonly Caller[];
}

const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');
const STAFF = [
  'committee_chair',
  'program_manager',
  'finance_officer',
  'finance_approver',
  'admin',
  'auditor',
] as const;
const APPLICANTS = ['applicant', 'other_applicant'] as const;
const REVIEWERS = ['reviewer', 'declined_reviewer'] as const;
const FINANCE_AND_MANAGERS = ['finance_officer', 'finance_approver', 'program_manager', 'admin', 'auditor'] as const;

/** An applicant's own record: its organisation and staff read it; another organisation gets 404. */
const OWN_RECORD: Row = { allowed: ['applicant', ...STAFF], notFound: ['other_applicant'] };
/** A command only the owning organisation gives. */
const OWNER_COMMAND: Row = { allowed: ['applicant'], notFound: ['other_applicant'] };
const only = (...callers: Caller[]): Row => ({ allowed: callers });

export const AUTHZ_MATRIX: Record<string, Row> = {
  // The documentation: Swagger UI and the document it reads.
  'GET /api/docs': { public: true },
  'GET /api/docs/': { public: true },
  'GET /api/docs/index.html': { public: true },
  // Registered by Swagger, but swagger-ui-dist ships no LICENSE file: not found for anyone.
  'GET /api/docs/LICENSE': { public: true, notFound: CALLERS },
  'GET /api/docs/swagger-ui-init.js': { public: true },
  'GET /api/docs/docs/swagger-ui-init.js': { public: true },
  'GET /api/docs-json': { public: true },
  'GET /api/docs-yaml': { public: true },

  'GET /health/live': { public: true },
  'GET /health/ready': { public: true },
  'POST /api/v1/auth/login': { public: true },
  'GET /api/v1/me': { allowed: SIGNED_IN },
  // Each person their own name and language; there is no one else's to reach through it.
  'PATCH /api/v1/me': { allowed: SIGNED_IN },

  'POST /api/v1/auth/register': { public: true },
  'POST /api/v1/auth/verify': { public: true },
  'GET /api/v1/public/rounds': { public: true },
  'GET /api/v1/public/rounds/:id': { public: true },

  'POST /api/v1/organizations': only('applicant', 'other_applicant', 'admin'),
  'GET /api/v1/organizations': only(...STAFF),
  'GET /api/v1/organizations/:id': OWN_RECORD,
  'PATCH /api/v1/organizations/:id': OWNER_COMMAND,
  'POST /api/v1/organizations/:id/verify': only('program_manager'),
  'POST /api/v1/organizations/:id/members/invitations': OWNER_COMMAND,
  // The applicant is its organisation's only member: removing itself gets past authorization to 409 LAST_MEMBER.
  'DELETE /api/v1/organizations/:id/members/:userId': OWNER_COMMAND,
  'POST /api/v1/organizations/invitations/accept': only(...APPLICANTS),

  'POST /api/v1/rounds': only('program_manager'),
  'GET /api/v1/rounds': { allowed: SIGNED_IN },
  'GET /api/v1/rounds/:id': { allowed: SIGNED_IN },
  'PUT /api/v1/rounds/:id/panel': only('program_manager'),
  'PATCH /api/v1/rounds/:id': only('program_manager'),
  'POST /api/v1/rounds/:id/close': only('program_manager'),

  'POST /api/v1/proposals': only(...APPLICANTS),
  'GET /api/v1/proposals': { allowed: SIGNED_IN },
  'GET /api/v1/proposals/:id': {
    allowed: ['applicant', 'reviewer', ...STAFF],
    notFound: ['other_applicant', 'declined_reviewer'],
  },
  'PATCH /api/v1/proposals/:id': OWNER_COMMAND,
  'POST /api/v1/proposals/:id/submit': OWNER_COMMAND,
  'GET /api/v1/proposals/:id/eligibility': OWN_RECORD,
  'POST /api/v1/proposals/:id/withdraw': OWNER_COMMAND,
  'POST /api/v1/proposals/:id/screening': only('program_manager'),
  'POST /api/v1/proposals/:id/decision': only('committee_chair'),
  'GET /api/v1/proposals/:id/history': OWN_RECORD,
  'GET /api/v1/proposals/:id/reviews': { allowed: ['committee_chair', 'program_manager', 'admin', 'auditor'] },

  'GET /api/v1/reviews/assignments': only(...REVIEWERS),
  // Another reviewer's assignment is unknown to them: nobody learns who reviews what.
  'GET /api/v1/reviews/assignments/:id': { allowed: ['reviewer'], notFound: ['declined_reviewer'] },
  'POST /api/v1/reviews/assignments/:id/accept': { allowed: ['reviewer'], notFound: ['declined_reviewer'] },
  'POST /api/v1/reviews/assignments/:id/decline': { allowed: ['reviewer'], notFound: ['declined_reviewer'] },
  'POST /api/v1/reviews/assignments/:id/submit': { allowed: ['reviewer'], notFound: ['declined_reviewer'] },

  'GET /api/v1/grants': only(...APPLICANTS, ...STAFF),
  'GET /api/v1/grants/:id': OWN_RECORD,
  'GET /api/v1/grants/:id/history': OWN_RECORD,
  'POST /api/v1/grants/:id/agreement/sign': OWNER_COMMAND,
  'GET /api/v1/grants/:id/tranches': OWN_RECORD,
  'POST /api/v1/grants/:id/tranches/:n/request-release': only('finance_officer'),
  'POST /api/v1/grants/:id/tranches/:n/approve-release': only('finance_approver'),
  'POST /api/v1/grants/:id/tranches/:n/confirm-payment': only('finance_officer'),
  'POST /api/v1/grants/:id/tranches/:n/retry': only('finance_officer'),
  'GET /api/v1/grants/:id/tranches/:n/payment-order': only('finance_officer', 'finance_approver'),
  'POST /api/v1/grants/:id/tranches/:n/resolve-payment': only('finance_approver'),
  'GET /api/v1/tranches': only(...FINANCE_AND_MANAGERS),
  'GET /api/v1/grants/:id/reports': OWN_RECORD,
  'GET /api/v1/grants/:id/reports/:rid': OWN_RECORD,
  'POST /api/v1/grants/:id/reports/:rid/submit': OWNER_COMMAND,
  'POST /api/v1/grants/:id/reports/:rid/accept': only('program_manager'),
  'POST /api/v1/grants/:id/reports/:rid/request-changes': only('program_manager'),
  'GET /api/v1/reports': only('program_manager', 'admin', 'auditor'),
  'GET /api/v1/grants/:id/milestones': OWN_RECORD,
  'POST /api/v1/grants/:id/suspend': only('program_manager'),
  'POST /api/v1/grants/:id/resume': only('program_manager'),
  'POST /api/v1/grants/:id/terminate': only('program_manager'),
  'POST /api/v1/grants/:id/close': only('program_manager'),

  'GET /api/v1/portfolio/summary': only(...APPLICANTS, ...FINANCE_AND_MANAGERS),
  'GET /api/v1/portfolio/overdue-reports': only(...APPLICANTS, ...FINANCE_AND_MANAGERS),
  'GET /api/v1/portfolio/milestones': only(...APPLICANTS, ...FINANCE_AND_MANAGERS),
  'GET /api/v1/portfolio/at-risk': only(...APPLICANTS, ...FINANCE_AND_MANAGERS),

  'GET /api/v1/exports/disbursements.csv': only(...FINANCE_AND_MANAGERS),
  'GET /api/v1/exports/proposals.csv': only(...FINANCE_AND_MANAGERS),
  'GET /api/v1/exports/grants.csv': only(...FINANCE_AND_MANAGERS),
  'GET /api/v1/exports/iati.xml': only(...FINANCE_AND_MANAGERS),
  // The whole audit trail, unredacted: the auditor's and the admin's only.
  'GET /api/v1/exports/audit.csv': only('admin', 'auditor'),
  'GET /api/v1/audit-events': only('admin', 'auditor'),

  'GET /api/v1/notifications': { allowed: SIGNED_IN },

  // A person's own account: invitation, passwords, sessions, second factor.
  'POST /api/v1/auth/invitations/accept': { public: true },
  'POST /api/v1/auth/password-reset': { public: true },
  'POST /api/v1/auth/password-reset/confirm': { public: true },
  'POST /api/v1/auth/password': { allowed: SIGNED_IN },
  'POST /api/v1/auth/logout': { allowed: SIGNED_IN },
  'POST /api/v1/auth/2fa/setup': { allowed: SIGNED_IN },
  'POST /api/v1/auth/2fa/enable': { allowed: SIGNED_IN },
  // People: program managers list reviewers and chairs (panels by name); the rest is the admin's, read by the auditor.
  'GET /api/v1/users': only('program_manager', 'admin', 'auditor'),
  'POST /api/v1/users/invitations': only('admin'),
  'GET /api/v1/users/:id': only('admin', 'auditor'),
  'PATCH /api/v1/users/:id': only('admin'),
  'POST /api/v1/users/:id/invitation': only('admin'),
  'DELETE /api/v1/users/:id/invitation': only('admin'),
};

export function expectedOutcome(row: Row, caller: Caller): Outcome {
  if (row.notFound?.includes(caller)) return 404;
  if (row.public) return 'allowed';
  if (caller === 'anonymous') return 401;
  if (row.allowed?.includes(caller)) return 'allowed';
  return 403;
}

/** What an answer means for authorization: 401, 403 and 404 are refusals; anything else got past them. */
export function outcomeOf(status: number): Outcome {
  return status === 401 || status === 403 || status === 404 ? status : 'allowed';
}
