import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AppConfig } from '@csf/config';
import { dataSourceOptions } from '@csf/persistence';
import { NotificationActivitiesService } from '../../apps/worker/src/activities/notification.activities';
import { NotificationChannels } from '../../apps/worker/src/notifications/channels';
import { Outbox } from '../../apps/worker/src/notifications/outbox';
import { createTestDatabase, TestDatabase } from '../support/database';
import { factory } from '../support/factory';

describe(`${NotificationActivitiesService.name} with the SMS channel`, () => {
  let db: TestDatabase;
  let ds: DataSource;
  let gateway: Server;
  const received: { to: string; text: string; idempotencyKey: string; auth?: string }[] = [];
  let failNext = 1;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    // A local SMS gateway that answers 503 once, then 202.
    gateway = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (failNext-- > 0) {
          res.writeHead(503).end();
          return;
        }
        received.push({ ...JSON.parse(body), auth: req.headers.authorization });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => gateway?.close(resolve));
    await ds?.destroy();
    await db?.drop();
  });

  it('writes the message in the recipient language, retries a failed send, and never sends a sent one again', async () => {
    const config = Object.assign(new AppConfig(), {
      NOTIFICATION_CHANNEL: 'sms',
      SMS_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`,
      SMS_GATEWAY_TOKEN: 'gateway-token',
    });
    const sut = new NotificationActivitiesService(ds, new Outbox(config), new NotificationChannels(config));
    const user = await factory(ds).newUser(['program_manager'], { phone: '+224620000009', language: 'en' });

    const message = {
      kind: 'screening_overdue' as const,
      audience: { userIds: [user.id] },
      entity: { type: 'proposal' as const, id: '7d2b7f0e-1c1a-4e8e-9a51-1f9f3c3b2a10' },
      params: { title: 'Street lights', deadline: '2027-01-10 12:00' },
      dedupKey: 'test:screening:1:overdue',
    };
    // First delivery hits the 503: the activity fails (Temporal retries it) and the row stays pending.
    await expect(sut.notify(message)).rejects.toMatchObject({ type: 'NOTIFICATION_DELIVERY' });
    const [row] = await ds.query(
      `SELECT id, status, attempts, subject, language FROM notifications WHERE recipient_id = $1`,
      [user.id],
    );
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 1,
      language: 'en',
      subject: 'Screening overdue: Street lights',
    });

    // The retry writes nothing new (same dedup key) and sends once.
    expect((await sut.notify(message)).notificationIds).toEqual([row.id]);
    expect(received).toEqual([
      {
        to: '+224620000009',
        text: expect.stringContaining('Screening overdue: Street lights'),
        idempotencyKey: row.id,
        auth: 'Bearer gateway-token',
      },
    ]);
    await sut.deliverNotifications({ ids: [row.id] });
    expect(received).toHaveLength(1);
    const [sent] = await ds.query(`SELECT status, attempts FROM notifications WHERE id = $1`, [row.id]);
    expect(sent).toEqual({ status: 'sent', attempts: 2 });
  });
});
