/**
 * The grant's commands: validators that are pure functions of the state (the rules live in libs/domain), and
 * what each accepted command does — one activity that checks again under a row lock and answers the grant's
 * snapshot (or the tranche), which the workflow mirrors.
 */
import type { RuleViolation } from '../../../libs/domain/src/errors';
import { ErrorCode } from '../../../libs/domain/src/errors';
import {
  type GrantCommandKind,
  grantCommandRefusal,
  type ReportChange,
  reportChangeRefusal,
  terminationRefusal,
} from '../../../libs/domain/src/grant-lifecycle';
import { type TrancheChange, trancheChangeRefusal } from '../../../libs/domain/src/tranches';
import {
  approveReleaseUpdate,
  changeGrantStatusUpdate,
  closeGrantUpdate,
  confirmPaymentUpdate,
  type GrantCommandResult,
  type GrantSnapshot,
  requestReleaseUpdate,
  resolvePaymentUpdate,
  retryDisbursementUpdate,
  reviewReportUpdate,
  signAgreementUpdate,
  submitReportUpdate,
} from '../../../libs/temporal/src/contracts/grant';
import { refuse, refusalOf } from '../../../libs/temporal/src/refusal';
import { type CommandSpec, onCommand } from '../commands';
import { proxiesFor, watched } from './effects';
import type { GrantState } from './state';

const check = (refusal: RuleViolation | null) => {
  if (refusal) throw refusalOf(refusal);
};

function allowedNow(s: GrantState, kind: GrantCommandKind): void {
  s.gate.refuseIfBusy({ status: s.status });
  check(grantCommandRefusal(kind, s.status));
}

/** A finance command on tranche `n`: the grant active, the tranche's status and maker–checker as the rule says. */
function trancheMay(s: GrantState, n: number, change: TrancheChange, actorId?: string): void {
  allowedNow(s, 'moveMoney');
  const t = s.tranches.get(n);
  if (!t) throw refuse(ErrorCode.NOT_FOUND, `no tranche ${n}`);
  check(trancheChangeRefusal(change, t, actorId));
}

function reportMay(s: GrantState, kind: GrantCommandKind, id: string, change: ReportChange): void {
  allowedNow(s, kind);
  const r = s.reports.get(id);
  if (!r) throw refuse(ErrorCode.NOT_FOUND, 'no such report');
  check(reportChangeRefusal(change, r.status));
}

/**
 * Registers every command before the run's first await: an Update that arrives with a new run's first task (right
 * after continue-as-new) must find its handler, and waits until the grant is loaded to be validated.
 */
export function registerCommands(s: GrantState): void {
  const { activities } = proxiesFor(s);
  const { grantId, workflowId } = s;
  const command = <C>(
    def: Parameters<typeof onCommand<C, GrantCommandResult>>[0],
    spec: Omit<CommandSpec<C, GrantCommandResult>, 'ready' | 'around'>,
  ) => onCommand(def, s.gate, { ...spec, ready: () => s.loaded, around: (name, run) => watched(s, name, run) });
  const snapshot = async (change: Promise<GrantSnapshot>) => {
    s.adoptSnapshot(await change);
    return s.answer();
  };

  command(signAgreementUpdate, {
    validate: () => allowedNow(s, 'signAgreement'),
    run: (cmd) =>
      snapshot(activities.recordAgreement({ grantId, payoutAccount: cmd.payoutAccount, actor: cmd.actor, workflowId })),
  });
  command(requestReleaseUpdate, {
    // A failed tranche is released again by a maker and a checker (the `retry` command is the maker's step too).
    validate: (cmd) => trancheMay(s, cmd.trancheNumber, s.outcomes ? 'requestRelease' : 'requestReleaseBeforeOutcomes'),
    run: async (cmd) =>
      s.adoptTranche(
        await activities.recordReleaseRequest({
          grantId,
          trancheNumber: cmd.trancheNumber,
          actor: cmd.actor,
          workflowId,
        }),
      ),
  });
  command(approveReleaseUpdate, {
    validate: (cmd) => trancheMay(s, cmd.trancheNumber, 'approveRelease', cmd.actor.userId),
    run: async (cmd) =>
      s.adoptTranche(
        await activities.recordReleaseApproval({
          grantId,
          trancheNumber: cmd.trancheNumber,
          actor: cmd.actor,
          workflowId,
        }),
      ),
  });
  command(confirmPaymentUpdate, {
    validate: (cmd) => trancheMay(s, cmd.trancheNumber, 'confirmPayment'),
    run: async (cmd) =>
      s.adoptTranche(
        await activities.confirmManualPayment({
          grantId,
          trancheNumber: cmd.trancheNumber,
          reference: cmd.reference,
          paidAt: cmd.paidAt,
          ...(cmd.amount !== undefined && { amount: cmd.amount }),
          actor: cmd.actor,
          workflowId,
        }),
      ),
  });
  command(resolvePaymentUpdate, {
    validate: (cmd) => trancheMay(s, cmd.trancheNumber, 'resolvePayment', cmd.actor.userId),
    run: async (cmd) => {
      const answer = s.adoptTranche(
        await activities.resolvePayment({
          grantId,
          trancheNumber: cmd.trancheNumber,
          resolution: cmd.resolution,
          actor: cmd.actor,
          workflowId,
        }),
      );
      s.resolutions++;
      return answer;
    },
  });
  command(retryDisbursementUpdate, {
    validate: (cmd) => trancheMay(s, cmd.trancheNumber, 'retry'),
    run: async (cmd) =>
      s.adoptTranche(
        await activities.recordDisbursementRetry({
          grantId,
          trancheNumber: cmd.trancheNumber,
          actor: cmd.actor,
          workflowId,
        }),
      ),
  });
  command(submitReportUpdate, {
    validate: (cmd) => reportMay(s, 'submitReport', cmd.reportId, 'submit'),
    run: (cmd) =>
      snapshot(
        activities.recordReportSubmission({
          grantId,
          reportId: cmd.reportId,
          content: cmd.content,
          actor: cmd.actor,
          workflowId,
        }),
      ),
  });
  command(reviewReportUpdate, {
    validate: (cmd) => reportMay(s, 'reviewReport', cmd.reportId, 'review'),
    run: (cmd) =>
      snapshot(
        activities.recordReportReview({
          grantId,
          reportId: cmd.reportId,
          decision: cmd.decision,
          comment: cmd.comment ?? null,
          actor: cmd.actor,
          workflowId,
        }),
      ),
  });
  command(changeGrantStatusUpdate, {
    validate: (cmd) => {
      allowedNow(s, cmd.action);
      // The tranche being paid counts as in flight even before its activity has said `disbursing`.
      if (cmd.action === 'terminate') {
        check(
          terminationRefusal(
            [...s.tranches.values()].map((t) => (t.number === s.paying ? { status: 'disbursing' } : t)),
          ),
        );
      }
    },
    run: (cmd) =>
      snapshot(
        activities.recordGrantStatusChange({
          grantId,
          action: cmd.action,
          reason: cmd.reason,
          actor: cmd.actor,
          workflowId,
        }),
      ),
  });
  command(closeGrantUpdate, {
    validate: () => allowedNow(s, 'close'),
    run: (cmd) =>
      snapshot(
        activities.recordCloseout({
          grantId,
          unspentAmount: cmd.unspentAmount,
          reference: cmd.reference ?? null,
          note: cmd.note ?? null,
          actor: cmd.actor,
          workflowId,
        }),
      ),
  });
}
