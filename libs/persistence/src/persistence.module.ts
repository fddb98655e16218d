import { Global, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, durationSetting } from '@csf/config';
import { dataSourceOptions, runMigrations } from './data-source';
import { PayoutVault } from './payout-vault';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        dataSourceOptions(
          config.DATABASE_URL,
          {},
          {
            poolSize: config.DB_POOL_SIZE,
            connectTimeoutMs: durationSetting(config.DB_CONNECT_TIMEOUT),
            statementTimeoutMs: durationSetting(config.DB_STATEMENT_TIMEOUT),
            idleInTransactionTimeoutMs: durationSetting(config.DB_IDLE_IN_TRANSACTION_TIMEOUT),
          },
        ),
    }),
  ],
  providers: [PayoutVault],
  exports: [TypeOrmModule, PayoutVault],
})
export class PersistenceModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(PersistenceModule.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DB_MIGRATE_ON_START) return;
    const applied = await runMigrations(this.dataSource);
    if (applied.length) this.logger.log(`applied migrations: ${applied.join(', ')}`);
  }
}
