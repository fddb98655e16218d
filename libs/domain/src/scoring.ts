import { FieldCode, FieldError } from './errors';
import type { RubricCriterion } from './round-rules';

export interface CriterionScore {
  criterion: string;
  score: number;
  /** The reviewer's comment on this criterion (optional, ≤ 2000 characters); staff only. */
  comment?: string;
}

/** One integer score per rubric criterion, each within 0…maxScore; nothing missing, nothing extra. */
export function validateScores(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[]): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(rubric.map((c) => [c.key, c]));
  const seen = new Set<string>();
  scores.forEach((s, index) => {
    const criterion = byKey.get(s.criterion);
    if (!criterion) {
      errors.push({ field: `scores[${index}].criterion`, code: FieldCode.UNKNOWN_CRITERION });
      return;
    }
    if (seen.has(s.criterion)) errors.push({ field: `scores[${index}].criterion`, code: FieldCode.DUPLICATE });
    seen.add(s.criterion);
    if (!Number.isInteger(s.score)) {
      errors.push({ field: `scores[${index}].score`, code: FieldCode.NOT_INTEGER });
    } else if (s.score < 0 || s.score > criterion.maxScore) {
      errors.push({
        field: `scores[${index}].score`,
        code: FieldCode.OUT_OF_RANGE,
        params: { min: 0, max: criterion.maxScore },
      });
    }
  });
  for (const c of rubric) {
    if (!seen.has(c.key)) errors.push({ field: 'scores', code: FieldCode.REQUIRED, params: { criterion: c.key } });
  }
  return errors;
}

/**
 * Weighted score of one review in hundredths of a percent (7350 = 73.50 %): Σ wᵢ·sᵢ/mᵢ ÷ Σ wᵢ. Integer
 * arithmetic on the exact fraction, rounded half up, so every node computes the same number.
 */
export function weightedScoreBp(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[]): number {
  const byKey = new Map(scores.map((s) => [s.criterion, s.score]));
  const denominators = rubric.map((c) => BigInt(c.maxScore));
  const common = denominators.reduce((a, b) => a * b, 1n);
  let numerator = 0n;
  rubric.forEach((c) => {
    numerator += BigInt(c.weight) * BigInt(byKey.get(c.key) ?? 0) * (common / BigInt(c.maxScore));
  });
  const denominator = BigInt(rubric.reduce((a, c) => a + c.weight, 0)) * common;
  return Number((numerator * 10_000n * 2n + denominator) / (2n * denominator));
}

/** The proposal's score: the mean of its reviews' scores, in hundredths of a percent, rounded half up. */
export function averageScoreBp(reviewScoresBp: readonly number[]): number | null {
  if (!reviewScoresBp.length) return null;
  const total = reviewScoresBp.reduce((a, b) => a + b, 0);
  return Math.floor((total * 2 + reviewScoresBp.length) / (2 * reviewScoresBp.length));
}

export const RECOMMENDATIONS = ['approve', 'reject', 'revise'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
