import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { UuidParam } from '../common/uuid-param';
import { AUDIT_SEARCH_READERS, AuditSearchPageDto, AuditSearchQuery } from './audit-search';
import { AuditEventPageDto } from './history.dto';
import { HistoryQuery } from './history.query';
import { HistoryService } from './history.service';

@ApiTags('history')
@Controller()
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Roles(...ROLES.filter((role) => role !== Role.REVIEWER))
  @Get('proposals/:id/history')
  @ApiOkResponse({ type: AuditEventPageDto })
  proposal(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Query() query: HistoryQuery) {
    return this.history.forProposal(user, id, query);
  }

  @Roles(...ROLES.filter((role) => role !== Role.REVIEWER))
  @Get('grants/:id/history')
  @ApiOkResponse({ type: AuditEventPageDto })
  grant(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Query() query: HistoryQuery) {
    return this.history.forGrant(user, id, query);
  }

  @Roles(...AUDIT_SEARCH_READERS)
  @Get('audit-events')
  @ApiOkResponse({
    type: AuditSearchPageDto,
    description: 'The whole audit trail, newest first, filtered; every change with its before and after.',
  })
  search(@Query() query: AuditSearchQuery) {
    return this.history.search(query);
  }
}
