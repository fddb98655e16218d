import { Injectable } from '@nestjs/common';
import { I18nService } from 'nestjs-i18n';
import { ErrorCode, FieldCode, FieldError } from '@csf/domain';
import { HTTP_STATUS } from './app-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  requestId?: string;
  errors: { field: string; code: string; message: string }[];
}

/** Picks fr or en from an Accept-Language header (French unless English is preferred over it). */
export function languageFrom(header: string | string[] | undefined): 'fr' | 'en' {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag === 'fr' || entry.tag === 'en')
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.tag as 'fr' | 'en' | undefined) ?? 'fr';
}

/** Renders RFC 9457 problem documents with localised title, detail and per-field messages. */
@Injectable()
export class ProblemRenderer {
  constructor(private readonly i18n: I18nService) {}

  render(input: {
    code: ErrorCode;
    lang: 'fr' | 'en';
    errors?: FieldError[];
    params?: Record<string, string | number>;
    instance?: string;
    requestId?: string;
  }): ProblemDocument {
    const { code, lang } = input;
    const t = (key: string, args?: Record<string, unknown>) => String(this.i18n.translate(key, { lang, args }));
    return {
      type: `urn:csf:problem:${code.toLowerCase().replace(/_/g, '-')}`,
      title: t(`title.${code}`),
      status: HTTP_STATUS[code] ?? 500,
      code,
      detail: t(`detail.${code}`, input.params),
      ...(input.instance ? { instance: input.instance } : {}),
      ...(input.requestId ? { requestId: input.requestId } : {}),
      errors: (input.errors ?? []).map((e) => ({
        field: e.field,
        code: e.code,
        message: e.code in FieldCode ? t(`field.${e.code}`, e.params) : t(`title.${e.code}`),
      })),
    };
  }
}
