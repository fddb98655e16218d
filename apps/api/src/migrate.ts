import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateConfig } from '@csf/config';
import { dataSourceOptions, runMigrations } from '@csf/persistence';

/** `npm run migrate`: applies pending migrations and exits (for deployments that prefer an explicit step). */
async function main(): Promise<void> {
  const config = validateConfig({ JWT_SECRET: 'x'.repeat(32), ...process.env });
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
