import type { OpenAPIObject } from '@nestjs/swagger';
import { generateOpenApiDocument } from '../../openapi';

type Operation = {
  operationId?: string;
  security?: unknown[];
  parameters?: { in: string; name: string; schema?: Record<string, unknown> }[];
  requestBody?: unknown;
  responses: Record<
    string,
    { content?: Record<string, { schema?: { $ref?: string } }>; headers?: Record<string, unknown> }
  >;
};

function operations(document: OpenAPIObject): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    (['get', 'put', 'post', 'delete', 'patch'] as const)
      .filter((m) => (item as Record<string, unknown>)[m])
      .map((m) => [`${m.toUpperCase()} ${path}`, (item as Record<string, Operation>)[m]] as [string, Operation]),
  );
}

describe('the OpenAPI document declares what the pipeline answers', () => {
  let document: OpenAPIObject;
  let api: [string, Operation][];

  beforeAll(async () => {
    document = await generateOpenApiDocument();
    api = operations(document).filter(([name]) => !name.includes(' /health/'));
  });

  it('describes every error as problem+json with the Problem schema', () => {
    expect(document.components?.schemas?.Problem).toMatchObject({
      required: ['type', 'title', 'status', 'code', 'detail', 'errors'],
    });
    const bare = api.flatMap(([name, op]) =>
      Object.entries(op.responses)
        .filter(
          ([status, r]) =>
            Number(status) >= 400 &&
            r.content?.['application/problem+json']?.schema?.$ref !== '#/components/schemas/Problem',
        )
        .map(([status]) => `${name} ${status}`),
    );
    expect(bare).toEqual([]);
  });

  it('declares 401 and 403 on every operation behind a token, 404 wherever a path names a record', () => {
    const missing = api.flatMap(([name, op]) => {
      const expected = [
        ...(op.security ? ['401', '403'] : []),
        ...(op.parameters?.some((p) => p.in === 'path') ? ['404'] : []),
      ];
      return expected.filter((s) => !op.responses[s]).map((s) => `${name} ${s}`);
    });
    expect(missing).toEqual([]);
    expect(api.filter(([, op]) => op.security).length).toBeGreaterThan(40);
  });

  it('declares 422 for input, 409 for commands, and 503 with Retry-After everywhere', () => {
    const missing = api.flatMap(([name, op]) => {
      const expected = [
        '503',
        ...(op.requestBody ? ['400', '413', '422'] : []),
        ...(op.security && !name.startsWith('GET') ? ['409', '422'] : []),
      ];
      return expected.filter((s) => !op.responses[s]).map((s) => `${name} ${s}`);
    });
    expect(missing).toEqual([]);
    expect(api.every(([, op]) => op.responses['503'].headers?.['Retry-After'])).toBe(true);
  });

  it('declares the statuses particular to a handler', () => {
    const statuses = (name: string) => Object.keys(api.find(([n]) => n === name)![1].responses);
    expect(statuses('POST /api/v1/auth/login')).toEqual(expect.arrayContaining(['200', '401', '422', '429']));
    expect(statuses('POST /api/v1/auth/login')).not.toContain('409');
    expect(statuses('GET /api/v1/exports/iati.xml')).toContain('404');
    expect(statuses('GET /api/v1/exports/disbursements.csv')).toContain('200');
  });

  it('gives path ids the UUID format and commands the Idempotency-Key header', () => {
    const get = api.find(([n]) => n === 'GET /api/v1/proposals/{id}')![1];
    expect(get.parameters?.find((p) => p.name === 'id')?.schema).toEqual({ type: 'string', format: 'uuid' });
    const submit = api.find(([n]) => n === 'POST /api/v1/proposals/{id}/submit')![1];
    expect(submit.parameters?.find((p) => p.in === 'header' && p.name === 'Idempotency-Key')?.schema).toMatchObject({
      type: 'string',
    });
  });
});
