import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { AnyRole, CurrentUser } from '../auth/decorators';
import { PageQuery } from '../common/pagination';
import { NotificationPageDto } from './notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @AnyRole()
  @Get()
  @ApiOkResponse({ type: NotificationPageDto, description: "The caller's own notifications, newest first." })
  mine(@CurrentUser() user: AuthUser, @Query() query: PageQuery) {
    return this.notifications.mine(user, query);
  }
}
