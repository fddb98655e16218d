import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators';
import { PageQuery } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { PublicRoundDto, PublicRoundPageDto } from './public-round.dto';
import { PublicRoundsService } from './public-rounds.service';

/** Shared caches may keep an answer a minute: calls change rarely, and a phone on a slow network reloads often. */
const CACHEABLE = 'public, max-age=60';

@ApiTags('public')
@Controller('public/rounds')
export class PublicRoundsController {
  constructor(private readonly rounds: PublicRoundsService) {}

  @Public()
  @Get()
  @Header('Cache-Control', CACHEABLE)
  @ApiOkResponse({ type: PublicRoundPageDto, description: 'Open and upcoming calls, without signing in.' })
  list(@Query() query: PageQuery) {
    return this.rounds.list(query);
  }

  @Public()
  @Get(':id')
  @Header('Cache-Control', CACHEABLE)
  @ApiOkResponse({ type: PublicRoundDto })
  get(@Param('id', UuidParam) id: string) {
    return this.rounds.get(id);
  }
}
