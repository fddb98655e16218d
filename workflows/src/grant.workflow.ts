import { condition, setHandler } from '@temporalio/workflow';
import { grantStateQuery, GrantWorkflowInput } from '../../libs/temporal/src/contracts';

/**
 * One workflow per grant (`grant-<id>`), started by the proposal workflow when the committee approves. It will
 * carry the agreement, tranches, reports and closeout (the grant-lifecycle issue); for now it holds the grant
 * in `awaiting_agreement`, durably, and answers what it waits for.
 */
export async function grantWorkflow(input: GrantWorkflowInput): Promise<{ status: string }> {
  const status = 'awaiting_agreement';
  setHandler(grantStateQuery, () => ({ grantId: input.grantId, status }));
  await condition(() => false);
  return { status };
}
