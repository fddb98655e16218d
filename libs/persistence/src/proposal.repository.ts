import { EntityManager } from 'typeorm';
import type { ProposalContent } from '@csf/domain';
import {
  ProposalBudgetLineEntity,
  ProposalEntity,
  ProposalIndicatorEntity,
  ProposalMilestoneEntity,
} from './entities/proposal.entity';

/** Loads a proposal with its budget lines, milestones and indicators in position order. */
export async function findProposalWithChildren(
  manager: EntityManager,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ProposalEntity | null> {
  // Lock the parent row alone (FOR UPDATE cannot apply to the nullable side of a join), then load children.
  const proposal = await manager.findOne(ProposalEntity, {
    where: { id },
    ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!proposal) return null;
  // Three small queries rather than one join: joining the three child tables multiplies their rows. One after
  // the other: inside a transaction they share one connection, which runs one query at a time.
  const where = { proposalId: id };
  proposal.budgetLines = await manager.find(ProposalBudgetLineEntity, { where, order: { position: 'ASC' } });
  proposal.milestones = await manager.find(ProposalMilestoneEntity, { where, order: { position: 'ASC' } });
  proposal.indicators = await manager.find(ProposalIndicatorEntity, { where, order: { position: 'ASC' } });
  return proposal;
}

/** The domain's view of a proposal, for the eligibility and consistency rules. */
export function proposalContent(p: ProposalEntity): ProposalContent {
  return {
    title: p.title,
    summary: p.summary,
    problemStatement: p.problemStatement,
    region: p.region,
    commune: p.commune,
    neighbourhood: p.neighbourhood,
    beneficiaries:
      p.beneficiariesTotal === null
        ? null
        : { total: p.beneficiariesTotal, women: p.beneficiariesWomen ?? 0, youth: p.beneficiariesYouth ?? 0 },
    startDate: p.startDate,
    endDate: p.endDate,
    requestedAmount: p.requestedAmount,
    budgetLines: (p.budgetLines ?? []).map((l) => ({
      category: l.category,
      description: l.description,
      quantity: l.quantity,
      unitCost: l.unitCost,
      total: l.total,
    })),
    milestones: (p.milestones ?? []).map((m) => ({ title: m.title, dueDate: m.dueDate, deliverable: m.deliverable })),
    indicators: (p.indicators ?? []).map((i) => ({ key: i.key, label: i.label, target: i.target })),
  };
}
