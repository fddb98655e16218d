import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@csf/persistence';

const TEMPLATE_LOCK = 7_240_601;

function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run tests through jest (globalSetup)');
  return url;
}

function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The migrated template of this run, made once by whichever test file gets there first. */
async function ensureTemplate(client: Client): Promise<string> {
  const template = `csf_t_${process.env.TEST_RUN_ID}_template`;
  await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${template}"`);
      const dataSource = await new DataSource(dataSourceOptions(urlFor(template))).initialize();
      try {
        await runMigrations(dataSource);
      } finally {
        await dataSource.destroy();
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
  return template;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file (CREATE DATABASE … TEMPLATE: fast, isolated). */
export async function createTestDatabase(): Promise<TestDatabase> {
  return withAdmin(async (client) => {
    const template = await ensureTemplate(client);
    const name = `csf_t_${process.env.TEST_RUN_ID}_${randomBytes(4).toString('hex')}`;
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    return {
      name,
      url: urlFor(name),
      drop: () =>
        withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined)),
    };
  });
}

/** An empty database (no migrations), for testing the migrations themselves. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  return withAdmin(async (client) => {
    const name = `csf_t_${process.env.TEST_RUN_ID}_${randomBytes(4).toString('hex')}`;
    await client.query(`CREATE DATABASE "${name}"`);
    return {
      name,
      url: urlFor(name),
      drop: () =>
        withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined)),
    };
  });
}
