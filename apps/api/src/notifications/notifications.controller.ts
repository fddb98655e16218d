import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { NotificationEntity } from '@csf/persistence';
import type { AuthUser } from '../auth/auth-user';
import { AnyRole, CurrentUser } from '../auth/decorators';
import { cursorOrThrow, Page, PageQuery, toPage } from '../common/pagination';

class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: ['dev', 'email', 'sms'] }) channel: string;
  @ApiProperty({ enum: ['fr', 'en'] }) language: string;
  @ApiProperty() subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String }) entityType: string | null;
  @ApiProperty({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ enum: ['pending', 'sent', 'failed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async mine(user: AuthUser, query: PageQuery): Promise<Page<NotificationDto>> {
    const limit = query.limit ?? 20;
    const cursor = cursorOrThrow(query.cursor);
    const qb = this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.recipientId = :me', { me: user.id })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(limit + 1);
    if (cursor) qb.andWhere('(n.createdAt, n.id) < (:createdAt, :id)', cursor);
    return toPage(await qb.getMany(), limit, (n) => ({
      id: n.id,
      kind: n.kind,
      channel: n.channel,
      language: n.language,
      subject: n.subject,
      body: n.body,
      entityType: n.entityType,
      entityId: n.entityId,
      status: n.status,
      createdAt: n.createdAt.toISOString(),
    }));
  }
}

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
