import { session } from '../auth/session';
import i18n from '../i18n';
import { ApiError, type Problem } from './client';

/**
 * Downloads a file the API streams (CSV exports) with the session's token: a plain link cannot carry the bearer
 * header. A refusal comes back as the API's problem, like every other call, so the page can say it in words.
 */
export async function download(path: string, filename: string): Promise<void> {
  const token = session.token();
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { 'Accept-Language': i18n.language, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', detail: i18n.t('error.network') });
  }
  if (!response.ok) {
    if (response.status === 401 && token) session.expire();
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiError({
      status: response.status,
      code: problem.code ?? 'UNKNOWN',
      detail: problem.detail ?? problem.title ?? i18n.t('error.unknown'),
      errors: problem.errors,
    });
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; the object URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
