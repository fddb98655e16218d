// The fair floor's worker: its own process, Worker.create with default options (only connection, task queue,
// workflows and the activity), the default data converter. argv: Temporal address, task queue, database URL.
// Exits on SIGTERM after the SDK's own shutdown (the bench sees it ready once Temporal reports its pollers).
import { NativeConnection, Runtime, DefaultLogger, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const [address, taskQueue, databaseUrl] = process.argv.slice(2);
Runtime.install({ logger: new DefaultLogger('WARN') });
// As large as the service's DB_POOL_SIZE default, so the pool is not what limits the floor.
const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
pool.on('error', () => {});

const activities = {
  async insertFloorRow({ n, workflowId }) {
    const id = randomUUID();
    await pool.query('INSERT INTO bench_fair_floor (id, workflow_id, payload) VALUES ($1, $2, $3)', [
      id,
      workflowId,
      { n, action: 'proposal.screening_started', note: 'fair floor row, about the size of an audit event' },
    ]);
    return { id };
  },
};

const connection = await NativeConnection.connect({ address });
const worker = await Worker.create({
  connection,
  taskQueue,
  workflowsPath: fileURLToPath(new URL('./workflow.mjs', import.meta.url)),
  activities,
});
await worker.run();
await pool.end();
await connection.close();
