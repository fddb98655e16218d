import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { AnyRole, CurrentUser, Roles } from '../auth/decorators';
import { PageQuery } from '../common/pagination';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid-param';
import { CreateRoundDto, PanelDto, RoundDto, RoundPageDto, SetPanelDto } from './round.dto';
import { RoundsService } from './rounds.service';

@ApiTags('rounds')
@Controller('rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Roles(Role.PROGRAM_MANAGER)
  @Post()
  @ApiCreatedResponse({ type: RoundDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateRoundDto, @RequestId() requestId: string) {
    return this.rounds.create(user, dto, requestId);
  }

  @AnyRole()
  @Get()
  @ApiOkResponse({ type: RoundPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQuery) {
    return this.rounds.list(user, query);
  }

  @AnyRole()
  @Get(':id')
  @ApiOkResponse({ type: RoundDto })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.rounds.get(user, id);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Put(':id/panel')
  @HttpCode(200)
  @ApiOkResponse({ type: PanelDto })
  setPanel(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: SetPanelDto,
    @RequestId() requestId: string,
  ) {
    return this.rounds.setPanel(user, id, dto.reviewerIds, requestId);
  }
}
