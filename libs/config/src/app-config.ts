import { plainToInstance, Transform } from 'class-transformer';
import ms from 'ms';
import { ROLES } from '@csf/domain';
import { Keyring } from './keyring';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidationError,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
/** A duration with its unit, as `ms` (and Temporal) read it: `30s`, `2 hours`, `1 day`. */
const DURATION = /^\d+(\.\d+)?\s*(ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)$/i;
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && value !== '' ? Number(value) : value);

/**
 * Every environment variable the services read, validated once at boot. The README's configuration table
 * mirrors this class; `secret` ones are never logged.
 */
export class AppConfig {
  /** PostgreSQL connection string. */
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// connection string' })
  DATABASE_URL!: string;

  /** Temporal frontend address host:port. */
  @IsString()
  @IsNotEmpty()
  TEMPORAL_ADDRESS: string = '127.0.0.1:7233';

  @IsString()
  @IsNotEmpty()
  TEMPORAL_NAMESPACE: string = 'default';

  /** Task queue shared by the API (client) and the worker. */
  @IsString()
  @IsNotEmpty()
  TEMPORAL_TASK_QUEUE: string = 'csf-main';

  /** Secret: HMAC key for access tokens, at least 32 characters. */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  /** Access token lifetime (`8h`, `30m`). */
  @IsString()
  @Matches(/^\d+[smhd]$/, { message: 'JWT_TTL must look like 30m, 8h or 1d' })
  JWT_TTL: string = '8h';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Largest JSON body accepted (body-parser syntax). */
  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 100kb or 1mb' })
  BODY_LIMIT: string = '256kb';

  /**
   * Sign-in attempts allowed per client address per minute, successful or not. Generous: a whole office or a mobile
   * operator's NAT shares one address; guessing one account's password is stopped by LOGIN_MAX_FAILURES instead.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT: number = 100;

  /** Failed sign-ins of one account (known or not) before it is locked for LOGIN_LOCK_BASE, doubling with each failure. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES: number = 5;

  /** First lock after LOGIN_MAX_FAILURES failures; every further failure doubles it, up to LOGIN_LOCK_MAX. */
  @Matches(DURATION, { message: 'LOGIN_LOCK_BASE must look like 1s' })
  LOGIN_LOCK_BASE: string = '1s';

  @Matches(DURATION, { message: 'LOGIN_LOCK_MAX must look like 15m' })
  LOGIN_LOCK_MAX: string = '15m';

  /**
   * Which proxies in front of the API may set X-Forwarded-For (Express `trust proxy`): `false`, `true` (any, only
   * when the API cannot be reached but through the proxy), a number of hops, or addresses/subnets and the names
   * `loopback`, `linklocal`, `uniquelocal`, comma-separated. Sign-in throttling per address depends on it.
   */
  @IsString()
  @IsNotEmpty()
  TRUST_PROXY: string = 'loopback';

  /**
   * Longest an API request may take: PostgreSQL or Temporal down or hung gets 503 (with Retry-After) by then, and it
   * is the deadline of every Temporal call the request makes. An idempotency claim whose request died is free
   * again after twice this.
   */
  @Matches(DURATION, { message: 'REQUEST_TIMEOUT must look like 10s' })
  REQUEST_TIMEOUT: string = '10s';

  /**
   * How long the API keeps a signed-in user it loaded, so a burst of requests with one token reads the user once.
   * Deactivation, sign-out everywhere, a password or role change invalidate it at once in the process that made the
   * change; other API instances see the change within this time. `0s` reloads the user on every request.
   */
  @Matches(DURATION, { message: 'AUTH_USER_CACHE_TTL must look like 5s' })
  AUTH_USER_CACHE_TTL: string = '5s';

  /** Most signed-in users kept by AUTH_USER_CACHE_TTL's cache (the oldest entry goes first). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_USER_CACHE_SIZE: number = 10000;

  /** Bearer token a Prometheus scraper must send to the API's /metrics; unset: /metrics is open (keep it off the public side of the proxy). */
  @IsOptional()
  @IsString()
  METRICS_TOKEN?: string;

  /** Worker: port of its Prometheus /metrics (process, PostgreSQL pool, payments, Temporal SDK); 0 = none. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT: number = 0;

  /** Connections in each process's PostgreSQL pool. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  DB_POOL_SIZE: number = 20;

  /** Longest wait to open a PostgreSQL connection or to get one from the pool. */
  @Matches(DURATION, { message: 'DB_CONNECT_TIMEOUT must look like 5s' })
  DB_CONNECT_TIMEOUT: string = '5s';

  /** Longest one SQL statement may run (server side); the client gives up on an answer a second later. */
  @Matches(DURATION, { message: 'DB_STATEMENT_TIMEOUT must look like 10s' })
  DB_STATEMENT_TIMEOUT: string = '10s';

  /** A session idle inside an open transaction this long is ended by PostgreSQL, releasing its locks. */
  @Matches(DURATION, { message: 'DB_IDLE_IN_TRANSACTION_TIMEOUT must look like 30s' })
  DB_IDLE_IN_TRANSACTION_TIMEOUT: string = '30s';

  /** How long an Idempotency-Key and its stored answer are kept. */
  @Matches(DURATION, { message: 'IDEMPOTENCY_TTL must look like 24h' })
  IDEMPOTENCY_TTL: string = '24h';

  /** How often expired idempotency keys and old sign-in counters are deleted (one API instance at a time). */
  @Matches(DURATION, { message: 'CLEANUP_INTERVAL must look like 10m' })
  CLEANUP_INTERVAL: string = '10m';

  /** Time the worker gives in-flight activities (payments) to finish on shutdown. */
  @Matches(/^\d+(ms|s|m)$/, { message: 'WORKER_SHUTDOWN_GRACE must look like 30s' })
  WORKER_SHUTDOWN_GRACE: string = '30s';

  /**
   * Workflow-task polls the worker keeps open. A new workflow's first task (all of a submission) is on the normal
   * task queue, not the worker's sticky one, so the split below matters more than the total.
   */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  WORKER_WORKFLOW_TASK_POLLERS: number = 16;

  /**
   * Share of those polls on the normal queue. The SDK's 0.2 (2 of its default 10) let submissions' first tasks
   * wait in the queue at 16 concurrent submits; half keeps a poll waiting for each while cached runs keep theirs.
   */
  @Transform(toInt)
  @IsNumber()
  @Min(0.1)
  @Max(1)
  WORKER_NON_STICKY_POLL_RATIO: number = 0.5;

  /**
   * Workflow runs the worker keeps in memory between tasks (the SDK's sticky cache). Unset: the SDK's default, which
   * it derives from the V8 heap limit. Each cached grant or proposal workflow holds its own V8 context (the bench's
   * memory phase measures how much), so this bounds the worker's RSS; an evicted run is replayed from its history on
   * its next task, which costs CPU, not correctness.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(0)
  WORKER_MAX_CACHED_WORKFLOWS?: number;

  /**
   * A grant workflow continues as new (fresh history, same grant) once its history passes this many events, or
   * earlier when Temporal suggests it. Years of reminders and payments stay a small history.
   */
  @Transform(toInt)
  @IsInt()
  @Min(20)
  GRANT_HISTORY_LIMIT: number = 2000;

  /**
   * IATI organisation identifier of the publisher (`{registration agency}-{number}`), prefix of every activity
   * identifier in /exports/iati.xml. Set the registered one before the first publication: published
   * identifiers never change.
   */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{2,60}$/, { message: 'IATI_PUBLISHER_REF must look like XM-DAC-41114' })
  IATI_PUBLISHER_REF: string = 'XM-DAC-CSF';

  /** Run pending migrations at start (under an advisory lock, so API and worker may both do it). */
  @Transform(toBool)
  @IsBoolean()
  DB_MIGRATE_ON_START: boolean = true;

  /** Where notifications go: `dev` stores them only (listed by GET /notifications), `email` (SMTP), `sms`. */
  @IsIn(['dev', 'email', 'sms'])
  NOTIFICATION_CHANNEL: string = 'dev';

  /**
   * Development channel: every message (email or SMS) is also appended to this file as one JSON line (`to`,
   * `channel`, `subject`, `text`, `sentAt`) and logged. `npm start` sets `.data/outbox.jsonl` in the embedded mode;
   * leave unset in production.
   */
  @IsOptional()
  @IsString()
  OUTBOX_FILE?: string;

  /** Address people open links at (invitations, password resets): `<PUBLIC_URL>/invitation?token=…`. */
  @Matches(/^https?:\/\/[^\s?#]+$/, { message: 'PUBLIC_URL must be an http(s) URL without query' })
  PUBLIC_URL: string = 'http://localhost:3000';

  /**
   * Roles that must sign in with a TOTP second factor, comma-separated, or `none`. A person in one of them who has
   * not enrolled yet may only enrol (every other route answers 403 TOTP_ENROLMENT_REQUIRED). `npm start` and the
   * tests set `none`.
   */
  @Matches(/^(none|[a-z_]+(\s*,\s*[a-z_]+)*)$/, {
    message: 'REQUIRE_2FA_ROLES must be role names separated by commas, or none',
  })
  REQUIRE_2FA_ROLES: string = 'finance_officer,finance_approver,admin';

  /** Secret: SMTP connection URL for the email channel (smtp://user:pass@host:587). */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  SMTP_FROM: string = 'Fonds de sécurité communautaire <no-reply@csf.example>';

  /** SMS gateway endpoint: receives POST { to, text } as JSON. */
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'SMS_GATEWAY_URL must be an http(s) URL' })
  SMS_GATEWAY_URL?: string;

  /** Secret: bearer token for the SMS gateway. */
  @IsOptional()
  @IsString()
  SMS_GATEWAY_TOKEN?: string;

  /** How tranches are paid: `manual` (payment order, finance confirms) or `http` (mobile-money style API). */
  @IsIn(['manual', 'http'])
  PAYMENT_GATEWAY: string = 'manual';

  /** Base URL of the HTTP payment provider (POST /transfers, GET /transfers/:id). */
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'PAYMENT_API_URL must be an http(s) URL' })
  PAYMENT_API_URL?: string;

  /** Secret: bearer token for the payment provider. */
  @IsOptional()
  @IsString()
  PAYMENT_API_TOKEN?: string;

  /** How long one call to the payment provider may take; a call cut short leaves the outcome unknown (asked again). */
  @Matches(DURATION, { message: 'PAYMENT_API_TIMEOUT must look like 10s' })
  PAYMENT_API_TIMEOUT: string = '10 seconds';

  /**
   * A payment whose outcome the provider has not told for this long (409, 404, timeouts, an unknown status, another
   * amount) alerts finance, who may then record the outcome they checked with the provider.
   */
  @Matches(DURATION, { message: 'PAYMENT_STUCK_ALERT_AFTER must look like 2 hours or 30s' })
  PAYMENT_STUCK_ALERT_AFTER: string = '2 hours';

  /** First wait before asking the provider again about a payment without outcome; doubles up to the next one. */
  @Matches(DURATION, { message: 'PAYMENT_POLL_INTERVAL must look like 2s or 2 seconds' })
  PAYMENT_POLL_INTERVAL: string = '2 seconds';

  /** Longest wait between two questions to the provider about one payment. */
  @Matches(DURATION, { message: 'PAYMENT_POLL_MAX_INTERVAL must look like 5m or 5 minutes' })
  PAYMENT_POLL_MAX_INTERVAL: string = '5 minutes';

  /**
   * Secret: keys that encrypt payout accounts at rest and every Temporal payload, `id:base64-of-32-bytes`, newest
   * first (`k2:…,k1:…`). New data uses the first; older ones stay listed until nothing encrypted with them is left
   * (`npm run payout-keys -- rotate` re-encrypts the database; Temporal histories keep theirs until retention ends).
   */
  @IsString()
  @IsNotEmpty({
    message: 'PAYOUT_ENCRYPTION_KEYS is required (id:base64-of-32-bytes, e.g. k1:$(openssl rand -base64 32))',
  })
  PAYOUT_ENCRYPTION_KEYS!: string;

  /** Seed demo users, organisations and an open round once. Set only by the embedded `npm start`. */
  @Transform(toBool)
  @IsBoolean()
  DEMO_SEED: boolean = false;

  /** Secret: password of the demo users. */
  @IsOptional()
  @IsString()
  @MinLength(8)
  DEMO_PASSWORD: string = 'demo-password';
}

/** The parsed PAYOUT_ENCRYPTION_KEYS (validated at boot, so this does not throw for a booted config). */
export function payoutKeyring(config: Pick<AppConfig, 'PAYOUT_ENCRYPTION_KEYS'>): Keyring {
  return Keyring.parse(config.PAYOUT_ENCRYPTION_KEYS);
}

/** The roles REQUIRE_2FA_ROLES names (validated at boot). */
export function secondFactorRoles(config: Pick<AppConfig, 'REQUIRE_2FA_ROLES'>): string[] {
  const value = config.REQUIRE_2FA_ROLES.trim();
  return value === 'none'
    ? []
    : value
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean);
}

/** Milliseconds of a duration setting (validated at boot against DURATION, which `ms` reads). */
export function durationSetting(value: string): number {
  return ms(value.replace(/\s+/g, ' ') as ms.StringValue);
}

export const SECRET_KEYS: ReadonlyArray<keyof AppConfig> = [
  'JWT_SECRET',
  'PAYOUT_ENCRYPTION_KEYS',
  'DEMO_PASSWORD',
  'DATABASE_URL',
  'SMTP_URL',
  'SMS_GATEWAY_TOKEN',
  'PAYMENT_API_TOKEN',
  'METRICS_TOKEN',
];

/** Builds the config from an environment, or throws one message listing every problem. */
export function validateConfig(env: Record<string, unknown>): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked: Record<string, unknown> = {};
  for (const key of [
    ...known,
    'OUTBOX_FILE',
    'DATABASE_URL',
    'JWT_SECRET',
    'PAYOUT_ENCRYPTION_KEYS',
    'SMTP_URL',
    'SMS_GATEWAY_URL',
    'SMS_GATEWAY_TOKEN',
    'PAYMENT_API_URL',
    'PAYMENT_API_TOKEN',
    'WORKER_MAX_CACHED_WORKFLOWS',
    'METRICS_TOKEN',
  ]) {
    if (env[key] !== undefined && env[key] !== '') picked[key] = env[key];
  }
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config, { whitelist: false });
  if (config.NOTIFICATION_CHANNEL === 'email' && !config.SMTP_URL) {
    errors.push(
      Object.assign(new ValidationError(), {
        property: 'SMTP_URL',
        constraints: { required: 'SMTP_URL is required when NOTIFICATION_CHANNEL=email' },
      }),
    );
  }
  if (config.NOTIFICATION_CHANNEL === 'sms' && !config.SMS_GATEWAY_URL) {
    errors.push(
      Object.assign(new ValidationError(), {
        property: 'SMS_GATEWAY_URL',
        constraints: { required: 'SMS_GATEWAY_URL is required when NOTIFICATION_CHANNEL=sms' },
      }),
    );
  }
  if (config.PAYMENT_GATEWAY === 'http' && !config.PAYMENT_API_URL) {
    errors.push(
      Object.assign(new ValidationError(), {
        property: 'PAYMENT_API_URL',
        constraints: { required: 'PAYMENT_API_URL is required when PAYMENT_GATEWAY=http' },
      }),
    );
  }
  const unknownRoles = secondFactorRoles(config).filter((role) => !(ROLES as readonly string[]).includes(role));
  if (config.REQUIRE_2FA_ROLES && unknownRoles.length) {
    // A misspelt role would silently turn the second factor off for the people it was meant for.
    errors.push(
      Object.assign(new ValidationError(), {
        property: 'REQUIRE_2FA_ROLES',
        constraints: { roles: `unknown role(s): ${unknownRoles.join(', ')}` },
      }),
    );
  }
  if (config.PAYOUT_ENCRYPTION_KEYS) {
    try {
      Keyring.parse(config.PAYOUT_ENCRYPTION_KEYS);
    } catch (error) {
      errors.push(
        Object.assign(new ValidationError(), {
          property: 'PAYOUT_ENCRYPTION_KEYS',
          constraints: { keyring: (error as Error).message },
        }),
      );
    }
  }
  if (errors.length) {
    const lines = errors.map((e) => `  - ${e.property}: ${Object.values(e.constraints ?? {}).join('; ') || 'invalid'}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
