import { checkContentConsistency, checkEligibility, ProposalContent, RoundWindow } from './eligibility';

const round: RoundWindow = {
  opensAt: new Date('2026-11-01T00:00:00Z'),
  closesAt: new Date('2027-01-31T23:59:59Z'),
  maxAward: 60_000_000,
  eligibleRegions: ['conakry', 'kankan'],
};
const now = new Date('2026-12-01T12:00:00Z');
const VERIFIED = { status: 'verified' as const };

function proposal(overrides: Partial<ProposalContent> = {}): ProposalContent {
  return {
    title: 'Éclairage',
    summary: 'résumé',
    problemStatement: 'problème',
    region: 'conakry',
    commune: 'matoto',
    beneficiaries: { total: 1200, women: 650, youth: 400 },
    startDate: '2027-02-01',
    endDate: '2027-12-31',
    requestedAmount: 45_000_000,
    budgetLines: [
      { category: 'equipment', description: 'Lampadaires', quantity: 20, unitCost: 1_500_000, total: 30_000_000 },
      { category: 'activities', description: 'Patrouilles', quantity: 10, unitCost: 1_500_000, total: 15_000_000 },
    ],
    milestones: [{ title: 'Pose', dueDate: '2027-04-30', deliverable: '20 lampadaires' }],
    indicators: [{ key: 'people_reached', label: 'Personnes', target: 1200 }],
    ...overrides,
  };
}

describe(checkEligibility.name, () => {
  it('accepts a complete proposal in an open round', () => {
    expect(checkEligibility(proposal(), round, now, VERIFIED)).toBeNull();
  });

  it.each(['pending_verification', 'refused'] as const)(
    'refuses any submission of a %s organisation, before looking at the proposal',
    (status) => {
      const v = checkEligibility({}, round, new Date('2020-01-01T00:00:00Z'), { status });
      expect(v).toEqual({ code: 'ORGANIZATION_NOT_VERIFIED', errors: [], params: { status } });
    },
  );

  it.each([
    ['before the round opens', new Date('2026-10-31T23:59:59Z')],
    ['after the round closes', new Date('2027-02-01T00:00:00Z')],
  ])('refuses a submission %s with ROUND_CLOSED', (_label, when) => {
    expect(checkEligibility(proposal(), round, when, VERIFIED)?.code).toBe('ROUND_CLOSED');
  });

  it('refuses a region outside the round', () => {
    const v = checkEligibility(proposal({ region: 'labe' }), round, now, VERIFIED);
    expect(v).toMatchObject({ code: 'REGION_NOT_ELIGIBLE', errors: [{ field: 'region', code: 'NOT_ELIGIBLE' }] });
  });

  it('refuses a commune outside a commune-restricted round', () => {
    const v = checkEligibility(proposal(), { ...round, eligibleCommunes: ['kaloum'] }, now, VERIFIED);
    expect(v?.errors[0]).toEqual({ field: 'commune', code: 'NOT_ELIGIBLE' });
  });

  it('refuses an amount above the maximum award', () => {
    const lines = [{ category: 'equipment', description: 'x', quantity: 61, unitCost: 1_000_000, total: 61_000_000 }];
    const v = checkEligibility(proposal({ requestedAmount: 61_000_000, budgetLines: lines }), round, now, VERIFIED);
    expect(v?.code).toBe('AMOUNT_ABOVE_MAX_AWARD');
  });

  it('refuses a requested amount that differs from the budget total', () => {
    const v = checkEligibility(proposal({ requestedAmount: 44_000_000 }), round, now, VERIFIED);
    expect(v).toMatchObject({ code: 'BUDGET_MISMATCH', params: { expected: 45_000_000, actual: 44_000_000 } });
  });

  it('lists every missing required field', () => {
    const v = checkEligibility(
      proposal({ summary: ' ', startDate: null, budgetLines: [], milestones: [] }),
      round,
      now,
      VERIFIED,
    );
    expect(v?.code).toBe('INCOMPLETE_PROPOSAL');
    expect(v?.errors.map((e) => e.field).sort()).toEqual(['budgetLines', 'milestones', 'startDate', 'summary']);
  });
});

describe(checkContentConsistency.name, () => {
  it('flags a budget line whose total is not quantity × unit cost, with its path', () => {
    const lines = [{ category: 'equipment', description: 'x', quantity: 3, unitCost: 10, total: 31 }];
    expect(checkContentConsistency({ budgetLines: lines })).toEqual([
      { field: 'budgetLines[0].total', code: 'MISMATCH', params: { expected: 30, actual: 31 } },
    ]);
  });

  it('flags dates out of order, unknown regions, impossible beneficiaries and duplicate indicators', () => {
    const errors = checkContentConsistency({
      startDate: '2027-12-31',
      endDate: '2027-01-01',
      region: 'atlantis',
      beneficiaries: { total: 10, women: 11, youth: 2 },
      indicators: [
        { key: 'a', label: 'A', target: 1 },
        { key: 'a', label: 'A2', target: 2 },
      ],
    });
    expect(errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'beneficiaries:TOO_LARGE',
      'endDate:OUT_OF_ORDER',
      'indicators[1].key:DUPLICATE',
      'region:UNKNOWN_REGION',
    ]);
  });

  it('flags a milestone due outside the project dates', () => {
    const errors = checkContentConsistency(
      proposal({ milestones: [{ title: 't', dueDate: '2028-01-01', deliverable: 'd' }] }),
    );
    expect(errors).toEqual([{ field: 'milestones[0].dueDate', code: 'OUT_OF_ORDER' }]);
  });

  it('flags budget lines that add up beyond a safe amount, at submission as a validation failure rather than a crash', () => {
    const huge = { category: 'equipment', description: 'x', quantity: 1, unitCost: 5e15, total: 5e15 };
    expect(checkContentConsistency({ budgetLines: [huge, huge] })).toEqual([
      { field: 'budgetLines', code: 'TOO_LARGE', params: { max: Number.MAX_SAFE_INTEGER } },
    ]);
    const v = checkEligibility(proposal({ budgetLines: [huge, huge], requestedAmount: 1 }), round, now, VERIFIED);
    expect(v).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'budgetLines', code: 'TOO_LARGE' }] });
  });

  it('accepts an incomplete but consistent draft', () => {
    expect(checkContentConsistency({ title: 'only a title' })).toEqual([]);
  });
});
