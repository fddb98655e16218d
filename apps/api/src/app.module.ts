import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfigModule, LoggingModule } from '@csf/config';
import { IdempotencyKeyEntity, PersistenceModule } from '@csf/persistence';
import { MetricsModule } from '@csf/metrics';
import { TemporalClientModule } from '@csf/temporal';
import { AuthModule } from './auth/auth.module';
import { AuthUserCacheModule } from './auth/auth-user-cache.module';
import { AppI18nModule } from './common/i18n/i18n.module';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import { ProblemRenderer } from './common/problem';
import { ProblemFilter } from './common/problem.filter';
import { ResilienceModule } from './common/resilience.module';
import { StrictValidationPipe } from './common/validation.pipe';
import { HealthModule } from './health/health.module';
import { ExportsModule } from './exports/exports.module';
import { FinanceModule } from './finance/finance.module';
import { GrantsModule } from './grants/grants.module';
import { HistoryModule } from './history/history.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PortfolioModule } from './portfolio/portfolio.module';
import { ProposalsModule } from './proposals/proposals.module';
import { PublicModule } from './public/public.module';
import { RegistrationModule } from './registration/registration.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewsModule } from './reviews/reviews.module';
import { RoundsModule } from './rounds/rounds.module';
import { DemoSeedService } from './seed/demo-seed.service';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    MetricsModule.forRoot('api'),
    PersistenceModule,
    TemporalClientModule,
    AppI18nModule,
    TypeOrmModule.forFeature([IdempotencyKeyEntity]),
    ResilienceModule,
    AuthUserCacheModule,
    AuthModule,
    RegistrationModule,
    HealthModule,
    OrganizationsModule,
    RoundsModule,
    ProposalsModule,
    HistoryModule,
    ReviewsModule,
    GrantsModule,
    FinanceModule,
    ExportsModule,
    PortfolioModule,
    ReportsModule,
    NotificationsModule,
    UsersModule,
    PublicModule,
  ],
  providers: [
    ProblemRenderer,
    DemoSeedService,
    { provide: APP_PIPE, useClass: StrictValidationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class AppModule {}
