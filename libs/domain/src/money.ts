/**
 * Money is an integer count of the currency's minor unit, never a float.
 * GNF and XOF have no minor unit, so 45 000 000 GNF is the integer 45000000.
 */
export const CURRENCY_MINOR_UNITS = { GNF: 0, XOF: 0, EUR: 2, USD: 2 } as const;
export type Currency = keyof typeof CURRENCY_MINOR_UNITS;
export const CURRENCIES = Object.keys(CURRENCY_MINOR_UNITS) as Currency[];

/** Largest amount we accept: PostgreSQL bigint holds more, but JSON numbers stay exact only up to 2^53 - 1. */
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CURRENCY_MINOR_UNITS, value);
}

/** A valid amount: a non-negative safe integer. Rejects 1.5, -3, NaN, "12", 1e300. */
export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Sum that refuses to lose precision silently. */
export function sumAmounts(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    if (!Number.isSafeInteger(total)) throw new RangeError('amount overflow');
  }
  return total;
}

/** quantity × unitCost, or null when the product is not an exact safe integer. */
export function lineTotal(quantity: number, unitCost: number): number | null {
  const total = quantity * unitCost;
  return Number.isSafeInteger(total) ? total : null;
}

/**
 * Split `total` by integer percentages that sum to 100, so that the parts add up exactly to `total`.
 * Largest-remainder method; ties go to the earlier part, so the result is deterministic.
 */
export function splitByPercentages(total: number, percentages: readonly number[]): number[] {
  if (!isAmount(total)) throw new RangeError('total must be a non-negative integer');
  if (percentages.reduce((a, b) => a + b, 0) !== 100) throw new RangeError('percentages must sum to 100');
  // BigInt keeps total × pct exact even for amounts near 2^53.
  const big = BigInt(total);
  const parts = percentages.map((pct) => (big * BigInt(pct)) / 100n);
  const remainders = percentages.map((pct, index) => ({ index, rest: (big * BigInt(pct)) % 100n }));
  let missing = big - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (missing === 0n) break;
    parts[index] += 1n;
    missing -= 1n;
  }
  return parts.map((part) => Number(part));
}
