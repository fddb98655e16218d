import { Module } from '@nestjs/common';
import { I18nLoader, I18nTranslation } from 'nestjs-i18n';
import { MESSAGES } from './messages';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Serves the typed messages module; no files to ship or find at run time. */
export class MessagesLoader extends I18nLoader {
  async languages(): Promise<string[]> {
    return [...LANGUAGES];
  }
  async load(): Promise<I18nTranslation> {
    return MESSAGES as unknown as I18nTranslation;
  }
}

/**
 * French is the working language and the default; `Accept-Language: en` switches to English. Every message is
 * rendered with the language the caller names (ProblemRenderer reads Accept-Language itself), so nestjs-i18n's
 * per-request language resolution — a middleware, an interceptor and an async context on every request — is off.
 */
