import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@csf/domain';
import { AppError } from './app-error';
import { isDependencyFailure, serviceUnavailable } from './dependency-errors';
import { languageFrom, PROBLEM_CONTENT_TYPE, ProblemRenderer } from './problem';

/** Maps every error to problem+json. Unknown errors become a 500 with no internals in the body. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  constructor(private readonly renderer: ProblemRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const error = this.toAppError(exception);
    if (error.status >= 500) this.logger.error({ err: exception, requestId: req.id }, 'request failed');
    const body = this.renderer.render({
      code: error.code,
      lang: languageFrom(req.headers['accept-language']),
      errors: error.errors,
      params: error.params,
      instance: req.originalUrl,
      requestId: req.id,
    });
    if (res.headersSent) return;
    if (error.retryAfter) res.setHeader('Retry-After', String(error.retryAfter));
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) {
      return exception.code === ErrorCode.SERVICE_UNAVAILABLE && !exception.retryAfter
        ? serviceUnavailable(exception)
        : exception;
    }
    // PostgreSQL or Temporal down or hung (wherever it surfaced: guard, service, interceptor): 503, never a 500.
    if (isDependencyFailure(exception)) return serviceUnavailable(exception);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return new AppError(ErrorCode.ROUTE_NOT_FOUND);
      if (status === 401) return new AppError(ErrorCode.UNAUTHENTICATED);
      if (status === 403) return new AppError(ErrorCode.FORBIDDEN);
      if (status === 413) return new AppError(ErrorCode.PAYLOAD_TOO_LARGE);
      if (status === 429) return new AppError(ErrorCode.RATE_LIMITED);
      if (status === 503) return serviceUnavailable(exception);
      if (status < 500) return new AppError(ErrorCode.VALIDATION_FAILED);
    }
    return new AppError(ErrorCode.INTERNAL);
  }
}
