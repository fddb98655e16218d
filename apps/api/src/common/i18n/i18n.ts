import { Module } from '@nestjs/common';
import { AcceptLanguageResolver, I18nLoader, I18nModule, I18nTranslation } from 'nestjs-i18n';
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

/** French is the working language and the default; `Accept-Language: en` switches to English. */
@Module({
  imports: [
    I18nModule.forRoot({
      fallbackLanguage: 'fr',
      fallbacks: { 'fr-*': 'fr', 'en-*': 'en' },
      loader: MessagesLoader,
      loaderOptions: {},
      resolvers: [AcceptLanguageResolver],
      logging: false,
    }),
  ],
})
export class AppI18nModule {}
