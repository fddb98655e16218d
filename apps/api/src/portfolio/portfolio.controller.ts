import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import {
  AtRiskPageDto,
  AtRiskQuery,
  MilestonesQuery,
  OverdueReportPageDto,
  OverdueReportsQuery,
  PortfolioMilestonePageDto,
  PortfolioSummaryDto,
  PortfolioSummaryQuery,
} from './portfolio.dto';
import { PortfolioService } from './portfolio.service';

/** Staff see the whole fund; an applicant sees its own organisation only. */
const PORTFOLIO_READERS = [
  Role.PROGRAM_MANAGER,
  Role.ADMIN,
  Role.AUDITOR,
  Role.FINANCE_OFFICER,
  Role.FINANCE_APPROVER,
  Role.APPLICANT,
];

@ApiTags('portfolio')
@ApiNotFoundResponse({ description: 'The `roundId` asked for names no round.' })
@Controller('portfolio')
export class PortfolioController {
  constructor(private readonly portfolio: PortfolioService) {}

  @Roles(...PORTFOLIO_READERS)
  @Get('summary')
  @ApiOkResponse({
    type: PortfolioSummaryDto,
    description:
      'Per round, then per region: proposals and grants by status, the envelope (total, reserved, disbursed, remaining), beneficiaries reached against target, custom indicators, average review score (hundredths of a percent) and days from submission to decision.',
  })
  summary(@CurrentUser() user: AuthUser, @Query() query: PortfolioSummaryQuery) {
    return this.portfolio.summary(user, query);
  }

  @Roles(...PORTFOLIO_READERS)
  @Get('overdue-reports')
  @ApiOkResponse({
    type: OverdueReportPageDto,
    description: 'Reports due or overdue on live grants, most late first, with the organisation to call.',
  })
  overdueReports(@CurrentUser() user: AuthUser, @Query() query: OverdueReportsQuery) {
    return this.portfolio.overdueReports(user, query);
  }

  @Roles(...PORTFOLIO_READERS)
  @Get('milestones')
  @ApiOkResponse({
    type: PortfolioMilestonePageDto,
    description: 'Milestones of granted proposals by due date, with their grant and days late.',
  })
  milestones(@CurrentUser() user: AuthUser, @Query() query: MilestonesQuery) {
    return this.portfolio.milestones(user, query);
  }

  @Roles(...PORTFOLIO_READERS)
  @Get('at-risk')
  @ApiOkResponse({
    type: AtRiskPageDto,
    description:
      'Grants that need attention, one row each: flagged at risk, stalled (an operation keeps failing) or both; longest first, with the reasons, overdue reports and late milestones.',
  })
  atRisk(@CurrentUser() user: AuthUser, @Query() query: AtRiskQuery) {
    return this.portfolio.atRisk(user, query);
  }
}
