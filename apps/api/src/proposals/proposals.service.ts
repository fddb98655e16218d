import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { DataSource } from 'typeorm';
import {
  awardRefusal,
  checkContentConsistency,
  checkDecisionJustification,
  checkEligibility,
  decisionRefusal,
  EDITABLE_STATUSES,
  ErrorCode,
  FieldCode,
  OPEN_STATUSES,
  proposalCommandAllowed,
  proposalCommandRefusal,
  ProposalStatus,
} from '@csf/domain';
import { AppConfig } from '@csf/config';
import {
  audit,
  findProposalWithChildren,
  grants,
  type ProposalChildren,
  ProposalEntity,
  proposalContent,
  proposalList,
  proposals,
  reviewAssignments,
  rounds,
  type SubmissionInputs,
} from '@csf/persistence';
import {
  decideProposalUpdate,
  proposalWorkflowId,
  screenProposalUpdate,
  SearchAttributes,
  submitProposalUpdate,
  withdrawProposalUpdate,
  WorkflowType,
} from '@csf/temporal';
import { actorOf, isStaff, requireAccess, requireOwnOrganization, visibleOrganization } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { definedOnly } from '../common/objects';
import { cursorOrThrow, Page, toPage } from '../common/pagination';
import { WorkflowCommands } from '../common/workflow-commands';
import type {
  CreateProposalDto,
  DecisionDto,
  ListProposalsQuery,
  ProposalContentDto,
  ProposalDto,
  ProposalSummaryDto,
  UpdateProposalDto,
} from './proposal.dto';

@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly config: AppConfig,
    private readonly commands: WorkflowCommands,
  ) {}

  async create(user: AuthUser, dto: CreateProposalDto, requestId?: string): Promise<ProposalDto> {
    if (!user.organizationId) throw new AppError(ErrorCode.ORGANIZATION_REQUIRED);
    const round = await rounds.find(this.dataSource.manager, dto.roundId);
    if (!round) throw AppError.validation([{ field: 'roundId', code: ErrorCode.NOT_FOUND }]);
    this.assertConsistent(dto);
    const actor = actorOf(user, requestId);
    const id = await this.dataSource.transaction(async (manager) => {
      const proposal = await proposals.createDraft(manager, {
        roundId: round.id,
        organizationId: user.organizationId!,
        createdBy: user.id,
        status: 'draft',
        currency: round.currency,
        submissionCount: 0,
        ...scalarFields(dto),
      });
      await proposals.replaceChildren(manager, proposal.id, childrenOf(dto));
      await audit.record(manager, actor, [
        {
          action: 'proposal.created',
          entityType: 'proposal',
          entityId: proposal.id,
          toState: 'draft',
        },
      ]);
      return proposal.id;
    });
    return this.get(user, id);
  }

  /** Edits content while the proposal is a draft (or sent back for revision); arrays replace the old ones. */
  async update(user: AuthUser, id: string, dto: UpdateProposalDto, requestId?: string): Promise<ProposalDto> {
    const actor = actorOf(user, requestId);
    await this.dataSource.transaction(async (manager) => {
      const proposal = requireOwnOrganization(user, await findProposalWithChildren(manager, id, { lock: true }));
      if (!EDITABLE_STATUSES.includes(proposal.status)) throw AppError.invalidState(proposal.status);
      const merged = { ...proposalContent(proposal), ...definedOnly(contentOf(dto)) };
      this.assertConsistent(merged);
      await proposals.editContent(manager, id, scalarFields(dto));
      await proposals.replaceChildren(manager, id, childrenOf(dto));
      await audit.record(manager, actor, [
        {
          action: 'proposal.updated',
          entityType: 'proposal',
          entityId: id,
          data: { fields: Object.keys(definedOnly(dto as Record<string, unknown>)) },
        },
      ]);
    });
    return this.get(user, id);
  }

  async get(user: AuthUser, id: string): Promise<ProposalDto> {
    const manager = this.dataSource.manager;
    const found = await findProposalWithChildren(manager, id);
    const proposal = isReviewerOnly(user) ? await this.requireAssigned(user, found) : requireAccess(user, found);
    const dto = toProposalDto(proposal, await grants.idForProposal(manager, id));
    if (isStaff(user)) dto.reviewProgress = await this.reviewProgress(proposal);
    return dto;
  }

  /**
   * A reviewer reads only the proposals it was asked to review, and not one it declined: declining declares a
   * conflict of interest, so the proposal is no longer theirs to read.
   */
  private async requireAssigned(user: AuthUser, proposal: ProposalEntity | null): Promise<ProposalEntity> {
    if (!proposal) throw AppError.notFound();
    const assigned = await reviewAssignments.hasAssignment(this.dataSource.manager, proposal.id, user.id, {
      except: 'declined',
    });
    if (!assigned) throw AppError.notFound();
    return proposal;
  }

  private async reviewProgress(proposal: ProposalEntity) {
    const manager = this.dataSource.manager;
    const counts = await reviewAssignments.countByStatus(manager, proposal.id, proposal.submissionCount);
    const count = (status: string) => counts.get(status) ?? 0;
    const round = await rounds.get(manager, proposal.roundId);
    return {
      required: round.reviewersPerProposal,
      pending: count('pending'),
      accepted: count('accepted'),
      submitted: count('submitted'),
      declined: count('declined'),
      lapsed: count('lapsed'),
    };
  }

  /** Program manager's screening: in_review (then reviewers are assigned) or ineligible. */
  async screen(
    user: AuthUser,
    id: string,
    eligible: boolean,
    reason: string,
    requestId?: string,
  ): Promise<ProposalDto> {
    const proposal = await this.submittedProposal(user, id);
    await this.commands.run(() =>
      this.temporal.workflow.getHandle(proposal.workflowId!).executeUpdate(screenProposalUpdate, {
        args: [{ actor: actorOf(user, requestId), eligible, reason }],
      }),
    );
    return this.get(user, id);
  }

  /** Committee chair's decision. Approval reserves the amount on the round's envelope and creates the grant. */
  async decide(user: AuthUser, id: string, dto: DecisionDto, requestId?: string): Promise<ProposalDto> {
    // The decision's own content first (no record needed), then the award against what was requested.
    const invalid = decisionRefusal(dto, null);
    if (invalid) throw AppError.fromViolation(invalid);
    const proposal = await this.submittedProposal(user, id);
    const above = dto.outcome === 'approve' ? awardRefusal(dto.amount, proposal.requestedAmount) : null;
    if (above) throw AppError.fromViolation(above);
    // Another state is the workflow's to answer (409); the rule itself is checked again by the workflow and the activity.
    let basis = null;
    if (proposalCommandAllowed('decide', proposal.status)) {
      const round = await rounds.get(this.dataSource.manager, proposal.roundId);
      basis = { weightedScoreBp: proposal.weightedScoreBp, approvalThreshold: round.approvalThreshold };
      const violation = checkDecisionJustification({ outcome: dto.outcome, justification: dto.justification }, basis);
      if (violation) throw AppError.fromViolation(violation);
    }
    await this.commands.run(() =>
      this.temporal.workflow.getHandle(proposal.workflowId!).executeUpdate(decideProposalUpdate, {
        args: [
          {
            actor: actorOf(user, requestId),
            outcome: dto.outcome,
            amount: dto.amount ?? null,
            reason: dto.reason ?? null,
            conditions: dto.conditions ?? null,
            justification: dto.justification ?? null,
            basis,
          },
        ],
      }),
    );
    return this.get(user, id);
  }

  /** Staff commands need a proposal that has a workflow; drafts have none and are not theirs to act on. */
  private async submittedProposal(user: AuthUser, id: string): Promise<ProposalEntity> {
    const proposal = requireAccess(user, await proposals.find(this.dataSource.manager, id));
    if (!proposal.workflowId) throw AppError.invalidState(proposal.status);
    return proposal;
  }

  async list(user: AuthUser, query: ListProposalsQuery): Promise<Page<ProposalSummaryDto>> {
    const limit = query.limit ?? 20;
    // A damaged cursor is refused even when the caller may see nothing.
    const cursor = cursorOrThrow(query.cursor);
    const organizationId = visibleOrganization(user, query.organizationId);
    if (organizationId === false) return { items: [], nextCursor: null };
    const rows = await proposalList.page(this.dataSource.manager, {
      organizationId,
      roundId: query.roundId,
      status: query.status,
      region: query.region,
      order: query.order ?? 'newest',
      after: cursor,
      limit,
    });
    return toPage(rows, limit, toSummaryDto);
  }

  /**
   * Runs the eligibility rules, then hands the submission to the proposal workflow with Update-with-start:
   * the workflow id is deterministic and an existing run is reused, so a repeated submit never starts a
   * second workflow. The Update returns once the activity has persisted `screening` and its audit events.
   */
  async submit(user: AuthUser, id: string, requestId?: string): Promise<ProposalDto> {
    const inputs = await this.submissionInputs(id);
    const proposal = requireOwnOrganization(user, inputs?.proposal);
    const refusal = submissionRefusal(inputs!);
    if (refusal) throw refusal;
    const { grantId } = inputs!;

    const submissionNumber = proposal.submissionCount + 1;
    const workflowId = proposalWorkflowId(proposal.id);
    const startWorkflowOperation = new WithStartWorkflowOperation(WorkflowType.proposal, {
      workflowId,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [{ proposalId: proposal.id, roundId: proposal.roundId, region: proposal.region! }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      typedSearchAttributes: [
        { key: SearchAttributes.proposalStatus, value: 'submitted' },
        { key: SearchAttributes.roundId, value: proposal.roundId },
        { key: SearchAttributes.region, value: proposal.region! },
      ],
    });
    const result = await this.commands.run(() =>
      this.temporal.workflow.executeUpdateWithStart(submitProposalUpdate, {
        args: [{ actor: actorOf(user, requestId), submissionNumber }],
        // One Update per HTTP request. Not `submit-<n>`: after a refused submission closes the run, Temporal
        // would answer a reused id with the old refusal forever. Retries are deduplicated by Idempotency-Key,
        // and concurrent submits by the workflow's validator.
        updateId: `submit-${submissionNumber}-${requestId ?? randomUUID()}`,
        startWorkflowOperation,
      }),
    );
    if (!result.submitted) return this.get(user, id);
    // The answer from what was read and what the submission wrote: the row as the activity left it.
    const { submittedAt, stage, stageDeadline } = result.submitted;
    Object.assign(
      proposal,
      proposals.submissionChanges({
        submissionNumber,
        workflowId,
        submittedAt: new Date(submittedAt),
        stage: stage ?? 'screening',
        stageDeadlineAt: stageDeadline ? new Date(stageDeadline) : null,
      }),
      { status: result.status },
    );
    return toProposalDto(proposal, grantId);
  }

  /**
   * What a submit would answer now, without submitting: null when it would be accepted, otherwise the very
   * refusal (code and field errors) `submit` would throw, so a form can point at the fields before sending.
   */
  async eligibility(user: AuthUser, id: string): Promise<AppError | null> {
    const inputs = await this.submissionInputs(id);
    requireAccess(user, inputs?.proposal);
    return submissionRefusal(inputs!);
  }

  private submissionInputs(id: string): Promise<SubmissionInputs | null> {
    return proposals.submissionInputs(this.dataSource.manager, id, { openStatuses: OPEN_STATUSES as ProposalStatus[] });
  }

  /** A draft is withdrawn here (no workflow yet); a submitted proposal through its workflow. */
  async withdraw(user: AuthUser, id: string, reason: string | undefined, requestId?: string): Promise<ProposalDto> {
    const actor = actorOf(user, requestId);
    const proposal = requireOwnOrganization(user, await proposals.find(this.dataSource.manager, id));
    if (proposal.status === 'draft') {
      await this.dataSource.transaction(async (manager) => {
        if (!(await proposals.withdrawDraft(manager, id))) throw AppError.invalidState('submitted');
        await audit.record(manager, actor, [
          {
            action: 'proposal.withdrawn',
            entityType: 'proposal',
            entityId: id,
            fromState: 'draft',
            toState: 'withdrawn',
            reason: reason ?? null,
          },
        ]);
      });
      return this.get(user, id);
    }
    if (!proposal.workflowId) throw AppError.invalidState(proposal.status);
    await this.commands.run(() =>
      this.temporal.workflow.getHandle(proposal.workflowId!).executeUpdate(withdrawProposalUpdate, {
        args: [{ actor, reason: reason ?? null }],
      }),
    );
    return this.get(user, id);
  }

  private assertConsistent(content: Parameters<typeof checkContentConsistency>[0]): void {
    const errors = checkContentConsistency(content);
    if (errors.length) throw AppError.validation(errors);
  }
}

function contentOf(dto: ProposalContentDto) {
  return {
    title: dto.title,
    summary: dto.summary,
    problemStatement: dto.problemStatement,
    region: dto.region,
    commune: dto.commune,
    neighbourhood: dto.neighbourhood,
    beneficiaries: dto.beneficiaries,
    startDate: dto.startDate,
    endDate: dto.endDate,
    requestedAmount: dto.requestedAmount,
    budgetLines: dto.budgetLines,
    milestones: dto.milestones,
    indicators: dto.indicators,
  };
}

/** Columns set from the DTO; undefined leaves a column as it is (PATCH semantics). */
function scalarFields(dto: ProposalContentDto): Partial<ProposalEntity> {
  return definedOnly({
    title: dto.title?.trim(),
    summary: dto.summary,
    problemStatement: dto.problemStatement,
    region: dto.region,
    commune: dto.commune,
    neighbourhood: dto.neighbourhood,
    beneficiariesTotal: dto.beneficiaries?.total,
    beneficiariesWomen: dto.beneficiaries?.women,
    beneficiariesYouth: dto.beneficiaries?.youth,
    startDate: dto.startDate,
    endDate: dto.endDate,
    requestedAmount: dto.requestedAmount,
  });
}

/** The child lists the DTO gives; an absent one leaves the proposal's rows of that kind as they are. */
function childrenOf(dto: ProposalContentDto): ProposalChildren {
  return { budgetLines: dto.budgetLines, milestones: dto.milestones, indicators: dto.indicators };
}

function toSummaryDto(p: ProposalEntity): ProposalSummaryDto {
  return {
    id: p.id,
    roundId: p.roundId,
    organizationId: p.organizationId,
    status: p.status,
    title: p.title,
    region: p.region,
    commune: p.commune,
    requestedAmount: p.requestedAmount,
    currency: p.currency,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    stageDeadline: p.stageDeadlineAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}

function isReviewerOnly(user: AuthUser): boolean {
  return user.roles.every((role) => role === 'reviewer');
}

function toProposalDto(p: ProposalEntity, grantId: string | null): ProposalDto {
  const content = proposalContent(p);
  return {
    ...toSummaryDto(p),
    summary: p.summary,
    problemStatement: p.problemStatement,
    neighbourhood: p.neighbourhood,
    beneficiaries: content.beneficiaries ?? null,
    startDate: p.startDate,
    endDate: p.endDate,
    budgetLines: content.budgetLines ?? [],
    milestones: (p.milestones ?? []).map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      deliverable: m.deliverable,
      status: m.status,
    })),
    indicators: content.indicators ?? [],
    submissionCount: p.submissionCount,
    workflowId: p.workflowId,
    stage: p.stage,
    stageDeadline: p.stageDeadlineAt?.toISOString() ?? null,
    screeningReason: p.screeningReason,
    weightedScore: p.weightedScoreBp === null ? null : p.weightedScoreBp / 100,
    decision: p.decisionOutcome
      ? {
          outcome: p.decisionOutcome,
          reason: p.decisionReason,
          conditions: p.decisionConditions,
          amount: p.awardedAmount,
          decidedAt: p.decidedAt!.toISOString(),
        }
      : null,
    grantId,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** The checks of a submission, in the order `submit` applies them; the first refusal, or null. */
function submissionRefusal({ proposal, round, organization, otherOpen }: SubmissionInputs): AppError | null {
  const notNow = proposalCommandRefusal('submit', proposal.status);
  if (notNow) return AppError.fromViolation(notNow);
  const violation = checkEligibility(proposalContent(proposal), round, new Date(), organization);
  if (violation) return AppError.fromViolation(violation);
  if (otherOpen) {
    return new AppError(ErrorCode.ONE_OPEN_PROPOSAL_PER_ROUND, [{ field: 'roundId', code: FieldCode.DUPLICATE }]);
  }
  return null;
}
