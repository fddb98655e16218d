import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, ROLES, STAFF_ROLES } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { languageFrom, ProblemRenderer } from '../common/problem';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid-param';
import {
  CreateProposalDto,
  DecisionDto,
  EligibilityDto,
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
  constructor(
    private readonly proposals: ProposalsService,
    private readonly problems: ProblemRenderer,
  ) {}

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

  @Roles(Role.APPLICANT, ...STAFF_ROLES)
  @Get(':id/eligibility')
  @ApiHeader({ name: 'accept-language', required: false, description: 'Messages in French (default) or English.' })
  @ApiOkResponse({
    type: EligibilityDto,
    description: 'Whether a submit would be accepted now, and if not the same refusal it would answer with.',
  })
  async eligibility(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<EligibilityDto> {
    const refusal = await this.proposals.eligibility(user, id);
    if (!refusal) return { eligible: true, code: null, status: null, title: null, detail: null, errors: [] };
    const problem = this.problems.render({
      code: refusal.code,
      lang: languageFrom(acceptLanguage),
      errors: refusal.errors,
      params: refusal.params,
    });
    return {
      eligible: false,
      code: problem.code,
      status: problem.status,
      title: problem.title,
      detail: problem.detail,
      errors: problem.errors,
    };
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
