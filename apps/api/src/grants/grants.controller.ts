import { Body, Controller, Get, HttpCode, Module, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid-param';
import { WorkflowCommands } from '../common/workflow-commands';
import { ExportsController } from './exports.controller';
import { ConfirmPaymentDto, EmptyCommandDto, GrantDto, SignAgreementDto, TrancheDto } from './grant.dto';
import { GrantsService } from './grants.service';

const READERS = ROLES.filter((r) => r !== Role.REVIEWER);
const trancheNumber = new ParseIntPipe({ exceptionFactory: () => AppError.notFound() });

@ApiTags('grants')
@Controller('grants')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Roles(...READERS)
  @Get(':id')
  @ApiOkResponse({ type: GrantDto })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.grants.get(user, id);
  }

  @Roles(Role.APPLICANT)
  @Post(':id/agreement/sign')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantDto, description: 'The grant becomes `active`; tranche 1 becomes `eligible`.' })
  sign(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() dto: SignAgreementDto, @RequestId() requestId: string) {
    return this.grants.sign(user, id, dto.payoutAccount, requestId);
  }

  @Roles(...READERS)
  @Get(':id/tranches')
  @ApiOkResponse({ type: [TrancheDto] })
  tranches(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.grants.tranches(user, id);
  }

  @Roles(Role.FINANCE_OFFICER)
  @Post(':id/tranches/:n/request-release')
  @HttpCode(200)
  @ApiOkResponse({ type: TrancheDto, description: 'Maker: eligible → release_requested.' })
  requestRelease(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Param('n', trancheNumber) n: number, @Body() _dto: EmptyCommandDto, @RequestId() requestId: string) {
    return this.grants.trancheCommand(user, id, n, 'request', requestId);
  }

  @Roles(Role.FINANCE_APPROVER)
  @Post(':id/tranches/:n/approve-release')
  @HttpCode(200)
  @ApiOkResponse({ type: TrancheDto, description: 'Checker (not the maker): release_approved, then the payment runs.' })
  approveRelease(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Param('n', trancheNumber) n: number, @Body() _dto: EmptyCommandDto, @RequestId() requestId: string) {
    return this.grants.trancheCommand(user, id, n, 'approve', requestId);
  }

  @Roles(Role.FINANCE_OFFICER)
  @Post(':id/tranches/:n/confirm-payment')
  @HttpCode(200)
  @ApiOkResponse({ type: TrancheDto, description: 'Manual gateway: the payment order was executed; disbursing → disbursed.' })
  confirmPayment(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Param('n', trancheNumber) n: number, @Body() dto: ConfirmPaymentDto, @RequestId() requestId: string) {
    return this.grants.trancheCommand(user, id, n, { reference: dto.reference, paidAt: dto.paidAt }, requestId);
  }

  @Roles(Role.FINANCE_OFFICER)
  @Post(':id/tranches/:n/retry')
  @HttpCode(200)
  @ApiOkResponse({ type: TrancheDto, description: 'A failed payment is attempted again (a new payment attempt).' })
  retry(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Param('n', trancheNumber) n: number, @Body() _dto: EmptyCommandDto, @RequestId() requestId: string) {
    return this.grants.trancheCommand(user, id, n, 'retry', requestId);
  }
}

@Module({ controllers: [GrantsController, ExportsController], providers: [GrantsService, WorkflowCommands] })
export class GrantsModule {}
