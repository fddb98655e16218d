import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationEntity } from '@csf/persistence';
import type { AuthUser } from '../auth/auth-user';
import { cursorOrThrow, Page, PageQuery, toPage } from '../common/pagination';
import type { NotificationDto } from './notification.dto';

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
