import { Module } from '@nestjs/common';
import { AppConfigModule, LoggingModule } from '@csf/config';
import { PersistenceModule } from '@csf/persistence';
import { ACTIVITY_SERVICES } from './activities';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({
  imports: [AppConfigModule, LoggingModule, PersistenceModule],
  providers: [...ACTIVITY_SERVICES, TemporalWorkerService],
})
export class WorkerModule {}
