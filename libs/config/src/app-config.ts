import { plainToInstance, Transform } from 'class-transformer';
import { Keyring } from './keyring';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, ValidationError, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
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

  /** Sign-in attempts allowed per client per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT: number = 10;

  /** Time the worker gives in-flight activities (payments) to finish on shutdown. */
  @Matches(/^\d+(ms|s|m)$/, { message: 'WORKER_SHUTDOWN_GRACE must look like 30s' })
  WORKER_SHUTDOWN_GRACE: string = '30s';

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

  /**
   * Secret: keys that encrypt payout accounts at rest and every Temporal payload, `id:base64-of-32-bytes`, newest
   * first (`k2:…,k1:…`). New data uses the first; older ones stay listed until nothing encrypted with them is left
   * (`npm run payout-keys -- rotate` re-encrypts the database; Temporal histories keep theirs until retention ends).
   */
  @IsString()
  @IsNotEmpty({ message: 'PAYOUT_ENCRYPTION_KEYS is required (id:base64-of-32-bytes, e.g. k1:$(openssl rand -base64 32))' })
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

export const SECRET_KEYS: ReadonlyArray<keyof AppConfig> = ['JWT_SECRET', 'PAYOUT_ENCRYPTION_KEYS', 'DEMO_PASSWORD', 'DATABASE_URL', 'SMTP_URL', 'SMS_GATEWAY_TOKEN', 'PAYMENT_API_TOKEN'];

/** Builds the config from an environment, or throws one message listing every problem. */
export function validateConfig(env: Record<string, unknown>): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked: Record<string, unknown> = {};
  for (const key of [...known, 'DATABASE_URL', 'JWT_SECRET', 'PAYOUT_ENCRYPTION_KEYS', 'SMTP_URL', 'SMS_GATEWAY_URL', 'SMS_GATEWAY_TOKEN', 'PAYMENT_API_URL', 'PAYMENT_API_TOKEN']) {
    if (env[key] !== undefined && env[key] !== '') picked[key] = env[key];
  }
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config, { whitelist: false });
  if (config.NOTIFICATION_CHANNEL === 'email' && !config.SMTP_URL) {
    errors.push(Object.assign(new ValidationError(), { property: 'SMTP_URL', constraints: { required: 'SMTP_URL is required when NOTIFICATION_CHANNEL=email' } }));
  }
  if (config.NOTIFICATION_CHANNEL === 'sms' && !config.SMS_GATEWAY_URL) {
    errors.push(Object.assign(new ValidationError(), { property: 'SMS_GATEWAY_URL', constraints: { required: 'SMS_GATEWAY_URL is required when NOTIFICATION_CHANNEL=sms' } }));
  }
  if (config.PAYMENT_GATEWAY === 'http' && !config.PAYMENT_API_URL) {
    errors.push(Object.assign(new ValidationError(), { property: 'PAYMENT_API_URL', constraints: { required: 'PAYMENT_API_URL is required when PAYMENT_GATEWAY=http' } }));
  }
  if (config.PAYOUT_ENCRYPTION_KEYS) {
    try {
      Keyring.parse(config.PAYOUT_ENCRYPTION_KEYS);
    } catch (error) {
      errors.push(Object.assign(new ValidationError(), { property: 'PAYOUT_ENCRYPTION_KEYS', constraints: { keyring: (error as Error).message } }));
    }
  }
  if (errors.length) {
    const lines = errors.map((e) => `  - ${e.property}: ${Object.values(e.constraints ?? {}).join('; ') || 'invalid'}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
