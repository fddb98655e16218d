import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig, DecryptionError, Keyring, payoutKeyring } from '@csf/config';
import { maskAccount } from '@csf/domain';
import type { PayoutAccount } from './entities/grant.entity';

/** The grant columns that hold a payout account: clear what a list may show, sealed the rest. */
export interface SealedPayout {
  payoutMethod: PayoutAccount['method'];
  payoutProvider: string;
  payoutMasked: string;
  payoutCiphertext: Buffer;
  payoutKeyId: string;
}

/** The ciphertext is bound to its grant: copied onto another grant's row it no longer opens. */
const aadFor = (grantId: string) => Buffer.from(`csf:grant-payout:${grantId}`);

export function sealPayout(keyring: Keyring, grantId: string, account: PayoutAccount): SealedPayout {
  const { keyId, sealed } = keyring.seal(Buffer.from(JSON.stringify(account)), aadFor(grantId));
  return {
    payoutMethod: account.method,
    payoutProvider: account.method === 'mobile_money' ? account.provider : account.bankName,
    payoutMasked: maskAccount(account.method === 'mobile_money' ? account.msisdn : account.accountNumber),
    payoutCiphertext: sealed,
    payoutKeyId: keyId,
  };
}

/** Opens a sealed account; a missing key or a ciphertext that does not authenticate throws DecryptionError. */
export function openPayout(keyring: Keyring, grantId: string, ciphertext: Buffer, keyId: string): PayoutAccount {
  return JSON.parse(keyring.open(keyId, ciphertext, aadFor(grantId)).toString('utf8')) as PayoutAccount;
}

/**
 * Re-seals with the newest key every account sealed with an older one, in batches, each row under its lock.
 * Answers how many rows were re-encrypted. Rows that no configured key opens make it fail loudly.
 */
export async function rotatePayoutKeys(dataSource: DataSource, keyring: Keyring, batchSize = 200): Promise<number> {
  let rotated = 0;
  for (;;) {
    const done = await dataSource.transaction(async (m: EntityManager) => {
      const rows: { id: string; payout_ciphertext: Buffer; payout_key_id: string }[] = await m.query(
        `SELECT id, payout_ciphertext, payout_key_id FROM grants
          WHERE payout_ciphertext IS NOT NULL AND payout_key_id <> $1
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [keyring.current.id, batchSize],
      );
      for (const row of rows) {
        const sealed = sealPayout(
          keyring,
          row.id,
          openPayout(keyring, row.id, row.payout_ciphertext, row.payout_key_id),
        );
        await m.query('UPDATE grants SET payout_ciphertext = $2, payout_key_id = $3 WHERE id = $1', [
          row.id,
          sealed.payoutCiphertext,
          sealed.payoutKeyId,
        ]);
      }
      return rows.length;
    });
    rotated += done;
    if (done < batchSize) return rotated;
  }
}

/** Counts sealed accounts per key id: what a key still protects before it can be dropped from the configuration. */
export async function payoutKeyUsage(dataSource: DataSource): Promise<Record<string, number>> {
  const rows: { key_id: string; n: number }[] = await dataSource.query(
    'SELECT payout_key_id AS key_id, count(*)::int AS n FROM grants WHERE payout_ciphertext IS NOT NULL GROUP BY payout_key_id ORDER BY 1',
  );
  return Object.fromEntries(rows.map((r) => [r.key_id, r.n]));
}

/** The only way services read or write a payout account; the keys come from PAYOUT_ENCRYPTION_KEYS. */
@Injectable()
export class PayoutVault {
  private readonly keyring: Keyring;

  constructor(config: AppConfig) {
    this.keyring = payoutKeyring(config);
  }

  seal(grantId: string, account: PayoutAccount): SealedPayout {
    return sealPayout(this.keyring, grantId, account);
  }

  /** The grant's account in clear, or null if none was given; throws DecryptionError rather than guess. */
  open(grant: { id: string; payoutCiphertext: Buffer | null; payoutKeyId: string | null }): PayoutAccount | null {
    if (!grant.payoutCiphertext) return null;
    if (!grant.payoutKeyId) throw new DecryptionError(`grant ${grant.id}: payout account sealed without a key id`);
    return openPayout(this.keyring, grant.id, grant.payoutCiphertext, grant.payoutKeyId);
  }
}
