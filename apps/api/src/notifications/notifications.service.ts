import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationEntity } from '@csf/persistence';
import type { AuthUser } from '../auth/auth-user';
import { newestFirst, Page, PageQuery, toPage } from '../common/pagination';
import type { NotificationDto } from './notification.dto';

@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async mine(user: AuthUser, query: PageQuery): Promise<Page<NotificationDto>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.recipientId = :me', { me: user.id });
    const limit = newestFirst(qb, 'n', query);
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
