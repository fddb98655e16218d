import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { Role } from '@csf/domain';
import { NotificationEntity } from '../entities/notification.entity';
import { UserEntity } from '../entities/user.entity';

/** The longest error text kept on a notification: enough to tell the cause, never a whole stack. */
const ERROR_LENGTH = 500;

/** A notification as the outbox writes it, rendered for its recipient; it starts pending, never tried. */
export type NewNotification = Pick<
  NotificationEntity,
  'recipientId' | 'kind' | 'channel' | 'language' | 'subject' | 'body' | 'entityType' | 'entityId' | 'dedupKey'
>;

/**
 * The notification outbox: who a message goes to, its rows written once per dedup key, which are still to send and
 * what became of each send. Who an audience is, what a text says, how often a send is tried, and what a row keeps
 * once it is out, are the outbox's and the delivery activity's rules.
 */
export const notifications = {
  // A message's recipients: active accounts only, in id order, so its rows are written in the same order each time.

  /** The active users holding the role. */
  activeWithRole(m: EntityManager, role: Role): Promise<UserEntity[]> {
    return activeUsers(m).andWhere(':role = ANY(u.roles)', { role }).getMany();
  },

  /** Those of the named users that are active. */
  async activeAmong(m: EntityManager, userIds: readonly string[]): Promise<UserEntity[]> {
    if (!userIds.length) return [];
    return activeUsers(m).andWhere('u.id IN (:...ids)', { ids: userIds }).getMany();
  },

  /** The organisation's active members. */
  activeMembers(m: EntityManager, organizationId: string): Promise<UserEntity[]> {
    return activeUsers(m).andWhere('u.organizationId = :org', { org: organizationId }).getMany();
  },

  /**
   * Writes the rows, pending; a row whose dedup key is already written is skipped. Answers the ids of all the rows
   * by key, so a retried activity finds the rows its first attempt wrote.
   */
  async enqueue(m: EntityManager, rows: readonly NewNotification[]): Promise<string[]> {
    const values = rows.map((row) => ({ ...row, status: 'pending' as const, attempts: 0 }));
    await m.createQueryBuilder().insert().into(NotificationEntity).values(values).orIgnore().execute();
    const written = await m
      .createQueryBuilder(NotificationEntity, 'n')
      .select('n.id')
      .where('n.dedupKey IN (:...keys)', { keys: rows.map((r) => r.dedupKey) })
      .getMany();
    return written.map((n) => n.id);
  },

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

function activeUsers(m: EntityManager): SelectQueryBuilder<UserEntity> {
  return m.createQueryBuilder(UserEntity, 'u').where('u.active = true').orderBy('u.id');
}
