import { Module } from '@nestjs/common';
import { AppConfigModule, LoggingModule } from '@csf/config';
import { MetricsModule } from '@csf/metrics';
import { PersistenceModule } from '@csf/persistence';
import { ACTIVITY_SERVICES } from './activities';
import { NotificationChannels } from './notifications/channels';
import { Outbox } from './notifications/outbox';
import { PaymentGateways } from './payments/payment-gateway';
import { TemporalWorkerService } from './temporal-worker.service';
import { WorkerMetricsServer } from './metrics-server';

@Module({
  imports: [AppConfigModule, LoggingModule, MetricsModule.forRoot('worker'), PersistenceModule],
  providers: [
    Outbox,
    NotificationChannels,
    PaymentGateways,
    ...ACTIVITY_SERVICES,
    TemporalWorkerService,
    WorkerMetricsServer,
  ],
})
export class WorkerModule {}
