import { EntityManager } from 'typeorm';
import { GrantEntity, GrantReportEntity, GrantTrancheEntity } from '@csf/persistence';
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
  const grant = await m.findOneByOrFail(GrantEntity, { id: grantId });
  const tranches = await m.find(GrantTrancheEntity, { where: { grantId }, order: { number: 'ASC' } });
  const reports = await m.find(GrantReportEntity, { where: { grantId }, order: { sequence: 'ASC' } });
  return {
    status: grant.status,
    atRisk: grant.atRisk,
    tranches: tranches.map(trancheState),
    reports: reports.map(reportState),
    notificationIds,
  };
}
