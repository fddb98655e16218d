// Whether a PostgreSQL URL answers a query: picks the local server over an embedded one (tests, bench).

/** True when `SELECT 1` succeeds within two seconds. `pg` is loaded lazily: callers may run before install. */
export async function canQuery(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
