import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Histogram } from 'prom-client';
import { AppConfig } from '@csf/config';
import { ErrorCode } from '@csf/domain';
import { Metrics, scrapeAllowed } from '@csf/metrics';
import { languageFrom, PROBLEM_CONTENT_TYPE, ProblemRenderer } from './problem';

/** Label of a request no API route answered: portal files, unknown paths, bodies refused before routing. */
export const NO_ROUTE = 'none';

/**
 * Request latency per route template (`/api/v1/proposals/:id`, never the raw path: one series per route, not
 * per record), method and status, timed from the first middleware to the last byte handed to the socket.
 * Then `GET /metrics` outside /api/v1 (not part of the API contract), behind METRICS_TOKEN when it is set.
 */
export function serveMetrics(app: NestExpressApplication): void {
  const metrics = app.get(Metrics);
  const renderer = app.get(ProblemRenderer);
  const token = app.get(AppConfig).METRICS_TOKEN;
  const duration = new Histogram({
    name: 'csf_http_request_duration_seconds',
    help: 'HTTP requests to the API by route template, method and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics.registry],
  });

  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      duration.observe(
        { method: req.method, route: typeof route === 'string' ? route : NO_ROUTE, status: String(res.statusCode) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    next();
  });

  app.use('/metrics', (req: Request & { id?: string }, res: Response, next: NextFunction) => {
    if (req.path !== '/' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    if (!scrapeAllowed(req.headers.authorization, token)) {
      const body = renderer.render({
        code: ErrorCode.UNAUTHENTICATED,
        lang: languageFrom(req.headers['accept-language']),
        instance: req.originalUrl,
        requestId: req.id,
      });
      res
        .status(body.status)
        .setHeader('WWW-Authenticate', 'Bearer')
        .type(PROBLEM_CONTENT_TYPE)
        .send(JSON.stringify(body));
      return;
    }
    metrics.render().then(
      (text) => res.status(200).type(metrics.contentType).send(text),
      (error: unknown) => next(error),
    );
  });
}
