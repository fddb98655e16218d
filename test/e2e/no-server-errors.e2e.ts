import { Role } from '@csf/domain';
import { HttpResult, TestApp } from '../support/app';
import { proposalBody } from '../support/factory';
import { ReviewFlow } from '../support/review-flow';

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[] };
type Operation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

/** Deeply nested JSON: parsers and transformers that recurse would overflow on it. */
const deepText = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deep = (depth: number) => JSON.parse(deepText(depth));

/** Values of the wrong type, size or range, each sent in place of every field of a body. */
const ODD_VALUES: unknown[] = [
  null,
  [],
  {},
  [{}],
  [null],
  '',
  'x'.repeat(20_000),
  '\u0000',
  ' ',
  '2027-02-30',
  '0000-01-01T00:00:00Z',
  -1,
  0,
  1.5,
  -1e308,
  1e308,
  2 ** 63,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  { $ne: null },
  deep(500),
];

/** Whole bodies that are not objects, or not JSON. */
const ODD_RAW_BODIES: { raw: string; contentType?: string }[] = [
  { raw: 'null' },
  { raw: '[]' },
  { raw: '[{}]' },
  { raw: '"x"' },
  { raw: '42' },
  { raw: 'true' },
  { raw: '{"a":' },
  { raw: '' },
  { raw: '{"__proto__":{"admin":true}}' },
  { raw: '{"constructor":{"prototype":{"x":1}}}' },
  { raw: '['.repeat(5000) + ']'.repeat(5000) },
  { raw: deepText(5000) },
  { raw: '{}', contentType: 'text/plain' },
  { raw: '<x/>', contentType: 'application/xml' },
  { raw: '{}', contentType: 'application/json; charset=latin1' },
];

/** A well-formed id that names nothing. */
const NOWHERE = '3f1c9a52-5b7e-4c1d-9a3e-2b6f8d4e7a10';

/** Path parameters that name nothing, or are not even ids. */
const ODD_PATH_VALUES = [
  'not-a-uuid',
  NOWHERE,
  '00000000-0000-0000-0000-000000000000',
  '0',
  '-1',
  '1.5',
  '99999999999999999999',
  'x'.repeat(3000),
  '%E0%A4%A',
  '%00',
  "1'%20OR%20'1'='1",
  '%F0%9F%92%A1',
];

/** Headers a client controls, odd: idempotency keys of every shape, languages nobody speaks. */
const ODD_HEADERS: Record<string, string>[] = [
  { 'idempotency-key': 'x'.repeat(5000) },
  { 'idempotency-key': ' ' },
  { 'idempotency-key': 'a, b' },
  { 'idempotency-key': '%00' },
  { 'accept-language': 'q=abc;;,,*;q=-1' },
  { 'accept-language': 'x'.repeat(5000) },
];

/** Query values of the wrong type, size or range, each sent for every query parameter. */
const ODD_QUERY_VALUES = [
  '',
  'x',
  '-1',
  '0',
  '1.5',
  '1e400',
  'NaN',
  'null',
  'x'.repeat(5000),
  '%00',
  '%ED%A0%80',
  '[]',
  // Forged cursors: the tuple a cursor decodes to, with values of the wrong type.
  Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z', 'not-a-uuid'])).toString('base64'),
  Buffer.from(JSON.stringify(['1', NOWHERE])).toString('base64url'),
];

/**
 * The quick deterministic guard of issue 9 item 7: every operation of the OpenAPI document, as each role that may
 * call it, with odd path parameters, query parameters and bodies, never answers 5xx. (Schemathesis explores more,
 * slowly; this runs in seconds and fails with the exact request.)
 */
describe('no 5xx for anything a client sends (e2e)', () => {
  let app: TestApp;
  let flow: ReviewFlow;
  let doc: OpenApi;
  let tokens: { name: string; token: string }[];
  let ids: Record<string, string>;

  beforeAll(async () => {
    app = await TestApp.start();
    flow = await ReviewFlow.create(app);
    const grant = await flow.approvedGrant();
    const draft = await app.request('POST', '/proposals', {
      token: grant.applicant.token,
      body: proposalBody(flow.roundId),
    });
    const [report] = await app.dataSource.query(
      'SELECT id FROM grant_reports WHERE grant_id = $1 ORDER BY sequence LIMIT 1',
      [grant.grantId],
    );
    const [assignment] = await app.dataSource.query(
      'SELECT id FROM review_assignments WHERE proposal_id = $1 LIMIT 1',
      [grant.proposalId],
    );
    const bystander = await app.factory.newUser([Role.REVIEWER]);
    ids = {
      proposals: draft.body.id,
      grants: grant.grantId,
      rounds: flow.roundId,
      organizations: grant.applicant.orgId,
      users: bystander.id,
      assignments: assignment.id,
      rid: report.id,
      n: '1',
      userId: bystander.id,
    };
    const roles = [
      Role.PROGRAM_MANAGER,
      Role.COMMITTEE_CHAIR,
      Role.FINANCE_OFFICER,
      Role.FINANCE_APPROVER,
      Role.ADMIN,
      Role.AUDITOR,
    ];
    tokens = [
      { name: 'applicant', token: grant.applicant.token },
      { name: 'reviewer', token: flow.reviewers[0].token },
      ...(await Promise.all(roles.map(async (role) => ({ name: role, token: (await app.actor([role])).token })))),
    ];
    doc = (await app.request('GET', '/api/openapi.json')).body;
  }, 120_000);
  afterAll(() => app?.stop());

  /** The real id a path parameter stands for, from the segment before it (`/grants/{id}` → a grant). */
  function realValue(path: string, param: string): string {
    const segments = path.split('/');
    return (param === 'id' ? ids[segments[segments.indexOf('{id}') - 1]] : ids[param]) ?? NOWHERE;
  }

  function fill(path: string, values: Record<string, string>): string {
    return path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name]);
  }

  function bodyProperties(operation: Operation): string[] {
    let schema = operation.requestBody?.content['application/json']?.schema;
    const seen = new Set<string>();
    const props = new Set<string>();
    while (schema) {
      if (schema.$ref) {
        const name = schema.$ref.split('/').pop()!;
        if (seen.has(name)) break;
        seen.add(name);
        schema = doc.components.schemas[name];
        continue;
      }
      for (const key of Object.keys(schema.properties ?? {})) props.add(key);
      schema = schema.allOf?.find((s) => s.$ref && !seen.has(s.$ref.split('/').pop()!));
    }
    return [...props];
  }

  it('answers every odd request with a 4xx problem, never a 5xx', async () => {
    const failures: string[] = [];
    let sent = 0;
    const send = async (
      method: string,
      url: string,
      token: string | undefined,
      options: { body?: unknown; raw?: string; contentType?: string; headers?: Record<string, string> } = {},
    ) => {
      sent++;
      let res: HttpResult;
      try {
        res = await app.request(method.toUpperCase(), url, {
          token,
          body: options.body,
          raw: options.raw,
          headers: { ...options.headers, ...(options.contentType ? { 'content-type': options.contentType } : {}) },
        });
      } catch (error) {
        failures.push(
          `${method.toUpperCase()} ${url.slice(0, 200)} ${describeBody(options)} ${JSON.stringify(options.headers ?? {}).slice(0, 80)} → no answer (${String(error)})`,
        );
        return undefined;
      }
      if (res.status >= 500) {
        failures.push(
          `${method.toUpperCase()} ${url.slice(0, 200)} ${describeBody(options)} ${JSON.stringify(options.headers ?? {}).slice(0, 80)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
        );
      }
      return res;
    };

    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        // Signing out everywhere would revoke the tokens this test goes on using.
        .filter(([method]) => !(path.endsWith('/auth/logout') && method === 'post'))
        .map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(40);

    // Operations in parallel, each one's requests in order: the guard is about answers, not about timing, and
    // sequentially the round trips (not the server) were most of its four minutes.
    await inParallel(operations, OPERATIONS_AT_ONCE, async ({ path, method, op }) => {
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const real = Object.fromEntries(params.map((p) => [p, realValue(path, p)]));
      const url = fill(path, real);
      const hasBody = Boolean(op.requestBody);
      const base = hasBody ? { body: {} } : {};

      // Who may call it: every token that is not refused outright (anonymous too, for public routes).
      const permitted: (string | undefined)[] = [];
      for (const { token } of tokens) {
        const res = await send(method, url, token, base);
        if (res && res.status !== 401 && res.status !== 403) permitted.push(token);
      }
      if ((await send(method, url, undefined, base))?.status !== 401) permitted.push(undefined);
      const callers = permitted.slice(0, 2);

      for (const token of callers) {
        for (const param of params) {
          for (const value of ODD_PATH_VALUES) await send(method, fill(path, { ...real, [param]: value }), token, base);
        }
        for (const query of (op.parameters ?? []).filter((p) => p.in === 'query')) {
          for (const value of ODD_QUERY_VALUES)
            await send(method, `${url}?${query.name}=${encodeURIComponent(value).replace(/%25/g, '%')}`, token, base);
          await send(method, `${url}?${query.name}=1&${query.name}=2`, token, base);
        }
        await send(method, `${url}?unknownParameter=1`, token, base);
        for (const headers of ODD_HEADERS) await send(method, url, token, { ...base, headers });
        if (!hasBody) continue;
        for (const raw of ODD_RAW_BODIES) await send(method, url, token, raw);
        const props = bodyProperties(op);
        for (const value of ODD_VALUES) {
          await send(method, url, token, { body: Object.fromEntries(props.map((p) => [p, value])) });
          for (const prop of props) await send(method, url, token, { body: { [prop]: value } });
        }
      }
    });
    // Kept for the closing note: how much was sent.
    console.info(
      `no-server-errors: ${operations.length} operations, ${sent} requests, ${failures.length} server errors`,
    );
    expect(failures).toEqual([]);
  }, 900_000);
});

/** How many operations are probed at once. */
const OPERATIONS_AT_ONCE = 4;

/** Runs `each` over the items with at most `width` of them in flight. */
async function inParallel<T>(items: T[], width: number, each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await each(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

function describeBody(options: {
  body?: unknown;
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}): string {
  const text = options.raw ?? (options.body === undefined ? '' : JSON.stringify(options.body));
  return `${options.contentType ?? ''} ${text.length > 120 ? `${text.slice(0, 120)}…(${text.length})` : text}`.trim();
}
