import { Injectable, Logger } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@csf/config';
import { ErrorCode, FieldCode, PASSWORD_RESET_TTL_MS } from '@csf/domain';
import { audit, UserEntity } from '@csf/persistence';
import { AppError } from '../common/app-error';
import { Identifier, userByIdentifier } from '../common/identifier';
import { AccountMessages } from '../notifications/account-messages';
import { actorOf } from './access';
import { AttemptLimiter, AttemptPolicy } from './attempt-limiter';
import type { AuthUser } from './auth-user';
import type { LoginResponseDto, MeDto, UpdateMeDto } from './auth.dto';
import { AuthService, toMe } from './auth.service';
import { OneTimeTokens, tokenLink } from './one-time-tokens';
import { assertAcceptablePassword, hashPassword } from './passwords';
import { userChanged } from './auth-user-cache';

const HOUR_MS = 60 * 60 * 1000;
/** Reset requests per identifier: a few an hour, so nobody floods a person's phone with links. */
const RESET_REQUESTS: AttemptPolicy = {
  scope: 'password-reset:identifier',
  maxFailures: 5,
  windowMs: HOUR_MS,
  baseLockMs: HOUR_MS,
  maxLockMs: HOUR_MS,
};
/** Wrong current passwords on a change: a stolen token must not become a password-guessing oracle. */
const PASSWORD_CHANGES: AttemptPolicy = {
  scope: 'password-change:user',
  maxFailures: 5,
  windowMs: HOUR_MS,
  baseLockMs: 60_000,
  maxLockMs: HOUR_MS,
};

/** Invitation acceptance, password reset and change, sign out everywhere. */
@Injectable()
export class AccountService {
  private readonly logger = new Logger(AccountService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly messages: AccountMessages,
    private readonly limiter: AttemptLimiter,
    private readonly config: AppConfig,
  ) {}

  /** The caller's own name and language; an audit event says what changed, nothing when nothing did. */
  async updateProfile(user: AuthUser, body: UpdateMeDto, requestId?: string): Promise<MeDto> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(UserEntity, { id: user.id });
      const changes: Partial<UserEntity> = {};
      const displayName = body.displayName?.trim();
      if (displayName !== undefined && displayName !== before.displayName) changes.displayName = displayName;
      if (body.language !== undefined && body.language !== before.language) changes.language = body.language;
      if (!Object.keys(changes).length) return before;
      await manager.update(UserEntity, { id: user.id }, changes);
      userChanged(manager, user.id);
      const view = (u: Pick<UserEntity, 'displayName' | 'language'>) => ({
        displayName: u.displayName,
        language: u.language,
      });
      const actor = actorOf(user, requestId);
      await audit.record(manager, actor, [
        {
          action: 'user.profile_updated',
          entityType: 'user',
          entityId: user.id,
          data: { before: view(before), after: view({ ...before, ...changes }) },
        },
      ]);
      return { ...before, ...changes } as UserEntity;
    });
    return toMe(updated);
  }

  /** Sets the invited person's password and signs them in. */
  async acceptInvitation(token: string, password: string): Promise<LoginResponseDto> {
    assertAcceptablePassword(password, 'password');
    const passwordHash = await hashPassword(password);
    const user = await this.dataSource.transaction(async (manager) => {
      const used = await OneTimeTokens.consume(manager, 'invitation', token);
      if (!used) throw new AppError(ErrorCode.INVALID_TOKEN);
      const [rows] = await manager.query(
        `UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1 AND active AND password_hash IS NULL RETURNING id`,
        [used.userId, passwordHash],
      );
      // Deactivated meanwhile, or a password set another way: the link is spent either way.
      if (!rows?.length) throw new AppError(ErrorCode.INVALID_TOKEN);
      await audit.record(manager, { userId: used.userId, role: null }, [
        {
          action: 'user.invitation_accepted',
          entityType: 'user',
          entityId: used.userId,
          fromState: 'invited',
          toState: 'active',
        },
      ]);
      return manager.findOneByOrFail(UserEntity, { id: used.userId });
    });
    return this.auth.session(user);
  }

  /**
   * Always the same answer, in the same time, whether or not the account exists: the lookup is made either way,
   * and writing the token and the message happens after the answer.
   */
  async requestPasswordReset(identifier: Identifier): Promise<void> {
    await this.limiter.check(RESET_REQUESTS, identifier.value);
    await this.limiter.fail(RESET_REQUESTS, identifier.value);
    const lookup = userByIdentifier(identifier);
    const user = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where(lookup.where, lookup.params)
      .getOne();
    // An invited person resets nothing (their invitation link sets the password); a deactivated one gets nothing.
    if (!user || !user.active || !user.passwordHash) return;
    setImmediate(() => {
      this.sendReset(user, identifier).catch((error: unknown) =>
        this.logger.error({ err: error, userId: user.id }, 'password reset message not written'),
      );
    });
  }

  private async sendReset(user: UserEntity, identifier: Identifier): Promise<void> {
    const id = await this.dataSource.transaction(async (manager) => {
      const issued = await OneTimeTokens.issue(manager, {
        kind: 'password_reset',
        userId: user.id,
        createdBy: null,
        ttlMs: PASSWORD_RESET_TTL_MS,
      });
      return this.messages.enqueue(manager, {
        kind: 'password_reset',
        recipient: user,
        params: { link: tokenLink(this.config.PUBLIC_URL, 'reset-password', issued.token) },
        // Back through the channel the person asked with.
        via: identifier.kind === 'phone' ? 'sms' : 'email',
      });
    });
    await this.messages.deliver([id]);
  }

  /** Sets a new password from a reset link; every session ends (the link may have come from a stolen phone too). */
  async confirmPasswordReset(token: string, newPassword: string): Promise<{ changedAt: string }> {
    assertAcceptablePassword(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (manager) => {
      const used = await OneTimeTokens.consume(manager, 'password_reset', token);
      if (!used) throw new AppError(ErrorCode.INVALID_TOKEN);
      const changed = await this.setPassword(manager, used.userId, passwordHash);
      if (!changed) throw new AppError(ErrorCode.INVALID_TOKEN);
      await audit.record(manager, { userId: used.userId }, [
        { action: 'user.password_reset', entityType: 'user', entityId: used.userId },
      ]);
      return { changedAt: changed.toISOString() };
    });
  }

  /** Changes the caller's password; other sessions end and this one gets a new token. */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string): Promise<LoginResponseDto> {
    await this.limiter.check(PASSWORD_CHANGES, caller.id);
    const current = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: caller.id })
      .getOneOrFail();
    if (!current.passwordHash || !(await argon2.verify(current.passwordHash, currentPassword).catch(() => false))) {
      await this.limiter.fail(PASSWORD_CHANGES, caller.id);
      throw AppError.validation([{ field: 'currentPassword', code: FieldCode.MISMATCH }]);
    }
    await this.limiter.succeed(PASSWORD_CHANGES, caller.id);
    assertAcceptablePassword(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.setPassword(manager, caller.id, passwordHash);
      await audit.record(manager, { userId: caller.id, role: caller.actingRole ?? null }, [
        {
          action: 'user.password_changed',
          entityType: 'user',
          entityId: caller.id,
        },
      ]);
    });
    return this.auth.session(await this.dataSource.manager.findOneByOrFail(UserEntity, { id: caller.id }));
  }

  /** Ends every session of the caller, on every device. */
  async logoutEverywhere(caller: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await endSessions(manager, caller.id);
      await audit.record(manager, { userId: caller.id, role: caller.actingRole ?? null }, [
        {
          action: 'user.signed_out_everywhere',
          entityType: 'user',
          entityId: caller.id,
        },
      ]);
    });
  }

  private async setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<Date | null> {
    const [rows] = await manager.query(
      `UPDATE users SET password_hash = $2, token_version = token_version + 1, updated_at = now()
        WHERE id = $1 AND active AND password_hash IS NOT NULL RETURNING updated_at`,
      [userId, passwordHash],
    );
    if (!rows?.length) return null;
    userChanged(manager, userId);
    // Any other reset link still out there is spent too.
    await OneTimeTokens.revokeAll(manager, userId, 'password_reset');
    return new Date(rows[0].updated_at);
  }
}

/** Makes every access token of the person useless at once (JwtStrategy compares `tv` with the row). */
export async function endSessions(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`UPDATE users SET token_version = token_version + 1 WHERE id = $1`, [userId]);
  userChanged(manager, userId);
}
