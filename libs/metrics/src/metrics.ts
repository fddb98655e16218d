import { Inject, Injectable, Optional } from '@nestjs/common';
import { timingSafeEqual, createHash } from 'node:crypto';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

export const METRICS_SERVICE = Symbol('METRICS_SERVICE');

/**
 * One Prometheus registry per Nest application (not prom-client's global one): the API and a worker may share a
 * process (the tests do), and each must serve its own figures. Default process metrics (CPU, memory, event loop
 * lag, GC, handles) are collected into it, labelled with the service.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  constructor(@Inject(METRICS_SERVICE) readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** The exposition text; `more` is appended as is (another exporter's output, already in the text format). */
  async render(more = ''): Promise<string> {
    const own = await this.registry.metrics();
    return more ? `${own.replace(/\n*$/, '\n')}${more.replace(/\n*$/, '\n')}` : own;
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/**
 * Use of the PostgreSQL pool TypeORM opened (pg's Pool behind the DataSource), read at each scrape: connections
 * open, idle, and callers waiting for one — a steady `waiting` above 0 means DB_POOL_SIZE is too small.
 */
@Injectable()
export class DbPoolMetrics {
  constructor(metrics: Metrics, @Optional() dataSource?: DataSource) {
    if (!dataSource) return;
    const pool = () =>
      (
        dataSource.driver as unknown as {
          master?: { totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } };
        }
      ).master;
    const gauge = (name: string, help: string, read: (p: NonNullable<ReturnType<typeof pool>>) => number | undefined) =>
      new Gauge({
        name,
        help,
        registers: [metrics.registry],
        collect() {
          const p = pool();
          const value = p ? read(p) : undefined;
          if (value !== undefined) this.set(value);
        },
      });
    gauge('csf_db_pool_connections', 'PostgreSQL connections open in the pool', (p) => p.totalCount);
    gauge('csf_db_pool_idle', 'PostgreSQL connections open and idle', (p) => p.idleCount);
    gauge('csf_db_pool_waiting', 'Callers waiting for a free PostgreSQL connection', (p) => p.waitingCount);
    gauge('csf_db_pool_max', 'Most PostgreSQL connections the pool may open (DB_POOL_SIZE)', (p) => p.options?.max);
  }
}

/**
 * Whether a scrape may read the metrics: always when no token is configured, else only with
 * `Authorization: Bearer <token>` (compared in constant time).
 */
export function scrapeAllowed(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const given = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}
