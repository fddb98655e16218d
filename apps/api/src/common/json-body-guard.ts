import type { NextFunction, Request, Response } from 'express';
import { ErrorCode, FieldCode } from '@csf/domain';
import { languageFrom, PROBLEM_CONTENT_TYPE, ProblemRenderer } from './problem';

/** A UTF-16 surrogate without its pair: JSON's `\ud800` escapes allow it, UTF-8 (and PostgreSQL) cannot hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_REPORTED = 20;

/**
 * Paths (`budgetLines[1].description`) of every string, or object key, holding a lone surrogate. Walks with its
 * own stack, so a deeply nested body cannot overflow the call stack.
 */
export function illFormedStringPaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length && found.length < MAX_REPORTED) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) found.push(path);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const keyPath = path ? `${path}.${wellFormed(key)}` : wellFormed(key);
        if (LONE_SURROGATE.test(key)) found.push(keyPath);
        else stack.push({ value: item, path: keyPath });
      }
    }
  }
  return found.sort();
}

function wellFormed(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}

/**
 * Refuses a JSON body holding lone surrogates before any guard or service sees it (they would fail deep down, in
 * hashing or in PostgreSQL, as a 500): 422 with the fields at fault, for every route at once.
 */
export function rejectIllFormedUnicode(renderer: ProblemRenderer) {
  return (req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const fields = req.body === undefined ? [] : illFormedStringPaths(req.body);
    if (!fields.length) return next();
    const body = renderer.render({
      code: ErrorCode.VALIDATION_FAILED,
      lang: languageFrom(req.headers['accept-language']),
      errors: fields.map((field) => ({ field, code: FieldCode.INVALID_UNICODE })),
      instance: req.originalUrl,
      requestId: req.id,
    });
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  };
}
