import { ErrorCode, FieldCode, type FieldError } from './errors';

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
export const CANCELLABLE_TRANCHE_STATUSES: readonly string[] = ['pending', 'eligible', 'release_requested', 'release_approved', 'failed'];

export type GrantCommandKind = 'suspend' | 'resume' | 'terminate' | 'close' | 'submitReport' | 'reviewReport';

/** The grant statuses in which each program-manager or reporting command is allowed. */
const ALLOWED: Record<GrantCommandKind, readonly GrantStatus[]> = {
  suspend: ['active'],
  resume: ['suspended'],
  terminate: ['awaiting_agreement', 'active', 'suspended'],
  close: ['closing'],
  // A suspended grantee can still report (that is often how a suspension is lifted).
  submitReport: ['active', 'suspended'],
  reviewReport: ['active', 'suspended'],
};

export function grantCommandAllowed(command: GrantCommandKind, status: string): boolean {
  return (ALLOWED[command] as readonly string[]).includes(status);
}

/** A report may be submitted early (scheduled), when due or overdue, or again after changes were requested. */
export const SUBMITTABLE_REPORT_STATUSES: readonly string[] = ['scheduled', 'due', 'overdue', 'changes_requested'];

/**
 * The moments of one report's schedule, from its due date and the round's durations: it becomes `due` (and the
 * grantee is reminded) `reportReminder` before the due date, `overdue` (escalated) `reportGrace` after it, and
 * the grant is flagged at risk once the report is `atRisk` late.
 */
export function reportTimeline(dueAtMs: number, d: { reportReminder: number; reportGrace: number; atRisk: number }) {
  return { dueFrom: dueAtMs - d.reportReminder, overdueAt: dueAtMs + d.reportGrace, atRiskAt: dueAtMs + d.atRisk };
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
export function validateReportContent(content: ReportContent, context: ReportContext): { code: ErrorCode; errors: FieldError[] } | null {
  const errors: FieldError[] = [];
  const { total, women, youth } = content.beneficiaries;
  if (women > total) errors.push({ field: 'beneficiaries.women', code: FieldCode.TOO_LARGE, params: { max: total } });
  if (youth > total) errors.push({ field: 'beneficiaries.youth', code: FieldCode.TOO_LARGE, params: { max: total } });
  const checkList = <T>(items: T[], name: string, key: (item: T) => string, allowed: readonly string[], keyField: string) => {
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

/** Whole days a date-only due date is past `today` (0 when not late). */
export function daysLate(dueDate: string, now: Date): number {
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.max(0, Math.round((today - due) / 86_400_000));
}
