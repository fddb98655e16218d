import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@csf/config';
import { NotificationKind, renderNotification } from '@csf/domain';
import { NotificationEntity, UserEntity } from '@csf/persistence';
import type { Audience } from '@csf/temporal';

export interface OutboxMessage {
  kind: NotificationKind;
  audience: Audience;
  entity: { type: 'proposal' | 'grant'; id: string };
  params: Record<string, string | number | null>;
  /** Business key of the event; one notification per recipient and key, however often it is written. */
  dedupKey: string;
}

/**
 * The notification outbox: written in the same transaction as the transition that causes it, delivered
 * afterwards by the deliverNotifications activity. Texts are rendered here in each recipient's language.
 */
@Injectable()
export class Outbox {
  constructor(private readonly config: AppConfig) {}

  async enqueue(manager: EntityManager, message: OutboxMessage): Promise<string[]> {
    const recipients = await this.recipients(manager, message.audience);
    if (!recipients.length) return [];
    const rows = recipients.map((user) => {
      const text = renderNotification(message.kind, user.language, message.params);
      return {
        recipientId: user.id,
        kind: message.kind,
        channel: this.config.NOTIFICATION_CHANNEL as NotificationEntity['channel'],
        language: user.language,
        subject: text.subject,
        body: text.body,
        entityType: message.entity.type,
        entityId: message.entity.id,
        status: 'pending' as const,
        attempts: 0,
        dedupKey: `${message.dedupKey}:${user.id}`,
      };
    });
    await manager.createQueryBuilder().insert().into(NotificationEntity).values(rows).orIgnore().execute();
    // Re-read by key: a retried activity finds the rows its first attempt wrote.
    const written = await manager
      .createQueryBuilder(NotificationEntity, 'n')
      .select('n.id')
      .where('n.dedupKey IN (:...keys)', { keys: rows.map((r) => r.dedupKey) })
      .getMany();
    return written.map((n) => n.id);
  }

  private async recipients(manager: EntityManager, audience: Audience): Promise<UserEntity[]> {
    const qb = manager.createQueryBuilder(UserEntity, 'u').where('u.active = true').orderBy('u.id');
    if ('role' in audience) qb.andWhere(':role = ANY(u.roles)', { role: audience.role });
    else if ('userIds' in audience) {
      if (!audience.userIds.length) return [];
      qb.andWhere('u.id IN (:...ids)', { ids: audience.userIds });
    } else qb.andWhere('u.organizationId = :org', { org: audience.organizationId });
    return qb.getMany();
  }
}
