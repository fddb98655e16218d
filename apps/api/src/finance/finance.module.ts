import { Module } from '@nestjs/common';
import { TrancheQueueController } from './tranche-queue.controller';
import { TrancheQueueService } from './tranche-queue.service';

@Module({ controllers: [TrancheQueueController], providers: [TrancheQueueService] })
export class FinanceModule {}
