import { Module } from '@nestjs/common';
import { AppConfigModule, LoggingModule } from '@csf/config';
import { PersistenceModule } from '@csf/persistence';
import { ACTIVITY_SERVICES } from './activities';
import { NotificationChannels } from './notifications/channels';
import { Outbox } from './notifications/outbox';
import { PaymentGateways } from './payments/payment-gateway';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({
  imports: [AppConfigModule, LoggingModule, PersistenceModule],
  providers: [Outbox, NotificationChannels, PaymentGateways, ...ACTIVITY_SERVICES, TemporalWorkerService],
})
export class WorkerModule {}
