import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { Sql } from '@csf/persistence';

/**
 * Runs a query on its own connection and hands its rows, as a stream, to `send`, which pipes them into the response
 * with backpressure: memory stays flat whatever the size of the fund. The connection is released however it ends.
 * A client that hangs up mid-download is not an error of ours.
 */
export async function streamQuery(
  dataSource: DataSource,
  sql: Sql,
  send: (rows: Readable) => Promise<void>,
): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // A download goes at the pace of the client's network, not the database's: no statement timeout for this one.
    await runner.query('SET statement_timeout = 0');
    await send(await runner.stream(sql.text, sql.params));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  } finally {
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
