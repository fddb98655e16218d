import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@csf/config';
import { NotificationKind, renderNotification } from '@csf/domain';
import { NotificationEntity } from '@csf/persistence';
import { NOTIFICATION_DELIVERY_WORKFLOW, notificationDeliveryWorkflowId } from '@csf/temporal';

export interface AccountMessage {
  kind: NotificationKind;
  recipient: { id: string; email: string | null; phone: string | null; language: 'fr' | 'en' };
  params: Record<string, string | number | null>;
  /** Whether to write to the email address or the phone number; by default email when there is one. */
  via?: 'email' | 'sms';
}

/**
 * Messages the API sends itself (invitations, password resets, codes), in the recipient's language. The row is
 * written with the caller's transaction; `deliver` then starts a short workflow that sends it through the worker's
 * channels with the same retries as every other notification. A workflow rather than a send from the API: the
 * channels and their retry loop live in one place (the worker), and a message written just before an API crash is
 * still delivered once the workflow is started again (the row stays pending for an operator otherwise).
 */
@Injectable()
export class AccountMessages {
  private readonly logger = new Logger(AccountMessages.name);

  constructor(
    private readonly config: AppConfig,
    private readonly temporal: Client,
  ) {}

  /** Writes the outbox row inside `manager`'s transaction; returns its id for `deliver`. */
  async enqueue(manager: EntityManager, message: AccountMessage): Promise<string> {
    const text = renderNotification(message.kind, message.recipient.language, message.params);
    const via = message.via ?? (message.recipient.email ? 'email' : 'sms');
    const id = randomUUID();
    await manager.insert(NotificationEntity, {
      id,
      recipientId: message.recipient.id,
      kind: message.kind,
      // The dev channel only records; otherwise the medium of the address the message goes to.
      channel: this.config.NOTIFICATION_CHANNEL === 'dev' ? 'dev' : via,
      language: message.recipient.language,
      subject: text.subject,
      body: text.body,
      entityType: 'user',
      entityId: message.recipient.id,
      status: 'pending',
      attempts: 0,
      // Each message is its own event: a resent invitation is a new message.
      dedupKey: `account:${message.kind}:${id}`,
    });
    return id;
  }

  /** Starts delivery after the transaction committed. */
  async deliver(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.temporal.workflow.start(NOTIFICATION_DELIVERY_WORKFLOW, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: notificationDeliveryWorkflowId(ids[0]),
      args: [{ ids }],
    });
  }

  /** For answers that must not wait for (or reveal) the delivery, such as a password reset: failures are logged. */
  deliverInBackground(ids: string[]): void {
    this.deliver(ids).catch((error: unknown) =>
      this.logger.error({ err: error, ids }, 'account message delivery could not be started; rows stay pending'),
    );
  }
}
