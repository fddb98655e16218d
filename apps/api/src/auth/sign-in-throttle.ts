import { Injectable } from '@nestjs/common';
import { AppConfig, durationSetting } from '@csf/config';
import { AttemptLimiter, AttemptPolicy } from './attempt-limiter';

/** Failed sign-ins of an account are forgotten a day after the first one (or at the next success). */
const ACCOUNT_WINDOW_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/**
 * Sign-in throttling that people behind one address (an office, a mobile operator's NAT) do not trip over:
 * - per account (known or not, so the answers never tell which emails exist): after LOGIN_MAX_FAILURES failures it
 *   waits LOGIN_LOCK_BASE, doubling with each further failure up to LOGIN_LOCK_MAX; a success clears it;
 * - per client address: LOGIN_RATE_LIMIT attempts a minute, successful or not, then a minute's wait; it only stops
 *   floods (password spraying across accounts), so it is generous.
 */
@Injectable()
export class SignInThrottle {
  private readonly account: AttemptPolicy;
  private readonly address: AttemptPolicy;

  constructor(
    private readonly limiter: AttemptLimiter,
    config: AppConfig,
  ) {
    this.account = {
      scope: 'login:account',
      maxFailures: config.LOGIN_MAX_FAILURES,
      windowMs: ACCOUNT_WINDOW_MS,
      baseLockMs: durationSetting(config.LOGIN_LOCK_BASE),
      maxLockMs: durationSetting(config.LOGIN_LOCK_MAX),
    };
    this.address = {
      scope: 'login:address',
      maxFailures: config.LOGIN_RATE_LIMIT,
      windowMs: MINUTE_MS,
      baseLockMs: MINUTE_MS,
      maxLockMs: MINUTE_MS,
    };
  }

  /** Before checking the password: 429 with Retry-After when the address or the account must wait. */
  async before(email: string, address: string): Promise<void> {
    await this.limiter.check(this.address, address);
    // Every attempt counts against the address, refused ones too: a flood stays a flood.
    await this.limiter.fail(this.address, address);
    await this.limiter.check(this.account, accountKey(email));
  }

  failed(email: string): Promise<void> {
    return this.limiter.fail(this.account, accountKey(email));
  }

  succeeded(email: string): Promise<void> {
    return this.limiter.succeed(this.account, accountKey(email));
  }
}

/** The account as sign-in finds it: emails match case-insensitively, surrounding spaces ignored. */
function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Express `trust proxy` from TRUST_PROXY: `true`/`false`, a hop count, or addresses, subnets and the names
 * loopback/linklocal/uniquelocal, comma-separated. Decides which X-Forwarded-For entries make `req.ip`.
 */
export function trustProxySetting(value: string): boolean | number | string[] {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
