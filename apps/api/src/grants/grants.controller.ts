import { Controller, Get, Injectable, Module, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Role, ROLES } from '@csf/domain';
import { GrantEntity, GrantReportEntity, GrantTrancheEntity } from '@csf/persistence';
import { requireAccess } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { UuidParam } from '../common/uuid-param';

class TrancheDto {
  @ApiProperty() number: number;
  @ApiProperty() percentage: number;
  @ApiProperty() amount: number;
  @ApiProperty() status: string;
}

class ReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sequence: number;
  @ApiProperty({ enum: ['progress', 'final'] }) kind: string;
  @ApiProperty({ nullable: true, type: Number }) gatesTranche: number | null;
  @ApiProperty({ nullable: true, type: String }) dueDate: string | null;
  @ApiProperty() status: string;
}

class GrantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() status: string;
  @ApiProperty() amount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: String }) conditions: string | null;
  @ApiProperty() workflowId: string;
  @ApiProperty({ type: [TrancheDto] }) tranches: TrancheDto[];
  @ApiProperty({ type: [ReportDto] }) reports: ReportDto[];
  @ApiProperty() createdAt: string;
}

/** Read side of grants (DESIGN §5 shape). Grant commands arrive with the grant-lifecycle issue. */
@Injectable()
export class GrantsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(user: AuthUser, id: string): Promise<GrantDto> {
    const m = this.dataSource.manager;
    const grant = requireAccess(user, await m.findOne(GrantEntity, { where: { id } }));
    const [tranches, reports] = await Promise.all([
      m.find(GrantTrancheEntity, { where: { grantId: id }, order: { number: 'ASC' } }),
      m.find(GrantReportEntity, { where: { grantId: id }, order: { sequence: 'ASC' } }),
    ]);
    return {
      id: grant.id,
      proposalId: grant.proposalId,
      roundId: grant.roundId,
      organizationId: grant.organizationId,
      status: grant.status,
      amount: grant.amount,
      currency: grant.currency,
      conditions: grant.conditions,
      workflowId: grant.workflowId,
      tranches: tranches.map((t) => ({ number: t.number, percentage: t.percentage, amount: t.amount, status: t.status })),
      reports: reports.map((r) => ({ id: r.id, sequence: r.sequence, kind: r.kind, gatesTranche: r.gatesTranche, dueDate: r.dueDate, status: r.status })),
      createdAt: grant.createdAt.toISOString(),
    };
  }
}

@ApiTags('grants')
@Controller('grants')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Roles(...ROLES.filter((r) => r !== Role.REVIEWER))
  @Get(':id')
  @ApiOkResponse({ type: GrantDto })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.grants.get(user, id);
  }
}

@Module({ controllers: [GrantsController], providers: [GrantsService] })
export class GrantsModule {}
