import { Module } from '@nestjs/common';
import { WorkflowCommands } from '../common/workflow-commands';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({ controllers: [ReviewsController], providers: [ReviewsService, WorkflowCommands] })
export class ReviewsModule {}
