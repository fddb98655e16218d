import { Injectable, Logger } from '@nestjs/common';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@csf/config';
import type { NotificationEntity } from '@csf/persistence';

export interface Recipient {
  email: string | null;
  phone: string | null;
}

/** Sends one notification. Throws on failure so the delivery activity records it and retries later. */
export interface NotificationChannel {
  send(notification: NotificationEntity, recipient: Recipient): Promise<void>;
}

/** Development channel: the outbox row is the message; GET /notifications lists it. */
class DevChannel implements NotificationChannel {
  async send(): Promise<void> {}
}

class EmailChannel implements NotificationChannel {
  private readonly transport: Transporter;
  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(url);
  }
  async send(n: NotificationEntity, to: Recipient): Promise<void> {
    if (!to.email) throw new Error('recipient has no email address');
    await this.transport.sendMail({ from: this.from, to: to.email, subject: n.subject, text: n.body });
  }
}

class SmsChannel implements NotificationChannel {
  constructor(
    private readonly url: string,
    private readonly token?: string,
  ) {}
  async send(n: NotificationEntity, to: Recipient): Promise<void> {
    if (!to.phone) throw new Error('recipient has no phone number');
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      // The idempotency key lets a gateway drop the duplicate of a retried delivery.
      body: JSON.stringify({ to: to.phone, text: `${n.subject}\n${n.body}`, idempotencyKey: n.id }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
  }
}

/**
 * The channels: a row goes through the one it names when that one is configured (account messages name `email` or
 * `sms` after the person's address), else through NOTIFICATION_CHANNEL's. With OUTBOX_FILE set (the embedded mode and
 * tests), every message is also appended there as a JSON line and logged, so codes and links can be followed
 * without an SMTP server or SMS gateway.
 */
@Injectable()
export class NotificationChannels {
  private readonly logger = new Logger('Outbox');
  readonly channel: NotificationChannel;
  private readonly byName: Partial<Record<NotificationEntity['channel'], NotificationChannel>>;
  private readonly outboxFile?: string;

  constructor(config: AppConfig) {
    const email = config.SMTP_URL ? new EmailChannel(config.SMTP_URL, config.SMTP_FROM) : undefined;
    const sms = config.SMS_GATEWAY_URL ? new SmsChannel(config.SMS_GATEWAY_URL, config.SMS_GATEWAY_TOKEN) : undefined;
    const dev = new DevChannel();
    this.channel =
      config.NOTIFICATION_CHANNEL === 'email' ? email! : config.NOTIFICATION_CHANNEL === 'sms' ? sms! : dev;
    this.byName = config.NOTIFICATION_CHANNEL === 'dev' ? { dev } : { dev, email, sms };
    this.outboxFile = config.OUTBOX_FILE;
  }

  async send(notification: NotificationEntity, recipient: Recipient): Promise<void> {
    if (this.outboxFile) this.record(notification, recipient);
    await (this.byName[notification.channel] ?? this.channel).send(notification, recipient);
  }

  private record(n: NotificationEntity, to: Recipient): void {
    const medium = n.channel !== 'dev' ? n.channel : to.email ? 'email' : 'sms';
    const line = {
      to: medium === 'email' ? to.email : to.phone,
      channel: medium,
      subject: n.subject,
      text: n.body,
      sentAt: new Date().toISOString(),
      kind: n.kind,
      id: n.id,
    };
    mkdirSync(dirname(this.outboxFile!), { recursive: true });
    appendFileSync(this.outboxFile!, `${JSON.stringify(line)}\n`);
    this.logger.log(`${medium} to ${line.to}: ${n.subject}\n${n.body}`);
  }
}
