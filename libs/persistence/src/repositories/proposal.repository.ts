import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { OrganizationStatus, ProposalContent, ProposalStatus } from '@csf/domain';
import {
  ProposalBudgetLineEntity,
  ProposalEntity,
  ProposalIndicatorEntity,
  ProposalMilestoneEntity,
} from '../entities/proposal.entity';
import { RoundEntity } from '../entities/round.entity';

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

/** Everything one submission reads before it is handed to the workflow, and what it answers with. */
export interface SubmissionInputs {
  proposal: ProposalEntity;
  round: RoundEntity;
  organization: { status: OrganizationStatus };
  /** Another proposal of the same organisation in the same round is in one of the given statuses. */
  otherOpen: boolean;
  grantId: string | null;
}

/** The columns a submission writes: the activity writes them, the API answers with them. */
export interface SubmissionWrite {
  submissionNumber: number;
  workflowId: string;
  submittedAt: Date;
  stage: string;
  stageDeadlineAt: Date | null;
}

const child = (table: string) =>
  `(SELECT coalesce(jsonb_agg(to_jsonb(c) ORDER BY c.position), '[]'::jsonb) FROM ${table} c WHERE c.proposal_id = p.id)`;

// One round trip: each child table in its own aggregate (no join multiplying their rows), the round and the
// organisation by their keys, the "another open proposal" probe on its index, the grant (none for a draft).
const SUBMISSION_INPUTS = `
  SELECT to_jsonb(p) AS proposal,
         ${child('proposal_budget_lines')} AS budget_lines,
         ${child('proposal_milestones')} AS milestones,
         ${child('proposal_indicators')} AS indicators,
         to_jsonb(r) AS round,
         o.status AS organization_status,
         EXISTS (SELECT 1 FROM proposals x
                  WHERE x.round_id = p.round_id AND x.organization_id = p.organization_id AND x.id <> p.id
                    AND x.status = ANY($2::text[])) AS other_open,
         (SELECT g.id FROM grants g WHERE g.proposal_id = p.id LIMIT 1) AS grant_id
    FROM proposals p
    JOIN rounds r ON r.id = p.round_id
    JOIN organizations o ON o.id = p.organization_id
   WHERE p.id = $1`;

/** A row read as JSON (`to_jsonb`) turned into the entity TypeORM would have loaded (column names, transformers). */
function hydrate<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.databaseName in row)
      column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}

export const proposals = {
  /**
   * The proposal with its children, its round and organisation, and what the submission checks, in one statement.
   * `lock` (the activity, in its transaction): the proposal FOR UPDATE and the organisation FOR SHARE, so a
   * programme manager refusing the organisation at this moment waits for the submission, or wins.
   */
  async submissionInputs(
    manager: EntityManager,
    id: string,
    { openStatuses = [], lock = false }: { openStatuses?: readonly ProposalStatus[]; lock?: boolean } = {},
  ): Promise<SubmissionInputs | null> {
    const rows: {
      proposal: Record<string, unknown>;
      budget_lines: Record<string, unknown>[];
      milestones: Record<string, unknown>[];
      indicators: Record<string, unknown>[];
      round: Record<string, unknown>;
      organization_status: OrganizationStatus;
      other_open: boolean;
      grant_id: string | null;
    }[] = await manager.query(lock ? `${SUBMISSION_INPUTS} FOR UPDATE OF p FOR SHARE OF o` : SUBMISSION_INPUTS, [
      id,
      openStatuses,
    ]);
    const row = rows[0];
    if (!row) return null;
    const proposal = hydrate(manager, ProposalEntity, row.proposal);
    proposal.budgetLines = row.budget_lines.map((r) => hydrate(manager, ProposalBudgetLineEntity, r));
    proposal.milestones = row.milestones.map((r) => hydrate(manager, ProposalMilestoneEntity, r));
    proposal.indicators = row.indicators.map((r) => hydrate(manager, ProposalIndicatorEntity, r));
    return {
      proposal,
      round: hydrate(manager, RoundEntity, row.round),
      organization: { status: row.organization_status },
      otherOpen: row.other_open,
      grantId: row.grant_id,
    };
  },

  /**
   * The columns a submission sets. A resubmission starts a new review cycle: the previous score and decision no
   * longer count. `updatedAt` is the submission's own time, so the API's answer matches the row.
   */
  submissionChanges(w: SubmissionWrite): Partial<ProposalEntity> {
    return {
      status: 'screening',
      stage: w.stage,
      stageDeadlineAt: w.stageDeadlineAt,
      submissionCount: w.submissionNumber,
      submittedAt: w.submittedAt,
      updatedAt: w.submittedAt,
      workflowId: w.workflowId,
      weightedScoreBp: null,
      decisionOutcome: null,
      decisionReason: null,
      decidedAt: null,
    };
  },

  /** The proposal's title, which notifications name the proposal (and its grant) by. The proposal must exist. */
  async title(manager: EntityManager, id: string): Promise<string | null> {
    return (await manager.findOneByOrFail(ProposalEntity, { id })).title;
  },
};
