import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, ROLES, STAFF_ROLES } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid-param';
import {
  AcceptMemberInvitationDto,
  CreateOrganizationDto,
  InviteMemberDto,
  ListOrganizationsQuery,
  MemberInvitationDto,
  OrganizationDto,
  OrganizationPageDto,
  UpdateOrganizationDto,
  VerifyOrganizationDto,
} from './organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Roles(Role.APPLICANT, Role.ADMIN)
  @Post()
  @ApiCreatedResponse({
    type: OrganizationDto,
    description: 'Created `pending_verification`; an applicant becomes its member.',
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrganizationDto, @RequestId() requestId: string) {
    return this.organizations.create(user, dto, requestId);
  }

  @Roles(...STAFF_ROLES)
  @Get()
  @ApiOkResponse({ type: OrganizationPageDto })
  list(@Query() query: ListOrganizationsQuery) {
    return this.organizations.list(query);
  }

  @Roles(Role.APPLICANT)
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOkResponse({
    type: OrganizationDto,
    description: 'The caller is now a member of the organisation that invited it.',
  })
  acceptInvitation(
    @CurrentUser() user: AuthUser,
    @Body() dto: AcceptMemberInvitationDto,
    @RequestId() requestId: string,
  ) {
    return this.organizations.acceptInvitation(user, dto, requestId);
  }

  @Roles(...ROLES.filter((r) => r !== Role.REVIEWER))
  @Get(':id')
  @ApiOkResponse({ type: OrganizationDto })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.organizations.get(user, id);
  }

  @Roles(Role.APPLICANT)
  @Patch(':id')
  @ApiOkResponse({ type: OrganizationDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateOrganizationDto,
    @RequestId() requestId: string,
  ) {
    return this.organizations.update(user, id, dto, requestId);
  }

  @Roles(Role.PROGRAM_MANAGER)
  @Post(':id/verify')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationDto, description: '`verified` or `refused`; the members are told.' })
  verify(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: VerifyOrganizationDto,
    @RequestId() requestId: string,
  ) {
    return this.organizations.verify(user, id, dto, requestId);
  }

  @Roles(Role.APPLICANT)
  @Post(':id/members/invitations')
  @ApiCreatedResponse({ type: MemberInvitationDto })
  invite(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: InviteMemberDto,
    @RequestId() requestId: string,
  ) {
    return this.organizations.invite(user, id, dto, requestId);
  }

  @Roles(Role.APPLICANT)
  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'No longer a member. The last member cannot be removed (409 LAST_MEMBER).' })
  removeMember(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Param('userId', UuidParam) userId: string,
    @RequestId() requestId: string,
  ): Promise<void> {
    return this.organizations.removeMember(user, id, userId, requestId);
  }
}
