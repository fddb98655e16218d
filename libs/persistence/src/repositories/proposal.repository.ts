import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { OrganizationStatus, ProposalContent, ProposalStatus } from '@csf/domain';
import {
  ProposalBudgetLineEntity,
  ProposalEntity,
  ProposalIndicatorEntity,
  ProposalMilestoneEntity,
} from '../entities/proposal.entity';
import { ReviewEntity } from '../entities/review.entity';
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

/** A proposal's child rows as an edit gives them: each list present replaces the old one, positions from its order. */
export interface ProposalChildren {
  budgetLines?: Pick<ProposalBudgetLineEntity, 'category' | 'description' | 'quantity' | 'unitCost' | 'total'>[];
  milestones?: Pick<ProposalMilestoneEntity, 'title' | 'dueDate' | 'deliverable'>[];
  indicators?: Pick<ProposalIndicatorEntity, 'key' | 'label' | 'target'>[];
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

  // Rows of one proposal. Which change is allowed from which status is the caller's rule (`@csf/domain`); these
  // only find and write, each inside the caller's transaction.

  get(m: EntityManager, id: string): Promise<ProposalEntity> {
    return m.findOneByOrFail(ProposalEntity, { id });
  },

  find(m: EntityManager, id: string): Promise<ProposalEntity | null> {
    return m.findOne(ProposalEntity, { where: { id } });
  },

  /** The proposal row alone, locked for the rest of the transaction (its transitions wait on it), or null. */
  lock(m: EntityManager, id: string): Promise<ProposalEntity | null> {
    return m.findOne(ProposalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  /** A new draft; answers the row as written (id, timestamps). */
  createDraft(m: EntityManager, row: Partial<ProposalEntity>): Promise<ProposalEntity> {
    return m.save(m.create(ProposalEntity, row));
  },

  /** Sets the content columns given; an absent one stays as it is. */
  async editContent(m: EntityManager, id: string, fields: Partial<ProposalEntity>): Promise<void> {
    await m.update(ProposalEntity, { id }, fields);
  },

  /** Each list given replaces the proposal's rows of that kind, in the order given; an absent list stays. */
  async replaceChildren(m: EntityManager, proposalId: string, children: ProposalChildren): Promise<void> {
    if (children.budgetLines) {
      await m.delete(ProposalBudgetLineEntity, { proposalId });
      if (children.budgetLines.length) {
        await m.insert(
          ProposalBudgetLineEntity,
          children.budgetLines.map((line, position) => ({ ...line, proposalId, position })),
        );
      }
    }
    if (children.milestones) {
      await m.delete(ProposalMilestoneEntity, { proposalId });
      if (children.milestones.length) {
        await m.insert(
          ProposalMilestoneEntity,
          children.milestones.map((ms, position) => ({ ...ms, proposalId, position, status: 'pending' as const })),
        );
      }
    }
    if (children.indicators) {
      await m.delete(ProposalIndicatorEntity, { proposalId });
      if (children.indicators.length) {
        await m.insert(
          ProposalIndicatorEntity,
          children.indicators.map((i, position) => ({ ...i, proposalId, position })),
        );
      }
    }
  },

  /** Writes a submission (see `submissionChanges`); the one-open-proposal unique index may refuse it. */
  async markSubmitted(m: EntityManager, id: string, w: SubmissionWrite): Promise<void> {
    await m.update(ProposalEntity, { id }, proposals.submissionChanges(w));
  },

  /** The stage the proposal now waits in and when that stage is due (null: no deadline). */
  async enterStage(
    m: EntityManager,
    id: string,
    stage: { stage: string; stageDeadlineAt: Date | null },
  ): Promise<void> {
    await m.update(ProposalEntity, { id }, { stage: stage.stage, stageDeadlineAt: stage.stageDeadlineAt });
  },

  /** Withdrawn through its workflow: no stage is running any more. */
  async markWithdrawn(m: EntityManager, id: string): Promise<void> {
    await m.update(ProposalEntity, { id }, { status: 'withdrawn', stage: 'withdrawn', stageDeadlineAt: null });
  },

  /**
   * A draft withdrawn by its organisation (it has no workflow). Conditional on the row still being a draft, so a
   * submission that slipped in is not overwritten: false when it was not.
   */
  async withdrawDraft(m: EntityManager, id: string): Promise<boolean> {
    const result = await m.update(ProposalEntity, { id, status: 'draft' }, { status: 'withdrawn' });
    return !!result.affected;
  },

  async recordScreening(
    m: EntityManager,
    id: string,
    screening: { status: ProposalStatus; reason: string | null },
  ): Promise<void> {
    await m.update(ProposalEntity, { id }, { status: screening.status, screeningReason: screening.reason });
  },

  /** The cycle's reviews are in: the proposal waits for the decision with their average score. */
  async markAwaitingDecision(m: EntityManager, id: string, weightedScoreBp: number): Promise<void> {
    await m.update(ProposalEntity, { id }, { status: 'awaiting_decision', weightedScoreBp });
  },

  /** A rejection or a request for revision (an approval is `markApproved`: it carries the award). */
  async recordDecision(
    m: EntityManager,
    id: string,
    decision: { status: ProposalStatus; outcome: 'reject' | 'revise'; reason: string; decidedAt: Date },
  ): Promise<void> {
    await m.update(
      ProposalEntity,
      { id },
      {
        status: decision.status,
        decisionOutcome: decision.outcome,
        decisionReason: decision.reason,
        decidedAt: decision.decidedAt,
      },
    );
  },

  /** Approved with the amount awarded and its conditions; the grant is written beside it. */
  async markApproved(
    m: EntityManager,
    id: string,
    award: { amount: number; conditions: string | null; decidedAt: Date },
  ): Promise<void> {
    await m.update(
      ProposalEntity,
      { id },
      {
        status: 'approved',
        stage: 'approved',
        stageDeadlineAt: null,
        decisionOutcome: 'approve',
        decisionConditions: award.conditions,
        decidedAt: award.decidedAt,
        awardedAmount: award.amount,
      },
    );
  },

  async markExpired(m: EntityManager, id: string): Promise<void> {
    await m.update(ProposalEntity, { id }, { status: 'expired' });
  },

  /** The reviews submitted in one review cycle of the proposal. */
  reviews(m: EntityManager, proposalId: string, cycle: number): Promise<ReviewEntity[]> {
    return m.find(ReviewEntity, { where: { proposalId, cycle } });
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

  /** What a grant's report may refer to: the proposal's milestones, indicators and budget categories. */
  async reportTargets(
    manager: EntityManager,
    proposalId: string,
  ): Promise<{ milestoneIds: string[]; indicatorKeys: string[]; budgetCategories: string[] }> {
    const where = { proposalId };
    const milestones = await manager.find(ProposalMilestoneEntity, { where, select: { id: true } });
    const indicators = await manager.find(ProposalIndicatorEntity, { where, select: { key: true } });
    const lines = await manager.find(ProposalBudgetLineEntity, { where, select: { category: true } });
    return {
      milestoneIds: milestones.map((x) => x.id),
      indicatorKeys: indicators.map((x) => x.key),
      budgetCategories: [...new Set(lines.map((x) => x.category))],
    };
  },
};
