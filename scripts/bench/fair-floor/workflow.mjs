// The fair floor's workflow (bundled by its worker at start): what a submission must cost at least on the Temporal
// side. Started by Update-with-start with the proposal's three search attributes; the Update's handler runs one
// activity (F1: a normal one, F2: a local one) that inserts one row with `pg`, upserts the status attribute as the
// proposal workflow does, and answers. The run then stays open, as a proposal in screening does.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import {
  condition,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';

export const floorSubmitUpdate = defineUpdate('floorSubmit');
const status = defineSearchAttributeKey('CsfProposalStatus', SearchAttributeType.KEYWORD);
const remote = proxyActivities({ startToCloseTimeout: '30 seconds' });
const local = proxyLocalActivities({ startToCloseTimeout: '30 seconds' });

export async function fairFloorWorkflow({ localActivity }) {
  let submitted = false;
  setHandler(floorSubmitUpdate, async (input) => {
    const row = await (localActivity ? local : remote).insertFloorRow(input);
    upsertSearchAttributes([{ key: status, value: 'screening' }]);
    submitted = true;
    return row;
  });
  await condition(() => submitted);
  // Open until the bench's server goes away, like the proposal workflow waiting for its screening.
  await condition(() => false);
}
