/**
 * The grant's timers: the agreement deadline (reminder, then escalation), and the report schedule (due, overdue,
 * at risk) that runs while the grant is active. What each event changes is the activity's (and libs/domain's).
 */
import { condition } from '@temporalio/workflow';
import { reminderDelayMs } from '../../../libs/domain/src/deadlines';
import { readyForCloseout } from '../../../libs/domain/src/grant-lifecycle';
import { awaitWithDeadline } from '../deadlines';
import { notify, proxiesFor, system } from './effects';
import { type GrantState, nextEvent } from './state';

/** Waits for the signature, reminding the grantee before the deadline and escalating after it. */
export async function awaitAgreement(s: GrantState): Promise<void> {
  const context = s.context!;
  const deadlineAt = context.agreementDeadlineAt
    ? Date.parse(context.agreementDeadlineAt)
    : Date.now() + context.agreementPeriodMs;
  const delay = reminderDelayMs(context.agreementPeriodMs);
  const deadline = new Date(deadlineAt).toISOString();
  await awaitWithDeadline({
    done: () => s.status !== 'awaiting_agreement',
    deadlineAt,
    reminderAt: delay === null ? null : deadlineAt - context.agreementPeriodMs + delay,
    onReminder: () =>
      notify(s, 'agreement_reminder', { organizationId: context.organizationId }, 'agreement:reminder', { deadline }),
    onOverdue: () => notify(s, 'agreement_overdue', { role: 'program_manager' }, 'agreement:overdue', { deadline }),
  });
}

export function readyToClose(s: GrantState): boolean {
  return readyForCloseout([...s.reports.values()], [...s.tranches.values()]);
}

/** Sleeps until anything changes or the next report timer is due, and then records that event. */
export async function nextReportTimer(s: GrantState): Promise<void> {
  const due = nextEvent(s);
  const seen = s.revision;
  if (due === null) {
    await condition(() => s.revision !== seen);
    return;
  }
  if (await condition(() => s.revision !== seen, Math.max(1, due.at - Date.now()))) return;
  const { activities } = proxiesFor(s);
  await system(s, 'recordReportEvent', () =>
    activities.recordReportEvent({
      grantId: s.grantId,
      reportId: due.report.id,
      event: due.event,
      workflowId: s.workflowId,
    }),
  );
}
