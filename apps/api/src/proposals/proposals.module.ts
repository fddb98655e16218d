import { Module } from '@nestjs/common';
import { ProblemRenderer } from '../common/problem';
import { WorkflowCommands } from '../common/workflow-commands';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

@Module({
  controllers: [ProposalsController],
  providers: [ProposalsService, WorkflowCommands, ProblemRenderer],
  exports: [ProposalsService],
})
export class ProposalsModule {}
