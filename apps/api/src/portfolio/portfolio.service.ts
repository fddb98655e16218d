import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  type KeysetPage,
  type PortfolioFilter,
  portfolioLists,
  type PortfolioRow,
  portfolioSummary,
  rounds,
} from '@csf/persistence';
import { visibleOrganization } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { encodeCursor, keysetPage, Page } from '../common/pagination';
import type { PortfolioListQuery, PortfolioSummaryQuery } from './portfolio.dto';

type Row = PortfolioRow;
const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';
const num = (v: unknown) => Number(v ?? 0);

interface Block {
  proposals: { total: number; byStatus: Record<string, number> };
  grants: {
    total: number;
    byStatus: Record<string, number>;
    awarded: number;
    disbursed: number;
    unspentReturned: number;
    atRisk: number;
  };
  beneficiaries: {
    target: { total: number; women: number; youth: number };
    reached: { total: number; women: number; youth: number };
  };
  indicators: { key: string; grants: number; reporting: number; target: number; actual: number }[];
  averageScoreBp: number | null;
  averageDaysToDecision: number | null;
}

/** Accumulates counter rows into one block (a round, or a region of a round). */
class BlockBuilder {
  private proposals = new Map<string, number>();
  private grants = new Map<string, number>();
  private money = { awarded: 0, disbursed: 0, unspentReturned: 0, atRisk: 0 };
  private target = { total: 0, women: 0, youth: 0 };
  private reached = { total: 0, women: 0, youth: 0 };
  private score = { sum: 0, n: 0 };
  private decision = { seconds: 0, n: 0 };
  private indicators = new Map<
    string,
    { key: string; grants: number; reporting: number; target: number; actual: number }
  >();

  addProposals(r: Row) {
    const status = String(r.status);
    this.proposals.set(status, (this.proposals.get(status) ?? 0) + num(r.proposals));
    this.score.sum += num(r.score_sum_bp);
    this.score.n += num(r.scored);
    this.decision.seconds += num(r.decision_seconds);
    this.decision.n += num(r.decided);
  }

  addGrants(r: Row) {
    const status = String(r.status);
    this.grants.set(status, (this.grants.get(status) ?? 0) + num(r.grants));
    this.money.awarded += num(r.awarded);
    this.money.disbursed += num(r.disbursed);
    this.money.unspentReturned += num(r.unspent_returned);
    this.money.atRisk += num(r.at_risk);
    this.target.total += num(r.target_total);
    this.target.women += num(r.target_women);
    this.target.youth += num(r.target_youth);
    this.reached.total += num(r.reached_total);
    this.reached.women += num(r.reached_women);
    this.reached.youth += num(r.reached_youth);
  }

  addIndicator(r: Row) {
    const key = String(r.key);
    const i = this.indicators.get(key) ?? { key, grants: 0, reporting: 0, target: 0, actual: 0 };
    i.grants += num(r.grants);
    i.reporting += num(r.reporting);
    i.target += num(r.target);
    i.actual += num(r.actual);
    this.indicators.set(key, i);
  }

  build(): Block {
    const byStatus = (m: Map<string, number>) =>
      Object.fromEntries([...m].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b)));
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    return {
      proposals: { total: total(this.proposals), byStatus: byStatus(this.proposals) },
      grants: { total: total(this.grants), byStatus: byStatus(this.grants), ...this.money },
      beneficiaries: { target: this.target, reached: this.reached },
      indicators: [...this.indicators.values()].sort((a, b) => a.key.localeCompare(b.key)),
      averageScoreBp: this.score.n ? Math.round(this.score.sum / this.score.n) : null,
      averageDaysToDecision: this.decision.n
        ? Math.round((this.decision.seconds / this.decision.n / 86_400) * 10) / 10
        : null,
    };
  }
}

/**
 * Portfolio tracking for programme managers: figures from PostgreSQL's read model, never from workflows.
 * Staff see the whole fund (from the trigger-kept counters); an applicant sees only its own organisation's
 * figures (computed from its rows), whatever filter it sends.
 */
@Injectable()
export class PortfolioService {
  constructor(private readonly dataSource: DataSource) {}

  async summary(user: AuthUser, query: PortfolioSummaryQuery) {
    const roundId = query.roundId ?? null;
    const region = query.region ?? null;
    const organizationId = this.organizationScope(user, query.organizationId);
    const {
      proposals,
      grants,
      indicators,
      rounds: roundRows,
    } = await portfolioSummary(this.dataSource.manager, { roundId, region, organizationId });
    if (roundId && !roundRows.length) throw AppError.notFound();
    const blocks = new Map<string, { round: BlockBuilder; regions: Map<string, BlockBuilder> }>();
    const block = (r: Row) => {
      const id = String(r.round_id);
      const entry = blocks.get(id) ?? { round: new BlockBuilder(), regions: new Map<string, BlockBuilder>() };
      blocks.set(id, entry);
      const regionKey = String(r.region);
      const regional = entry.regions.get(regionKey) ?? new BlockBuilder();
      entry.regions.set(regionKey, regional);
      return [entry.round, regional];
    };
    for (const r of proposals) for (const b of block(r)) b.addProposals(r);
    for (const r of grants) for (const b of block(r)) b.addGrants(r);
    for (const r of indicators) for (const b of block(r)) b.addIndicator(r);
    return {
      filters: { roundId, region, organizationId },
      rounds: roundRows.map((round) => {
        const entry = blocks.get(String(round.id));
        const envelope = num(round.budget_envelope);
        const reserved = num(round.reserved_amount);
        return {
          roundId: round.id,
          name: { fr: round.name_fr, en: round.name_en },
          currency: round.currency,
          eligibleRegions: round.eligible_regions,
          envelope: {
            total: envelope,
            reserved,
            disbursed: num(round.disbursed_amount),
            remaining: envelope - reserved,
          },
          ...(entry?.round ?? new BlockBuilder()).build(),
          regions: [...(entry?.regions ?? new Map<string, BlockBuilder>())]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, b]) => ({ region: key || null, ...b.build() })),
        };
      }),
    };
  }

  async overdueReports(user: AuthUser, query: PortfolioListQuery & { status?: string }): Promise<Page<Row>> {
    return this.list(user, query, portfolioLists.overdueReports, 'due_at', (r) => ({
      reportId: r.id,
      sequence: r.sequence,
      kind: r.kind,
      status: r.status,
      dueDate: r.due_date,
      dueAt: (r.due_at as Date).toISOString(),
      daysLate: r.days_late,
      overdueSince: (r.overdue_since as Date | null)?.toISOString() ?? null,
      grant: {
        id: r.grant_id,
        title: r.title,
        status: r.grant_status,
        roundId: r.round_id,
        region: r.region,
        commune: r.commune,
        atRisk: r.at_risk,
      },
      organization: { id: r.organization_id, name: r.organization, phone: r.phone, email: r.email },
    }));
  }

  async milestones(user: AuthUser, query: PortfolioListQuery & { status?: string }): Promise<Page<Row>> {
    return this.list(user, query, portfolioLists.milestones, 'due_date', (r) => ({
      milestoneId: r.id,
      title: r.title,
      deliverable: r.deliverable,
      dueDate: r.due_date,
      status: r.status,
      late: num(r.days_late) > 0,
      daysLate: r.days_late,
      statusChangedAt: (r.status_changed_at as Date | null)?.toISOString() ?? null,
      grant: {
        id: r.grant_id,
        title: r.grant_title,
        status: r.grant_status,
        roundId: r.round_id,
        region: r.region,
        commune: r.commune,
      },
      organization: { id: r.organization_id, name: r.organization, phone: r.phone },
    }));
  }

  async atRisk(user: AuthUser, query: PortfolioListQuery & { status?: string }): Promise<Page<Row>> {
    return this.list(user, query, portfolioLists.atRisk, 'attention_since', (r) => ({
      grantId: r.id,
      title: r.title,
      status: r.status,
      since: (r.attention_since as Date).toISOString(),
      atRisk: r.at_risk,
      reason: r.at_risk ? r.at_risk_reason : null,
      atRiskSince: r.at_risk ? (r.at_risk_since as Date).toISOString() : null,
      stalled: r.stalled_since ? { since: (r.stalled_since as Date).toISOString(), reason: r.stalled_reason } : null,
      overdueReports: r.overdue_reports,
      lateMilestones: r.late_milestones,
      amount: num(r.amount),
      disbursedAmount: num(r.disbursed_amount),
      currency: r.currency,
      roundId: r.round_id,
      region: r.region,
      commune: r.commune,
      organization: { id: r.organization_id, name: r.organization, phone: r.phone },
    }));
  }

  /** One statement per page, keyset on (sort column, id). */
  private async list(
    user: AuthUser,
    query: PortfolioListQuery & { status?: string },
    read: (m: EntityManager, filter: PortfolioFilter, page: KeysetPage) => Promise<Row[]>,
    sortColumn: string,
    map: (r: Row) => Row,
  ): Promise<Page<Row>> {
    const m = this.dataSource.manager;
    if (query.roundId && !(await rounds.exists(m, query.roundId))) throw AppError.notFound();
    const page = keysetPage(query);
    const limit = page.limit;
    const filter: PortfolioFilter = {
      roundId: query.roundId ?? null,
      region: query.region ?? null,
      commune: query.commune ?? null,
      organizationId: this.organizationScope(user, query.organizationId),
      status: query.status ?? null,
    };
    const rows = await read(m, filter, page);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    // The shared cursor carries a timestamp, so a day (a milestone's due date, text from SQL) travels as its UTC
    // midnight; `$6::date` reads the day back.
    const key = (v: unknown) => (v instanceof Date ? v : new Date(`${String(v)}T00:00:00.000Z`)).toISOString();
    return {
      items: items.map(map),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ createdAt: key(last[sortColumn]), id: String(last.id) }) : null,
    };
  }

  /** An id that matches no organisation: an applicant asking for another's figures gets empty ones. */
  private organizationScope(user: AuthUser, requested: string | undefined): string | null {
    const visible = visibleOrganization(user, requested);
    return visible === false ? NO_ORGANIZATION : visible;
  }
}
