import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@csf/config';
import { NotificationKind, renderNotification } from '@csf/domain';
import { type NotificationEntity, notifications, type UserEntity } from '@csf/persistence';
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
    return notifications.enqueue(
      manager,
      recipients.map((user) => {
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
          dedupKey: `${message.dedupKey}:${user.id}`,
        };
      }),
    );
  }

  private recipients(manager: EntityManager, audience: Audience): Promise<UserEntity[]> {
    if ('role' in audience) return notifications.activeWithRole(manager, audience.role);
    if ('userIds' in audience) return notifications.activeAmong(manager, audience.userIds);
    return notifications.activeMembers(manager, audience.organizationId);
  }
}
