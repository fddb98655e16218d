import { Module } from '@nestjs/common';
import { WorkflowCommands } from '../common/workflow-commands';
import { GrantsController } from './grants.controller';
import { GrantsService } from './grants.service';

@Module({ controllers: [GrantsController], providers: [GrantsService, WorkflowCommands] })
export class GrantsModule {}
