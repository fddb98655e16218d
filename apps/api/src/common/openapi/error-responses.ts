import { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ErrorCode, FieldCode } from '@csf/domain';
import { PUBLIC_KEY } from '../../auth/decorators';
import { HTTP_STATUS } from '../app-error';
import { KEY as IDEMPOTENCY_KEY } from '../idempotency.interceptor';
import { PROBLEM_CONTENT_TYPE } from '../problem';

type PathItem = OpenAPIObject['paths'][string];
type OperationObject = NonNullable<PathItem['get']>;
interface ParameterObject {
  name: string;
  in: string;
  schema?: unknown;
}
interface ResponseObject {
  description: string;
  content?: unknown;
  headers?: Record<string, unknown>;
}

/** What the pipeline knows about a handler: whether the authentication and role guards run before it. */
interface RouteFacts {
  isPublic: boolean;
}

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } },
};

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details with a stable `code` and per-field `errors`.',
  required: ['type', 'title', 'status', 'code', 'detail', 'errors'],
  properties: {
    type: { type: 'string', example: 'urn:csf:problem:validation-failed' },
    title: { type: 'string', description: 'Localised (French unless `Accept-Language: en`).' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    code: { type: 'string', enum: Object.values(ErrorCode) },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request path.' },
    requestId: { type: 'string', description: 'The X-Request-Id of the request, for support.' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: {
          field: { type: 'string', example: 'budgetLines[1].total' },
          code: { type: 'string', enum: [...new Set([...Object.values(FieldCode), ...Object.values(ErrorCode)])] },
          message: { type: 'string' },
        },
      },
    },
  },
};

const REASONS: Record<number, string> = {
  400: 'The body is not valid JSON.',
  401: 'Missing, invalid or expired token.',
  403: 'The caller’s role may not do this.',
  404: 'No such record, or not visible to the caller.',
  409: 'The record’s state does not allow it, or the Idempotency-Key was used for another request.',
  413: 'The body is larger than the configured limit.',
  422: 'Invalid input: see `errors` per field.',
  429: 'Too many attempts: wait for `Retry-After` seconds.',
  503: 'A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key).',
};

/** Codes per status, derived from the one status table, so the description lists what a client can branch on. */
function codesFor(status: number): string[] {
  return Object.entries(HTTP_STATUS)
    .filter(([, s]) => s === status)
    .map(([code]) => code);
}

/**
 * The statuses an operation can answer because of what runs before and around its handler, read from the route
 * itself rather than repeated on every handler: guards (401/403), path parameters (404, also
 * for a malformed id), a body or query (422; 400/413 from the body parser), commands (409 for state and
 * Idempotency-Key conflicts) and dependencies (503, every operation but liveness). Statuses particular to a
 * handler (e.g. 404 NOTHING_TO_EXPORT, 401 INVALID_CREDENTIALS, 429 on sign-in) are declared on it with @Api…Response and get
 * the problem schema here too.
 */
export function statusesFor(method: string, operation: OperationObject, facts: RouteFacts): number[] {
  const params = (operation.parameters ?? []) as unknown as ParameterObject[];
  const statuses = new Set<number>([503]);
  const command = method !== 'get' && method !== 'head';
  if (!facts.isPublic) [401, 403].forEach((s) => statuses.add(s));
  if (params.some((p) => p.in === 'path')) statuses.add(404);
  if (params.some((p) => p.in === 'query' || p.in === 'header')) statuses.add(422);
  if (operation.requestBody) [400, 413, 422].forEach((s) => statuses.add(s));
  if (command && !facts.isPublic) [409, 422].forEach((s) => statuses.add(s));
  return [...statuses].sort((a, b) => a - b);
}

/**
 * Completes the generated document with what the pipeline really answers: the Problem schema on every error
 * response, the error statuses each route can produce, the Idempotency-Key header on commands, and the formats
 * of path parameters (UUID ids, tranche numbers).
 */
export function completeContract(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const facts = routeFacts(app);
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Problem: PROBLEM_SCHEMA as never };
  for (const [path, item] of Object.entries(document.paths) as [string, PathItem][]) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      // Liveness answers from the process alone; terminus documents its own answers.
      if (path.startsWith('/health/')) continue;
      const route = facts.get(operation.operationId ?? '') ?? { isPublic: false };
      if (method === 'post' && !route.isPublic) addIdempotencyHeader(operation);
      describePathParameters(operation);
      for (const status of statusesFor(method, operation, route)) {
        operation.responses[status] ??= { description: REASONS[status] ?? codesFor(status).join(', ') };
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400) problemResponse(response as unknown as ResponseObject, Number(status));
      }
    }
  }
  closeRequestSchemas(document);
  return document;
}

/**
 * The validation pipe refuses unknown fields (422 UNKNOWN_FIELD) in every body, at every depth: the schemas a
 * request body reaches say so with `additionalProperties: false`.
 */
function closeRequestSchemas(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const ref = (node as { $ref?: string }).$ref;
    if (ref?.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      if (seen.has(name) || !schemas[name]) return;
      seen.add(name);
      if (schemas[name].type === 'object' || schemas[name].properties) schemas[name].additionalProperties = false;
      return visit(schemas[name]);
    }
    Object.values(node).forEach(visit);
  };
  for (const item of Object.values(document.paths) as PathItem[]) {
    for (const method of ['put', 'post', 'patch'] as const) visit(item[method]?.requestBody);
  }
}

function problemResponse(response: ResponseObject, status: number): void {
  const codes = codesFor(status);
  if (codes.length && !response.description.includes('Codes:'))
    response.description = `${response.description} Codes: ${codes.join(', ')}.`;
  response.content = { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_REF } };
  if (status === 429 || status === 503) response.headers = { ...response.headers, ...RETRY_AFTER };
}

function addIdempotencyHeader(operation: OperationObject): void {
  operation.parameters ??= [];
  if (
    (operation.parameters as unknown as ParameterObject[]).some(
      (p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key',
    )
  )
    return;
  operation.parameters.push({
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'Replays the first answer for the same key and body; another body with the same key gets 409.',
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source, maxLength: 200 },
  });
}

/** Ids are UUIDs (a malformed one answers 404 like an unknown one); `n` is a tranche number. */
function describePathParameters(operation: OperationObject): void {
  for (const param of (operation.parameters ?? []) as unknown as ParameterObject[]) {
    if (param.in !== 'path') continue;
    param.schema =
      param.name === 'n' ? { type: 'integer', minimum: 1, maximum: 2_147_483_647 } : { type: 'string', format: 'uuid' };
  }
}

/** operationId (Nest's default `Controller_method`) → what the guards do on that handler. */
function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | undefined;
      if (!controller?.prototype) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const read = <T>(key: string): T | undefined =>
          Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        facts.set(`${controller.name}_${name}`, { isPublic: read<boolean>(PUBLIC_KEY) === true });
      }
    }
  }
  return facts;
}
