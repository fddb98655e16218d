import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * With UPDATE_WORKFLOW_HISTORIES=1, saves the history of a finished or waiting workflow as a replay fixture
 * (test/fixtures/histories, binary protobuf), checked by workflows/src/replay.spec.ts from then on.
 */
export async function saveHistory(client: Client, name: string, workflowId: string, runId?: string): Promise<void> {
  if (!process.env.UPDATE_WORKFLOW_HISTORIES) return;
  const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  const bytes = temporal.api.history.v1.History.encode(history).finish();
  await writeFile(join(__dirname, '../fixtures/histories', `${name}.binpb`), bytes);
}
