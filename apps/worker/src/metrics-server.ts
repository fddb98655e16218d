import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import { AddressInfo, createServer as createTcpServer } from 'node:net';
import { AppConfig } from '@csf/config';
import { Metrics, scrapeAllowed } from '@csf/metrics';

/**
 * Where the Temporal SDK's own Prometheus exporter listens (loopback only, a free port picked at start), set by
 * main before the Runtime is installed; null when the process has no METRICS_PORT (tests running a worker in the
 * jest process, whose Runtime has no exporter).
 */
let temporalExporter: string | null = null;

/** A free loopback address for the SDK's exporter: the Runtime binds it itself, and only once per process. */
export async function reserveTemporalExporterAddress(): Promise<string> {
  const probe = createTcpServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  temporalExporter = `127.0.0.1:${port}`;
  return temporalExporter;
}

/**
 * The worker's `GET /metrics` on METRICS_PORT: its own registry (process, PostgreSQL pool, payment outcomes)
 * followed by the Temporal SDK's metrics (`temporal_*`: task latencies, slots, polls, sticky cache …), so one
 * scrape target shows both. Behind METRICS_TOKEN when it is set, like the API's.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server?: Server;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.METRICS_PORT) return;
    this.server = createServer((req, res) => {
      if (req.url !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: GET /metrics\n');
        return;
      }
      if (!scrapeAllowed(req.headers.authorization, this.config.METRICS_TOKEN)) {
        res
          .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' })
          .end('a valid METRICS_TOKEN bearer token is required\n');
        return;
      }
      this.render().then(
        (text) => res.writeHead(200, { 'content-type': this.metrics.contentType }).end(text),
        (error: unknown) =>
          res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics unavailable: ${String(error)}\n`),
      );
    });
    await new Promise<void>((resolve, reject) =>
      this.server!.once('error', reject).listen(this.config.METRICS_PORT, resolve),
    );
    this.logger.log(`metrics on :${this.config.METRICS_PORT}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }

  private async render(): Promise<string> {
    let temporal = '';
    if (temporalExporter) {
      // The exporter is in this process: an answer it cannot give quickly is left out rather than failing the scrape.
      temporal = await fetch(`http://${temporalExporter}/metrics`, { signal: AbortSignal.timeout(2000) })
        .then((r) => (r.ok ? r.text() : ''))
        .catch(() => '');
    }
    return this.metrics.render(temporal);
  }
}
