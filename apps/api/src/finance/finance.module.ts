import { Module } from '@nestjs/common';
import { TrancheQueueController, TrancheQueueService } from './tranche-queue.controller';

@Module({ controllers: [TrancheQueueController], providers: [TrancheQueueService] })
export class FinanceModule {}
