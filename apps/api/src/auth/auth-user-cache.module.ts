import { Global, Module } from '@nestjs/common';
import { AuthUserCache } from './auth-user-cache';

/** Global: every module that changes a user (users, accounts, organisations, registration) reports it here. */
@Global()
@Module({ providers: [AuthUserCache], exports: [AuthUserCache] })
export class AuthUserCacheModule {}
