import { ActivityFailure, condition, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import { reminderDelayMs } from '../../libs/domain/src/deadlines';
import { ErrorCode } from '../../libs/domain/src/errors';
import type { NotificationKind } from '../../libs/domain/src/notifications';
import type { AllActivities, Audience, DisbursementResult, GrantTrancheState } from '../../libs/temporal/src/activities';
import {
  approveReleaseUpdate,
  confirmPaymentUpdate,
  grantStateQuery,
  GrantWorkflowInput,
  requestReleaseUpdate,
  retryDisbursementUpdate,
  signAgreementUpdate,
  TrancheCommand,
} from '../../libs/temporal/src/contracts';
import { awaitWithDeadline } from './deadlines';
import { CommandGate, refuse } from './failures';

const activities = proxyActivities<AllActivities>({
  startToCloseTimeout: '1 minute',
  // Payment calls heartbeat every second: a worker that dies mid-payment is noticed in seconds and the
  // activity is retried elsewhere with the same payment and the same idempotency key.
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const delivery = proxyActivities<AllActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', backoffCoefficient: 3, maximumAttempts: 5 },
});

/** How often a pending transfer at the HTTP provider is checked. */
const PAYMENT_POLL = '2 seconds';

/**
 * One workflow per grant (`grant-<id>`), started by the proposal workflow when the committee approves. It is the
 * only path by which money leaves the fund: agreement, then per tranche a release requested by a finance officer
 * (maker), approved by a different finance approver (checker), and paid by an activity through the payment
 * gateway. Reports, suspension and closeout are the next step of this workflow (see the grant-lifecycle issue).
 */
export async function grantWorkflow(input: GrantWorkflowInput): Promise<{ status: string }> {
  const workflowId = workflowInfo().workflowId;
  // Answer queries from the first moment: a grant starts awaiting its agreement.
  let status = 'awaiting_agreement';
  const tranches = new Map<number, GrantTrancheState>();
  let agreementDeadline: string | null = null;
  setHandler(grantStateQuery, () => ({
    grantId: input.grantId,
    status,
    tranches: [...tranches.values()].map((t) => ({ number: t.number, amount: t.amount, status: t.status })),
    agreementDeadline,
  }));
  const context = await activities.loadGrantContext({ grantId: input.grantId });
  status = context.status;
  agreementDeadline = context.agreementDeadlineAt;
  for (const t of context.tranches) tranches.set(t.number, t);
  const gate = new CommandGate();

  const notify = async (kind: NotificationKind, audience: Audience, key: string, params: Record<string, string | number | null> = {}) => {
    try {
      await delivery.notify({ kind, audience, entity: { type: 'grant', id: input.grantId }, params: { title: context.title, ...params }, dedupKey: `${workflowId}:${key}` });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
    }
  };

  const command = <T>(run: () => Promise<T>) => gate.run(run);
  const tranche = (n: number, ...allowed: string[]): GrantTrancheState => {
    gate.refuseIfBusy({ status });
    if (status !== 'active') throw refuse(ErrorCode.INVALID_STATE, `grant is ${status}`, [], { status });
    const t = tranches.get(n);
    if (!t) throw refuse(ErrorCode.NOT_FOUND, `no tranche ${n}`);
    if (!allowed.includes(t.status)) throw refuse(ErrorCode.TRANCHE_NOT_ELIGIBLE, `tranche ${n} is ${t.status}`, [], { status: t.status });
    return t;
  };
  const result = (t: GrantTrancheState) => ({ grantId: input.grantId, status, trancheNumber: t.number, trancheStatus: t.status });
  const adopt = (t: GrantTrancheState) => {
    tranches.set(t.number, t);
    return result(t);
  };

  setHandler(
    signAgreementUpdate,
    (cmd) =>
      command(async () => {
        const r = await activities.recordAgreement({ grantId: input.grantId, payoutAccount: cmd.payoutAccount, actor: cmd.actor, workflowId });
        status = r.status;
        for (const t of r.tranches) tranches.set(t.number, t);
        return { grantId: input.grantId, status };
      }),
    {
      validator: (_cmd) => {
        gate.refuseIfBusy({ status });
        if (status !== 'awaiting_agreement') throw refuse(ErrorCode.INVALID_STATE, `grant is ${status}`, [], { status });
      },
    },
  );

  setHandler(
    requestReleaseUpdate,
    (cmd: TrancheCommand) => command(async () => adopt(await activities.recordReleaseRequest({ grantId: input.grantId, trancheNumber: cmd.trancheNumber, actor: cmd.actor, workflowId }))),
    { validator: (cmd) => void tranche(cmd.trancheNumber, 'eligible') },
  );

  setHandler(
    approveReleaseUpdate,
    (cmd) => command(async () => adopt(await activities.recordReleaseApproval({ grantId: input.grantId, trancheNumber: cmd.trancheNumber, actor: cmd.actor, workflowId }))),
    {
      validator: (cmd) => {
        const t = tranche(cmd.trancheNumber, 'release_requested');
        if (t.requestedBy === cmd.actor.userId) throw refuse(ErrorCode.MAKER_CHECKER, 'the maker cannot approve their own request');
      },
    },
  );

  setHandler(
    confirmPaymentUpdate,
    (cmd) =>
      command(async () =>
        adopt(await activities.confirmManualPayment({ grantId: input.grantId, trancheNumber: cmd.trancheNumber, reference: cmd.reference, paidAt: cmd.paidAt, actor: cmd.actor, workflowId })),
      ),
    { validator: (cmd) => void tranche(cmd.trancheNumber, 'disbursing') },
  );

  setHandler(
    retryDisbursementUpdate,
    (cmd) => command(async () => adopt(await activities.recordDisbursementRetry({ grantId: input.grantId, trancheNumber: cmd.trancheNumber, actor: cmd.actor, workflowId }))),
    { validator: (cmd) => void tranche(cmd.trancheNumber, 'failed') },
  );

  /** Pays one approved tranche: the activity creates the payment once; an HTTP transfer is then polled. */
  const disburse = async (t: GrantTrancheState) => {
    let r: DisbursementResult = await activities.startDisbursement({ grantId: input.grantId, trancheNumber: t.number, workflowId });
    t.status = r.trancheStatus;
    while (r.payment === 'pending') {
      await sleep(PAYMENT_POLL);
      r = await activities.checkDisbursement({ paymentId: r.paymentId, workflowId });
      t.status = r.trancheStatus;
    }
    const params = { tranche: t.number, amount: t.amount, currency: context.currency };
    if (r.payment === 'paid') await notify('tranche_disbursed', { organizationId: context.organizationId }, `tranche:${t.number}:${r.paymentId}:paid`, params);
    if (r.payment === 'failed') await notify('tranche_failed', { role: 'program_manager' }, `tranche:${t.number}:${r.paymentId}:failed`, { ...params, reason: 'provider' });
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

  // Pay each tranche as its release is approved (or re-approved after a failed payment).
  for (;;) {
    await condition(() => !gate.busy && [...tranches.values()].some((t) => t.status === 'release_approved'));
    for (const t of [...tranches.values()].filter((x) => x.status === 'release_approved')) await disburse(t);
  }
}
