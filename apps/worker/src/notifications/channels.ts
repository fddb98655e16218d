import { Injectable } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@csf/config';
import type { NotificationEntity } from '@csf/persistence';

export interface Recipient {
  email: string;
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
  constructor(url: string, private readonly from: string) {
    this.transport = createTransport(url);
  }
  async send(n: NotificationEntity, to: Recipient): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: to.email, subject: n.subject, text: n.body });
  }
}

class SmsChannel implements NotificationChannel {
  constructor(private readonly url: string, private readonly token?: string) {}
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

/** The channel chosen by NOTIFICATION_CHANNEL. */
@Injectable()
export class NotificationChannels {
  readonly channel: NotificationChannel;

  constructor(config: AppConfig) {
    this.channel =
      config.NOTIFICATION_CHANNEL === 'email'
        ? new EmailChannel(config.SMTP_URL!, config.SMTP_FROM)
        : config.NOTIFICATION_CHANNEL === 'sms'
          ? new SmsChannel(config.SMS_GATEWAY_URL!, config.SMS_GATEWAY_TOKEN)
          : new DevChannel();
  }
}
