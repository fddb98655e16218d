import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateConfig } from '@csf/config';
import { dataSourceOptions, runMigrations } from '@csf/persistence';

/** `npm run migrate`: applies pending migrations and exits (for deployments that prefer an explicit step). */
async function main(): Promise<void> {
  // Only DATABASE_URL matters here; the payout migration reads PAYOUT_ENCRYPTION_KEYS itself when rows need it.
  const config = validateConfig({
    JWT_SECRET: 'x'.repeat(32),
    PAYOUT_ENCRYPTION_KEYS: `unused:${Buffer.alloc(32).toString('base64')}`,
    ...process.env,
  });
  const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    const applied = await runMigrations(dataSource);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema up to date\n');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
