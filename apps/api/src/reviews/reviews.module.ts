import { Module } from '@nestjs/common';
import { WorkflowCommands } from '../common/workflow-commands';
import { ProposalsModule } from '../proposals/proposals.module';
import { ProposalReviewsController } from './proposal-reviews.controller';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [ProposalsModule],
  controllers: [ReviewsController, ProposalReviewsController],
  providers: [ReviewsService, WorkflowCommands],
})
export class ReviewsModule {}
