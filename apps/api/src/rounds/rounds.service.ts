import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import {
  Currency,
  DEFAULT_ROUND_DURATIONS,
  ErrorCode,
  FieldCode,
  Role,
  RoundDurations,
  roundEditViolations,
  roundPhase,
  validateRoundPlan,
} from '@csf/domain';
import { audit, RoundEntity, roundList, rounds } from '@csf/persistence';
import { panelUpdatedSignal } from '@csf/temporal';
import { actorOf, isStaff } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { definedOnly } from '../common/objects';
import { keysetPage, Page, toPage } from '../common/pagination';
import type { CreateRoundDto, ListRoundsQuery, PanelDto, RoundDto, UpdateRoundDto } from './round.dto';

@Injectable()
export class RoundsService {
  private readonly logger = new Logger(RoundsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  async create(user: AuthUser, dto: CreateRoundDto, requestId?: string): Promise<RoundDto> {
    const durations = { ...DEFAULT_ROUND_DURATIONS, ...definedOnly(dto.durations ?? {}) };
    const plan = {
      budgetEnvelope: dto.budgetEnvelope,
      maxAward: dto.maxAward,
      opensAt: new Date(dto.opensAt),
      closesAt: new Date(dto.closesAt),
      tranchePlan: dto.tranchePlan,
      rubric: dto.rubric,
      reviewersPerProposal: dto.reviewersPerProposal ?? 3,
      approvalThreshold: dto.approvalThreshold ?? 60,
      durations,
    };
    const errors = validateRoundPlan(plan);
    if (errors.length) throw AppError.validation(errors);
    const actor = actorOf(user, requestId);
    const id = await this.dataSource.transaction(async (manager) => {
      const round = await rounds.create(manager, {
        nameFr: dto.name.fr.trim(),
        nameEn: dto.name.en.trim(),
        description: dto.description ? { fr: dto.description.fr.trim(), en: dto.description.en.trim() } : null,
        currency: (dto.currency ?? 'GNF') as Currency,
        eligibleRegions: [...new Set(dto.eligibleRegions)],
        eligibleCommunes: dto.eligibleCommunes?.length ? [...new Set(dto.eligibleCommunes)] : null,
        createdBy: user.id,
        ...plan,
      });
      await audit.record(manager, actor, [
        {
          action: 'round.created',
          entityType: 'round',
          entityId: round.id,
          data: { budgetEnvelope: round.budgetEnvelope, currency: round.currency },
        },
      ]);
      return round.id;
    });
    return this.get(user, id);
  }

  async list(user: AuthUser, query: ListRoundsQuery): Promise<Page<RoundDto>> {
    // A draft is a round not open yet: the API has no separate draft state.
    const phase = query.status === 'draft' ? 'upcoming' : (query.status ?? null);
    const page = keysetPage(query);
    const rows = await roundList(this.dataSource.manager, phase, page);
    const panels = isStaff(user) ? await this.panels(rows.map((r) => r.id)) : null;
    return toPage(rows, page.limit, (r) => toRoundDto(r, panels && (panels.get(r.id) ?? [])));
  }

  /** The panel is staff business: reviewers are anonymous to applicants and to each other. */
  async get(user: AuthUser, id: string): Promise<RoundDto> {
    const round = await rounds.find(this.dataSource.manager, id);
    if (!round) throw AppError.notFound();
    const panels = isStaff(user) ? await this.panels([id]) : null;
    return toRoundDto(round, panels && (panels.get(id) ?? []));
  }

  /**
   * Edits a round. What may change depends on where the round is in its life (`roundEditViolations`); the merged
   * plan must then hold together (`validateRoundPlan`). The row is locked so a concurrent approval, which
   * reserves from the envelope with its own row update, cannot slip between the check and the write.
   */
  async update(user: AuthUser, id: string, dto: UpdateRoundDto, requestId?: string): Promise<RoundDto> {
    const sent = Object.entries(dto).filter(([, v]) => v !== undefined);
    const actor = actorOf(user, requestId);
    await this.dataSource.transaction(async (manager) => {
      const round = await rounds.lock(manager, id);
      if (!round) throw AppError.notFound();
      if (!sent.length) return;
      const now = new Date();
      const { locked, errors } = roundEditViolations(
        round,
        {
          fields: sent.map(([k]) => k),
          closesAt: dto.closesAt ? new Date(dto.closesAt) : undefined,
          budgetEnvelope: dto.budgetEnvelope,
        },
        now,
      );
      if (locked.length) throw new AppError(ErrorCode.ROUND_FIELDS_LOCKED, locked, { phase: roundPhase(round, now) });
      const belowReserved = errors.filter((e) => e.code === FieldCode.BELOW_RESERVED);
      if (belowReserved.length)
        throw new AppError(ErrorCode.ENVELOPE_BELOW_RESERVED, belowReserved, { reserved: round.reservedAmount });
      if (errors.length) throw AppError.validation(errors);
      const durations = { ...round.durations, ...definedOnly(dto.durations ?? {}) } as RoundDurations;
      const plan = {
        budgetEnvelope: dto.budgetEnvelope ?? round.budgetEnvelope,
        maxAward: dto.maxAward ?? round.maxAward,
        opensAt: dto.opensAt ? new Date(dto.opensAt) : round.opensAt,
        closesAt: dto.closesAt ? new Date(dto.closesAt) : round.closesAt,
        tranchePlan: dto.tranchePlan ?? round.tranchePlan,
        rubric: dto.rubric ?? round.rubric,
        reviewersPerProposal: dto.reviewersPerProposal ?? round.reviewersPerProposal,
        approvalThreshold: dto.approvalThreshold ?? round.approvalThreshold,
        durations,
      };
      const planErrors = validateRoundPlan(plan);
      if (planErrors.length) throw AppError.validation(planErrors);
      const before = snapshot(
        round,
        sent.map(([k]) => k),
      );
      await rounds.edit(manager, round, {
        ...plan,
        ...(dto.name ? { nameFr: dto.name.fr.trim(), nameEn: dto.name.en.trim() } : {}),
        ...(dto.description ? { description: { fr: dto.description.fr.trim(), en: dto.description.en.trim() } } : {}),
        ...(dto.currency ? { currency: dto.currency as Currency } : {}),
        ...(dto.eligibleRegions ? { eligibleRegions: [...new Set(dto.eligibleRegions)] } : {}),
        ...(dto.eligibleCommunes !== undefined
          ? { eligibleCommunes: dto.eligibleCommunes?.length ? [...new Set(dto.eligibleCommunes)] : null }
          : {}),
      });
      await audit.record(manager, actor, [
        {
          action: 'round.updated',
          entityType: 'round',
          entityId: id,
          data: {
            before,
            after: snapshot(
              round,
              sent.map(([k]) => k),
            ),
          },
        },
      ]);
    });
    return this.get(user, id);
  }

  /**
   * Closes an open round now. A round has no workflow: it is open between its dates, and submission checks them
   * (`ROUND_CLOSED`). So closing early moves `closesAt` to now, keeping the planned date and the reason; drafts
   * can no longer be submitted, and proposals already submitted carry on through screening, review and decision.
   */
  async close(user: AuthUser, id: string, reason: string, requestId?: string): Promise<RoundDto> {
    const actor = actorOf(user, requestId);
    await this.dataSource.transaction(async (manager) => {
      const round = await rounds.lock(manager, id);
      if (!round) throw AppError.notFound();
      const now = new Date();
      const phase = roundPhase(round, now);
      if (phase !== 'open') throw new AppError(ErrorCode.ROUND_NOT_OPEN, [], { phase });
      const plannedClosesAt = round.closesAt;
      await rounds.closeEarly(manager, round, now, reason.trim(), user.id);
      await audit.record(manager, actor, [
        {
          action: 'round.closed_early',
          entityType: 'round',
          entityId: id,
          reason: round.closeReason,
          data: { plannedClosesAt: plannedClosesAt.toISOString(), closedAt: now.toISOString() },
        },
      ]);
    });
    return this.get(user, id);
  }

  /** Replaces the review panel. Every member must be an active user with the reviewer role. */
  async setPanel(user: AuthUser, id: string, reviewerIds: string[], requestId?: string): Promise<PanelDto> {
    const wanted = [...new Set(reviewerIds)];
    const actor = actorOf(user, requestId);
    await this.dataSource.transaction(async (manager) => {
      const round = await rounds.lock(manager, id);
      if (!round) throw AppError.notFound();
      const reviewers = await rounds.panelUsers(manager, wanted);
      const valid = new Set(reviewers.filter((u) => u.active && u.roles.includes(Role.REVIEWER)).map((u) => u.id));
      const unknown = wanted
        .map((reviewerId, index) => ({ reviewerId, index }))
        .filter(({ reviewerId }) => !valid.has(reviewerId));
      if (unknown.length) {
        throw new AppError(
          ErrorCode.UNKNOWN_REVIEWER,
          unknown.map(({ index }) => ({ field: `reviewerIds[${index}]`, code: FieldCode.NOT_IN_LIST })),
        );
      }
      const before = await rounds.replacePanel(manager, id, wanted);
      await audit.record(manager, actor, [
        {
          action: 'round.panel_set',
          entityType: 'round',
          entityId: id,
          data: { before, after: wanted },
        },
      ]);
    });
    await this.wakeProposalsInReview(id);
    return { reviewerIds: wanted };
  }

  /**
   * Proposals short of reviewers wait for the panel to change; tell their workflows it did. Best effort: a
   * workflow that misses the signal still retries when one of its own reviewers declines or lapses.
   */
  private async wakeProposalsInReview(roundId: string): Promise<void> {
    const waiting = await rounds.proposalsInReview(this.dataSource.manager, roundId);
    await Promise.all(
      waiting
        .filter((p) => p.workflowId)
        .map((p) =>
          this.temporal.workflow
            .getHandle(p.workflowId!)
            .signal(panelUpdatedSignal)
            .catch((error: unknown) => this.logger.warn(`panel signal to ${p.workflowId} failed: ${String(error)}`)),
        ),
    );
  }

  private panels(roundIds: string[]): Promise<Map<string, string[]>> {
    return rounds.panels(this.dataSource.manager, roundIds);
  }
}

export function roundStatus(round: Pick<RoundEntity, 'opensAt' | 'closesAt'>, now = new Date()): RoundDto['status'] {
  return roundPhase(round, now);
}

/** The audit event's view of the fields an edit touched, in the API's shape. */
function snapshot(r: RoundEntity, fields: string[]): Record<string, unknown> {
  const view: Record<string, unknown> = {
    name: { fr: r.nameFr, en: r.nameEn },
    description: r.description,
    currency: r.currency,
    budgetEnvelope: r.budgetEnvelope,
    maxAward: r.maxAward,
    eligibleRegions: r.eligibleRegions,
    eligibleCommunes: r.eligibleCommunes,
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    tranchePlan: r.tranchePlan,
    rubric: r.rubric,
    reviewersPerProposal: r.reviewersPerProposal,
    approvalThreshold: r.approvalThreshold,
    durations: r.durations,
  };
  return Object.fromEntries(fields.map((f) => [f, view[f]]));
}

/** `reviewerIds` null leaves the panel out of the answer. */
function toRoundDto(r: RoundEntity, reviewerIds: string[] | null): RoundDto {
  return {
    id: r.id,
    name: { fr: r.nameFr, en: r.nameEn },
    description: r.description ? { fr: r.description.fr, en: r.description.en } : null,
    currency: r.currency,
    budgetEnvelope: r.budgetEnvelope,
    reservedAmount: r.reservedAmount,
    disbursedAmount: r.disbursedAmount,
    remainingAmount: r.budgetEnvelope - r.reservedAmount,
    maxAward: r.maxAward,
    eligibleRegions: r.eligibleRegions,
    eligibleCommunes: r.eligibleCommunes,
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    status: roundStatus(r),
    tranchePlan: r.tranchePlan,
    rubric: r.rubric,
    reviewersPerProposal: r.reviewersPerProposal,
    approvalThreshold: r.approvalThreshold,
    durations: r.durations,
    ...(reviewerIds ? { reviewerIds } : {}),
    closedEarly:
      r.closedEarlyAt && r.plannedClosesAt
        ? {
            at: r.closedEarlyAt.toISOString(),
            reason: r.closeReason ?? '',
            plannedClosesAt: r.plannedClosesAt.toISOString(),
          }
        : null,
    createdAt: r.createdAt.toISOString(),
  };
}
