import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Response } from 'express';
import type { ProblemRenderer } from '../problem';
import { methodNotAllowed } from './method-not-allowed';

type Middleware = ReturnType<typeof methodNotAllowed>;

const op = { responses: {} };
const document = {
  paths: {
    '/api/v1/users': { get: op },
    '/api/v1/users/{id}': { get: op, patch: op },
    '/api/v1/users/invitations': { post: op },
  },
} as unknown as OpenAPIObject;
const renderer = {
  render: (input: { code: string }) => ({ status: 405, code: input.code }),
} as unknown as ProblemRenderer;

function call(method: string, path: string) {
  const res = { statusCode: 0, headers: {} as Record<string, string>, body: '' };
  const response = {
    status(code: number) {
      res.statusCode = code;
      return response;
    },
    setHeader(name: string, value: string) {
      res.headers[name] = value;
      return response;
    },
    type() {
      return response;
    },
    send(body: string) {
      res.body = body;
      return response;
    },
  };
  let passed = false;
  const next: NextFunction = () => {
    passed = true;
  };
  methodNotAllowed(document, renderer)(
    { method, path, headers: {}, originalUrl: path } as unknown as Parameters<Middleware>[0],
    response as unknown as Response,
    next,
  );
  return { passed, ...res };
}

describe(methodNotAllowed.name, () => {
  it('lets a documented method through, and HEAD wherever GET is', () => {
    expect(call('PATCH', '/api/v1/users/0b7e0d6c-2f6e-4c3a-9d7e-6f1f2a3b4c5d').passed).toBe(true);
    expect(call('HEAD', '/api/v1/users').passed).toBe(true);
  });

  it('answers 405 with Allow for a known path asked with a method it lacks', () => {
    const res = call('DELETE', '/api/v1/users/0b7e0d6c-2f6e-4c3a-9d7e-6f1f2a3b4c5d');
    expect(res).toMatchObject({ passed: false, statusCode: 405, headers: { Allow: 'GET, PATCH, HEAD' } });
    expect(JSON.parse(res.body)).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
  });

  it('matches a concrete path before its templated counterpart, as OpenAPI does', () => {
    expect(call('GET', '/api/v1/users/invitations')).toMatchObject({ passed: false, headers: { Allow: 'POST' } });
    expect(call('POST', '/api/v1/users/invitations').passed).toBe(true);
  });

  it('leaves unknown paths to the 404 handler', () => {
    expect(call('DELETE', '/api/v1/nowhere').passed).toBe(true);
    expect(call('GET', '/api/v1/users/a/b').passed).toBe(true);
  });
});
