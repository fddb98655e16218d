import { ErrorCode, FieldCode, type FieldError, type RuleViolation } from './errors';

/** DESIGN §2: `awaiting_agreement → active ⇄ suspended → closing → closed`, or `terminated`. */
export const GRANT_STATUSES = ['awaiting_agreement', 'active', 'suspended', 'closing', 'closed', 'terminated'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export const REPORT_STATUSES = ['scheduled', 'due', 'submitted', 'accepted', 'changes_requested', 'overdue'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const MILESTONE_STATUSES = ['pending', 'achieved', 'delayed', 'missed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
/** What a report may say about a milestone (it cannot put one back to pending). */
export const MILESTONE_UPDATES = ['achieved', 'delayed', 'missed'] as const;

/** A tranche is settled when no more money can move for it. */
export const SETTLED_TRANCHE_STATUSES: readonly string[] = ['disbursed', 'cancelled'];
/** Tranches that termination cancels: everything not paid and not being paid. */
export const CANCELLABLE_TRANCHE_STATUSES: readonly string[] = [
  'pending',
  'eligible',
  'release_requested',
  'release_approved',
  'failed',
];

export type GrantCommandKind =
  | 'signAgreement'
  | 'moveMoney'
  | 'suspend'
  | 'resume'
  | 'terminate'
  | 'enterCloseout'
  | 'close'
  | 'submitReport'
  | 'reviewReport';

/** The grant statuses in which each command (or change the workflow makes by itself) is allowed. */
const ALLOWED: Record<GrantCommandKind, readonly GrantStatus[]> = {
  signAgreement: ['awaiting_agreement'],
  // Releases, payments and their outcomes: suspension pauses them.
  moveMoney: ['active'],
  suspend: ['active'],
  resume: ['suspended'],
  terminate: ['awaiting_agreement', 'active', 'suspended'],
  enterCloseout: ['active'],
  close: ['closing'],
  // A suspended grantee can still report (that is often how a suspension is lifted).
  submitReport: ['active', 'suspended'],
  reviewReport: ['active', 'suspended'],
};

export function grantCommandAllowed(command: GrantCommandKind, status: string): boolean {
  return (ALLOWED[command] as readonly string[]).includes(status);
}

/** Why `command` is refused while the grant is `status`, or null. */
export function grantCommandRefusal(command: GrantCommandKind, status: string): RuleViolation | null {
  if (grantCommandAllowed(command, status)) return null;
  return { code: ErrorCode.INVALID_STATE, errors: [], params: { status }, message: `grant is ${status}` };
}

/** Money already on its way cannot be cancelled: a grant is terminated once its payment has an outcome. */
export function terminationRefusal(tranches: readonly { status: string }[]): RuleViolation | null {
  if (!tranches.some((t) => t.status === 'disbursing')) return null;
  return { code: ErrorCode.PAYMENT_IN_FLIGHT, errors: [], message: 'a payment is in flight' };
}

/** Closeout opens once the final report is accepted and no more money can move for any tranche. */
export function readyForCloseout(
  reports: readonly { kind: string; status: string }[],
  tranches: readonly { status: string }[],
): boolean {
  return (
    reports.some((r) => r.kind === 'final' && r.status === 'accepted') &&
    tranches.every((t) => SETTLED_TRANCHE_STATUSES.includes(t.status))
  );
}

/** A report may be submitted early (scheduled), when due or overdue, or again after changes were requested. */
export const SUBMITTABLE_REPORT_STATUSES: readonly string[] = ['scheduled', 'due', 'overdue', 'changes_requested'];

/** What a person does to a report: the grantee submits it, a programme manager reviews a submitted one. */
const REPORT_CHANGES = { submit: SUBMITTABLE_REPORT_STATUSES, review: ['submitted'] } as const satisfies Record<
  string,
  readonly string[]
>;
export type ReportChange = keyof typeof REPORT_CHANGES;

export function reportChangeRefusal(change: ReportChange, status: string): RuleViolation | null {
  if ((REPORT_CHANGES[change] as readonly string[]).includes(status)) return null;
  return { code: ErrorCode.INVALID_REPORT_STATE, errors: [], params: { status }, message: `report is ${status}` };
}

/**
 * Whether a report timer that fired still applies when it is recorded (a submission or a suspension may have won
 * the race): `due` for a scheduled report, `overdue` for one still undelivered or a returned one past its
 * resubmission deadline, `at_risk` for an overdue report of a grant not flagged yet.
 */
export function reportEventApplies(
  event: 'due' | 'overdue' | 'at_risk',
  r: { status: string; resubmitBy: Date | null },
  grantAtRisk: boolean,
  nowMs: number,
): boolean {
  if (event === 'due') return r.status === 'scheduled';
  if (event === 'overdue') {
    return (
      r.status === 'scheduled' ||
      r.status === 'due' ||
      (r.status === 'changes_requested' && r.resubmitBy !== null && r.resubmitBy.getTime() <= nowMs)
    );
  }
  return r.status === 'overdue' && !grantAtRisk;
}

/**
 * The moments of one report's schedule, from its due date and the round's durations: it becomes `due` (and the
 * grantee is reminded) `reportReminder` before the due date, `overdue` (escalated) `reportGrace` after it, and
 * the grant is flagged at risk once the report is `atRisk` late.
 */
export function reportTimeline(dueAtMs: number, d: { reportReminder: number; reportGrace: number; atRisk: number }) {
  return { dueFrom: dueAtMs - d.reportReminder, overdueAt: dueAtMs + d.reportGrace, atRiskAt: dueAtMs + d.atRisk };
}

/**
 * A report sent back for changes must come back within the round's grace period: after that it is `overdue`
 * again (escalated, and the grant is flagged at risk once the report is `atRisk` past its original due date).
 */
export function resubmissionDeadline(reviewedAtMs: number, d: { reportGrace: number }): number {
  return reviewedAtMs + d.reportGrace;
}

/**
 * The next timed event of one report, or null: `due` then `overdue` from its schedule, `overdue` again when a
 * returned report misses its resubmission deadline, and `at_risk` for an overdue report while the grant is not
 * flagged yet. Reports without a schedule (agreement not signed) or with a decision pending have none.
 */
export function nextReportEvent(
  r: { status: string; dueAt: string | null; resubmitBy?: string | null },
  d: { reportReminder: number; reportGrace: number; atRisk: number },
  grantAtRisk: boolean,
): { event: 'due' | 'overdue' | 'at_risk'; at: number } | null {
  if (!r.dueAt) return null;
  const at = reportTimeline(Date.parse(r.dueAt), d);
  if (r.status === 'scheduled') return { event: 'due', at: at.dueFrom };
  if (r.status === 'due') return { event: 'overdue', at: at.overdueAt };
  // Returned reports recorded before deadlines existed have none (undefined): they wait, as they always did.
  if (r.status === 'changes_requested' && r.resubmitBy) return { event: 'overdue', at: Date.parse(r.resubmitBy) };
  if (r.status === 'overdue' && !grantAtRisk) return { event: 'at_risk', at: at.atRiskAt };
  return null;
}

/**
 * Suspension stops the reporting clock. On resumption every report still to be delivered (scheduled or due, or
 * sent back with a resubmission deadline) moves later by the time the grant was suspended, and so does a period
 * that had not begun. A report already overdue stays late, and its lateness is not excused. Null when unchanged.
 */
export function reportAfterSuspension(
  r: { status: string; periodStart: Date | null; dueAt: Date | null; resubmitBy: Date | null },
  suspendedAt: Date,
  resumedAt: Date,
): { periodStart?: Date; dueAt?: Date; dueDate?: string; resubmitBy?: Date } | null {
  const paused = resumedAt.getTime() - suspendedAt.getTime();
  const later = (d: Date) => new Date(d.getTime() + paused);
  if (paused <= 0) return null;
  if ((r.status === 'scheduled' || r.status === 'due') && r.dueAt) {
    const dueAt = later(r.dueAt);
    const periodStart = r.periodStart && r.periodStart > suspendedAt ? later(r.periodStart) : undefined;
    return { dueAt, dueDate: isoDate(dueAt), ...(periodStart && { periodStart }) };
  }
  if (r.status === 'changes_requested' && r.resubmitBy) return { resubmitBy: later(r.resubmitBy) };
  return null;
}

/** Report k (1-based) is due k report periods after the agreement was signed. */
export function reportDueAt(signedAtMs: number, sequence: number, reportPeriodMs: number): number {
  return signedAtMs + sequence * reportPeriodMs;
}

export interface ReportContent {
  narrative: string;
  beneficiaries: { total: number; women: number; youth: number };
  indicators: { key: string; value: number }[];
  expenditures: { category: string; amount: number }[];
  milestones: { id: string; status: (typeof MILESTONE_UPDATES)[number] }[];
  attachments?: { name: string; reference: string }[];
}

export interface ReportContext {
  milestoneIds: readonly string[];
  indicatorKeys: readonly string[];
  budgetCategories: readonly string[];
  /** What has been paid to the grantee so far: reported spending (cumulative) cannot exceed it. */
  disbursedAmount: number;
}

export function expenditureTotal(content: Pick<ReportContent, 'expenditures'>): number {
  return content.expenditures.reduce((sum, e) => sum + e.amount, 0);
}

/**
 * Checks a report against its grant: milestones, indicators and budget categories must be the proposal's own,
 * each named once; women and youth are counted within the total; spending to date within what was disbursed.
 * Figures are cumulative to date (people reached so far, spending so far), so the latest accepted report tells
 * where a grant stands.
 */
export function validateReportContent(
  content: ReportContent,
  context: ReportContext,
): { code: ErrorCode; errors: FieldError[] } | null {
  const errors: FieldError[] = [];
  const { total, women, youth } = content.beneficiaries;
  if (women > total) errors.push({ field: 'beneficiaries.women', code: FieldCode.TOO_LARGE, params: { max: total } });
  if (youth > total) errors.push({ field: 'beneficiaries.youth', code: FieldCode.TOO_LARGE, params: { max: total } });
  const checkList = <T>(
    items: T[],
    name: string,
    key: (item: T) => string,
    allowed: readonly string[],
    keyField: string,
  ) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (!allowed.includes(k)) errors.push({ field: `${name}[${index}].${keyField}`, code: FieldCode.NOT_IN_LIST });
      else if (seen.has(k)) errors.push({ field: `${name}[${index}].${keyField}`, code: FieldCode.DUPLICATE });
      seen.add(k);
    });
  };
  checkList(content.indicators, 'indicators', (i) => i.key, context.indicatorKeys, 'key');
  checkList(content.expenditures, 'expenditures', (e) => e.category, context.budgetCategories, 'category');
  checkList(content.milestones, 'milestones', (m) => m.id, context.milestoneIds, 'id');
  if (errors.length) return { code: ErrorCode.VALIDATION_FAILED, errors };
  const spent = expenditureTotal(content);
  if (spent > context.disbursedAmount) {
    return {
      code: ErrorCode.EXPENDITURE_ABOVE_DISBURSED,
      errors: [{ field: 'expenditures', code: FieldCode.TOO_LARGE, params: { max: context.disbursedAmount } }],
    };
  }
  return null;
}

/** The calendar date (UTC) of an instant, as shown to people and stored in `date` columns. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Whole days a date-only due date is past `today` (0 when not late). */
export function daysLate(dueDate: string, now: Date): number {
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.max(0, Math.round((today - due) / 86_400_000));
}
