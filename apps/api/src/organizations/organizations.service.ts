import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@csf/config';
import { ErrorCode, FieldCode, IDENTITY_FIELDS, INVITATION_TTL_MS, OrganizationStatus, Role } from '@csf/domain';
import { audit, OrganizationEntity, UserEntity } from '@csf/persistence';
import { actorOf, requireAccess, requireOwnOrganization } from '../auth/access';
import type { AuthUser } from '../auth/auth-user';
import { tokenDigest } from '../auth/one-time-tokens';
import { AppError } from '../common/app-error';
import { identifierOf } from '../common/identifier';
import { definedOnly } from '../common/objects';
import { newestFirst, Page, toPage } from '../common/pagination';
import { AccountMessages } from '../notifications/account-messages';
import { joinByInvitation, liveInvitationFor } from './member-invitations';
import type {
  AcceptMemberInvitationDto,
  CreateOrganizationDto,
  InviteMemberDto,
  ListOrganizationsQuery,
  MemberInvitationDto,
  OrganizationDto,
  OrganizationSummaryDto,
  UpdateOrganizationDto,
  VerifyOrganizationDto,
} from './organization.dto';
import { userChanged } from '../auth/auth-user-cache';

/** Organisations as a record with `organizationId`, for the object-level access helpers. */
const asOwned = (org: OrganizationEntity | null) => org && { ...org, organizationId: org.id };

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly messages: AccountMessages,
  ) {}

  /**
   * An applicant without an organisation registers its own and becomes its member; an admin registers one for
   * others. Either way it waits for a programme manager's verification before it can submit proposals.
   */
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
          status: 'pending_verification',
        }),
      );
      if (asApplicant) {
        await manager.update(UserEntity, { id: user.id }, { organizationId: org.id });
        userChanged(manager, user.id);
      }
      await audit.record(manager, actorOf(user, requestId), [
        {
          action: 'organization.created',
          entityType: 'organization',
          entityId: org.id,
          toState: org.status,
          data: { name: org.name, ...(asApplicant ? { memberId: user.id } : {}) },
        },
      ]);
      return org.id;
    });
    return this.get({ ...user, organizationId: asApplicant ? id : user.organizationId }, id);
  }

  async get(user: AuthUser, id: string): Promise<OrganizationDto> {
    const org = requireAccess(
      user,
      asOwned(await this.dataSource.manager.findOne(OrganizationEntity, { where: { id } })),
    );
    const members = await this.dataSource.manager.find(UserEntity, {
      where: { organizationId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      id: org.id,
      name: org.name,
      type: org.type,
      region: org.region,
      commune: org.commune,
      phone: org.phone,
      email: org.email,
      registrationNumber: org.registrationNumber,
      status: org.status,
      verificationNote: org.verificationNote,
      refusalReason: org.refusalReason,
      verifiedAt: org.verifiedAt?.toISOString() ?? null,
      members: members.map((m) => ({
        id: m.id,
        displayName: m.displayName,
        email: m.email,
        phone: m.phone,
        roles: m.roles,
      })),
      createdAt: org.createdAt.toISOString(),
    };
  }

  /** Staff search: newest first with a keyset cursor, filtered by region, type, status and a name or number. */
  async list(query: ListOrganizationsQuery): Promise<Page<OrganizationSummaryDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(OrganizationEntity, 'o');
    const limit = newestFirst(qb, 'o', query);
    if (query.region) qb.andWhere('o.region = :region', { region: query.region });
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.q?.trim()) {
      // The text is a value, never a pattern: % and _ typed by a person match themselves.
      const pattern = `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(`(o.name ILIKE :pattern OR o.registrationNumber ILIKE :pattern)`, { pattern });
    }
    return toPage(await qb.getMany(), limit, (o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      region: o.region,
      commune: o.commune,
      registrationNumber: o.registrationNumber,
      status: o.status,
      createdAt: o.createdAt.toISOString(),
    }));
  }

  /**
   * A member edits its organisation. Changing who it is (name, type, registration number) after a programme
   * manager checked it sends it back to verification; so does any change to a refused one (the correction the
   * refusal asked for). Contact details change freely.
   */
  async update(user: AuthUser, id: string, dto: UpdateOrganizationDto, requestId?: string): Promise<OrganizationDto> {
    await this.dataSource.transaction(async (manager) => {
      const org = requireOwnOrganization(
        user,
        asOwned(await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })),
      );
      const changes = definedOnly({
        name: dto.name?.trim(),
        type: dto.type,
        region: dto.region,
        commune: dto.commune,
        phone: dto.phone,
        email: dto.email?.trim(),
        registrationNumber: dto.registrationNumber?.trim(),
      }) as Partial<OrganizationEntity>;
      const changed = (Object.keys(changes) as (keyof OrganizationEntity)[]).filter((key) => changes[key] !== org[key]);
      if (!changed.length) return;
      const identityChanged = changed.some((key) => (IDENTITY_FIELDS as readonly string[]).includes(key));
      const status: OrganizationStatus =
        org.status === 'refused' || (org.status === 'verified' && identityChanged)
          ? 'pending_verification'
          : org.status;
      const reset = status !== org.status ? { verifiedAt: null, verifiedBy: null } : {};
      await manager.update(OrganizationEntity, { id }, { ...changes, status, ...reset });
      const before = Object.fromEntries(changed.map((key) => [key, org[key]]));
      const after = Object.fromEntries(changed.map((key) => [key, changes[key]]));
      await audit.record(manager, actorOf(user, requestId), [
        {
          action: 'organization.updated',
          entityType: 'organization',
          entityId: id,
          fromState: org.status,
          toState: status,
          data: { before, after },
        },
      ]);
    });
    return this.get(user, id);
  }

  /**
   * A programme manager verifies the organisation (with what was checked) or refuses it (with a reason the
   * members receive). A verified organisation may be refused later (its standing withdrawn), and a refused one
   * verified; deciding what is already the case is refused as INVALID_STATE.
   */
  async verify(user: AuthUser, id: string, dto: VerifyOrganizationDto, requestId?: string): Promise<OrganizationDto> {
    if (!dto.verified && !dto.reason?.trim())
      throw AppError.validation([{ field: 'reason', code: FieldCode.REQUIRED }]);
    const messages = await this.dataSource.transaction(async (manager) => {
      const org = await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw AppError.notFound();
      const status: OrganizationStatus = dto.verified ? 'verified' : 'refused';
      if (org.status === status) throw AppError.invalidState(org.status);
      await manager.update(
        OrganizationEntity,
        { id },
        dto.verified
          ? {
              status,
              verificationNote: dto.note?.trim() ?? null,
              refusalReason: null,
              verifiedBy: user.id,
              verifiedAt: new Date(),
            }
          : { status, refusalReason: dto.reason!.trim(), verifiedBy: user.id, verifiedAt: null },
      );
      await audit.record(manager, actorOf(user, requestId), [
        {
          action: dto.verified ? 'organization.verified' : 'organization.refused',
          entityType: 'organization',
          entityId: id,
          fromState: org.status,
          toState: status,
          reason: dto.verified ? (dto.note?.trim() ?? null) : dto.reason!.trim(),
        },
      ]);
      const members = await manager.find(UserEntity, { where: { organizationId: id, active: true } });
      const ids: string[] = [];
      for (const member of members) {
        ids.push(
          await this.messages.enqueue(manager, {
            recipient: member,
            kind: dto.verified ? 'organization_verified' : 'organization_refused',
            params: { organization: org.name, reason: dto.reason?.trim() ?? null },
          }),
        );
      }
      return ids;
    });
    // The decision stands whatever happens to the messages; a failed start leaves the rows pending (logged).
    this.messages.deliverInBackground(messages);
    return this.get(user, id);
  }

  /**
   * A member invites a person (by email or phone) to join. The token is returned once, in the link, and stored
   * only as a digest; a person who already has an account also receives the link. Only that person can use it.
   */
  async invite(user: AuthUser, id: string, dto: InviteMemberDto, requestId?: string): Promise<MemberInvitationDto> {
    const identifier = identifierOf(dto);
    const { invitation, messages } = await this.dataSource.transaction(async (manager) => {
      const org = requireOwnOrganization(user, asOwned(await manager.findOne(OrganizationEntity, { where: { id } })));
      const column = identifier.kind === 'email' ? 'lower(u.email)' : 'u.phone';
      const invitee = await manager
        .createQueryBuilder(UserEntity, 'u')
        .where(`${column} = :value`, { value: identifier.value })
        .getOne();
      if (invitee?.organizationId === id) throw new AppError(ErrorCode.ALREADY_MEMBER);
      const token = randomBytes(32).toString('base64url');
      const [row] = await manager.query(
        `INSERT INTO organization_invitations (organization_id, token_hash, email, phone, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + $6::float8 * interval '1 millisecond') RETURNING id, expires_at`,
        [
          id,
          tokenDigest(token),
          identifier.kind === 'email' ? identifier.value : null,
          identifier.kind === 'phone' ? identifier.value : null,
          user.id,
          INVITATION_TTL_MS,
        ],
      );
      const expiresAt = new Date(row.expires_at).toISOString();
      const link = `${this.publicUrl()}/organization-invitation?token=${token}`;
      const messages: string[] = [];
      if (invitee?.active && invitee.verifiedAt) {
        messages.push(
          await this.messages.enqueue(manager, {
            recipient: invitee,
            via: identifier.kind === 'email' ? 'email' : 'sms',
            kind: 'organization_invitation',
            params: { organization: org.name, inviter: user.displayName, expiresAt: expiresAt.slice(0, 10), link },
          }),
        );
      }
      await audit.record(manager, actorOf(user, requestId), [
        {
          action: 'organization.member_invited',
          entityType: 'organization',
          entityId: id,
          data: { invitationId: row.id, via: identifier.kind },
        },
      ]);
      const email = identifier.kind === 'email' ? identifier.value : null;
      const phone = identifier.kind === 'phone' ? identifier.value : null;
      return { invitation: { id: row.id, organizationId: id, email, phone, expiresAt, link }, messages };
    });
    this.messages.deliverInBackground(messages);
    return invitation;
  }

  /** A registered applicant without an organisation joins the one that invited it. */
  async acceptInvitation(user: AuthUser, dto: AcceptMemberInvitationDto, requestId?: string): Promise<OrganizationDto> {
    const organizationId = await this.dataSource.transaction(async (manager) => {
      const me = await manager.findOneOrFail(UserEntity, {
        where: { id: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (me.organizationId) throw new AppError(ErrorCode.ALREADY_MEMBER);
      const invitation = await liveInvitationFor(manager, dto.token, me);
      // Just locked by liveInvitationFor: it cannot be used or expire in between.
      await joinByInvitation(manager, invitation, me, actorOf(user, requestId));
      return invitation.organizationId;
    });
    return this.get({ ...user, organizationId }, organizationId);
  }

  /** A member removes a member (itself included), never the last one: an organisation always has someone to act for it. */
  async removeMember(user: AuthUser, id: string, memberId: string, requestId?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      requireOwnOrganization(
        user,
        asOwned(await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })),
      );
      // Under the organisation's row lock: two removals at once cannot leave it without anyone.
      const members = await manager.find(UserEntity, { where: { organizationId: id } });
      if (!members.some((m) => m.id === memberId)) throw AppError.notFound();
      if (members.length === 1) throw new AppError(ErrorCode.LAST_MEMBER);
      await manager.update(UserEntity, { id: memberId }, { organizationId: null });
      userChanged(manager, memberId);
      await audit.record(manager, actorOf(user, requestId), [
        {
          action: 'organization.member_removed',
          entityType: 'organization',
          entityId: id,
          data: { memberId },
        },
      ]);
    });
  }

  private publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/+$/, '');
  }
}
