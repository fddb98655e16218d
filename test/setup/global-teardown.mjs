import pg from 'pg';

export default async function globalTeardown() {
  const servers = globalThis.__csfTestServers;
  if (!servers) return;
  // Drop what this run created (per-file databases and the template), even if a test file crashed.
  const client = new pg.Client({ connectionString: servers.database.url });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `csf_t_${servers.runId}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end().catch(() => undefined);
  }
  await servers.temporal.stop();
  await servers.database.stop();
}
