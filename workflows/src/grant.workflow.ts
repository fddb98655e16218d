import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { reminderDelayMs } from '../../libs/domain/src/deadlines';
import { ErrorCode } from '../../libs/domain/src/errors';
import {
  type GrantCommandKind,
  grantCommandRefusal,
  nextReportEvent,
  readyForCloseout,
  type ReportChange,
  reportChangeRefusal,
  terminationRefusal,
} from '../../libs/domain/src/grant-lifecycle';
import { nextPaymentPoll } from '../../libs/domain/src/payments';
import { type TrancheChange, trancheChangeRefusal } from '../../libs/domain/src/tranches';
import type { NotificationKind } from '../../libs/domain/src/notifications';
import type { GrantWorkflowActivities } from '../../libs/temporal/src/activities';
import type { Audience } from '../../libs/temporal/src/contracts/notification';
import {
  approveReleaseUpdate,
  changeGrantStatusUpdate,
  closeGrantUpdate,
  confirmPaymentUpdate,
  type DisbursementResult,
  type GrantCommandResult,
  type GrantReportState,
  type GrantSnapshot,
  grantStateQuery,
  type GrantTrancheState,
  GrantWorkflowInput,
  type ReportEvent,
  requestReleaseUpdate,
  resolvePaymentUpdate,
  retryDisbursementUpdate,
  reviewReportUpdate,
  signAgreementUpdate,
  submitReportUpdate,
} from '../../libs/temporal/src/contracts/grant';
import { refuse, refusalOf } from '../../libs/temporal/src/refusal';
import { awaitWithDeadline } from './deadlines';
import { CommandGate } from './failures';

/** Every activity of runs started before PAYMENT_OUTCOME_PATCH (kept so that those runs behave as they began). */
const legacy = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '1 minute',
  // Payment calls heartbeat every second: a worker that dies mid-payment is noticed in seconds and the
  // activity is retried elsewhere with the same payment and the same idempotency key.
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Database changes: no heartbeat (a transaction waiting on a row lock is slow, not dead, and must not be run
 * again beside itself), a bounded number of attempts so a failing change frees the command gate and flags the
 * grant. Business refusals and constraint violations are non-retryable where they are raised.
 */
const db = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '4 seconds', backoffCoefficient: 2, maximumAttempts: 4 },
});

/**
 * The provider call. It heartbeats every second, so a worker that dies mid-payment is noticed in seconds and
 * the activity runs elsewhere with the same payment and key; its attempts are bounded because the workflow
 * itself keeps asking (same key) on its own backoff, however long the outcome takes.
 */
const payment = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', backoffCoefficient: 2, maximumAttempts: 4 },
});

/** Reading the grant changes nothing, so it may wait for the database as long as it takes. */
const reads = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Flagging a stall must not hold a command for long: a few quick attempts, then the command answers. */
const alarm = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '2 seconds', backoffCoefficient: 2, maximumAttempts: 3 },
});

const delivery = proxyActivities<GrantWorkflowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', backoffCoefficient: 3, maximumAttempts: 5 },
});

/** How often a pending transfer at the HTTP provider is checked. */
const PAYMENT_POLL_MS = 2_000;
/** A transfer pending for hours is checked less and less often, at most every 5 minutes. */
const PAYMENT_POLL_MAX_MS = 5 * 60_000;

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

/** After a system change exhausted its attempts, the workflow waits this long before planning again. */
const STALL_BACKOFF_MS = 60_000;

type NextEvent = { report: GrantReportState; event: ReportEvent; at: number };

/**
 * One workflow per grant (`grant-<id>`), started by the proposal workflow when the committee approves. It is the
 * only path by which money leaves the fund, and it runs for the grant's whole life: agreement; per tranche a
 * release requested by a finance officer (maker), approved by a different finance approver (checker) and paid by
 * an activity through the payment gateway; reports on a timer schedule (due, overdue, at risk) whose acceptance
 * releases the next tranche; suspension, termination and closeout. PostgreSQL holds the state (every change is
 * an activity that answers the grant's snapshot), so a long-lived grant continues as new with nothing to carry.
 */
export async function grantWorkflow(input: GrantWorkflowInput): Promise<{ status: string }> {
  const workflowId = workflowInfo().workflowId;
  const lifecycle = patched(GRANT_LIFECYCLE_PATCH);
  const outcomes = patched(PAYMENT_OUTCOME_PATCH);
  const activities = outcomes ? db : legacy;
  const pay = outcomes ? payment : legacy;
  const load = outcomes ? reads : legacy;
  /** Why the grant is flagged stalled (an activity exhausted its attempts), or null. */
  let stalled: string | null = null;
  /** Bumped when an operator records a stuck payment's outcome, so the reconciliation asks at once. */
  let resolutions = 0;
  // Answer queries from the first moment: a grant starts awaiting its agreement.
  let status = 'awaiting_agreement';
  let atRisk = false;
  const tranches = new Map<number, GrantTrancheState>();
  const reports = new Map<string, GrantReportState>();
  let agreementDeadline: string | null = null;
  /** Bumped by every change, so the main loop plans again. */
  let revision = 0;
  /** The tranche a payment is being made for: its status belongs to `disburse` meanwhile. */
  let paying: number | null = null;
  /** Notifications written by commands, delivered by the main loop so no answer waits for SMTP. */
  const outbox: string[] = [];
  /** The next report timer (set once the grant is loaded); the query shows it. */
  let planNextEvent = (): NextEvent | null => null;
  const nextEventView = () => {
    const next = planNextEvent();
    return next && { reportSequence: next.report.sequence, event: next.event, at: new Date(next.at).toISOString() };
  };
  setHandler(grantStateQuery, () => ({
    grantId: input.grantId,
    status,
    tranches: [...tranches.values()].map((t) => ({ number: t.number, amount: t.amount, status: t.status })),
    agreementDeadline,
    reports: [...reports.values()].map((r) => ({ id: r.id, sequence: r.sequence, kind: r.kind, dueAt: r.dueAt, status: r.status })),
    atRisk,
    nextEvent: nextEventView(),
    run: input.run ?? 1,
    ...(outcomes && { stalled }),
  }));

  // A loaded context is a snapshot too; those recorded before reports existed lack atRisk and reports.
  const adoptSnapshot = (s: Pick<GrantSnapshot, 'status' | 'tranches'> & Partial<GrantSnapshot>) => {
    status = s.status;
    atRisk = s.atRisk ?? false;
    for (const t of s.tranches) if (t.number !== paying) tranches.set(t.number, t);
    for (const r of s.reports ?? []) reports.set(r.id, r);
    outbox.push(...(s.notificationIds ?? []));
    revision++;
  };
  /** A refusal (the rules said no) rather than a failure (the activity could not do its work). */
  const isRefusal = (error: ActivityFailure) =>
    error.cause instanceof ApplicationFailure && error.cause.nonRetryable && !!error.cause.type && error.cause.type in ErrorCode;
  /** The flag is written (and programme managers told) once per stall, not at every failure that follows. */
  let stallRecorded = false;
  const flagStall = async (activity: string, error: ActivityFailure) => {
    const reason = (error.cause?.message || error.message || 'failed').slice(0, 200);
    stalled = `${activity}: ${reason}`;
    if (stallRecorded) return;
    log.error('grant activity exhausted its attempts; flagging the grant', { activity, reason });
    try {
      outbox.push(...(await alarm.flagGrantStalled({ grantId: input.grantId, activity, reason, workflowId })).notificationIds);
      stallRecorded = true;
    } catch (failure) {
      // The database is away too: the flag stays in this workflow's state (query) until it can be written.
      if (!(failure instanceof ActivityFailure)) throw failure;
    }
  };
  const clearStall = async () => {
    try {
      await alarm.clearGrantStall({ grantId: input.grantId, workflowId });
      stalled = null;
      stallRecorded = false;
    } catch (failure) {
      if (!(failure instanceof ActivityFailure)) throw failure;
    }
  };
  /**
   * Runs a step whose activity may exhaust its attempts: the grant is flagged and programme managers alerted,
   * and the command answers SERVICE_UNAVAILABLE (retry later) instead of holding the gate. A success clears a flag.
   */
  const watched = async <T>(activity: string, step: () => Promise<T>): Promise<T> => {
    if (!outcomes) return step();
    try {
      const value = await step();
      if (stalled) await clearStall();
      return value;
    } catch (error) {
      if (!(error instanceof ActivityFailure) || isRefusal(error)) throw error;
      await flagStall(activity, error);
      throw refuse(ErrorCode.SERVICE_UNAVAILABLE, `${activity} could not be completed; try again later`);
    }
  };
  const gate = new CommandGate();
  let loaded = false;
  const result = () => ({ grantId: input.grantId, status });
  const check = (refusal: ReturnType<typeof grantCommandRefusal>) => {
    if (refusal) throw refusalOf(refusal);
  };
  const allowedNow = (kind: GrantCommandKind) => {
    gate.refuseIfBusy({ status });
    check(grantCommandRefusal(kind, status));
  };
  /** A finance command on tranche `n`: the grant active, the tranche's status and maker–checker as the rule says. */
  const tranche = (n: number, change: TrancheChange, actorId?: string): GrantTrancheState => {
    allowedNow('moveMoney');
    const t = tranches.get(n);
    if (!t) throw refuse(ErrorCode.NOT_FOUND, `no tranche ${n}`);
    check(trancheChangeRefusal(change, t, actorId));
    return t;
  };
  const adopt = (t: GrantTrancheState) => {
    tranches.set(t.number, t);
    revision++;
    return { ...result(), trancheNumber: t.number, trancheStatus: t.status };
  };
  const report = (id: string, change: ReportChange): GrantReportState => {
    const r = reports.get(id);
    if (!r) throw refuse(ErrorCode.NOT_FOUND, 'no such report');
    check(reportChangeRefusal(change, r.status));
    return r;
  };

  /**
   * Registers a command before the run's first await: an Update that arrives with a new run's first task (right
   * after continue-as-new) must find its handler. Until the grant is loaded the validator lets it in and the
   * handler waits, then validates; afterwards the validator decides before the Update is accepted.
   */
  const handle = <C>(def: UpdateDefinition<GrantCommandResult, [C]>, validate: (cmd: C) => void, run: (cmd: C) => Promise<GrantCommandResult>) =>
    setHandler(
      def,
      async (cmd: C) => {
        if (!loaded) {
          await condition(() => loaded);
          validate(cmd);
        }
        return gate.run(() => watched(def.name, () => run(cmd)));
      },
      { validator: (cmd: C) => void (loaded && validate(cmd)) },
    );

  handle(
    signAgreementUpdate,
    () => allowedNow('signAgreement'),
    async (cmd) => {
      adoptSnapshot(await activities.recordAgreement({ grantId: input.grantId, payoutAccount: cmd.payoutAccount, actor: cmd.actor, workflowId }));
      return result();
    },
  );
  handle(
    requestReleaseUpdate,
    // A failed tranche is released again by a maker and a checker (the `retry` command is the maker's step too).
    (cmd) => void tranche(cmd.trancheNumber, outcomes ? 'requestRelease' : 'requestReleaseBeforeOutcomes'),
    async (cmd) => adopt(await activities.recordReleaseRequest({ grantId: input.grantId, trancheNumber: cmd.trancheNumber, actor: cmd.actor, workflowId })),
  );
  handle(
    approveReleaseUpdate,
    (cmd) => void tranche(cmd.trancheNumber, 'approveRelease', cmd.actor.userId),
    async (cmd) => adopt(await activities.recordReleaseApproval({ grantId: input.grantId, trancheNumber: cmd.trancheNumber, actor: cmd.actor, workflowId })),
  );
  handle(
    confirmPaymentUpdate,
    (cmd) => void tranche(cmd.trancheNumber, 'confirmPayment'),
    async (cmd) =>
      adopt(
        await activities.confirmManualPayment({
          grantId: input.grantId,
          trancheNumber: cmd.trancheNumber,
          reference: cmd.reference,
          paidAt: cmd.paidAt,
          ...(cmd.amount !== undefined && { amount: cmd.amount }),
          actor: cmd.actor,
          workflowId,
        }),
      ),
  );
  handle(
    resolvePaymentUpdate,
    (cmd) => void tranche(cmd.trancheNumber, 'resolvePayment', cmd.actor.userId),
    async (cmd) => {
      const answer = adopt(await activities.resolvePayment({ grantId: input.grantId, trancheNumber: cmd.trancheNumber, resolution: cmd.resolution, actor: cmd.actor, workflowId }));
      resolutions++;
      return answer;
    },
  );
  handle(
    retryDisbursementUpdate,
    (cmd) => void tranche(cmd.trancheNumber, 'retry'),
    async (cmd) => adopt(await activities.recordDisbursementRetry({ grantId: input.grantId, trancheNumber: cmd.trancheNumber, actor: cmd.actor, workflowId })),
  );
  handle(
    submitReportUpdate,
    (cmd) => {
      allowedNow('submitReport');
      report(cmd.reportId, 'submit');
    },
    async (cmd) => {
      adoptSnapshot(await activities.recordReportSubmission({ grantId: input.grantId, reportId: cmd.reportId, content: cmd.content, actor: cmd.actor, workflowId }));
      return result();
    },
  );
  handle(
    reviewReportUpdate,
    (cmd) => {
      allowedNow('reviewReport');
      report(cmd.reportId, 'review');
    },
    async (cmd) => {
      adoptSnapshot(
        await activities.recordReportReview({ grantId: input.grantId, reportId: cmd.reportId, decision: cmd.decision, comment: cmd.comment ?? null, actor: cmd.actor, workflowId }),
      );
      return result();
    },
  );
  handle(
    changeGrantStatusUpdate,
    (cmd) => {
      allowedNow(cmd.action);
      // The tranche being paid counts as in flight even before its activity has said `disbursing`.
      if (cmd.action === 'terminate') {
        check(terminationRefusal([...tranches.values()].map((t) => (t.number === paying ? { status: 'disbursing' } : t))));
      }
    },
    async (cmd) => {
      adoptSnapshot(await activities.recordGrantStatusChange({ grantId: input.grantId, action: cmd.action, reason: cmd.reason, actor: cmd.actor, workflowId }));
      return result();
    },
  );
  handle(
    closeGrantUpdate,
    () => allowedNow('close'),
    async (cmd) => {
      adoptSnapshot(
        await activities.recordCloseout({ grantId: input.grantId, unspentAmount: cmd.unspentAmount, reference: cmd.reference ?? null, note: cmd.note ?? null, actor: cmd.actor, workflowId }),
      );
      return result();
    },
  );

  const context = await load.loadGrantContext({ grantId: input.grantId });
  adoptSnapshot(context);
  agreementDeadline = context.agreementDeadlineAt;
  loaded = true;

  const notify = async (kind: NotificationKind, audience: Audience, key: string, params: Record<string, string | number | null> = {}) => {
    try {
      await delivery.notify({ kind, audience, entity: { type: 'grant', id: input.grantId }, params: { title: context.title, ...params }, dedupKey: `${workflowId}:${key}` });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
    }
  };

  /** Pays one approved tranche: the activity creates the payment once; an HTTP transfer is then polled. */
  const disburse = async (n: number, stop: () => boolean = () => false) => {
    const t = tranches.get(n)!;
    const set = (trancheStatus: string) => {
      tranches.set(n, { ...tranches.get(n)!, status: trancheStatus });
      revision++;
    };
    let r: DisbursementResult = await activities.startDisbursement({ grantId: input.grantId, trancheNumber: n, workflowId });
    set(r.trancheStatus);
    let wait = PAYMENT_POLL_MS;
    // `stop`: the history is full; the next run follows the payment up.
    while (r.payment === 'pending' && !stop()) {
      await sleep(wait);
      if (lifecycle) wait = Math.min(wait * 2, PAYMENT_POLL_MAX_MS);
      r = await activities.checkDisbursement({ paymentId: r.paymentId, workflowId });
      set(r.trancheStatus);
    }
    const params = { tranche: n, amount: t.amount, currency: context.currency };
    if (r.payment === 'paid') await notify('tranche_disbursed', { organizationId: context.organizationId }, `tranche:${n}:${r.paymentId}:paid`, params);
    if (r.payment === 'failed') await notify('tranche_failed', { role: 'program_manager' }, `tranche:${n}:${r.paymentId}:failed`, { ...params, reason: 'provider' });
  };

  /**
   * Pays one approved tranche and follows it to its outcome. Only `paid` or `failed` (a definitive answer, or an
   * operator's record of one) ends it; any other answer, or an activity that exhausted its attempts, leaves the
   * tranche disbursing and the payment is asked about again with the same key, on a capped backoff (an
   * operator's resolution wakes it at once). The activity alerts finance once the payment is stuck.
   */
  const reconcile = async (n: number, stop: () => boolean) => {
    const t = tranches.get(n)!;
    const poll = context.paymentPoll ?? { initialMs: PAYMENT_POLL_MS, maxMs: PAYMENT_POLL_MAX_MS };
    let wait = poll.initialMs;
    let r: DisbursementResult | null = null;
    for (;;) {
      try {
        r = r === null ? await pay.startDisbursement({ grantId: input.grantId, trancheNumber: n, workflowId }) : await pay.checkDisbursement({ paymentId: r.paymentId, workflowId });
        tranches.set(n, { ...tranches.get(n)!, status: r.trancheStatus });
        revision++;
        outbox.push(...(r.notificationIds ?? []));
        if (stalled) await clearStall();
      } catch (error) {
        if (!(error instanceof ActivityFailure)) throw error;
        if (isRefusal(error)) {
          // Not (or no longer) to be paid: PostgreSQL has the last word, so take its view of the tranche.
          const fresh = await load.loadGrantContext({ grantId: input.grantId });
          const mine = fresh.tranches.find((x) => x.number === n);
          if (mine) tranches.set(n, mine);
          adoptSnapshot(fresh);
          return;
        }
        await flagStall('payment', error);
      }
      if (r && r.payment !== 'pending') break;
      // The history is full: the next run follows the payment up.
      if (stop()) return;
      const seen = resolutions;
      await condition(() => resolutions !== seen, wait);
      wait = nextPaymentPoll(wait, poll.maxMs);
    }
    const params = { tranche: n, amount: t.amount, currency: context.currency };
    if (r.payment === 'paid') await notify('tranche_disbursed', { organizationId: context.organizationId }, `tranche:${n}:${r.paymentId}:paid`, params);
    if (r.payment === 'failed') {
      await notify('tranche_failed', { role: 'program_manager' }, `tranche:${n}:${r.paymentId}:failed`, { ...params, reason: 'provider' });
      await notify('tranche_failed', { role: 'finance_officer' }, `tranche:${n}:${r.paymentId}:failed:finance`, { ...params, reason: 'provider' });
    }
  };

  if (status === 'awaiting_agreement') {
    const deadlineAt = context.agreementDeadlineAt ? Date.parse(context.agreementDeadlineAt) : Date.now() + context.agreementPeriodMs;
    const delay = reminderDelayMs(context.agreementPeriodMs);
    const deadline = new Date(deadlineAt).toISOString();
    await awaitWithDeadline({
      done: () => status !== 'awaiting_agreement',
      deadlineAt,
      reminderAt: delay === null ? null : deadlineAt - context.agreementPeriodMs + delay,
      onReminder: () => notify('agreement_reminder', { organizationId: context.organizationId }, 'agreement:reminder', { deadline }),
      onOverdue: () => notify('agreement_overdue', { role: 'program_manager' }, 'agreement:overdue', { deadline }),
    });
  }

  if (!lifecycle) {
    // Runs from before reports existed: pay each tranche as its release is approved (or re-approved).
    for (;;) {
      await condition(() => (!gate.busy && [...tranches.values()].some((t) => t.status === 'release_approved')) || status === 'terminated');
      if (status === 'terminated') break;
      for (const t of [...tranches.values()].filter((x) => x.status === 'release_approved')) await disburse(t.number);
    }
    await condition(allHandlersFinished);
    return { status };
  }

  const durations = context.reportDurations!;
  /** The earliest report timer still to fire; none while the grant is not active (suspension pauses them). */
  planNextEvent = (): NextEvent | null => {
    if (status !== 'active') return null;
    let best: NextEvent | null = null;
    for (const r of reports.values()) {
      const next = nextReportEvent(r, durations, atRisk);
      const candidate: NextEvent | null = next && { report: r, ...next };
      if (candidate && (!best || candidate.at < best.at)) best = candidate;
    }
    return best;
  };
  const readyToClose = () => readyForCloseout([...reports.values()], [...tranches.values()]);
  /** A change the workflow makes by itself, serialised with commands like one of them. */
  const system = async (name: string, change: () => Promise<GrantSnapshot>) => {
    gate.busy = true;
    let exhausted = false;
    try {
      adoptSnapshot(await change());
      if (outcomes && stalled) await clearStall();
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      if (outcomes && !isRefusal(error)) {
        exhausted = true;
        await flagStall(name, error);
      }
      // The database refused (it has the last word): take its view and plan again.
      log.warn('grant change refused; reloading the grant', { error: error.cause?.message ?? error.message });
      adoptSnapshot(await load.loadGrantContext({ grantId: input.grantId }));
    } finally {
      gate.busy = false;
    }
    // Not straight back into the same failure: commands stay open meanwhile.
    if (exhausted) await sleep(STALL_BACKOFF_MS);
  };
  const deliver = async (ids: string[]) => {
    try {
      await delivery.deliverNotifications({ ids });
    } catch (error) {
      // Left pending/failed in the outbox for an operator; the lifecycle goes on.
      if (!(error instanceof ActivityFailure)) throw error;
    }
  };
  let startRevision = 0;
  const historyFull = () => {
    const info = workflowInfo();
    // A run that has done nothing yet never continues (no loop of empty runs, whatever the limit).
    return revision > startRevision && (info.continueAsNewSuggested || info.historyLength >= (context.historyLimit ?? 2000));
  };

  // A run continued from an earlier one may find a payment on its way: follow it to its outcome.
  for (const t of [...tranches.values()].filter((x) => x.status === 'disbursing')) await payTranche(t.number);

  async function payTranche(n: number) {
    paying = n;
    try {
      if (outcomes) await reconcile(n, historyFull);
      else await disburse(n, historyFull);
    } finally {
      paying = null;
    }
  }

  startRevision = revision;
  for (;;) {
    await condition(() => !gate.busy);
    if (outbox.length) {
      await deliver(outbox.splice(0));
      continue;
    }
    if (status === 'closed' || status === 'terminated') break;
    if (status === 'active' && readyToClose()) {
      await system('enterCloseout', () => activities.enterCloseout({ grantId: input.grantId, workflowId }));
      continue;
    }
    const approved = status === 'active' ? [...tranches.values()].find((t) => t.status === 'release_approved') : undefined;
    if (approved) {
      await payTranche(approved.number);
      continue;
    }
    if (historyFull()) {
      // Never from inside a handler: wait until every accepted update has answered, then start afresh.
      await condition(allHandlersFinished);
      if (!gate.busy && !outbox.length) await continueAsNew<typeof grantWorkflow>({ ...input, run: (input.run ?? 1) + 1 });
      continue;
    }
    const due = planNextEvent();
    const seen = revision;
    if (due === null) {
      await condition(() => revision !== seen);
      continue;
    }
    if (await condition(() => revision !== seen, Math.max(1, due.at - Date.now()))) continue;
    await system('recordReportEvent', () => activities.recordReportEvent({ grantId: input.grantId, reportId: due.report.id, event: due.event, workflowId }));
  }
  await condition(allHandlersFinished);
  return { status };
}
