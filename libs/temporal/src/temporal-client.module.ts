import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import {
  Client,
  Connection,
  ConnectionOptions,
  defaultGrpcRetryOptions,
  makeGrpcRetryInterceptor,
} from '@temporalio/client';
import { AppConfig, durationSetting, payoutKeyring } from '@csf/config';
import { encryptedDataConverter } from './encryption-codec';

type GrpcInterceptor = NonNullable<ConnectionOptions['interceptors']>[number];

/**
 * Without a deadline a gRPC call to a hung Temporal waits for ever. API requests set theirs (the request's own, see
 * RequestDeadlineMiddleware); any other call gets this one. Placed before the SDK's retry interceptor (which the
 * list replaces), so retries stop at the same deadline.
 */
function defaultDeadline(ms: number): GrpcInterceptor {
  // grpc-js's next call is an InterceptingCall at run time; its declared type is the narrower interface.
  return (options, nextCall) =>
    nextCall({ ...options, deadline: options.deadline ?? Date.now() + ms }) as ReturnType<GrpcInterceptor>;
}

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
      useFactory: (config: AppConfig) =>
        Connection.lazy({
          address: config.TEMPORAL_ADDRESS,
          interceptors: [
            defaultDeadline(durationSetting(config.REQUEST_TIMEOUT)),
            makeGrpcRetryInterceptor(defaultGrpcRetryOptions()),
          ],
        }),
    },
    {
      provide: Client,
      inject: [Connection, AppConfig],
      useFactory: (connection: Connection, config: AppConfig) =>
        new Client({
          connection,
          namespace: config.TEMPORAL_NAMESPACE,
          dataConverter: encryptedDataConverter(payoutKeyring(config)),
        }),
    },
    TemporalConnectionHolder,
  ],
  exports: [Client, Connection],
})
export class TemporalClientModule {}
