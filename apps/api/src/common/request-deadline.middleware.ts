import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { Connection } from '@temporalio/client';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig, durationSetting } from '@csf/config';
import { ErrorCode } from '@csf/domain';
import { DEPENDENCY_RETRY_AFTER_SECONDS } from './dependency-errors';
import { languageFrom, PROBLEM_CONTENT_TYPE, ProblemRenderer } from './problem';

/**
 * Every API request answers within REQUEST_TIMEOUT. Guards, interceptors and handlers all run inside it, so a
 * PostgreSQL or Temporal that hangs costs the caller a 503 with Retry-After, not a minute. Every Temporal call the
 * request makes carries the same deadline (the SDK's call context), so the work stops soon after the answer too.
 *
 * The 503 is the HTTP answer only: a handler still running keeps its idempotency claim (the interceptor renews it) and
 * records its real outcome, which a retry with the same Idempotency-Key then gets.
 */
@Injectable()
export class RequestDeadlineMiddleware implements NestMiddleware {
  private readonly logger = new Logger(RequestDeadlineMiddleware.name);
  private readonly budgetMs: number;

  constructor(
    config: AppConfig,
    private readonly temporal: Connection,
    private readonly renderer: ProblemRenderer,
  ) {
    this.budgetMs = durationSetting(config.REQUEST_TIMEOUT);
  }

  use(req: Request & { id?: string }, res: Response, next: NextFunction): void {
    const deadline = Date.now() + this.budgetMs;
    const timer = setTimeout(() => this.expire(req, res), this.budgetMs);
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    this.temporal.withDeadline(deadline, async () => next()).catch(next);
  }

  private expire(req: Request & { id?: string }, res: Response): void {
    if (res.headersSent) return;
    this.logger.warn(
      { requestId: req.id, method: req.method, url: req.originalUrl, budgetMs: this.budgetMs },
      'request deadline passed',
    );
    const body = this.renderer.render({
      code: ErrorCode.SERVICE_UNAVAILABLE,
      lang: languageFrom(req.headers['accept-language']),
      instance: req.originalUrl,
      requestId: req.id,
    });
    res.setHeader('Retry-After', String(DEPENDENCY_RETRY_AFTER_SECONDS));
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}
