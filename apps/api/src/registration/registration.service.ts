import { Injectable } from '@nestjs/common';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@csf/config';
import { ErrorCode, FieldCode, Role } from '@csf/domain';
import { audit, PgError, pgErrorCode, UserEntity } from '@csf/persistence';
import { AttemptLimiter, AttemptPolicy } from '../auth/attempt-limiter';
import { AuthService } from '../auth/auth.service';
import { assertAcceptablePassword, hashPassword } from '../auth/passwords';
import { AppError } from '../common/app-error';
import { Identifier, identifierOf, userByIdentifier } from '../common/identifier';
import { joinByInvitation, liveInvitationFor } from '../organizations/member-invitations';
import { AccountMessages } from '../notifications/account-messages';
import type { RegisterDto, RegistrationAcceptedDto, VerifiedDto, VerifyDto } from './registration.dto';
import { userChanged } from '../auth/auth-user-cache';

/** A code is valid this long… */
export const VERIFICATION_CODE_TTL_MS = 15 * 60 * 1000;
/** …and dies at the 5th wrong attempt: a 6-digit code then has 5 chances in a million of being guessed. */
export const VERIFICATION_CODE_MAX_ATTEMPTS = 5;

const MINUTE_MS = 60 * 1000;
/**
 * One message per identifier a minute, then 2, 4… up to an hour between two: each costs an SMS, and a flood of
 * them at someone's phone is harassment. Counted for every identifier, known or not, so the 429 reveals nothing.
 */
const SEND_POLICY: AttemptPolicy = {
  scope: 'register:send',
  maxFailures: 1,
  windowMs: 24 * 60 * MINUTE_MS,
  baseLockMs: MINUTE_MS,
  maxLockMs: 60 * MINUTE_MS,
};

type VerifyOutcome = { ok: true; user: UserEntity } | { ok: false; code: ErrorCode };

/**
 * Self-registration of community group members (DESIGN §6): an account by email or phone, confirmed with a
 * 6-digit code sent to it. The answers never say whether an identifier already has an account.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly limiter: AttemptLimiter,
    private readonly auth: AuthService,
    private readonly messages: AccountMessages,
  ) {}

  async register(dto: RegisterDto, requestId?: string): Promise<RegistrationAcceptedDto> {
    const identifier = identifierOf(dto);
    assertAcceptablePassword(dto.password, 'password');
    const person = {
      email: identifier.kind === 'email' ? identifier.value : null,
      phone: identifier.kind === 'phone' ? identifier.value : null,
    };
    // A wrong invitation is refused before anything is sent or counted.
    const invitation = dto.invitationToken
      ? await this.dataSource.transaction((m) => liveInvitationFor(m, dto.invitationToken!, person))
      : null;
    const subject = `${identifier.kind}:${identifier.value}`;
    await this.limiter.check(SEND_POLICY, subject);
    await this.limiter.fail(SEND_POLICY, subject);
    // Hashed whatever happens next, so a known identifier answers in the time an unknown one takes.
    const passwordHash = await hashPassword(dto.password);
    try {
      const message = await this.dataSource.transaction((manager) =>
        this.registerIn(manager, identifier, dto, passwordHash, invitation?.id ?? null, requestId),
      );
      // Not awaited: the answer must not depend on (nor take the time of) what happens to the message.
      this.messages.deliverInBackground([message]);
    } catch (error) {
      // Two registrations of one new identifier at once: the other one created it and sent its code.
      if (pgErrorCode(error) !== PgError.UNIQUE_VIOLATION) throw error;
    }
    return { codeValidForSeconds: VERIFICATION_CODE_TTL_MS / 1000 };
  }

  /** Answers the id of the message to deliver once committed. */
  private async registerIn(
    manager: EntityManager,
    identifier: Identifier,
    dto: RegisterDto,
    passwordHash: string,
    invitationId: string | null,
    requestId?: string,
  ): Promise<string> {
    const lookup = userByIdentifier(identifier);
    const existing = await manager
      .createQueryBuilder(UserEntity, 'u')
      .where(lookup.where, lookup.params)
      .setLock('pessimistic_write')
      .getOne();
    const via = identifier.kind === 'email' ? 'email' : 'sms';
    if (existing?.verifiedAt)
      return this.messages.enqueue(manager, {
        recipient: existing,
        via,
        kind: 'account_already_registered',
        params: {},
      });
    let user: UserEntity;
    if (existing) {
      // Registering again before confirming: whoever holds the identifier gets the new code, with the new details.
      await manager.update(
        UserEntity,
        { id: existing.id },
        { passwordHash, displayName: dto.displayName.trim(), language: dto.language },
      );
      userChanged(manager, existing.id);
      user = { ...existing, language: dto.language };
    } else {
      user = await manager.save(
        manager.create(UserEntity, {
          email: identifier.kind === 'email' ? identifier.value : null,
          phone: identifier.kind === 'phone' ? identifier.value : null,
          passwordHash,
          displayName: dto.displayName.trim(),
          roles: [Role.APPLICANT],
          organizationId: null,
          language: dto.language,
          active: true,
          verifiedAt: null,
        }),
      );
      await audit.record(manager, { userId: user.id, role: Role.APPLICANT, requestId }, [
        {
          action: 'user.registered',
          entityType: 'user',
          entityId: user.id,
          toState: 'unverified',
          data: { via: identifier.kind },
        },
      ]);
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await manager.query(
      `INSERT INTO verification_codes (user_id, code_hash, attempts, expires_at, organization_invitation_id, created_at)
       VALUES ($1, $2, 0, now() + $3::float8 * interval '1 millisecond', $4, now())
       ON CONFLICT (user_id) DO UPDATE SET code_hash = EXCLUDED.code_hash, attempts = 0, expires_at = EXCLUDED.expires_at,
         organization_invitation_id = EXCLUDED.organization_invitation_id, created_at = now()`,
      [user.id, this.codeHash(user.id, code), VERIFICATION_CODE_TTL_MS, invitationId],
    );
    return this.messages.enqueue(manager, {
      recipient: user,
      via,
      kind: 'account_verification_code',
      params: { code, minutes: VERIFICATION_CODE_TTL_MS / MINUTE_MS },
    });
  }

  /**
   * A wrong code counts one attempt; the 5th wrong one kills the code. An identifier without a live code (none
   * sent, expired, dead, or an account already confirmed) answers CODE_EXPIRED: register again for a new one.
   */
  async verify(dto: VerifyDto, requestId?: string): Promise<VerifiedDto> {
    const identifier = identifierOf(dto);
    if (!/^\d{6}$/.test(dto.code)) throw AppError.validation([{ field: 'code', code: FieldCode.INVALID }]);
    const outcome = await this.dataSource.transaction(async (manager): Promise<VerifyOutcome> => {
      const lookup = userByIdentifier(identifier);
      const user = await manager.createQueryBuilder(UserEntity, 'u').where(lookup.where, lookup.params).getOne();
      if (!user || user.verifiedAt || !user.active) return { ok: false, code: ErrorCode.CODE_EXPIRED };
      const [live] = await manager.query(
        `SELECT v.code_hash, v.organization_invitation_id, i.organization_id FROM verification_codes v
           LEFT JOIN organization_invitations i ON i.id = v.organization_invitation_id
          WHERE v.user_id = $1 AND v.expires_at > now() AND v.attempts < $2 FOR UPDATE OF v`,
        [user.id, VERIFICATION_CODE_MAX_ATTEMPTS],
      );
      if (!live) return { ok: false, code: ErrorCode.CODE_EXPIRED };
      if (!sameHash(live.code_hash, this.codeHash(user.id, dto.code))) {
        await manager.query('UPDATE verification_codes SET attempts = attempts + 1 WHERE user_id = $1', [user.id]);
        return { ok: false, code: ErrorCode.INVALID_CODE };
      }
      await manager.query('DELETE FROM verification_codes WHERE user_id = $1', [user.id]);
      await manager.update(UserEntity, { id: user.id }, { verifiedAt: new Date() });
      const actor = { userId: user.id, role: Role.APPLICANT, requestId: requestId ?? null };
      // Registered through an invitation: joins now, unless it was used or expired meanwhile (then by invitation later).
      const joined = live.organization_invitation_id
        ? await joinByInvitation(
            manager,
            { id: live.organization_invitation_id, organizationId: live.organization_id },
            user,
            actor,
          )
        : false;
      await audit.record(manager, actor, [
        {
          action: 'user.verified',
          entityType: 'user',
          entityId: user.id,
          fromState: 'unverified',
          toState: 'active',
          data: { via: identifier.kind },
        },
      ]);
      return {
        ok: true,
        user: { ...user, verifiedAt: new Date(), organizationId: joined ? live.organization_id : null },
      };
    });
    if (!outcome.ok) throw new AppError(outcome.code, [{ field: 'code', code: outcome.code }]);
    return this.auth.session(outcome.user);
  }

  /** Keyed, so a copy of the table is no list of codes: 6 digits would be a million hashes away otherwise. */
  private codeHash(userId: string, code: string): string {
    return createHmac('sha256', this.config.JWT_SECRET).update(`verification:${userId}:${code}`).digest('hex');
  }
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
