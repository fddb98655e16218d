import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { toDataURL } from 'qrcode';
import { DataSource } from 'typeorm';
import { AppConfig, Keyring, payoutKeyring } from '@csf/config';
import { FieldCode } from '@csf/domain';
import { audit } from '@csf/persistence';
import { AppError } from '../common/app-error';
import { userChanged } from './auth-user-cache';

const ISSUER = 'Fonds de sécurité communautaire';
const PERIOD_SECONDS = 30;
/** One step either side: a phone clock 30 s off still works. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

const digest = (code: string) => createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
/** People retype recovery codes with spaces, dashes or lower case. */
const normaliseRecoveryCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

export interface SecondFactorProof {
  totp?: string;
  recoveryCode?: string;
}

/**
 * TOTP (RFC 6238, the `otpauth` library) as the second factor. The secret is sealed at rest with the payout keyring
 * (AES-256-GCM, bound to the user id), so a database copy alone cannot produce codes. A code is accepted once: the
 * last accepted time step is kept and a step at or before it is refused. Recovery codes (10, about 50 bits each) are
 * kept as SHA-256 hashes and removed as they are used, in one conditional UPDATE so a code cannot serve twice.
 */
@Injectable()
export class TwoFactor {
  private readonly keyring: Keyring;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.keyring = payoutKeyring(config);
  }

  /** A new secret for a person not yet enrolled (asking again replaces the one not yet confirmed). */
  async setup(user: {
    id: string;
    email: string | null;
    phone?: string | null;
  }): Promise<{ secret: string; otpauthUri: string; qrCode: string }> {
    const secret = new Secret({ size: 20 });
    const [rows] = await this.dataSource.query(
      `UPDATE users SET totp_secret = $2 WHERE id = $1 AND totp_enabled_at IS NULL RETURNING id`,
      [user.id, this.seal(user.id, secret.base32)],
    );
    if (!rows?.length) throw AppError.invalidState('totp_enabled');
    const otpauthUri = this.totp(secret, user.email ?? user.phone ?? user.id).toString();
    return {
      secret: secret.base32,
      otpauthUri,
      qrCode: await toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2 }),
    };
  }

  /** Confirms enrolment with a first code; answers the recovery codes, shown this once. */
  async enable(userId: string, code: string): Promise<string[]> {
    const [row] = await this.dataSource.query(`SELECT totp_secret, totp_enabled_at FROM users WHERE id = $1`, [userId]);
    if (!row?.totp_secret || row.totp_enabled_at)
      throw AppError.invalidState(row?.totp_enabled_at ? 'totp_enabled' : 'totp_not_set_up');
    const step = this.matchingStep(userId, row.totp_secret, code);
    // 422, not 401: the caller is signed in; only the code is wrong.
    if (step === null) throw AppError.validation([{ field: 'code', code: FieldCode.MISMATCH }]);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCode());
    const [updated] = await this.dataSource.query(
      `UPDATE users SET totp_enabled_at = now(), totp_last_step = $2, recovery_codes = $3
        WHERE id = $1 AND totp_enabled_at IS NULL RETURNING id`,
      [userId, step, codes.map(digest)],
    );
    if (!updated?.length) throw AppError.invalidState('totp_enabled');
    userChanged(this.dataSource.manager, userId);
    await audit.record(this.dataSource.manager, { userId }, [
      { action: 'user.second_factor_enabled', entityType: 'user', entityId: userId },
    ]);
    return codes;
  }

  /** Checks the proof at sign-in, using it up (the TOTP step or the recovery code). */
  async verify(userId: string, proof: SecondFactorProof): Promise<boolean> {
    if (proof.recoveryCode) {
      const [rows] = await this.dataSource.query(
        `UPDATE users SET recovery_codes = array_remove(recovery_codes, $2)
          WHERE id = $1 AND totp_enabled_at IS NOT NULL AND $2 = ANY(recovery_codes) RETURNING id`,
        [userId, digest(proof.recoveryCode)],
      );
      return rows?.length === 1;
    }
    if (!proof.totp) return false;
    const [row] = await this.dataSource.query(
      `SELECT totp_secret FROM users WHERE id = $1 AND totp_enabled_at IS NOT NULL`,
      [userId],
    );
    if (!row?.totp_secret) return false;
    const step = this.matchingStep(userId, row.totp_secret, proof.totp);
    if (step === null) return false;
    const [rows] = await this.dataSource.query(
      `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
      [userId, step],
    );
    return rows?.length === 1;
  }

  private matchingStep(userId: string, sealed: string, code: string): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const totp = this.totp(Secret.fromBase32(this.open(userId, sealed)), userId);
    const delta = totp.validate({ token: code, window: WINDOW });
    return delta === null ? null : Math.floor(Date.now() / 1000 / PERIOD_SECONDS) + delta;
  }

  private totp(secret: Secret, label: string): TOTP {
    return new TOTP({ issuer: ISSUER, label, secret, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS });
  }

  private seal(userId: string, base32: string): string {
    const { keyId, sealed } = this.keyring.seal(Buffer.from(base32), Buffer.from(`totp:${userId}`));
    return `${keyId}:${sealed.toString('base64')}`;
  }

  private open(userId: string, stored: string): string {
    const at = stored.lastIndexOf(':');
    return this.keyring
      .open(stored.slice(0, at), Buffer.from(stored.slice(at + 1), 'base64'), Buffer.from(`totp:${userId}`))
      .toString();
  }
}

/** 10 characters of Crockford-like base32 (no I, L, O, U), shown as XXXXX-XXXXX. */
function recoveryCode(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % 32]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
