import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, Role } from '@csf/domain';
import { appendAuditEvents, OrganizationEntity, UserEntity } from '@csf/persistence';
import { actorOf, requireAccess } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import type { CreateOrganizationDto, OrganizationDto } from './organization.dto';

@Injectable()
export class OrganizationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** An applicant registers its own organisation and becomes its member; an admin registers one for others. */
  async create(user: AuthUser, dto: CreateOrganizationDto, requestId?: string): Promise<OrganizationDto> {
    const asApplicant = user.actingRole === Role.APPLICANT;
    const id = await this.dataSource.transaction(async (manager) => {
      if (asApplicant) {
        const me = await manager.findOne(UserEntity, { where: { id: user.id }, lock: { mode: 'pessimistic_write' } });
        if (me?.organizationId) throw new AppError(ErrorCode.ALREADY_MEMBER);
      }
      const org = await manager.save(
        manager.create(OrganizationEntity, {
          name: dto.name.trim(),
          type: dto.type,
          region: dto.region,
          commune: dto.commune,
          phone: dto.phone,
          email: dto.email ?? null,
          registrationNumber: dto.registrationNumber ?? null,
        }),
      );
      if (asApplicant) await manager.update(UserEntity, { id: user.id }, { organizationId: org.id });
      await appendAuditEvents(manager, [
        { ...this.auditActor(user, requestId), action: 'organization.created', entityType: 'organization', entityId: org.id, data: { name: org.name } },
      ]);
      return org.id;
    });
    return this.get({ ...user, organizationId: asApplicant ? id : user.organizationId }, id);
  }

  async get(user: AuthUser, id: string): Promise<OrganizationDto> {
    const org = requireAccess(user, await this.dataSource.manager.findOne(OrganizationEntity, { where: { id } }).then((o) => o && { ...o, organizationId: o.id }));
    const members = await this.dataSource.manager.find(UserEntity, { where: { organizationId: id }, order: { createdAt: 'ASC' } });
    return {
      id: org.id,
      name: org.name,
      type: org.type,
      region: org.region,
      commune: org.commune,
      phone: org.phone,
      email: org.email,
      registrationNumber: org.registrationNumber,
      members: members.map((m) => ({ id: m.id, displayName: m.displayName, email: m.email, roles: m.roles })),
      createdAt: org.createdAt.toISOString(),
    };
  }

  private auditActor(user: AuthUser, requestId?: string) {
    const actor = actorOf(user, requestId);
    return { actorId: actor.userId, actorRole: actor.role, requestId: actor.requestId };
  }
}
