import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid-param';
import {
  CreateProposalDto,
  DecisionDto,
  ScreeningDto,
  ListProposalsQuery,
  ProposalDto,
  ProposalPageDto,
  UpdateProposalDto,
  WithdrawProposalDto,
} from './proposal.dto';
import { ProposalsService } from './proposals.service';

/** Everyone reads proposals, within the object rules: applicants their organisation's, reviewers those assigned. */
const READERS = ROLES;

@ApiTags('proposals')
@Controller('proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Roles(Role.APPLICANT)
  @Post()
  @ApiCreatedResponse({ type: ProposalDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProposalDto, @RequestId() requestId: string) {
    return this.proposals.create(user, dto, requestId);
  }

  @Roles(Role.APPLICANT)
  @Patch(':id')
  @ApiOkResponse({ type: ProposalDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateProposalDto,
    @RequestId() requestId: string,
  ) {
    return this.proposals.update(user, id, dto, requestId);
  }

  @Roles(...READERS)
  @Get()
  @ApiOkResponse({ type: ProposalPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListProposalsQuery) {
    return this.proposals.list(user, query);
  }

  @Roles(...READERS)
  @Get(':id')
  @ApiOkResponse({ type: ProposalDto })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.proposals.get(user, id);
  }

  @Roles(Role.APPLICANT)
  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: ProposalDto, description: 'Eligible and handed to review: status `screening`.' })
  submit(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @RequestId() requestId: string) {
    return this.proposals.submit(user, id, requestId);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Post(':id/screening')
  @HttpCode(200)
  @ApiOkResponse({
    type: ProposalDto,
    description: 'Status `in_review` (reviewers are then assigned) or `ineligible`.',
  })
  screen(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: ScreeningDto,
    @RequestId() requestId: string,
  ) {
    return this.proposals.screen(user, id, dto.eligible, dto.reason, requestId);
  }

  @Roles(Role.COMMITTEE_CHAIR)
  @Post(':id/decision')
  @HttpCode(200)
  @ApiOkResponse({
    type: ProposalDto,
    description: 'approve → `approved` with `grantId`; reject → `rejected`; revise → `revision_requested`.',
  })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: DecisionDto,
    @RequestId() requestId: string,
  ) {
    return this.proposals.decide(user, id, dto, requestId);
  }

  @Roles(Role.APPLICANT)
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: ProposalDto })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: WithdrawProposalDto,
    @RequestId() requestId: string,
  ) {
    return this.proposals.withdraw(user, id, dto.reason, requestId);
  }
}
