import { isAmount, lineTotal, splitByPercentages, sumAmounts } from './money';

describe('money', () => {
  describe(isAmount.name, () => {
    it.each([0, 1, 45_000_000, Number.MAX_SAFE_INTEGER])('accepts %p', (v) => expect(isAmount(v)).toBe(true));
    it.each([1.5, -1, NaN, Infinity, '12', null, 2 ** 53, 1e300])('rejects %p', (v) => expect(isAmount(v)).toBe(false));
  });

  describe(splitByPercentages.name, () => {
    it('splits 40/40/20 exactly', () => {
      expect(splitByPercentages(45_000_000, [40, 40, 20])).toEqual([18_000_000, 18_000_000, 9_000_000]);
    });

    it('gives the remainder to the largest fractional parts, earliest first, and always sums to the total', () => {
      expect(splitByPercentages(100, [33, 33, 34])).toEqual([33, 33, 34]);
      expect(splitByPercentages(10, [33, 33, 34])).toEqual([3, 3, 4]);
      expect(splitByPercentages(1, [50, 50])).toEqual([1, 0]);
      for (const total of [1, 7, 99, 1001, 45_000_001, Number.MAX_SAFE_INTEGER]) {
        for (const plan of [[40, 40, 20], [33, 33, 34], [1, 99], [100], [10, 10, 10, 10, 10, 10, 10, 10, 10, 10]]) {
          const parts = splitByPercentages(total, plan);
          expect(parts.reduce((a, b) => BigInt(a) + BigInt(b), 0n)).toBe(BigInt(total));
          expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
        }
      }
    });

    it('refuses plans that do not sum to 100 and non-integer totals', () => {
      expect(() => splitByPercentages(100, [50, 40])).toThrow(RangeError);
      expect(() => splitByPercentages(10.5, [100])).toThrow(RangeError);
    });
  });

  it('sumAmounts refuses to lose precision', () => {
    expect(sumAmounts([1, 2, 3])).toBe(6);
    expect(() => sumAmounts([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('lineTotal returns null when the product is not an exact integer', () => {
    expect(lineTotal(20, 1_500_000)).toBe(30_000_000);
    expect(lineTotal(2 ** 30, 2 ** 30)).toBeNull();
  });
});
