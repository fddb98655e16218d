import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Role } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid-param';
import { EmptyCommandDto } from '../grants/grant.dto';
import { InviteUserDto, ListUsersQuery, UpdateUserDto, UserDto, UserPageDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles(Role.ADMIN, Role.AUDITOR, Role.PROGRAM_MANAGER)
  @Get()
  @ApiOkResponse({
    type: UserPageDto,
    description: 'Newest first. Program managers see reviewers and committee chairs only.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListUsersQuery): Promise<UserPageDto> {
    return this.users.list(user, query);
  }

  @Roles(Role.ADMIN)
  @Post('invitations')
  @ApiCreatedResponse({
    type: UserDto,
    description: 'The account (status invited) and its link, sent by email or SMS in its language.',
  })
  @ApiConflictResponse({ description: 'ACCOUNT_EXISTS: the email or phone already has an account (problem+json).' })
  invite(@CurrentUser() user: AuthUser, @Body() body: InviteUserDto, @RequestId() requestId: string): Promise<UserDto> {
    return this.users.invite(user, body, requestId);
  }

  @Roles(Role.ADMIN, Role.AUDITOR)
  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  get(@Param('id', UuidParam) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Roles(Role.ADMIN)
  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({
    description: 'LAST_ADMIN: the last active administrator cannot be demoted or deactivated (problem+json).',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateUserDto,
    @RequestId() requestId: string,
  ): Promise<UserDto> {
    return this.users.update(user, id, body, requestId);
  }

  @Roles(Role.ADMIN)
  @Post(':id/invitation')
  @HttpCode(200)
  @ApiOkResponse({
    type: UserDto,
    description: 'A new link is sent; the earlier one stops working (409 once the invitation is accepted).',
  })
  @ApiTooManyRequestsResponse({
    description: 'More than 5 resends an hour for this person; wait `Retry-After` seconds (problem+json).',
  })
  resend(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() _body: EmptyCommandDto,
    @RequestId() requestId: string,
  ): Promise<UserDto> {
    return this.users.resendInvitation(user, id, requestId);
  }

  @Roles(Role.ADMIN)
  @Delete(':id/invitation')
  @ApiOkResponse({ type: UserDto, description: 'The link stops working and the invited account is deactivated.' })
  revoke(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() _body: EmptyCommandDto,
    @RequestId() requestId: string,
  ): Promise<UserDto> {
    return this.users.revokeInvitation(user, id, requestId);
  }
}
