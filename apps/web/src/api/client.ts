import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { session } from '../auth/session';
import i18n from '../i18n';

export type Schemas = components['schemas'];

/** An RFC 9457 answer of the API: `errors[].message` is already in the language we asked for. */
export interface Problem {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? problem.code);
  }
}

const middleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language);
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    // Only a request that carried a session can find it expired: a wrong password at sign-in is a 401 too.
    if (response.status === 401 && request.headers.has('Authorization')) session.expire();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(middleware);

/**
 * The body of a call, or an ApiError carrying the problem. A lost connection becomes a NETWORK problem so that
 * forms say so in the user's language and keep what was typed.
 */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', detail: i18n.t('error.network') });
  }
  if (result.response.ok) return result.data as T;
  const error = result.error as Partial<Problem> | undefined;
  throw new ApiError({
    status: result.response.status,
    code: error?.code ?? 'UNKNOWN',
    title: error?.title,
    detail: error?.detail ?? error?.title ?? i18n.t('error.unknown'),
    errors: error?.errors,
  });
}
