import { EntityManager } from 'typeorm';
import { GrantReportEntity, GrantTrancheEntity, grants } from '@csf/persistence';
import type { GrantReportState, GrantSnapshot, GrantTrancheState } from '@csf/temporal';

export const trancheState = (t: GrantTrancheEntity): GrantTrancheState => ({
  number: t.number,
  amount: t.amount,
  status: t.status,
  requestedBy: t.requestedBy,
});

export const reportState = (r: GrantReportEntity): GrantReportState => ({
  id: r.id,
  sequence: r.sequence,
  kind: r.kind,
  gatesTranche: r.gatesTranche,
  dueAt: r.dueAt?.toISOString() ?? null,
  status: r.status,
  resubmitBy: r.resubmitBy?.toISOString() ?? null,
});

/** The grant as the workflow mirrors it, read inside the transaction that just changed it. */
export async function grantSnapshot(
  m: EntityManager,
  grantId: string,
  notificationIds: string[] = [],
): Promise<GrantSnapshot> {
  const grant = await grants.get(m, grantId);
  const tranches = await grants.tranches(m, grantId);
  const reports = await grants.reports(m, grantId);
  return {
    status: grant.status,
    atRisk: grant.atRisk,
    tranches: tranches.map(trancheState),
    reports: reports.map(reportState),
    notificationIds,
  };
}
