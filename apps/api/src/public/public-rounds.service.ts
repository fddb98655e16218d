import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoundEntity } from '@csf/persistence';
import { AppError } from '../common/app-error';
import { newestFirst, Page, PageQuery, toPage } from '../common/pagination';
import { roundStatus } from '../rounds/rounds.service';
import type { PublicRoundDto } from './public-round.dto';

/** Calls anyone may read: those still to open and those open now. A closed call is gone from here (404). */
@Injectable()
export class PublicRoundsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: PageQuery): Promise<Page<PublicRoundDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(RoundEntity, 'r').where('r.closesAt > now()');
    const limit = newestFirst(qb, 'r', query);
    return toPage(await qb.getMany(), limit, toPublicRound);
  }

  async get(id: string): Promise<PublicRoundDto> {
    const round = await this.dataSource.manager
      .createQueryBuilder(RoundEntity, 'r')
      .where('r.id = :id AND r.closesAt > now()', { id })
      .getOne();
    if (!round) throw AppError.notFound();
    return toPublicRound(round);
  }
}

/** Field by field on purpose: a column added to rounds later stays private until someone decides otherwise. */
function toPublicRound(r: RoundEntity): PublicRoundDto {
  const d = r.durations;
  return {
    id: r.id,
    name: { fr: r.nameFr, en: r.nameEn },
    description: r.description ? { fr: r.description.fr, en: r.description.en } : null,
    status: roundStatus(r) === 'upcoming' ? 'upcoming' : 'open',
    currency: r.currency,
    maxAward: r.maxAward,
    eligibleRegions: r.eligibleRegions,
    eligibleCommunes: r.eligibleCommunes,
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    tranchePlan: r.tranchePlan,
    rubric: r.rubric.map((c) => ({
      key: c.key,
      label: { fr: c.label.fr, en: c.label.en },
      weight: c.weight,
      maxScore: c.maxScore,
    })),
    durations: {
      screening: d.screening,
      review: d.review,
      decision: d.decision,
      agreement: d.agreement,
      revision: d.revision,
      reportPeriod: d.reportPeriod,
    },
  };
}
