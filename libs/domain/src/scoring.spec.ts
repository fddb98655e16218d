import { buildReports, buildTranches } from './grant-schedule';
import { reminderDelayMs } from './deadlines';
import { selectReviewers } from './reviewer-selection';
import { averageScoreBp, validateScores, weightedScoreBp } from './scoring';

const rubric = [
  { key: 'relevance', label: { fr: 'P', en: 'R' }, weight: 40, maxScore: 5 },
  { key: 'feasibility', label: { fr: 'F', en: 'F' }, weight: 35, maxScore: 5 },
  { key: 'inclusion', label: { fr: 'I', en: 'I' }, weight: 25, maxScore: 5 },
];
const scores = (r: number, f: number, i: number) => [
  { criterion: 'relevance', score: r },
  { criterion: 'feasibility', score: f },
  { criterion: 'inclusion', score: i },
];

describe(weightedScoreBp.name, () => {
  it.each([
    [scores(5, 5, 5), 10_000],
    [scores(0, 0, 0), 0],
    [scores(5, 4, 4), 8_800],
    [scores(5, 3, 2), 7_100],
  ])('%j → %d hundredths of a percent', (s, bp) => expect(weightedScoreBp(rubric, s)).toBe(bp));

  it('rounds half up on exact fractions with unequal maximum scores', () => {
    const mixed = [
      { key: 'a', label: { fr: 'a', en: 'a' }, weight: 1, maxScore: 3 },
      { key: 'b', label: { fr: 'b', en: 'b' }, weight: 2, maxScore: 7 },
    ];
    // (1·1/3 + 2·3/7) / 3 = (7 + 18) / 63 = 0.396825… → 3968
    expect(
      weightedScoreBp(mixed, [
        { criterion: 'a', score: 1 },
        { criterion: 'b', score: 3 },
      ]),
    ).toBe(3968);
  });

  it('averages reviews half up', () => {
    expect(averageScoreBp([8_800, 7_800, 7_200])).toBe(7_933);
    expect(averageScoreBp([1, 2])).toBe(2);
    expect(averageScoreBp([])).toBeNull();
  });
});

describe(validateScores.name, () => {
  it('accepts one integer score per criterion within range', () =>
    expect(validateScores(rubric, scores(0, 5, 3))).toEqual([]));

  it('reports out of range, fractional, unknown, duplicate and missing criteria', () => {
    const errors = validateScores(rubric, [
      { criterion: 'relevance', score: 6 },
      { criterion: 'relevance', score: 2 },
      { criterion: 'feasibility', score: 2.5 },
      { criterion: 'beauty', score: 1 },
    ]);
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'scores[0].score:OUT_OF_RANGE',
      'scores[1].criterion:DUPLICATE',
      'scores[2].score:NOT_INTEGER',
      'scores[3].criterion:UNKNOWN_CRITERION',
      'scores:REQUIRED',
    ]);
  });
});

describe(selectReviewers.name, () => {
  const candidates = [
    { id: 'd', organizationId: null, load: 0 },
    { id: 'a', organizationId: 'applicant-org', load: 0 },
    { id: 'c', organizationId: null, load: 2 },
    { id: 'b', organizationId: 'other', load: 0 },
    { id: 'e', organizationId: null, load: 1 },
  ];

  it('takes the least loaded, ties by id, never the applicant organisation nor excluded reviewers', () => {
    expect(selectReviewers(candidates, 'applicant-org', new Set(), 3).map((c) => c.id)).toEqual(['b', 'd', 'e']);
    expect(selectReviewers(candidates, 'applicant-org', new Set(['b', 'e']), 3).map((c) => c.id)).toEqual(['d', 'c']);
    expect(selectReviewers(candidates, 'applicant-org', new Set(), 0)).toEqual([]);
  });
});

describe('grant schedule', () => {
  it('splits the award into tranches that add up exactly, and plans one report per later tranche plus a final', () => {
    const tranches = buildTranches(45_000_001, [40, 40, 20]);
    expect(tranches.map((t) => t.amount)).toEqual([18_000_001, 18_000_000, 9_000_000]);
    expect(tranches.reduce((a, t) => a + t.amount, 0)).toBe(45_000_001);
    expect(buildReports(3)).toEqual([
      { sequence: 1, kind: 'progress', gatesTranche: 2 },
      { sequence: 2, kind: 'progress', gatesTranche: 3 },
      { sequence: 3, kind: 'final', gatesTranche: null },
    ]);
    expect(buildReports(1)).toEqual([{ sequence: 1, kind: 'final', gatesTranche: null }]);
  });

  it('reminds at 80 % of a period unless the round sets its own reminder', () => {
    expect(reminderDelayMs(5_000)).toBe(4_000);
    expect(reminderDelayMs(10_000, 7_000)).toBe(7_000);
    expect(reminderDelayMs(10_000, 12_000)).toBeNull();
  });
});
