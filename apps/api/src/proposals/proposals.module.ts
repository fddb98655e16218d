import { Module } from '@nestjs/common';
import { WorkflowCommands } from '../common/workflow-commands';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

@Module({
  controllers: [ProposalsController],
  providers: [ProposalsService, WorkflowCommands],
  exports: [ProposalsService],
})
export class ProposalsModule {}
