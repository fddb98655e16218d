import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid-param';
import { CreateOrganizationDto, OrganizationDto } from './organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Roles(Role.APPLICANT, Role.ADMIN)
  @Post()
  @ApiCreatedResponse({ type: OrganizationDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrganizationDto, @RequestId() requestId: string) {
    return this.organizations.create(user, dto, requestId);
  }

  @Roles(...ROLES.filter((r) => r !== Role.REVIEWER))
  @Get(':id')
  @ApiOkResponse({ type: OrganizationDto })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.organizations.get(user, id);
  }
}
