import { DynamicModule, Module } from '@nestjs/common';
import { DbPoolMetrics, Metrics, METRICS_SERVICE } from './metrics';

/** Metrics of one service: `MetricsModule.forRoot('api')`; global, so any provider can inject Metrics. */
@Module({})
export class MetricsModule {
  static forRoot(service: string): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      providers: [{ provide: METRICS_SERVICE, useValue: service }, Metrics, DbPoolMetrics],
      exports: [Metrics],
    };
  }
}
