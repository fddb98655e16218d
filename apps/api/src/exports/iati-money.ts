import { CURRENCY_MINOR_UNITS, isCurrency, isoDate } from '@csf/domain';

/**
 * An amount in minor units as the decimal IATI expects (major units), built from digits so that no float ever
 * touches money: 1234 EUR cents → "12.34"; 45000000 GNF → "45000000".
 */
export function toMajorUnits(minor: bigint, currency: string): string {
  const decimals = isCurrency(currency) ? CURRENCY_MINOR_UNITS[currency] : 2;
  const sign = minor < 0n ? '-' : '';
  const digits = (minor < 0n ? -minor : minor).toString().padStart(decimals + 1, '0');
  if (decimals === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

export interface BudgetPeriod {
  start: string;
  end: string;
  amount: bigint;
}

const DAY_MS = 24 * 3600 * 1000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isoDay = (day: number) => isoDate(new Date(day * DAY_MS));

function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return isoDate(d);
}

/**
 * IATI budgets must not span more than a year, so a project's award is spread over consecutive periods of at most
 * one year from its start, pro rata to their days. Largest remainder keeps the parts summing exactly to the award.
 */
export function budgetPeriods(start: string, end: string, amount: bigint): BudgetPeriod[] {
  const last = end < start ? start : end;
  const windows: { start: string; end: string; days: bigint }[] = [];
  for (let k = 0; ; k++) {
    const from = addYears(start, k);
    if (from > last) break;
    const next = isoDay(dayNumber(addYears(start, k + 1)) - 1);
    const to = next < last ? next : last;
    windows.push({ start: from, end: to, days: BigInt(dayNumber(to) - dayNumber(from) + 1) });
  }
  const totalDays = windows.reduce((sum, w) => sum + w.days, 0n);
  const parts = windows.map((w) => ({
    ...w,
    amount: (amount * w.days) / totalDays,
    rest: (amount * w.days) % totalDays,
  }));
  let missing = amount - parts.reduce((sum, p) => sum + p.amount, 0n);
  for (const part of [...parts].sort((a, b) => (a.rest === b.rest ? 0 : a.rest > b.rest ? -1 : 1))) {
    if (missing <= 0n) break;
    part.amount += 1n;
    missing -= 1n;
  }
  return parts.map(({ start: s, end: e, amount: a }) => ({ start: s, end: e, amount: a }));
}
