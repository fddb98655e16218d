import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ListTranchesQuery, TrancheQueuePageDto } from './tranche-queue.dto';
import { TrancheQueueService } from './tranche-queue.service';

/** Finance's work queue across grants; managers, admin and auditors read it too (payees masked, no action). */
@ApiTags('finance')
@Controller('tranches')
export class TrancheQueueController {
  constructor(private readonly queue: TrancheQueueService) {}

  @Roles(Role.FINANCE_OFFICER, Role.FINANCE_APPROVER, Role.PROGRAM_MANAGER, Role.ADMIN, Role.AUDITOR)
  @Get()
  @ApiOkResponse({
    type: TrancheQueuePageDto,
    description:
      'Tranches waiting on finance across grants, longest waiting first: eligible (to request), release_requested (to approve), release_approved, disbursing (to confirm or, when stuck, resolve), failed (to retry). `action` says what the caller may do on each row; `counts` gives each queue’s size.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListTranchesQuery) {
    return this.queue.list(user, query);
  }
}
