import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Keyring } from '@csf/config';
import { dataSourceOptions, payoutKeyUsage, rotatePayoutKeys } from '@csf/persistence';

const USAGE = `usage: npm run payout-keys -- <command>
  generate [id]  print a new key entry (id:base64 of 32 random bytes) to put first in PAYOUT_ENCRYPTION_KEYS
  status         how many payout accounts each key id protects (DATABASE_URL)
  rotate         re-encrypt with the first key of PAYOUT_ENCRYPTION_KEYS every account sealed with another one`;

/** `npm run payout-keys`: key rotation for the payout accounts sealed in PostgreSQL. */
async function main(args: string[]): Promise<void> {
  const [command, id] = args;
  if (command === 'generate') {
    process.stdout.write(
      `${Keyring.generateEntry(id ?? `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`)}\n`,
    );
    return;
  }
  if (command !== 'status' && command !== 'rotate') throw new Error(USAGE);
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required');
  const dataSource = await new DataSource(
    dataSourceOptions(process.env.DATABASE_URL, { extra: { max: 2 } }),
  ).initialize();
  try {
    if (command === 'rotate') {
      if (!process.env.PAYOUT_ENCRYPTION_KEYS)
        throw new Error('PAYOUT_ENCRYPTION_KEYS is required (the new key first, the old ones after it)');
      const keyring = Keyring.parse(process.env.PAYOUT_ENCRYPTION_KEYS);
      const rotated = await rotatePayoutKeys(dataSource, keyring);
      process.stdout.write(`re-encrypted ${rotated} payout account(s) with key ${keyring.current.id}\n`);
    }
    const usage = await payoutKeyUsage(dataSource);
    const lines = Object.entries(usage).map(([key, n]) => `  ${key}: ${n}`);
    process.stdout.write(`payout accounts per key id:\n${lines.length ? lines.join('\n') : '  (none)'}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
