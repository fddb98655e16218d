import { Module } from '@nestjs/common';
import { I18nModule } from 'nestjs-i18n';
import { MessagesLoader } from './i18n';

@Module({
  imports: [
    I18nModule.forRoot({
      fallbackLanguage: 'fr',
      fallbacks: { 'fr-*': 'fr', 'en-*': 'en' },
      loader: MessagesLoader,
      loaderOptions: {},
      // One resolver that names no language: nestjs-i18n logs an error without any, and a class would be looked up
      // in the module on every request.
      resolvers: [{ resolve: () => undefined }],
      disableMiddleware: true,
      skipAsyncHook: true,
      logging: false,
    }),
  ],
})
export class AppI18nModule {}
