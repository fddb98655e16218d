import type { NextFunction, Request, Response } from 'express';
import { ErrorCode, FieldCode, FieldError } from '@csf/domain';
import { languageFrom, PROBLEM_CONTENT_TYPE, ProblemRenderer } from './problem';

/**
 * Text PostgreSQL cannot store: a UTF-16 surrogate without its pair (JSON's `\ud800` escapes allow it, UTF-8
 * cannot hold it) and the NUL character.
 */
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** No request of this API nests deeper than 4 levels; far deeper is an attack on recursive code. */
export const MAX_JSON_DEPTH = 32;
const MAX_REPORTED = 20;

/**
 * What makes a parsed JSON body unfit before any DTO is looked at: strings or keys PostgreSQL cannot store
 * (INVALID_UNICODE) and nesting beyond MAX_JSON_DEPTH (TOO_DEEP), each with its path (`budgetLines[1].description`).
 * Walks with its own stack, so a deeply nested body cannot overflow the call stack here either.
 */
export function jsonBodyProblems(value: unknown): FieldError[] {
  const found: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length && found.length < MAX_REPORTED) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) found.push({ field: path, code: FieldCode.INVALID_UNICODE });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      found.push({ field: path, code: FieldCode.TOO_DEEP, params: { max: MAX_JSON_DEPTH } });
      continue;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, item] of Object.entries(v)) {
      const keyPath = path ? `${path}.${key.replace(UNSTORABLE_ALL, '\uFFFD')}` : key.replace(UNSTORABLE_ALL, '\uFFFD');
      if (UNSTORABLE.test(key)) found.push({ field: keyPath, code: FieldCode.INVALID_UNICODE });
      else stack.push({ value: item, path: keyPath, depth: depth + 1 });
    }
  }
  return found.sort((a, b) => a.field.localeCompare(b.field));
}

/**
 * Refuses such a body, or such a query string (`?q=%00`), before any guard, interceptor or service sees it (they
 * failed deep down, in hashing, in class-transformer's recursion or in PostgreSQL, as a 500): 422 with the fields
 * at fault, for every route at once.
 */
export function rejectUnfitInput(renderer: ProblemRenderer) {
  return (req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const errors = [
      ...(req.body === undefined ? [] : jsonBodyProblems(req.body)),
      ...jsonBodyProblems(req.query ?? {}),
    ];
    if (!errors.length) return next();
    const body = renderer.render({
      code: ErrorCode.VALIDATION_FAILED,
      lang: languageFrom(req.headers['accept-language']),
      errors,
      instance: req.originalUrl,
      requestId: req.id,
    });
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  };
}
