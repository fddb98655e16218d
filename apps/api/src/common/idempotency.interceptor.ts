import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { defer, from, Observable, of } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { Repository } from 'typeorm';
import { ErrorCode, FieldCode } from '@csf/domain';
import { IdempotencyKeyEntity } from '@csf/persistence';
import { AppError } from './app-error';
import type { AuthUser } from '../auth/auth-user';

export const KEY = /^[A-Za-z0-9._:-]{1,200}$/;

/** Key order must not change the fingerprint: {a,b} and {b,a} are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * `Idempotency-Key` on POST commands: the first answer is stored per (user, key); the same key with the same
 * request replays it, with another request it is refused (409). A failed command leaves no record, so the client
 * may retry it with the same key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectRepository(IdempotencyKeyEntity) private readonly keys: Repository<IdempotencyKeyEntity>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || key === undefined || !req.user) return next.handle();
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw AppError.validation([{ field: 'Idempotency-Key', code: FieldCode.INVALID }]);
    }
    const actorId = req.user.id;
    const path = req.originalUrl.split('?')[0];
    const requestHash = createHash('sha256').update(`${req.method} ${path}\n${canonical(req.body ?? null)}`).digest('hex');
    const status: number = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? 201;

    return defer(() => this.claim(actorId, key, req.method, path, requestHash)).pipe(
      mergeMap((existing) => {
        if (existing) {
          if (existing.requestHash !== requestHash) throw new AppError(ErrorCode.IDEMPOTENCY_KEY_REUSED);
          if (existing.state !== 'completed') throw new AppError(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS);
          res.setHeader('Idempotent-Replayed', 'true');
          res.status(existing.responseStatus ?? status);
          return of(existing.responseBody);
        }
        return next.handle().pipe(
          mergeMap((body) =>
            from(
              this.keys.update(
                { actorId, key },
                { state: 'completed', responseStatus: status, responseBody: (body ?? null) as never, completedAt: new Date() },
              ),
            ).pipe(mergeMap(() => of(body))),
          ),
          catchError((error: unknown) =>
            from(this.keys.delete({ actorId, key, state: 'in_progress' })).pipe(
              mergeMap(() => {
                throw error;
              }),
            ),
          ),
        );
      }),
    );
  }

  /** Inserts an in-progress claim; returns the earlier record when the key is already taken. */
  private async claim(actorId: string, key: string, method: string, path: string, requestHash: string) {
    const inserted = await this.keys
      .createQueryBuilder()
      .insert()
      .values({ actorId, key, method, path, requestHash, state: 'in_progress' })
      .orIgnore()
      .returning(['key'])
      .execute();
    if (inserted.raw.length) return null;
    return this.keys.findOne({ where: { actorId, key } });
  }
}
