// The fair floors F1 and F2: what a submission has to cost at least, on the same servers in the same run. A
// minimal workflow (fair-floor/workflow.mjs) on its own worker process (fair-floor/worker.mjs, default worker
// options, its own task queue) whose Update handler runs one activity inserting one row with `pg` (F1: a normal
// activity, F2: a local one) and upserts the status search attribute; driven by Update-with-start from a bare client
// (the bench's own, default data converter) with the proposal's three search attributes, at the bench's concurrency.
// The real submission also authenticates, checks eligibility, encrypts payloads and writes more rows: the ratio
// submit ÷ F1 is what all of that, and the workflow's own shape, costs.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { WithStartWorkflowOperation } from '@temporalio/client';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FAIR_FLOOR_TASK_QUEUE = 'bench-fair-floor';
const OPERATION_DEADLINE_MS = 30_000;
const KEYS = {
  status: defineSearchAttributeKey('CsfProposalStatus', SearchAttributeType.KEYWORD),
  round: defineSearchAttributeKey('CsfRoundId', SearchAttributeType.KEYWORD),
  region: defineSearchAttributeKey('CsfRegion', SearchAttributeType.KEYWORD),
};

/**
 * Creates the floor's table and starts its worker (after the service's worker registered the search attributes).
 * @returns {Promise<{ app: object, submit: (local: boolean) => (i: number) => Promise<void>, stop: () => Promise<void> }>}
 */
export async function startFairFloor({ root, infra, client, databaseUrl, temporalAddress, log }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('DROP TABLE IF EXISTS bench_fair_floor');
    await db.query(
      'CREATE TABLE bench_fair_floor (id uuid PRIMARY KEY, workflow_id text NOT NULL, payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())',
    );
  } finally {
    await db.end();
  }
  const env = { ...process.env, NODE_ENV: 'production' };
  const app = infra.startApp(
    root,
    'fair-floor-worker',
    path.relative(root, path.join(HERE, 'fair-floor/worker.mjs')),
    env,
    [temporalAddress, FAIR_FLOOR_TASK_QUEUE, databaseUrl],
  );
  const started = performance.now();
  await infra.waitForWorker(client, FAIR_FLOOR_TASK_QUEUE, [app]);
  log(
    `fair-floor worker polling ${FAIR_FLOOR_TASK_QUEUE} after ${((performance.now() - started) / 1000).toFixed(1)} s (it bundles its workflow at start)`,
  );
  const roundId = randomUUID();
  const submit = (localActivity) => async (n) => {
    const workflowId = `bench-fair-${localActivity ? 'f2' : 'f1'}-${randomUUID()}`;
    const startWorkflowOperation = new WithStartWorkflowOperation('fairFloorWorkflow', {
      workflowId,
      taskQueue: FAIR_FLOOR_TASK_QUEUE,
      args: [{ localActivity }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      typedSearchAttributes: [
        { key: KEYS.status, value: 'submitted' },
        { key: KEYS.round, value: roundId },
        { key: KEYS.region, value: 'conakry' },
      ],
    });
    // A deadline, so a floor that cannot answer (its workflow task failing) shows as errors instead of a hang.
    const row = await client.connection.withDeadline(Date.now() + OPERATION_DEADLINE_MS, () =>
      client.workflow.executeUpdateWithStart('floorSubmit', { args: [{ n, workflowId }], startWorkflowOperation }),
    );
    if (!row?.id) throw new Error(`fair floor: the Update answered ${JSON.stringify(row)}`);
  };
  return { app, submit, stop: () => app.stop() };
}
