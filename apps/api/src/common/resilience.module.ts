import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ExpiredRecordsCleanup } from './expired-records.cleanup';
import { ProblemRenderer } from './problem';
import { RequestDeadlineMiddleware } from './request-deadline.middleware';

/**
 * Bounded answers and safe retries: every API request answers within REQUEST_TIMEOUT (503 with Retry-After when a
 * dependency hangs), and expired idempotency keys and sign-in counters are cleaned up. Health probes are left out:
 * they have their own short timeouts.
 */
@Module({ providers: [ProblemRenderer, ExpiredRecordsCleanup], exports: [ExpiredRecordsCleanup] })
export class ResilienceModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestDeadlineMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
