import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@csf/config';
import { ErrorCode } from '@csf/domain';
import { trustProxySetting } from './auth/sign-in-throttle';
import { completeContract } from './common/openapi/error-responses';
import { methodNotAllowed } from './common/openapi/method-not-allowed';
import { languageFrom, PROBLEM_CONTENT_TYPE, ProblemRenderer } from './common/problem';
import { serveMetrics } from './common/http-metrics';
import { rejectUnfitInput } from './common/json-body-guard';
import { serveWebPortal } from './common/web-portal';

export const API_PREFIX = 'api/v1';

/**
 * Everything that makes the HTTP surface what the contract says, shared by main, tests and the OpenAPI script:
 * the /api/v1 prefix (health stays at /health), JSON parsing with a size cap whose failures are problem+json,
 * and the OpenAPI document.
 */
export function configureApp(app: NestExpressApplication): OpenAPIObject {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  applyGlobalPrefix(app);
  // First, so that every request is timed, those refused before routing included.
  serveMetrics(app);
  app.disable('x-powered-by');
  // No ETag on res.send: hashing every JSON answer costs CPU on each request, and no client revalidates API
  // answers (the portal refetches). Built assets keep theirs (express.static); index.html revalidates by Last-Modified.
  app.set('etag', false);
  // Which proxies may tell the client's address (X-Forwarded-For): sign-in throttling per address relies on it.
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.use(express.json({ limit: config.BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'] }));
  app.use(rejectUnfitInput(app.get(ProblemRenderer)));
  app.use(bodyErrorsAsProblems(app.get(ProblemRenderer), config.BODY_LIMIT));
  app.enableShutdownHooks();

  const document = buildOpenApi(app);
  app.use(methodNotAllowed(document, app.get(ProblemRenderer)));
  app.use('/api/openapi.json', (_req: Request, res: Response) => res.json(document));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  serveWebPortal(app);
  return document;
}

/** /api/v1 for the API; health stays at the root where probes expect it. */
export function applyGlobalPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
}

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('Community Safety Fund API')
    .setDescription(
      'Proposals, review, grants, tranches and reports of a community safety fund. Errors are ' +
        'application/problem+json (RFC 9457) with a stable `code`; French by default, English with ' +
        '`Accept-Language: en`. POST commands accept an `Idempotency-Key` header.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return completeContract(app, SwaggerModule.createDocument(app, options));
}

/** body-parser errors happen before Nest's pipeline, so they are rendered here rather than by ProblemFilter. */
function bodyErrorsAsProblems(renderer: ProblemRenderer, limit: string) {
  return (
    error: { type?: string; status?: number },
    req: Request & { id?: string },
    res: Response,
    next: NextFunction,
  ) => {
    if (!error) return next();
    const code =
      error.type === 'entity.too.large'
        ? ErrorCode.PAYLOAD_TOO_LARGE
        : error.type === 'entity.parse.failed'
          ? ErrorCode.MALFORMED_JSON
          : error.status && error.status < 500
            ? ErrorCode.MALFORMED_JSON
            : ErrorCode.INTERNAL;
    const body = renderer.render({
      code,
      lang: languageFrom(req.headers['accept-language']),
      params: { limit },
      instance: req.originalUrl,
      requestId: req.id,
    });
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  };
}
