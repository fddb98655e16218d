import { durationToMs } from './durations';
import { canTransition, isTerminal } from './proposal-status';
import { validateRoundPlan, RoundPlan } from './round-rules';

const plan: RoundPlan = {
  budgetEnvelope: 900_000_000,
  maxAward: 60_000_000,
  opensAt: new Date('2026-11-01T00:00:00Z'),
  closesAt: new Date('2027-01-31T23:59:59Z'),
  tranchePlan: [40, 40, 20],
  rubric: [
    { key: 'relevance', label: { fr: 'P', en: 'R' }, weight: 40, maxScore: 5 },
    { key: 'feasibility', label: { fr: 'F', en: 'F' }, weight: 35, maxScore: 5 },
    { key: 'inclusion', label: { fr: 'I', en: 'I' }, weight: 25, maxScore: 5 },
  ],
  reviewersPerProposal: 3,
  approvalThreshold: 60,
  durations: { screening: '5 days', review: '20 seconds' },
};

describe(validateRoundPlan.name, () => {
  it('accepts the DESIGN example', () => expect(validateRoundPlan(plan)).toEqual([]));

  it('refuses a tranche plan, rubric weights and window that do not add up', () => {
    const errors = validateRoundPlan({
      ...plan,
      tranchePlan: [40, 40],
      rubric: [...plan.rubric, { ...plan.rubric[0] }],
      closesAt: plan.opensAt,
      maxAward: plan.budgetEnvelope + 1,
      durations: { review: 'soon', bogus: '1 day' },
    });
    expect(errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'closesAt:OUT_OF_ORDER',
      'durations.bogus:UNKNOWN_FIELD',
      'durations.review:INVALID_DURATION',
      'maxAward:TOO_LARGE',
      'rubric:MISMATCH',
      'rubric[3].key:DUPLICATE',
      'tranchePlan:MISMATCH',
    ]);
  });
});

describe(durationToMs.name, () => {
  it.each([
    ['10 days', 864_000_000],
    ['20 seconds', 20_000],
    ['1h', 3_600_000],
  ])('reads %s', (text, ms) => expect(durationToMs(text)).toBe(ms));
  it.each(['', '5', 'soon', '-3 days', '0 days', 42])('refuses %p', (v) => expect(durationToMs(v)).toBeNull());
});

describe('proposal transitions', () => {
  it('follow DESIGN §2', () => {
    expect(canTransition('draft', 'submitted')).toBe(true);
    expect(canTransition('screening', 'in_review')).toBe(true);
    expect(canTransition('revision_requested', 'submitted')).toBe(true);
    expect(canTransition('approved', 'withdrawn')).toBe(false);
    expect(canTransition('draft', 'approved')).toBe(false);
    expect(['approved', 'rejected', 'ineligible', 'withdrawn', 'expired'].every((s) => isTerminal(s as never))).toBe(
      true,
    );
    expect(isTerminal('screening')).toBe(false);
  });
});
