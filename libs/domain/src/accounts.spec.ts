import { passwordProblem, secondFactorRequired, violatesSegregationOfDuties } from './accounts';

describe(passwordProblem.name, () => {
  const common = new Set(['password', 'qwertyuiop']);
  const isCommon = (p: string) => common.has(p);

  it.each([
    ['seven77', 'TOO_SHORT'],
    // Four code points, eight UTF-16 units: still too short as a person counts.
    ['😀😀😀😀', 'TOO_SHORT'],
    ['x'.repeat(129), 'TOO_LONG'],
    ['QwertyUIOP', 'COMMON'],
    ['password', 'COMMON'],
    ['😀😀😀😀😀😀😀😀', null],
    ['no rules about digits or symbols', null],
    ['x'.repeat(128), null],
  ])('%j → %s', (password, expected) => {
    expect(passwordProblem(password, isCommon)).toBe(expected);
  });
});

describe(violatesSegregationOfDuties.name, () => {
  it('refuses both finance roles on one person, and only that', () => {
    expect(violatesSegregationOfDuties(['finance_officer', 'finance_approver'])).toBe(true);
    expect(violatesSegregationOfDuties(['finance_officer', 'auditor'])).toBe(false);
    expect(violatesSegregationOfDuties(['finance_approver', 'admin'])).toBe(false);
  });
});

describe(secondFactorRequired.name, () => {
  it('applies when any of the person’s roles is named', () => {
    expect(secondFactorRequired(['reviewer', 'admin'], ['admin'])).toBe(true);
    expect(secondFactorRequired(['reviewer'], ['admin', 'finance_officer'])).toBe(false);
    expect(secondFactorRequired(['admin'], [])).toBe(false);
  });
});
