import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig, payoutKeyring } from '@csf/config';
import { encryptedDataConverter } from './encryption-codec';

/** Holds the connection so it is closed on shutdown; `Client` is injected by its class. */
@Injectable()
export class TemporalConnectionHolder implements OnApplicationShutdown {
  constructor(@Inject(Connection) readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Connection,
      inject: [AppConfig],
      // `lazy` keeps the API bootable while Temporal is down; /health/ready reports it instead.
      useFactory: (config: AppConfig) => Connection.lazy({ address: config.TEMPORAL_ADDRESS }),
    },
    {
      provide: Client,
      inject: [Connection, AppConfig],
      useFactory: (connection: Connection, config: AppConfig) =>
        new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: encryptedDataConverter(payoutKeyring(config)) }),
    },
    TemporalConnectionHolder,
  ],
  exports: [Client, Connection],
})
export class TemporalClientModule {}
