import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { proposalBody } from '../support/factory';
import { ReviewFlow } from '../support/review-flow';

const b64 = (value: unknown, encoding: BufferEncoding = 'base64') =>
  Buffer.from(JSON.stringify(value)).toString(encoding);
const UUID = '3f1c9a52-5b7e-4c1d-9a3e-2b6f8d4e7a10';

/** Cursors that do not decode to [ISO timestamp, UUID]: each must be a 422 INVALID_CURSOR, never reach SQL. */
const BAD_CURSORS = [
  b64(['2026-01-01T00:00:00Z', 'not-a-uuid']),
  b64(['2026-01-01T00:00:00.000Z', 'not-a-uuid'], 'base64url'),
  b64(['1', UUID], 'base64url'),
  b64(['0000-01-01T00:00:00.000Z', UUID], 'base64url'),
  b64(['2026-02-30T00:00:00.000Z', UUID], 'base64url'),
  b64([12, 34], 'base64url'),
  b64({ createdAt: '2026-01-01T00:00:00.000Z', id: UUID }, 'base64url'),
  b64(['2026-01-01T00:00:00.000Z', UUID, 'extra'], 'base64url'),
  'not base64 at all!',
  '%00',
  'x'.repeat(5000),
];

/** Every paginated list: those of issue 9 (/proposals, /grants, /portfolio/*) and the others built on the same cursor. */
const CURSOR_LISTS = [
  '/proposals',
  '/grants',
  '/portfolio/overdue-reports',
  '/portfolio/milestones',
  '/portfolio/at-risk',
  '/rounds',
  '/notifications',
];

function expectProblem(
  res: { status: number; headers: Headers; body: any },
  status: number,
  errors: { field: string; code: string }[],
) {
  expect({
    status: res.status,
    type: res.headers.get('content-type'),
    errors: res.body?.errors?.map((e: { field: string; code: string }) => ({ field: e.field, code: e.code })),
  }).toEqual({
    status,
    type: expect.stringContaining('application/problem+json'),
    errors: expect.arrayContaining(errors.map((e) => expect.objectContaining(e))),
  });
}

describe('bad input never gets a 500 (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;
  let pm: string;
  let applicant: { orgId: string; userId: string; token: string };

  beforeAll(async () => {
    app = await TestApp.start();
    flow = await ReviewFlow.create(app);
    pm = flow.pm;
    applicant = await flow.applicant();
  });
  afterAll(() => app?.stop());

  describe('strict cursors', () => {
    it.each(CURSOR_LISTS)(
      '%s answers 422 INVALID_CURSOR for every cursor that is not [timestamp, uuid]',
      async (path) => {
        for (const cursor of BAD_CURSORS) {
          const res = await app.request('GET', `${path}?cursor=${encodeURIComponent(cursor)}`, { token: pm });
          expectProblem(res, 422, [{ field: 'cursor', code: 'INVALID_CURSOR' }]);
        }
      },
    );

    it('still pages with the cursors it hands out, and refuses a forged history cursor the same way', async () => {
      const first = await app.request('GET', '/rounds?limit=1', { token: pm });
      await flow.app.factory.newRound();
      const again = await app.request('GET', '/rounds?limit=1', { token: pm });
      const next = await app.request('GET', `/rounds?limit=1&cursor=${again.body.nextCursor}`, { token: pm });
      expect(next.status).toBe(200);
      expect(next.body.items[0].id).toBe(first.body.items[0].id);
      const { id } = await flow.submitted();
      for (const cursor of ['-1', 'abc', '9'.repeat(40)]) {
        expectProblem(await app.request('GET', `/proposals/${id}/history?cursor=${cursor}`, { token: pm }), 422, [
          { field: 'cursor', code: 'INVALID_CURSOR' },
        ]);
      }
    });
  });

  describe('partial drafts', () => {
    it('creates a draft from its round alone, reports what is missing at submission, and submits once filled in', async () => {
      const created = await app.request('POST', '/proposals', {
        token: applicant.token,
        body: { roundId: flow.roundId },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'draft', title: null, budgetLines: [], milestones: [] });
      const id = created.body.id;

      const early = await app.request('POST', `/proposals/${id}/submit`, { token: applicant.token });
      expect(early.body.code).toBe('INCOMPLETE_PROPOSAL');
      expectProblem(
        early,
        422,
        [
          'title',
          'summary',
          'problemStatement',
          'region',
          'commune',
          'beneficiaries',
          'startDate',
          'endDate',
          'requestedAmount',
          'budgetLines',
          'milestones',
        ].map((field) => ({ field, code: 'REQUIRED' })),
      );

      const { roundId: _, ...content } = proposalBody(flow.roundId);
      const { title, ...rest } = content;
      expect((await app.request('PATCH', `/proposals/${id}`, { token: applicant.token, body: rest })).status).toBe(200);
      const untitled = await app.request('POST', `/proposals/${id}/submit`, { token: applicant.token });
      expectProblem(untitled, 422, [{ field: 'title', code: 'REQUIRED' }]);
      expect(untitled.body.errors).toHaveLength(1);
      expect(
        (await app.request('PATCH', `/proposals/${id}`, { token: applicant.token, body: { title } })).body.title,
      ).toBe(title);
      const submitted = await app.request('POST', `/proposals/${id}/submit`, { token: applicant.token });
      expect([submitted.status, submitted.body.status]).toEqual([200, 'screening']);
      expect((await app.dataSource.query('SELECT title FROM proposals WHERE id = $1', [id]))[0].title).toBe(title);
    });

    it('takes null for no value of an optional field: a PATCH cannot null a column, it leaves fields out', async () => {
      const { body: draft } = await app.request('POST', '/proposals', {
        token: applicant.token,
        body: { roundId: flow.roundId, title: 'Titre' },
      });
      const res = await app.request('PATCH', `/proposals/${draft.id}`, {
        token: applicant.token,
        body: { title: null, requestedAmount: null, region: null },
      });
      expectProblem(res, 422, [
        { field: 'title', code: 'REQUIRED' },
        { field: 'requestedAmount', code: 'NOT_INTEGER' },
        { field: 'region', code: 'UNKNOWN_REGION' },
      ]);
      expect((await app.request('GET', `/proposals/${draft.id}`, { token: applicant.token })).body.title).toBe('Titre');
    });

    it('lets an untitled draft be withdrawn and listed', async () => {
      const other = await flow.applicant();
      const { body } = await app.request('POST', '/proposals', { token: other.token, body: { roundId: flow.roundId } });
      const list = await app.request('GET', '/proposals', { token: other.token });
      expect(list.body.items).toEqual([expect.objectContaining({ id: body.id, title: null })]);
      expect((await app.request('GET', '/exports/proposals.csv', { token: pm })).status).toBe(200);
      expect(
        (await app.request('POST', `/proposals/${body.id}/withdraw`, { token: other.token, body: {} })).body.status,
      ).toBe('withdrawn');
    });
  });

  describe('invalid Unicode', () => {
    it('refuses lone surrogates in sign-in as 422 INVALID_UNICODE, not 500', async () => {
      const res = await app.request('POST', '/auth/login', {
        raw: '{"email":"ab\\ud800c@demo.test","password":"demo-password"}',
      });
      expectProblem(res, 422, [{ field: 'email', code: 'INVALID_UNICODE' }]);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const low = await app.request('POST', '/auth/login', {
        raw: '{"email":"\\udc00@demo.test","password":"\\ud83d"}',
      });
      expectProblem(low, 422, [
        { field: 'email', code: 'INVALID_UNICODE' },
        { field: 'password', code: 'INVALID_UNICODE' },
      ]);
    });

    it('refuses them anywhere in a body, nested or in a key, and changes nothing; a well-formed emoji is fine', async () => {
      const { body: draft } = await app.request('POST', '/proposals', {
        token: applicant.token,
        body: { roundId: flow.roundId, title: 'Avant' },
      });
      const nested = await app.request('PATCH', `/proposals/${draft.id}`, {
        token: applicant.token,
        raw: '{"title":"x\\udfff","budgetLines":[{"category":"equipment","description":"\\ud800"}],"\\udc00":1}',
      });
      expectProblem(nested, 422, [
        { field: 'title', code: 'INVALID_UNICODE' },
        { field: 'budgetLines[0].description', code: 'INVALID_UNICODE' },
        { field: '\uFFFD', code: 'INVALID_UNICODE' },
      ]);
      expect((await app.request('GET', `/proposals/${draft.id}`, { token: applicant.token })).body.title).toBe('Avant');
      const emoji = await app.request('PATCH', `/proposals/${draft.id}`, {
        token: applicant.token,
        raw: '{"title":"Lumière \\ud83d\\udca1"}',
      });
      expect([emoji.status, emoji.body.title]).toEqual([200, 'Lumière 💡']);
    });
  });

  describe('bodies PostgreSQL or recursive code cannot take', () => {
    it('refuses a NUL character (PostgreSQL text cannot hold it), in a body or a query, and nesting beyond 32 levels', async () => {
      const { body: draft } = await app.request('POST', '/proposals', {
        token: applicant.token,
        body: { roundId: flow.roundId },
      });
      expectProblem(
        await app.request('PATCH', `/proposals/${draft.id}`, { token: applicant.token, body: { summary: 'a\u0000b' } }),
        422,
        [{ field: 'summary', code: 'INVALID_UNICODE' }],
      );
      expectProblem(await app.request('GET', '/proposals?status=a%00b', { token: pm }), 422, [
        { field: 'status', code: 'INVALID_UNICODE' },
      ]);
      const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
      const res = await app.request('POST', '/rounds', { token: pm, raw: deep });
      expectProblem(res, 422, [{ field: Array(32).fill('a').join('.'), code: 'TOO_DEEP' }]);
    });

    it('refuses a missing nested object as REQUIRED, and a tranche number out of any range as 404', async () => {
      const grant = await flow.approvedGrant();
      expectProblem(
        await app.request('POST', `/grants/${grant.grantId}/agreement/sign`, {
          token: grant.applicant.token,
          body: {},
        }),
        422,
        [{ field: 'payoutAccount', code: 'REQUIRED' }],
      );
      for (const n of ['0', '-1', '101', '99999999999999999999', '1.5', '1e2', 'x']) {
        const res = await app.request('GET', `/grants/${grant.grantId}/tranches/${n}/payment-order`, {
          token: grant.officer.token,
        });
        expect([n, res.status, res.body.code]).toEqual([n, 404, 'NOT_FOUND']);
      }
    });
  });

  describe('absurd dates and numbers', () => {
    let draftId: string;
    beforeAll(async () => {
      draftId = (await app.request('POST', '/proposals', { token: applicant.token, body: { roundId: flow.roundId } }))
        .body.id;
    });

    it.each([
      ['startDate', '0000-01-01', 'INVALID_DATE'],
      ['startDate', '2027-02-30', 'INVALID_DATE'],
      ['endDate', '+275760-09-13', 'INVALID_DATE'],
      ['endDate', '275761-01-01', 'INVALID_DATE'],
      ['endDate', '10000-01-01', 'INVALID_DATE'],
      ['requestedAmount', 1e308, 'TOO_LARGE'],
      ['requestedAmount', Number.MAX_SAFE_INTEGER + 2, 'TOO_LARGE'],
      ['requestedAmount', -1, 'NEGATIVE'],
      ['requestedAmount', 1.5, 'NOT_INTEGER'],
      ['beneficiaries', { total: 2_147_483_648, women: 0, youth: 0 }, 'TOO_LARGE'],
      ['beneficiaries', { total: 10, women: -1, youth: 0 }, 'NEGATIVE'],
      [
        'budgetLines',
        [{ category: 'equipment', description: 'x', quantity: 2.5, unitCost: 1, total: 2 }],
        'NOT_INTEGER',
      ],
      [
        'budgetLines',
        [
          {
            category: 'equipment',
            description: 'x',
            quantity: 1_000_000,
            unitCost: Number.MAX_SAFE_INTEGER,
            total: Number.MAX_SAFE_INTEGER,
          },
        ],
        'MISMATCH',
      ],
      ['indicators', [{ key: 'people_reached', label: 'x', target: 1e21 }], 'TOO_LARGE'],
      [
        'budgetLines',
        [1, 2].map(() => ({ category: 'equipment', description: 'x', quantity: 1, unitCost: 5e15, total: 5e15 })),
        'TOO_LARGE',
      ],
    ])('PATCH %s = %j → 422 %s', async (field, value, code) => {
      const res = await app.request('PATCH', `/proposals/${draftId}`, {
        token: applicant.token,
        body: { [field]: value },
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: expect.stringMatching(new RegExp(`^${field}`)), code }),
      ]);
    });

    it.each([
      ['opensAt', '2027-02-30T00:00:00Z'],
      ['closesAt', '2027-01-31T24:00:00Z'],
      ['opensAt', '0000-01-01T00:00:00Z'],
      ['closesAt', '+275760-09-13T00:00:00Z'],
      ['budgetEnvelope', 1e308],
      ['budgetEnvelope', 2 ** 63],
      ['maxAward', -5],
      ['reviewersPerProposal', 1.5],
      ['approvalThreshold', 1e9],
    ])('POST /rounds with %s = %j → 422 on that field', async (field, value) => {
      const body = {
        name: { fr: 'Appel', en: 'Call' },
        budgetEnvelope: 900_000_000,
        maxAward: 60_000_000,
        eligibleRegions: ['conakry'],
        opensAt: '2027-01-01T00:00:00Z',
        closesAt: '2027-03-01T00:00:00Z',
        tranchePlan: [40, 40, 20],
        rubric: [{ key: 'relevance', label: { fr: 'Pertinence', en: 'Relevance' }, weight: 100, maxScore: 5 }],
        [field]: value,
      };
      const res = await app.request('POST', '/rounds', { token: pm, body });
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  it('accepts a report without the optional milestones and attachments lists', async () => {
    const grant = await flow.approvedGrant();
    const signed = await app.request('POST', `/grants/${grant.grantId}/agreement/sign`, {
      token: grant.applicant.token,
      body: { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } },
    });
    expect(signed.status).toBe(200);
    const reports = (await app.request('GET', `/grants/${grant.grantId}/reports`, { token: grant.applicant.token }))
      .body;
    const report = (Array.isArray(reports) ? reports : reports.items)[0];
    const res = await app.request('POST', `/grants/${grant.grantId}/reports/${report.id}/submit`, {
      token: grant.applicant.token,
      body: {
        narrative: 'Premiers lampadaires commandés.',
        beneficiaries: { total: 0, women: 0, youth: 0 },
        indicators: [{ key: 'people_reached', value: 0 }],
        expenditures: [{ category: 'equipment', amount: 0 }],
      },
    });
    expect([res.status, res.body.status]).toEqual([200, 'submitted']);
  });
});
