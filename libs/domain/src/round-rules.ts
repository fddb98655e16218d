import { FieldCode, FieldError } from './errors';
import { DEFAULT_ROUND_DURATIONS, durationToMs, ROUND_DURATION_KEYS } from './durations';
import { REGION_KEYS } from './regions';

export interface RubricCriterion {
  key: string;
  label: { fr: string; en: string };
  weight: number;
  maxScore: number;
}

/** The rubric of DESIGN §5, used by the demo round and as an example: weights sum to 100, scores 0…5. */
export const EXAMPLE_RUBRIC: readonly RubricCriterion[] = [
  { key: 'relevance', label: { fr: 'Pertinence', en: 'Relevance' }, weight: 40, maxScore: 5 },
  { key: 'feasibility', label: { fr: 'Faisabilité', en: 'Feasibility' }, weight: 35, maxScore: 5 },
  {
    key: 'inclusion',
    label: { fr: 'Inclusion des femmes et des jeunes', en: 'Inclusion of women and youth' },
    weight: 25,
    maxScore: 5,
  },
];

export interface RoundPlan {
  budgetEnvelope: number;
  maxAward: number;
  opensAt: Date;
  closesAt: Date;
  tranchePlan: number[];
  rubric: RubricCriterion[];
  reviewersPerProposal: number;
  approvalThreshold: number;
  durations: Partial<Record<string, string>>;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * An open round of DESIGN §5's shape (GNF, 900 M envelope, 60 M maximum award, every region, 40/40/20, the example
 * rubric, default durations), opened yesterday for 90 days: the demo round and the tests' rounds.
 */
export function exampleRound(now: number) {
  return {
    currency: 'GNF' as const,
    budgetEnvelope: 900_000_000,
    maxAward: 60_000_000,
    eligibleRegions: [...REGION_KEYS] as string[],
    eligibleCommunes: null,
    opensAt: new Date(now - DAY_MS),
    closesAt: new Date(now + 90 * DAY_MS),
    tranchePlan: [40, 40, 20],
    rubric: [...EXAMPLE_RUBRIC],
    reviewersPerProposal: 3,
    approvalThreshold: 60,
    durations: DEFAULT_ROUND_DURATIONS,
  };
}

/** Cross-field rules of a funding round; single-field shape is checked by the DTO validators. */
export function validateRoundPlan(plan: RoundPlan): FieldError[] {
  const errors: FieldError[] = [];
  if (plan.maxAward > plan.budgetEnvelope) {
    errors.push({ field: 'maxAward', code: FieldCode.TOO_LARGE, params: { max: plan.budgetEnvelope } });
  }
  if (plan.opensAt.getTime() >= plan.closesAt.getTime()) {
    errors.push({ field: 'closesAt', code: FieldCode.OUT_OF_ORDER });
  }
  const trancheTotal = plan.tranchePlan.reduce((a, b) => a + b, 0);
  if (trancheTotal !== 100) {
    errors.push({ field: 'tranchePlan', code: FieldCode.MISMATCH, params: { expected: 100, actual: trancheTotal } });
  }
  const weightTotal = plan.rubric.reduce((a, c) => a + c.weight, 0);
  if (weightTotal !== 100) {
    errors.push({ field: 'rubric', code: FieldCode.MISMATCH, params: { expected: 100, actual: weightTotal } });
  }
  const seen = new Set<string>();
  plan.rubric.forEach((criterion, index) => {
    if (seen.has(criterion.key)) errors.push({ field: `rubric[${index}].key`, code: FieldCode.DUPLICATE });
    seen.add(criterion.key);
  });
  for (const key of ROUND_DURATION_KEYS) {
    const value = plan.durations[key];
    if (value !== undefined && durationToMs(value) === null) {
      errors.push({ field: `durations.${key}`, code: FieldCode.INVALID_DURATION });
    }
  }
  for (const key of Object.keys(plan.durations)) {
    if (!(ROUND_DURATION_KEYS as readonly string[]).includes(key)) {
      errors.push({ field: `durations.${key}`, code: FieldCode.UNKNOWN_FIELD });
    }
  }
  return errors;
}

/** What a round is right now, from its dates: the only round lifecycle there is (no workflow owns a round). */
export type RoundPhase = 'upcoming' | 'open' | 'closed';

export function roundPhase(round: { opensAt: Date; closesAt: Date }, now: Date): RoundPhase {
  if (now.getTime() < round.opensAt.getTime()) return 'upcoming';
  return now.getTime() > round.closesAt.getTime() ? 'closed' : 'open';
}

/**
 * Fields of a round that stay editable once it has opened: applicants have read the rest (plan, rubric, rules)
 * and proposals were written against them. Texts may be corrected, the deadline only pushed back (never cut
 * short under applicants' feet: that is `POST /rounds/:id/close`, with a reason), and the envelope topped up or
 * trimmed down to what is already reserved.
 */
export const ROUND_FIELDS_EDITABLE_WHEN_OPEN = ['name', 'description', 'closesAt', 'budgetEnvelope'] as const;

export interface RoundEdit {
  /** The fields the caller sent (top-level keys of the PATCH body). */
  fields: string[];
  closesAt?: Date;
  budgetEnvelope?: number;
}

/**
 * Whether an edit may apply to a round in its current state; the plan's own consistency is `validateRoundPlan`
 * on the merged result. `locked` fields are a state conflict (409), `errors` bad values for this round (422).
 */
export function roundEditViolations(
  round: { opensAt: Date; closesAt: Date; reservedAmount: number },
  edit: RoundEdit,
  now: Date,
): { locked: FieldError[]; errors: FieldError[] } {
  const phase = roundPhase(round, now);
  const locked: FieldError[] = [];
  const errors: FieldError[] = [];
  if (phase !== 'upcoming') {
    const editable: readonly string[] =
      phase === 'open'
        ? ROUND_FIELDS_EDITABLE_WHEN_OPEN
        : ROUND_FIELDS_EDITABLE_WHEN_OPEN.filter((f) => f !== 'closesAt');
    for (const field of edit.fields) {
      if (!editable.includes(field)) locked.push({ field, code: FieldCode.LOCKED, params: { phase } });
    }
    if (phase === 'open' && edit.closesAt && edit.closesAt.getTime() < round.closesAt.getTime()) {
      errors.push({ field: 'closesAt', code: FieldCode.ONLY_LATER, params: { min: round.closesAt.toISOString() } });
    }
  }
  if (edit.budgetEnvelope !== undefined && edit.budgetEnvelope < round.reservedAmount) {
    errors.push({ field: 'budgetEnvelope', code: FieldCode.BELOW_RESERVED, params: { min: round.reservedAmount } });
  }
  return { locked, errors };
}
