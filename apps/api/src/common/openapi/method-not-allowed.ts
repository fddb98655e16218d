import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@csf/domain';
import { languageFrom, PROBLEM_CONTENT_TYPE, ProblemRenderer } from '../problem';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface KnownPath {
  pattern: RegExp;
  methods: string[];
  /** Literal segments: `/users/invitations` names a request for it more precisely than `/users/{id}`. */
  literals: number;
}

/** `/api/v1/grants/{id}/tranches/{n}` → a regular expression matching one segment per parameter, as Express does. */
function toPattern(path: string): RegExp {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`, 'i');
}

/**
 * A known path asked with a method it lacks answers 405 with `Allow` (RFC 9110 §15.5.6), rather than the 404 of
 * an unknown path. The paths and their methods come from the contract, which is built from the routes.
 */
export function methodNotAllowed(document: OpenAPIObject, renderer: ProblemRenderer) {
  const known: KnownPath[] = Object.entries(document.paths).map(([path, item]) => ({
    pattern: toPattern(path),
    methods: METHODS.filter((m) => item[m]).map((m) => m.toUpperCase()),
    literals: path.split('/').filter((segment) => segment && !segment.startsWith('{')).length,
  }));
  return (req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const candidates = known.filter((k) => k.pattern.test(req.path));
    if (!candidates.length) return next();
    // As OpenAPI matches: a concrete path before its templated counterparts.
    const best = Math.max(...candidates.map((k) => k.literals));
    const allowed = new Set(candidates.filter((k) => k.literals === best).flatMap((k) => k.methods));
    if (allowed.has('GET')) allowed.add('HEAD');
    if (allowed.has(req.method)) return next();
    const allow = [...allowed].join(', ');
    const body = renderer.render({
      code: ErrorCode.METHOD_NOT_ALLOWED,
      lang: languageFrom(req.headers['accept-language']),
      params: { method: req.method, allow },
      instance: req.originalUrl,
      requestId: req.id,
    });
    res.status(body.status).setHeader('Allow', allow);
    res.type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  };
}
