import { EntityManager, In } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';
import { UserEntity } from '../entities/user.entity';

/** The longest error text kept on a notification: enough to tell the cause, never a whole stack. */
const ERROR_LENGTH = 500;

/**
 * Delivery of the notification outbox: which rows are still to send and what became of each send. How often a send
 * is tried, and what a row keeps once it is out, are the delivery activity's rules.
 */
export const notifications = {
  /** Those of the given notifications still waiting to be sent (a retried delivery skips the sent ones). */
  pending(m: EntityManager, ids: readonly string[]): Promise<NotificationEntity[]> {
    return m.find(NotificationEntity, { where: { id: In([...ids]), status: 'pending' } });
  },

  /** The users the notifications go to, for their address and phone. */
  recipients(m: EntityManager, notifications: readonly NotificationEntity[]): Promise<UserEntity[]> {
    return m.find(UserEntity, { where: { id: In(notifications.map((n) => n.recipientId)) } });
  },

  /**
   * Sent now, with the body it should keep. Only a row still pending: one sent meanwhile by another delivery
   * keeps its own record.
   */
  async markSent(m: EntityManager, id: string, sent: { attempts: number; body: string }): Promise<void> {
    await m.update(
      NotificationEntity,
      { id, status: 'pending' },
      { status: 'sent', sentAt: new Date(), attempts: sent.attempts, body: sent.body },
    );
  },

  /** A send that failed and will be tried again. */
  async recordFailedAttempt(m: EntityManager, id: string, attempts: number, error: string): Promise<void> {
    await m.update(NotificationEntity, { id }, { attempts, lastError: error.slice(0, ERROR_LENGTH) });
  },

  /** A send that failed for the last time: the row is left failed, for an operator, with the body it should keep. */
  async markFailed(
    m: EntityManager,
    id: string,
    failure: { attempts: number; error: string; body: string },
  ): Promise<void> {
    await m.update(
      NotificationEntity,
      { id },
      {
        attempts: failure.attempts,
        lastError: failure.error.slice(0, ERROR_LENGTH),
        status: 'failed' as const,
        body: failure.body,
      },
    );
  },
};
