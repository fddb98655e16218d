import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AppConfig, validateConfig } from './app-config';

/**
 * Loads `.env` (if present) through @nestjs/config, then validates the environment when the application is
 * created (not when this file is imported); the process stops with one message listing every problem.
 * Services inject the typed `AppConfig` by class.
 */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, cache: true })],
  providers: [{ provide: AppConfig, inject: [ConfigService], useFactory: () => validateConfig(process.env) }],
  exports: [AppConfig],
})
export class AppConfigModule {}
