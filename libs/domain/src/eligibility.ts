import { ErrorCode, FieldCode, FieldError, RuleViolation } from './errors';
import { lineTotal, MAX_AMOUNT, sumAmounts } from './money';
import { isRegion } from './regions';
import type { OrganizationStatus } from './organizations';

export interface BudgetLineInput {
  category: string;
  description: string;
  quantity: number;
  unitCost: number;
  total: number;
}

export interface ProposalContent {
  title?: string | null;
  summary?: string | null;
  problemStatement?: string | null;
  region?: string | null;
  commune?: string | null;
  neighbourhood?: string | null;
  beneficiaries?: { total: number; women: number; youth: number } | null;
  startDate?: string | null;
  endDate?: string | null;
  requestedAmount?: number | null;
  budgetLines?: BudgetLineInput[];
  milestones?: { title: string; dueDate: string; deliverable: string }[];
  indicators?: { key: string; label: string; target: number }[];
}

export interface RoundWindow {
  opensAt: Date;
  closesAt: Date;
  maxAward: number;
  eligibleRegions: string[];
  eligibleCommunes?: string[] | null;
}

/**
 * Consistency rules that hold for a draft as much as for a submission: every value present must agree with the
 * others. Missing values are allowed here (a draft may be incomplete) and caught by `checkEligibility`.
 */
export function checkContentConsistency(content: ProposalContent): FieldError[] {
  const errors: FieldError[] = [];
  if (content.region != null && !isRegion(content.region)) {
    errors.push({ field: 'region', code: FieldCode.UNKNOWN_REGION });
  }
  if (content.startDate && content.endDate && content.startDate > content.endDate) {
    errors.push({ field: 'endDate', code: FieldCode.OUT_OF_ORDER });
  }
  const b = content.beneficiaries;
  if (b && (b.women > b.total || b.youth > b.total)) {
    errors.push({ field: 'beneficiaries', code: FieldCode.TOO_LARGE, params: { max: b.total } });
  }
  (content.budgetLines ?? []).forEach((line, index) => {
    const expected = lineTotal(line.quantity, line.unitCost);
    if (expected === null || expected !== line.total) {
      errors.push({
        field: `budgetLines[${index}].total`,
        code: FieldCode.MISMATCH,
        params: { expected: expected ?? 'overflow', actual: line.total },
      });
    }
  });
  // Lines each within range may still add up beyond what money can be: refused here, not by a crash at submission.
  const lines = content.budgetLines ?? [];
  if (lines.length && !Number.isSafeInteger(lines.reduce((sum, line) => sum + line.total, 0))) {
    errors.push({ field: 'budgetLines', code: FieldCode.TOO_LARGE, params: { max: MAX_AMOUNT } });
  }
  (content.milestones ?? []).forEach((milestone, index) => {
    if (content.startDate && milestone.dueDate < content.startDate) {
      errors.push({ field: `milestones[${index}].dueDate`, code: FieldCode.OUT_OF_ORDER });
    } else if (content.endDate && milestone.dueDate > content.endDate) {
      errors.push({ field: `milestones[${index}].dueDate`, code: FieldCode.OUT_OF_ORDER });
    }
  });
  const keys = new Set<string>();
  (content.indicators ?? []).forEach((indicator, index) => {
    if (keys.has(indicator.key)) errors.push({ field: `indicators[${index}].key`, code: FieldCode.DUPLICATE });
    keys.add(indicator.key);
  });
  return errors;
}

const REQUIRED_FIELDS = [
  'title',
  'summary',
  'problemStatement',
  'region',
  'commune',
  'beneficiaries',
  'startDate',
  'endDate',
  'requestedAmount',
] as const;

/**
 * Automatic eligibility at submission (DESIGN §2): the organisation verified, round open, region eligible,
 * amount ≤ maximum award and equal to the budget, required fields present. Returns the first violated rule with
 * every field at fault, or null. The one-open-proposal rule needs the database and is checked by the caller (and
 * by a unique index).
 */
export function checkEligibility(
  content: ProposalContent,
  round: RoundWindow,
  now: Date,
  organization: { status: OrganizationStatus },
): RuleViolation | null {
  // First: whatever the proposal says, the fund does not take submissions from an organisation it has not checked.
  if (organization.status !== 'verified') {
    return { code: ErrorCode.ORGANIZATION_NOT_VERIFIED, errors: [], params: { status: organization.status } };
  }
  if (now.getTime() < round.opensAt.getTime() || now.getTime() > round.closesAt.getTime()) {
    return { code: ErrorCode.ROUND_CLOSED, errors: [], params: { closesAt: round.closesAt.toISOString() } };
  }
  const missing: FieldError[] = REQUIRED_FIELDS.filter((f) => {
    const v = content[f];
    return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  }).map((field) => ({ field, code: FieldCode.REQUIRED }));
  if (!content.budgetLines?.length) missing.push({ field: 'budgetLines', code: FieldCode.REQUIRED });
  if (!content.milestones?.length) missing.push({ field: 'milestones', code: FieldCode.REQUIRED });
  if (missing.length) return { code: ErrorCode.INCOMPLETE_PROPOSAL, errors: missing };

  const inconsistent = checkContentConsistency(content);
  if (inconsistent.length) return { code: ErrorCode.VALIDATION_FAILED, errors: inconsistent };

  if (!round.eligibleRegions.includes(content.region!)) {
    return { code: ErrorCode.REGION_NOT_ELIGIBLE, errors: [{ field: 'region', code: FieldCode.NOT_ELIGIBLE }] };
  }
  if (round.eligibleCommunes?.length && !round.eligibleCommunes.includes(content.commune!)) {
    return { code: ErrorCode.REGION_NOT_ELIGIBLE, errors: [{ field: 'commune', code: FieldCode.NOT_ELIGIBLE }] };
  }
  const requested = content.requestedAmount!;
  if (requested > round.maxAward) {
    return {
      code: ErrorCode.AMOUNT_ABOVE_MAX_AWARD,
      errors: [{ field: 'requestedAmount', code: FieldCode.TOO_LARGE, params: { max: round.maxAward } }],
      params: { max: round.maxAward },
    };
  }
  const budgetTotal = sumAmounts(content.budgetLines!.map((line) => line.total));
  if (budgetTotal !== requested) {
    return {
      code: ErrorCode.BUDGET_MISMATCH,
      errors: [
        { field: 'requestedAmount', code: FieldCode.MISMATCH, params: { expected: budgetTotal, actual: requested } },
      ],
      params: { expected: budgetTotal, actual: requested },
    };
  }
  return null;
}
