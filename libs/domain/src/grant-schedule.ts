import { splitByPercentages } from './money';

export interface TrancheSpec {
  number: number;
  percentage: number;
  amount: number;
}

export interface ReportSpec {
  sequence: number;
  kind: 'progress' | 'final';
  /** The tranche this report's acceptance makes eligible (null for the final report). */
  gatesTranche: number | null;
}

/** Tranches from the round's plan; their amounts add up exactly to the award. */
export function buildTranches(award: number, tranchePlan: readonly number[]): TrancheSpec[] {
  const amounts = splitByPercentages(award, tranchePlan);
  return tranchePlan.map((percentage, index) => ({ number: index + 1, percentage, amount: amounts[index] }));
}

/** One progress report per tranche after the first (it gates that tranche), plus a final report. */
export function buildReports(trancheCount: number): ReportSpec[] {
  const reports: ReportSpec[] = [];
  for (let tranche = 2; tranche <= trancheCount; tranche++) {
    reports.push({ sequence: reports.length + 1, kind: 'progress', gatesTranche: tranche });
  }
  reports.push({ sequence: reports.length + 1, kind: 'final', gatesTranche: null });
  return reports;
}
