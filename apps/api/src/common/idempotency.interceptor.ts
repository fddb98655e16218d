import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac, randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { defer, from, Observable, of, throwError } from 'rxjs';
import { catchError, finalize, map, mergeMap } from 'rxjs/operators';
import { Repository } from 'typeorm';
import { AppConfig, durationSetting } from '@csf/config';
import { ErrorCode, FieldCode } from '@csf/domain';
import { IdempotencyKeyEntity } from '@csf/persistence';
import { AppError } from './app-error';
import { isDependencyFailure } from './dependency-errors';
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
 * What identifies "the same request" for a key: method, path and body (key order ignored). Keyed (HMAC) because
 * bodies carry personal data such as a payout number, which a plain hash of a 9-digit number would give away.
 */
export function requestFingerprint(secret: string, method: string, path: string, body: unknown): string {
  return createHmac('sha256', secret)
    .update(`${method} ${path}\n${canonical(body ?? null)}`)
    .digest('hex');
}

/** What the claim found: this request holds the key now, or an earlier request does. */
type Claim =
  | { kind: 'claimed'; token: string }
  | {
      kind: 'existing';
      record: {
        requestHash: string;
        state: 'in_progress' | 'completed';
        responseStatus: number | null;
        responseBody: unknown;
        retryAfter: number;
      };
    };

/**
 * `Idempotency-Key` on POST commands: the first answer is stored per (user, key); the same key with the same
 * request replays it, with another request it is refused (409 IDEMPOTENCY_KEY_REUSED).
 *
 * A request in flight holds the key by a lease (IDEMPOTENCY_KEY_IN_PROGRESS with Retry-After for a second request
 * meanwhile; never two running at once). It renews the lease while it runs, so only a request whose process died
 * loses it, after twice REQUEST_TIMEOUT; then the same request may run again. A failed command, a 503 included,
 * stores nothing: the client retries with the same key. Keys and stored answers expire after IDEMPOTENCY_TTL
 * (ExpiredRecordsCleanup deletes them; an expired key is free at once).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);
  private readonly leaseMs: number;
  private readonly ttlMs: number;
  private readonly fingerprintSecret: string;

  constructor(
    @InjectRepository(IdempotencyKeyEntity) private readonly keys: Repository<IdempotencyKeyEntity>,
    config: AppConfig,
  ) {
    this.leaseMs = 2 * durationSetting(config.REQUEST_TIMEOUT);
    this.ttlMs = durationSetting(config.IDEMPOTENCY_TTL);
    this.fingerprintSecret = config.JWT_SECRET;
  }

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
    const requestHash = requestFingerprint(this.fingerprintSecret, req.method, path, req.body);
    const status: number = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? 201;

    return defer(() => this.claim(actorId, key, req.method, path, requestHash)).pipe(
      mergeMap((claim) => {
        if (claim.kind === 'existing') {
          const existing = claim.record;
          if (existing.requestHash !== requestHash) throw new AppError(ErrorCode.IDEMPOTENCY_KEY_REUSED);
          if (existing.state !== 'completed')
            throw AppError.retryLater(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS, existing.retryAfter);
          res.setHeader('Idempotent-Replayed', 'true');
          res.status(existing.responseStatus ?? status);
          return of(existing.responseBody);
        }
        const { token } = claim;
        const renewal = setInterval(() => void this.renew(actorId, key, token), this.leaseMs / 3);
        renewal.unref();
        return next.handle().pipe(
          mergeMap((body) => from(this.complete(actorId, key, token, status, body)).pipe(map(() => body))),
          catchError((error: unknown) => {
            // With the database away, waiting for the release would delay the 503: it is not awaited, and if it
            // cannot run the lease frees the key.
            if (isDependencyFailure(error)) {
              void this.release(actorId, key, token);
              return throwError(() => error);
            }
            return from(this.release(actorId, key, token)).pipe(mergeMap(() => throwError(() => error)));
          }),
          finalize(() => clearInterval(renewal)),
        );
      }),
    );
  }

  /**
   * Takes the key for this request, or returns the record that holds it. An expired key is taken whatever it held;
   * a dead request's claim (lease run out) only by the same request.
   */
  private async claim(actorId: string, key: string, method: string, path: string, requestHash: string): Promise<Claim> {
    const token = randomUUID();
    const claimed: unknown[] = await this.keys.query(
      `INSERT INTO idempotency_keys AS k (actor_id, key, method, path, request_hash, state, lease_token, lease_until, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'in_progress', $6, now() + $7::float8 * interval '1 millisecond', now() + $8::float8 * interval '1 millisecond')
       ON CONFLICT (actor_id, key) DO UPDATE SET
         method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash, state = 'in_progress',
         response_status = NULL, response_body = NULL, completed_at = NULL, created_at = date_trunc('milliseconds', now()),
         lease_token = EXCLUDED.lease_token, lease_until = EXCLUDED.lease_until, expires_at = EXCLUDED.expires_at
       WHERE k.expires_at <= now()
          OR (k.state = 'in_progress' AND k.lease_until <= now() AND k.request_hash = EXCLUDED.request_hash)
       RETURNING lease_token`,
      [actorId, key, method, path, requestHash, token, this.leaseMs, this.ttlMs],
    );
    if (claimed.length) return { kind: 'claimed', token };
    const [row] = await this.keys.query(
      `SELECT request_hash, state, response_status, response_body,
              greatest(1, least($3::numeric, ceil(extract(epoch FROM lease_until - now()))))::int AS retry_after
         FROM idempotency_keys WHERE actor_id = $1 AND key = $2`,
      [actorId, key, Math.ceil(this.leaseMs / 2000)],
    );
    // Deleted by the cleanup between the two statements: the key has just become free.
    if (!row) return this.claim(actorId, key, method, path, requestHash);
    return {
      kind: 'existing',
      record: {
        requestHash: row.request_hash,
        state: row.state,
        responseStatus: row.response_status,
        responseBody: row.response_body,
        retryAfter: row.retry_after,
      },
    };
  }

  private async renew(actorId: string, key: string, token: string): Promise<void> {
    await this.keys
      .query(
        `UPDATE idempotency_keys SET lease_until = now() + $4::float8 * interval '1 millisecond'
          WHERE actor_id = $1 AND key = $2 AND lease_token = $3 AND state = 'in_progress'`,
        [actorId, key, token, this.leaseMs],
      )
      .catch(() => undefined);
  }

  /**
   * Stores the answer. If that fails the answer still goes out (the command did happen); the claim then lapses with
   * its lease, and a retry runs the command again, which its own business key makes harmless.
   */
  private async complete(actorId: string, key: string, token: string, status: number, body: unknown): Promise<void> {
    try {
      await this.keys.query(
        `UPDATE idempotency_keys
            SET state = 'completed', response_status = $4, response_body = $5::jsonb, completed_at = now(), lease_token = NULL, lease_until = NULL
          WHERE actor_id = $1 AND key = $2 AND lease_token = $3`,
        [actorId, key, token, status, JSON.stringify(body ?? null)],
      );
    } catch (error) {
      this.logger.warn({ err: error, key }, 'could not store the answer of an idempotent request');
    }
  }

  private async release(actorId: string, key: string, token: string): Promise<void> {
    await this.keys
      .query(
        `DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2 AND lease_token = $3 AND state = 'in_progress'`,
        [actorId, key, token],
      )
      .catch(() => undefined);
  }
}
