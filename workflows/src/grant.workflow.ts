import { allHandlersFinished, condition, continueAsNew, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { grantStateQuery, type GrantWorkflowInput } from '../../libs/temporal/src/contracts/grant';
import { registerCommands } from './grant/commands';
import { deliver, proxiesFor, system } from './grant/effects';
import { disburse, payTranche } from './grant/payments';
import { awaitAgreement, nextReportTimer, readyToClose } from './grant/reports';
import { GrantState, stateView } from './grant/state';

/**
 * Marks runs started once the grant had reports, suspension and closeout. Runs started before (agreement and
 * payments only) replay their original command sequence in `legacyPayments`.
 */
export const GRANT_LIFECYCLE_PATCH = 'grant-lifecycle-v1';

/**
 * Marks runs where a payment ends only on a definitive answer (anything else is asked again with the same key,
 * on a capped backoff, and alerts finance once stuck), activities have separate bounded configurations, a
 * failed tranche needs a maker and a checker again, and a grant whose activity exhausts its attempts is flagged.
 */
export const PAYMENT_OUTCOME_PATCH = 'payment-outcome-v1';

/**
 * One workflow per grant (`grant-<id>`), started by the proposal workflow when the committee approves. It is the
 * only path by which money leaves the fund, and it runs for the grant's whole life: agreement; per tranche a
 * release requested by a finance officer (maker), approved by a different finance approver (checker) and paid by
 * an activity through the payment gateway; reports on a timer schedule (due, overdue, at risk) whose acceptance
 * releases the next tranche; suspension, termination and closeout. PostgreSQL holds the state (every change is
 * an activity that answers the grant's snapshot), so a long-lived grant continues as new with nothing to carry.
 */
export async function grantWorkflow(input: GrantWorkflowInput): Promise<{ status: string }> {
  const s = new GrantState(
    input,
    workflowInfo().workflowId,
    patched(GRANT_LIFECYCLE_PATCH),
    patched(PAYMENT_OUTCOME_PATCH),
  );
  const { activities, load } = proxiesFor(s);
  setHandler(grantStateQuery, () => stateView(s));
  registerCommands(s);

  const context = await load.loadGrantContext({ grantId: input.grantId });
  s.adoptSnapshot(context);
  s.agreementDeadline = context.agreementDeadlineAt;
  s.context = context;

  if (s.status === 'awaiting_agreement') await awaitAgreement(s);

  if (!s.lifecycle) {
    // Runs from before reports existed: pay each tranche as its release is approved (or re-approved).
    for (;;) {
      await condition(
        () =>
          (!s.gate.busy && [...s.tranches.values()].some((t) => t.status === 'release_approved')) ||
          s.status === 'terminated',
      );
      if (s.status === 'terminated') break;
      for (const t of [...s.tranches.values()].filter((x) => x.status === 'release_approved'))
        await disburse(s, t.number);
    }
    await condition(allHandlersFinished);
    return { status: s.status };
  }

  s.durations = context.reportDurations!;
  let startRevision = 0;
  const historyFull = () => {
    const info = workflowInfo();
    // A run that has done nothing yet never continues (no loop of empty runs, whatever the limit).
    return (
      s.revision > startRevision &&
      (info.continueAsNewSuggested || info.historyLength >= (context.historyLimit ?? 2000))
    );
  };

  // A run continued from an earlier one may find a payment on its way: follow it to its outcome.
  for (const t of [...s.tranches.values()].filter((x) => x.status === 'disbursing'))
    await payTranche(s, t.number, historyFull);

  startRevision = s.revision;
  for (;;) {
    await condition(() => !s.gate.busy);
    if (s.outbox.length) {
      await deliver(s.outbox.splice(0));
      continue;
    }
    if (s.status === 'closed' || s.status === 'terminated') break;
    if (s.status === 'active' && readyToClose(s)) {
      await system(s, 'enterCloseout', () =>
        activities.enterCloseout({ grantId: input.grantId, workflowId: s.workflowId }),
      );
      continue;
    }
    const approved =
      s.status === 'active' ? [...s.tranches.values()].find((t) => t.status === 'release_approved') : undefined;
    if (approved) {
      await payTranche(s, approved.number, historyFull);
      continue;
    }
    if (historyFull()) {
      // Never from inside a handler: wait until every accepted update has answered, then start afresh.
      await condition(allHandlersFinished);
      if (!s.gate.busy && !s.outbox.length)
        await continueAsNew<typeof grantWorkflow>({ ...input, run: (input.run ?? 1) + 1 });
      continue;
    }
    await nextReportTimer(s);
  }
  await condition(allHandlersFinished);
  return { status: s.status };
}
