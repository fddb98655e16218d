import { METHODS } from 'node:http';
import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { AUTHZ_MATRIX, CALLERS, Caller, expectedOutcome, outcomeOf } from '../support/authz-matrix';
import { proposalBody } from '../support/factory';
import { ReviewFlow } from '../support/review-flow';

/** Fails validation after authorization: guards run before pipes, so a 422 proves the caller got through. */
const INVALID_BODY = { authzProbe: true };

interface Records {
  organizationId: string;
  roundId: string;
  proposalId: string;
  grantId: string;
  reportId: string;
  assignmentId: string;
  /** The applicant, its organisation's only member. */
  memberId: string;
}

/**
 * The routes Express really serves, as `METHOD /path/:param`, read from the running app. Middleware that Nest
 * binds to paths goes through `app.all()`, which registers every HTTP method: those layers are not endpoints.
 */
function registeredRoutes(app: TestApp): string[] {
  const router = app.api.getHttpAdapter().getInstance().router as {
    stack: { route?: { path: string; methods: Record<string, boolean> } }[];
  };
  return router.stack
    .filter((layer) => layer.route && !METHODS.every((m) => layer.route!.methods[m.toLowerCase()]))
    .flatMap(({ route }) =>
      Object.keys(route!.methods)
        .filter((m) => route!.methods[m] && m !== '_all')
        .map((m) => `${m.toUpperCase()} ${route!.path}`),
    );
}

/** A route's path with the ids of the records under test. */
function concretePath(route: string, records: Records): string {
  const path = route.split(' ')[1];
  const collection = path.replace(/^\/api\/v1\//, '').split('/')[0];
  const ids: Record<string, string> = {
    organizations: records.organizationId,
    rounds: records.roundId,
    proposals: records.proposalId,
    grants: records.grantId,
    reviews: records.assignmentId,
    public: records.roundId,
    users: records.memberId,
  };
  return path
    .replace(':id', ids[collection] ?? ':id')
    .replace(':userId', records.memberId)
    .replace(':rid', records.reportId)
    .replace(':n', '1');
}

describe('authorization matrix: every registered route × every caller', () => {
  let app: TestApp;
  let records: Records;
  const tokens = {} as Record<Exclude<Caller, 'anonymous'>, string>;
  /** Bodies that would pass validation, for callers the object-level check must stop (a 422 would hide it). */
  let validBodies: Record<string, unknown>;

  beforeAll(async () => {
    app = await TestApp.start();
    const flow = await ReviewFlow.create(app);
    const grant = await flow.approvedGrant();
    const payout = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } };
    const signed = await app.request('POST', `/grants/${grant.grantId}/agreement/sign`, {
      token: grant.applicant.token,
      body: payout,
    });
    if (signed.status !== 200) throw new Error(`sign: ${signed.status} ${JSON.stringify(signed.body)}`);

    // The same organisation's proposal under review in another round: one reviewer accepted, one declined.
    const panel = await ReviewFlow.create(app);
    const draft = await app.request('POST', '/proposals', {
      token: grant.applicant.token,
      body: proposalBody(panel.roundId),
    });
    await app.request('POST', `/proposals/${draft.body.id}/submit`, { token: grant.applicant.token });
    await panel.screen(draft.body.id);
    const [accepted, declined] = await panel.assignments(draft.body.id, 3);
    expect((await panel.accept(accepted.reviewer, accepted.assignmentId)).status).toBe(200);
    const decline = await app.request('POST', `/reviews/assignments/${declined.assignmentId}/decline`, {
      token: declined.reviewer.token,
      body: { reason: 'Je connais la présidente.' },
    });
    expect(decline.status).toBe(200);

    const reports = await app.request('GET', `/grants/${grant.grantId}/reports`, { token: grant.applicant.token });
    const milestones = await app.request('GET', `/grants/${grant.grantId}/milestones`, { token: flow.pm });
    records = {
      organizationId: grant.applicant.orgId,
      roundId: flow.roundId,
      proposalId: draft.body.id,
      grantId: grant.grantId,
      reportId: reports.body[0].id,
      assignmentId: accepted.assignmentId,
      memberId: grant.applicant.userId,
    };
    Object.assign(tokens, {
      applicant: grant.applicant.token,
      other_applicant: (await flow.applicant()).token,
      reviewer: accepted.reviewer.token,
      declined_reviewer: declined.reviewer.token,
      committee_chair: flow.chair,
      program_manager: flow.pm,
      finance_officer: grant.officer.token,
      finance_approver: grant.approver.token,
      admin: (await app.actor([Role.ADMIN])).token,
      auditor: (await app.actor([Role.AUDITOR])).token,
    });
    validBodies = {
      'PATCH /api/v1/proposals/:id': { title: 'Titre modifié' },
      'PATCH /api/v1/organizations/:id': { commune: 'kaloum' },
      'POST /api/v1/organizations/:id/members/invitations': { phone: '+224620009999' },
      'POST /api/v1/proposals/:id/withdraw': { reason: 'Retrait' },
      'POST /api/v1/grants/:id/agreement/sign': payout,
      'POST /api/v1/grants/:id/reports/:rid/submit': {
        narrative: 'Lampadaires posés.',
        beneficiaries: { total: 10, women: 5, youth: 3 },
        indicators: [{ key: 'people_reached', value: 10 }],
        expenditures: [{ category: 'equipment', amount: 0 }],
        milestones: [{ id: milestones.body[0].id, status: 'delayed' }],
        attachments: [],
      },
      'POST /api/v1/reviews/assignments/:id/accept': { conflictOfInterest: false },
      'POST /api/v1/reviews/assignments/:id/decline': { reason: 'Conflit' },
      'POST /api/v1/reviews/assignments/:id/submit': {
        scores: ['relevance', 'feasibility', 'inclusion'].map((criterion) => ({ criterion, score: 3 })),
        comment: 'Correct.',
        recommendation: 'approve',
      },
    };
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('has one row per registered route, and no row for a route that is gone', () => {
    const routes = registeredRoutes(app);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !(r in AUTHZ_MATRIX))).toEqual([]);
    expect(Object.keys(AUTHZ_MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('answers each caller as the table says', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of registeredRoutes(app).filter((r) => r in AUTHZ_MATRIX)) {
      const [method] = route.split(' ');
      const path = concretePath(route, records);
      for (const caller of CALLERS) {
        const expected = expectedOutcome(AUTHZ_MATRIX[route], caller);
        const command = method !== 'GET';
        // A caller the record check must stop sends a valid body, so only that check can refuse it.
        const body = command ? (expected === 404 && validBodies[route]) || INVALID_BODY : undefined;
        const res = await app.request(method, path, {
          token: caller === 'anonymous' ? undefined : tokens[caller],
          body,
        });
        checked++;
        if (res.status >= 500 || outcomeOf(res.status) !== expected) {
          mismatches.push(
            `${route} as ${caller}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body)?.slice(0, 160)}`,
          );
        }
        // Let in is not shown: what another organisation's member reads never names our proposal or grant.
        if (caller === 'other_applicant' && res.status < 300) {
          const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '');
          const leaked = [records.proposalId, records.grantId].filter((id) => text.includes(id));
          if (leaked.length)
            mismatches.push(`${route} as ${caller}: the answer names ${leaked.join(' and ')} of another organisation`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
  }, 180_000);

  it('answers 405 with Allow, in problem+json, for a known path with a method it lacks', async () => {
    const res = await app.request('DELETE', `/proposals/${records.proposalId}`, { token: tokens.applicant });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, PATCH, HEAD');
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });

    const list = await app.request('PUT', '/proposals');
    expect(list.status).toBe(405);
    expect(list.headers.get('allow')).toBe('GET, POST, HEAD');
    // An unknown path is still 404.
    expect((await app.request('DELETE', '/nowhere')).status).toBe(404);
  });
});
