import { Module } from '@nestjs/common';
import { WorkflowCommands } from '../common/workflow-commands';
import { ProposalReviewsController } from './proposal-reviews.controller';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({ controllers: [ReviewsController, ProposalReviewsController], providers: [ReviewsService, WorkflowCommands] })
export class ReviewsModule {}
