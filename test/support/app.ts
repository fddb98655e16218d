import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client, Connection } from '@temporalio/client';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Role } from '@csf/domain';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase, TestDatabase } from './database';
import { TEST_PAYOUT_ENCRYPTION_KEYS, testTemporalClient } from './encryption';
import { factory, PASSWORD } from './factory';

export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as is, for malformed or oversized bodies. */
  raw?: string;
  headers?: Record<string, string>;
}

/**
 * The real system for end-to-end tests: the Nest API listening on a real port, a worker running the real
 * workflow bundle, a fresh PostgreSQL database and the shared Temporal dev server (own task queue per file).
 */
export class TestApp {
  api!: NestExpressApplication;
  worker?: INestApplicationContext;
  db!: TestDatabase;
  dataSource!: DataSource;
  baseUrl!: string;
  temporal!: Client;
  /** The development channel's file: every message the worker sends is a JSON line here (see readOutbox). */
  outboxFile!: string;
  private temporalConnection!: Connection;

  static async start(env: Record<string, string> = {}, options: { worker?: boolean } = {}): Promise<TestApp> {
    const app = new TestApp();
    app.db = await createTestDatabase();
    app.outboxFile = join(tmpdir(), `csf-outbox-${randomBytes(6).toString('hex')}.jsonl`);
    Object.assign(process.env, {
      DATABASE_URL: app.db.url,
      TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: `test-${randomBytes(4).toString('hex')}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      PAYOUT_ENCRYPTION_KEYS: TEST_PAYOUT_ENCRYPTION_KEYS,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DB_MIGRATE_ON_START: 'false',
      DEMO_SEED: 'false',
      LOGIN_RATE_LIMIT: '1000',
      WORKER_SHUTDOWN_GRACE: '2s',
      // As under `npm start`: no second factor required unless a test asks for it.
      REQUIRE_2FA_ROLES: 'none',
      OUTBOX_FILE: app.outboxFile,
      ...env,
    });
    if (options.worker !== false) await app.startWorker();
    app.api = await NestFactory.create<NestExpressApplication>(AppModule, {
      bodyParser: false,
      logger: false,
      abortOnError: false,
    });
    configureApp(app.api);
    await app.api.listen(0, '127.0.0.1');
    app.baseUrl = (await app.api.getUrl()).replace('[::1]', '127.0.0.1');
    app.dataSource = app.api.get(DataSource);
    app.temporalConnection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS });
    app.temporal = testTemporalClient(app.temporalConnection, process.env.PAYOUT_ENCRYPTION_KEYS);
    return app;
  }

  async startWorker(): Promise<void> {
    this.worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
  }

  /** Stops the worker as a deployment would (drain, then exit); workflows wait in Temporal meanwhile. */
  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  async stop(): Promise<void> {
    await this.api?.close();
    await this.stopWorker();
    await this.temporalConnection?.close();
    await this.db?.drop();
    rmSync(this.outboxFile, { force: true });
  }

  get factory() {
    return factory(this.dataSource);
  }

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const url = path.startsWith('/health') || path.startsWith('/api/') ? path : `/api/v1${path}`;
    const res = await fetch(`${this.baseUrl}${url}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: leave the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  async login(email: string, password = PASSWORD): Promise<string> {
    const res = await this.request('POST', '/auth/login', { body: { email, password } });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken;
  }

  /** A user with these roles (and organisation) plus a token for it. */
  async actor(roles: Role[], organizationId: string | null = null) {
    const user = await this.factory.newUser(roles, { organizationId });
    return { user, token: await this.login(user.email) };
  }
}
