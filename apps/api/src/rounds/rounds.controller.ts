import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { AnyRole, CurrentUser, Roles } from '../auth/decorators';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid-param';
import {
  CloseRoundDto,
  CreateRoundDto,
  ListRoundsQuery,
  PanelDto,
  RoundDto,
  RoundPageDto,
  SetPanelDto,
  UpdateRoundDto,
} from './round.dto';
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
  @ApiOkResponse({
    type: RoundPageDto,
    description: 'Newest first; `status` filters on where the round is in its dates.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListRoundsQuery) {
    return this.rounds.list(user, query);
  }

  @AnyRole()
  @Get(':id')
  @ApiOkResponse({ type: RoundDto })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.rounds.get(user, id);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Patch(':id')
  @ApiOkResponse({
    type: RoundDto,
    description: 'Before opening: anything. Open: texts, a later closesAt, the envelope. Closed: texts, the envelope.',
  })
  @ApiConflictResponse({
    description:
      '`ROUND_FIELDS_LOCKED` (fields that can no longer change, listed in errors) or `ENVELOPE_BELOW_RESERVED`.',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateRoundDto,
    @RequestId() requestId: string,
  ) {
    return this.rounds.update(user, id, dto, requestId);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({
    type: RoundDto,
    description: 'open → closed now: drafts can no longer be submitted; submitted proposals carry on.',
  })
  @ApiConflictResponse({ description: '`ROUND_NOT_OPEN`: not open yet, or already closed.' })
  close(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: CloseRoundDto,
    @RequestId() requestId: string,
  ) {
    return this.rounds.close(user, id, dto.reason, requestId);
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
