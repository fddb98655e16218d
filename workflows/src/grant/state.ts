import { nextReportEvent } from '../../../libs/domain/src/grant-lifecycle';
import type {
  GrantContext,
  GrantReportState,
  GrantSnapshot,
  GrantTrancheState,
  GrantWorkflowInput,
  GrantWorkflowState,
  ReportEvent,
} from '../../../libs/temporal/src/contracts/grant';
import { CommandGate } from '../commands';

export type NextEvent = { report: GrantReportState; event: ReportEvent; at: number };
type Durations = NonNullable<GrantContext['reportDurations']>;

/** What a grant's run mirrors of PostgreSQL, plus what only the run knows (the payment under way, a stall). */
export class GrantState {
  // Answer queries from the first moment: a grant starts awaiting its agreement.
  status = 'awaiting_agreement';
  atRisk = false;
  readonly tranches = new Map<number, GrantTrancheState>();
  readonly reports = new Map<string, GrantReportState>();
  agreementDeadline: string | null = null;
  /** Bumped by every change, so the main loop plans again. */
  revision = 0;
  /** The tranche a payment is being made for: its status belongs to the payment loop meanwhile. */
  paying: number | null = null;
  /** Notifications written by commands, delivered by the main loop so no answer waits for SMTP. */
  readonly outbox: string[] = [];
  /** Why the grant is flagged stalled (an activity exhausted its attempts), or null. */
  stalled: string | null = null;
  /** The flag is written (and programme managers told) once per stall, not at every failure that follows. */
  stallRecorded = false;
  /** Bumped when an operator records a stuck payment's outcome, so the reconciliation asks at once. */
  resolutions = 0;
  /** Set once the grant is loaded; until then commands wait (see onCommand's `ready`). */
  context: GrantContext | undefined;
  /** The round's report durations, once the run times reports (runs started with GRANT_LIFECYCLE_PATCH). */
  durations: Durations | undefined;
  readonly gate = new CommandGate();

  constructor(
    readonly input: GrantWorkflowInput,
    readonly workflowId: string,
    /** GRANT_LIFECYCLE_PATCH: reports, suspension and closeout. */
    readonly lifecycle: boolean,
    /** PAYMENT_OUTCOME_PATCH: definitive payment outcomes, bounded activities, stall flags. */
    readonly outcomes: boolean,
  ) {}

  get grantId(): string {
    return this.input.grantId;
  }

  get loaded(): boolean {
    return this.context !== undefined;
  }

  // A loaded context is a snapshot too; those recorded before reports existed lack atRisk and reports.
  adoptSnapshot(snapshot: Pick<GrantSnapshot, 'status' | 'tranches'> & Partial<GrantSnapshot>): void {
    this.status = snapshot.status;
    this.atRisk = snapshot.atRisk ?? false;
    for (const t of snapshot.tranches) if (t.number !== this.paying) this.tranches.set(t.number, t);
    for (const r of snapshot.reports ?? []) this.reports.set(r.id, r);
    this.outbox.push(...(snapshot.notificationIds ?? []));
    this.revision++;
  }

  /** One tranche as an activity answered it. */
  adoptTranche(t: GrantTrancheState): {
    grantId: string;
    status: string;
    trancheNumber: number;
    trancheStatus: string;
  } {
    this.tranches.set(t.number, t);
    this.revision++;
    return { ...this.answer(), trancheNumber: t.number, trancheStatus: t.status };
  }

  answer(): { grantId: string; status: string } {
    return { grantId: this.grantId, status: this.status };
  }
}

/** The earliest report timer still to fire; none while the grant is not active (suspension pauses them). */
export function nextEvent(s: GrantState): NextEvent | null {
  if (!s.durations || s.status !== 'active') return null;
  let best: NextEvent | null = null;
  for (const r of s.reports.values()) {
    const next = nextReportEvent(r, s.durations, s.atRisk);
    const candidate: NextEvent | null = next && { report: r, ...next };
    if (candidate && (!best || candidate.at < best.at)) best = candidate;
  }
  return best;
}

/** The live view the API reads through the `grantState` query. */
export function stateView(s: GrantState): GrantWorkflowState {
  const next = nextEvent(s);
  return {
    grantId: s.grantId,
    status: s.status,
    tranches: [...s.tranches.values()].map((t) => ({ number: t.number, amount: t.amount, status: t.status })),
    agreementDeadline: s.agreementDeadline,
    reports: [...s.reports.values()].map((r) => ({
      id: r.id,
      sequence: r.sequence,
      kind: r.kind,
      dueAt: r.dueAt,
      status: r.status,
    })),
    atRisk: s.atRisk,
    nextEvent: next && { reportSequence: next.report.sequence, event: next.event, at: new Date(next.at).toISOString() },
    run: s.input.run ?? 1,
    ...(s.outcomes && { stalled: s.stalled }),
  };
}
