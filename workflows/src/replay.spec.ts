import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encryptedDataConverter } from '../../libs/temporal/src/encryption-codec';
import { testKeyring } from '../../test/support/encryption';
import { LOCAL_SUBMISSION_PATCH } from './proposal/handlers';

const { EventType } = temporal.api.enums.v1;

/** Submissions in a saved history: by a normal activity task (before the patch) or by a local activity. */
function submissionShapes(history: temporal.api.history.v1.IHistory): { byActivity: boolean; byLocal: boolean } {
  const events = history.events ?? [];
  const byActivity = events.some(
    (e) =>
      e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED &&
      e.activityTaskScheduledEventAttributes?.activityType?.name === 'recordSubmission',
  );
  // The SDK's patch marker carries the patch id in its details (JSON, never through the codec).
  const byLocal = events.some(
    (e) =>
      e.eventType === EventType.EVENT_TYPE_MARKER_RECORDED &&
      Object.values(e.markerRecordedEventAttributes?.details ?? {}).some((p) =>
        (p.payloads ?? []).some((x) =>
          Buffer.from(x.data ?? [])
            .toString('utf8')
            .includes(LOCAL_SUBMISSION_PATCH),
        ),
      ),
  );
  return { byActivity, byLocal };
}

/**
 * Histories saved from real runs must replay against today's workflow code: a change that would break
 * workflows already running fails here (put it behind `patched()` instead).
 */
describe('workflow replay', () => {
  const dir = join(__dirname, '../../test/fixtures/histories');

  it('replays every saved history without non-determinism', async () => {
    // Binary protobuf (History.encode), written by proposal.workflow.spec.ts with UPDATE_WORKFLOW_HISTORIES=1.
    const files = (await readdir(dir)).filter((f) => f.endsWith('.binpb'));
    expect(files.length).toBeGreaterThan(0);
    const histories = await Promise.all(
      files.map(async (file) => ({
        workflowId: file.replace(/\.binpb$/, ''),
        history: temporal.api.history.v1.History.decode(await readFile(join(dir, file))),
      })),
    );
    // With the services' codec: histories saved before encryption pass through it, encrypted ones (saved by the
    // e2e tests with their fixed test key) are decrypted by it.
    const options = {
      workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
      dataConverter: encryptedDataConverter(testKeyring()),
    };
    const results = Worker.runReplayHistories(options, histories);
    let replayed = 0;
    for await (const result of results) {
      expect({ workflowId: result.workflowId, error: result.error?.message }).toEqual({
        workflowId: result.workflowId,
        error: undefined,
      });
      replayed++;
    }
    expect(replayed).toBe(files.length);
  });

  it('covers both submission paths: the normal activity before the local-submission patch, the local one after', async () => {
    const proposals = (await readdir(dir)).filter((f) => f.startsWith('proposal-') && f.endsWith('.binpb'));
    const shapes = await Promise.all(
      proposals.map(async (file) =>
        submissionShapes(temporal.api.history.v1.History.decode(await readFile(join(dir, file)))),
      ),
    );
    // Without a history of each, removing the old branch (or breaking the new one) would replay unnoticed.
    expect(shapes.filter((x) => x.byActivity && !x.byLocal).length).toBeGreaterThan(0);
    expect(shapes.filter((x) => x.byLocal && !x.byActivity).length).toBeGreaterThan(0);
  });
});
