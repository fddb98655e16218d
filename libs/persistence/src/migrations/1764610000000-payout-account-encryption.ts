import { MigrationInterface, QueryRunner } from 'typeorm';
import { Keyring } from '@csf/config';
import type { PayoutAccount } from '../entities/grant.entity';
import { openPayout, sealPayout } from '../payout-vault';

/**
 * Payout accounts leave the clear `payout_account` jsonb for an AES-256-GCM ciphertext (with its key id) beside
 * what may be shown to anyone: method, provider or bank, and the number masked to its last 3 digits.
 *
 * Rows already signed are sealed here with PAYOUT_ENCRYPTION_KEYS read from the environment (the migration runs
 * in the API, the worker or `npm run migrate`, which all have it). Without it and with rows to seal, the migration
 * stops with a message and changes nothing: dropping the clear column without sealing would lose the accounts.
 * Expand, backfill and contract happen in one transaction, so no reader ever sees a half-sealed table.
 */
export class PayoutAccountEncryption1764610000000 implements MigrationInterface {
  name = 'PayoutAccountEncryption1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE grants
        ADD COLUMN payout_method text CHECK (payout_method IN ('mobile_money', 'bank_transfer')),
        ADD COLUMN payout_provider text,
        ADD COLUMN payout_masked text,
        ADD COLUMN payout_ciphertext bytea,
        ADD COLUMN payout_key_id text`);
    const rows: { id: string; payout_account: PayoutAccount }[] = await q.query(
      'SELECT id, payout_account FROM grants WHERE payout_account IS NOT NULL ORDER BY id FOR UPDATE',
    );
    if (rows.length) {
      const keyring = keyringFromEnvironment(rows.length);
      for (const row of rows) {
        const s = sealPayout(keyring, row.id, row.payout_account);
        await q.query(
          `UPDATE grants SET payout_method = $2, payout_provider = $3, payout_masked = $4, payout_ciphertext = $5, payout_key_id = $6
            WHERE id = $1`,
          [row.id, s.payoutMethod, s.payoutProvider, s.payoutMasked, s.payoutCiphertext, s.payoutKeyId],
        );
      }
    }
    await q.query(`
      ALTER TABLE grants
        DROP COLUMN payout_account,
        ADD CONSTRAINT grants_payout_sealed_whole CHECK (
          (payout_method IS NULL AND payout_provider IS NULL AND payout_masked IS NULL AND payout_ciphertext IS NULL AND payout_key_id IS NULL)
          OR (payout_method IS NOT NULL AND payout_provider IS NOT NULL AND payout_masked IS NOT NULL
              AND payout_ciphertext IS NOT NULL AND payout_key_id IS NOT NULL))`);
  }

  /** Back to clear jsonb (needs the keys that sealed the rows). */
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE grants ADD COLUMN payout_account jsonb');
    const rows: { id: string; payout_ciphertext: Buffer; payout_key_id: string }[] = await q.query(
      'SELECT id, payout_ciphertext, payout_key_id FROM grants WHERE payout_ciphertext IS NOT NULL ORDER BY id FOR UPDATE',
    );
    if (rows.length) {
      const keyring = keyringFromEnvironment(rows.length);
      for (const row of rows) {
        const account = openPayout(keyring, row.id, row.payout_ciphertext, row.payout_key_id);
        await q.query('UPDATE grants SET payout_account = $2 WHERE id = $1', [row.id, JSON.stringify(account)]);
      }
    }
    await q.query(`
      ALTER TABLE grants
        DROP CONSTRAINT grants_payout_sealed_whole,
        DROP COLUMN payout_method, DROP COLUMN payout_provider, DROP COLUMN payout_masked,
        DROP COLUMN payout_ciphertext, DROP COLUMN payout_key_id`);
  }
}

function keyringFromEnvironment(rows: number): Keyring {
  const text = process.env.PAYOUT_ENCRYPTION_KEYS;
  if (!text) {
    throw new Error(
      `${rows} grant(s) hold a payout account: set PAYOUT_ENCRYPTION_KEYS (id:base64-of-32-bytes, newest first) ` +
        'to the keys the services will use, then run the migration again. Nothing was changed.',
    );
  }
  try {
    return Keyring.parse(text);
  } catch (error) {
    throw new Error(`PAYOUT_ENCRYPTION_KEYS: ${(error as Error).message}. Nothing was changed.`);
  }
}
