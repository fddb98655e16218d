import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PAYEE_READERS, Role, ROLES } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { RequestId } from '../common/request-id';
import { TrancheNumberParam, UuidParam } from '../common/uuid-param';
import { WorkflowCommands } from '../common/workflow-commands';
import {
  CloseGrantDto,
  ConfirmPaymentDto,
  EmptyCommandDto,
  GrantDto,
  GrantMilestoneDto,
  GrantPageDto,
  ListGrantsQuery,
  PaymentOrderDto,
  ReportDetailDto,
  RequestChangesDto,
  ResolvePaymentDto,
  SignAgreementDto,
  StatusReasonDto,
  SubmitReportDto,
  TrancheDto,
} from './grant.dto';
import { GrantsService, paymentResolutionFrom } from './grants.service';

const READERS = ROLES.filter((r) => r !== Role.REVIEWER);
const trancheNumber = new TrancheNumberParam();

@ApiTags('grants')
@Controller('grants')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Roles(...READERS)
  @Get()
  @ApiOkResponse({ type: GrantPageDto, description: 'Newest first; an applicant sees only its organisation.' })
  list(@CurrentUser() user: AuthUser, @Query() query: ListGrantsQuery) {
    return this.grants.list(user, query);
  }

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
  sign(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: SignAgreementDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.sign(user, id, dto.payoutAccount, requestId);
  }

  @Roles(...READERS)
  @Get(':id/tranches')
  @ApiOkResponse({ type: [TrancheDto] })
  tranches(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.grants.tranches(user, id);
  }

  @Roles(...PAYEE_READERS)
  @Get(':id/tranches/:n/payment-order')
  @ApiConflictResponse({ description: 'The agreement is not signed yet: there is no payee.' })
  @ApiOkResponse({
    type: PaymentOrderDto,
    description:
      'Finance only: the payee in full, the amount and the reference to quote. 409 until the agreement is signed.',
  })
  paymentOrder(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('n', trancheNumber) n: number,
  ) {
    return this.grants.paymentOrder(user, id, n);
  }

  @Roles(Role.FINANCE_OFFICER)
  @Post(':id/tranches/:n/request-release')
  @HttpCode(200)
  @ApiOkResponse({
    type: TrancheDto,
    description: 'Maker: eligible (or failed, for a new attempt) → release_requested.',
  })
  requestRelease(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('n', trancheNumber) n: number,
    @Body() _dto: EmptyCommandDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.trancheCommand(user, id, n, 'request', requestId);
  }

  @Roles(Role.FINANCE_APPROVER)
  @Post(':id/tranches/:n/approve-release')
  @HttpCode(200)
  @ApiOkResponse({ type: TrancheDto, description: 'Checker (not the maker): release_approved, then the payment runs.' })
  approveRelease(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('n', trancheNumber) n: number,
    @Body() _dto: EmptyCommandDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.trancheCommand(user, id, n, 'approve', requestId);
  }

  @Roles(Role.FINANCE_OFFICER)
  @Post(':id/tranches/:n/confirm-payment')
  @HttpCode(200)
  @ApiOkResponse({
    type: TrancheDto,
    description: 'Manual gateway: the payment order was executed; disbursing → disbursed.',
  })
  confirmPayment(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('n', trancheNumber) n: number,
    @Body() dto: ConfirmPaymentDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.trancheCommand(
      user,
      id,
      n,
      { reference: dto.reference, paidAt: dto.paidAt, amount: dto.amount },
      requestId,
    );
  }

  @Roles(Role.FINANCE_APPROVER)
  @Post(':id/tranches/:n/resolve-payment')
  @HttpCode(200)
  @ApiOkResponse({
    type: TrancheDto,
    description:
      'A payment stuck without outcome (finance was alerted): a finance approver who did not request the release records what the provider confirmed out of band — paid (disbursed) or failed (the tranche needs a new request and approval).',
  })
  resolvePayment(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('n', trancheNumber) n: number,
    @Body() dto: ResolvePaymentDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.trancheCommand(user, id, n, { resolution: paymentResolutionFrom(dto) }, requestId);
  }

  @Roles(Role.FINANCE_OFFICER)
  @Post(':id/tranches/:n/retry')
  @HttpCode(200)
  @ApiOkResponse({
    type: TrancheDto,
    description:
      'Maker: failed → release_requested (same as request-release); a different finance approver must approve the new attempt.',
  })
  retry(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('n', trancheNumber) n: number,
    @Body() _dto: EmptyCommandDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.trancheCommand(user, id, n, 'retry', requestId);
  }

  @Roles(...READERS)
  @Get(':id/reports')
  @ApiOkResponse({ type: [ReportDetailDto] })
  reports(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.grants.reports(user, id);
  }

  @Roles(...READERS)
  @Get(':id/reports/:rid')
  @ApiOkResponse({ type: ReportDetailDto })
  report(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Param('rid', UuidParam) rid: string) {
    return this.grants.report(user, id, rid);
  }

  @Roles(Role.APPLICANT)
  @Post(':id/reports/:rid/submit')
  @HttpCode(200)
  @ApiOkResponse({
    type: ReportDetailDto,
    description: 'Early (scheduled), due, overdue, or again after changes were requested → submitted.',
  })
  submitReport(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('rid', UuidParam) rid: string,
    @Body() dto: SubmitReportDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.submitReport(user, id, rid, dto, requestId);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Post(':id/reports/:rid/accept')
  @HttpCode(200)
  @ApiOkResponse({
    type: ReportDetailDto,
    description: "Milestones take the report's updates; the tranche it gates becomes eligible (grant active).",
  })
  acceptReport(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('rid', UuidParam) rid: string,
    @Body() _dto: EmptyCommandDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.reviewReport(user, id, rid, 'accept', null, requestId);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Post(':id/reports/:rid/request-changes')
  @HttpCode(200)
  @ApiOkResponse({ type: ReportDetailDto, description: 'Back to the grantee with the comment.' })
  requestChanges(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('rid', UuidParam) rid: string,
    @Body() dto: RequestChangesDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.reviewReport(user, id, rid, 'request_changes', dto.comment, requestId);
  }

  @Roles(...READERS)
  @Get(':id/milestones')
  @ApiOkResponse({ type: [GrantMilestoneDto] })
  milestones(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.grants.milestones(user, id);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOkResponse({
    type: GrantDto,
    description: 'active → suspended: no tranche release, no report reminders until resumed.',
  })
  suspend(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: StatusReasonDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.changeStatus(user, id, 'suspend', dto.reason, requestId);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Post(':id/resume')
  @HttpCode(200)
  @ApiOkResponse({
    type: GrantDto,
    description: 'suspended → active; tranches whose report was accepted meanwhile become eligible.',
  })
  resume(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: StatusReasonDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.changeStatus(user, id, 'resume', dto.reason, requestId);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Post(':id/terminate')
  @HttpCode(200)
  @ApiOkResponse({
    type: GrantDto,
    description:
      'Cancels every tranche not paid and returns its amount to the round envelope (refused while a payment is in flight).',
  })
  terminate(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: StatusReasonDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.changeStatus(user, id, 'terminate', dto.reason, requestId);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({
    type: GrantDto,
    description: 'closing → closed, recording the unspent amount the grantee returned.',
  })
  close(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: CloseGrantDto,
    @RequestId() requestId: string,
  ) {
    return this.grants.close(user, id, dto, requestId);
  }
}
