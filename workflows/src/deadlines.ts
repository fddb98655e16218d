import { condition } from '@temporalio/workflow';

/**
 * Waits until `done()`, with a reminder before the deadline and an escalation once it has passed (after
 * which it keeps waiting: a late screening or decision is still made by a person, never by a timer).
 */
export async function awaitWithDeadline(o: {
  done: () => boolean;
  deadlineAt: number;
  reminderAt: number | null;
  onReminder: () => Promise<void>;
  onOverdue: () => Promise<void>;
}): Promise<void> {
  let reminded = o.reminderAt === null || o.reminderAt >= o.deadlineAt;
  let overdue = false;
  while (!o.done()) {
    const next = !reminded ? o.reminderAt! : !overdue ? o.deadlineAt : null;
    if (next === null) {
      await condition(o.done);
      return;
    }
    if (await condition(o.done, Math.max(1, next - Date.now()))) return;
    if (!reminded) {
      reminded = true;
      await o.onReminder();
    } else {
      overdue = true;
      await o.onOverdue();
    }
  }
}
