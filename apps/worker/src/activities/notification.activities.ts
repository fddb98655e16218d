import { Injectable, Logger } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { notifications } from '@csf/persistence';
import type { NotificationActivities } from '@csf/temporal';
import { NotificationChannels } from '../notifications/channels';
import { Outbox, OutboxMessage } from '../notifications/outbox';

/** After this many failed sends a notification is marked failed and left for an operator. */
const MAX_ATTEMPTS = 5;

@Injectable()
export class NotificationActivitiesService implements NotificationActivities {
  private readonly logger = new Logger(NotificationActivitiesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly channels: NotificationChannels,
  ) {}

  async notify(input: OutboxMessage): Promise<{ notificationIds: string[] }> {
    const ids = await this.dataSource.transaction((manager) => this.outbox.enqueue(manager, input));
    await this.deliverNotifications({ ids });
    return { notificationIds: ids };
  }

  /**
   * Idempotent: only `pending` rows are sent, and each is marked sent right after its send. A crash between
   * the two sends that one message again (at-least-once; the SMS gateway gets an idempotency key).
   */
  async deliverNotifications(input: { ids: string[] }): Promise<{ sent: number; failed: number }> {
    if (!input.ids.length) return { sent: 0, failed: 0 };
    const m = this.dataSource.manager;
    const pending = await notifications.pending(m, input.ids);
    const users = await notifications.recipients(m, pending);
    const byId = new Map(users.map((u) => [u.id, u]));
    let sent = 0;
    let failed = 0;
    let retryLater = 0;
    for (const n of pending) {
      const user = byId.get(n.recipientId);
      try {
        await this.channels.send(n, { email: user?.email ?? null, phone: user?.phone ?? null });
        await notifications.markSent(m, n.id, { attempts: n.attempts + 1, body: withoutLinkTokens(n.body) });
        sent++;
      } catch (error) {
        failed++;
        const attempts = n.attempts + 1;
        this.logger.warn(`notification ${n.id} not delivered (attempt ${attempts}): ${String(error)}`);
        if (attempts < MAX_ATTEMPTS) {
          await notifications.recordFailedAttempt(m, n.id, attempts, String(error));
          retryLater++;
        } else {
          await notifications.markFailed(m, n.id, { attempts, error: String(error), body: withoutLinkTokens(n.body) });
        }
      }
    }
    // Temporal's retry (with backoff) is the redelivery loop; the sent ones are skipped next time.
    if (retryLater)
      throw ApplicationFailure.retryable(`${retryLater} notification(s) not delivered yet`, 'NOTIFICATION_DELIVERY');
    return { sent, failed };
  }
}

/**
 * A link's token (invitation, password reset) is usable until it is used or expires; the outbox row only needs it
 * until the message is out. Once sent (or given up), the row keeps the text without it, so the database never holds
 * a usable token for longer than the delivery takes, and GET /notifications never shows one.
 */
export function withoutLinkTokens(body: string): string {
  return body.replace(/token=[A-Za-z0-9_-]+/g, 'token=…');
}
