import { checkDecisionJustification, justificationRequired, meetsThreshold } from './committee-decision';

describe('committee decision: the justification rule', () => {
  const below = { weightedScoreBp: 5999, approvalThreshold: 60 };
  const at = { weightedScoreBp: 6000, approvalThreshold: 60 };
  const unscored = { weightedScoreBp: null, approvalThreshold: 60 };

  it('meets the threshold at or above it, in hundredths of a percent', () => {
    expect(meetsThreshold(below)).toBe(false);
    expect(meetsThreshold(at)).toBe(true);
    expect(meetsThreshold(unscored)).toBeNull();
  });

  it('asks for a justification only when the decision goes against the reviews', () => {
    expect(justificationRequired('approve', below)).toBe(true);
    expect(justificationRequired('approve', at)).toBe(false);
    expect(justificationRequired('reject', at)).toBe(true);
    expect(justificationRequired('reject', below)).toBe(false);
    expect(justificationRequired('revise', below)).toBe(false);
    expect(justificationRequired('revise', at)).toBe(false);
    expect(justificationRequired('approve', unscored)).toBe(false);
  });

  it('answers JUSTIFICATION_REQUIRED on the justification field, unless a non-blank text is given', () => {
    const violation = checkDecisionJustification({ outcome: 'approve' }, below);
    expect(violation).toEqual({
      code: 'JUSTIFICATION_REQUIRED',
      errors: [{ field: 'justification', code: 'JUSTIFICATION_REQUIRED', params: { score: 59.99, threshold: 60 } }],
      params: { score: 59.99, threshold: 60 },
    });
    expect(checkDecisionJustification({ outcome: 'reject', justification: '   ' }, at)?.code).toBe(
      'JUSTIFICATION_REQUIRED',
    );
    expect(
      checkDecisionJustification({ outcome: 'reject', justification: 'Doublon avec un projet financé' }, at),
    ).toBeNull();
    expect(checkDecisionJustification({ outcome: 'approve' }, at)).toBeNull();
  });
});
