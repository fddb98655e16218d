import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { Repository } from 'typeorm';
import { ErrorCode } from '@csf/domain';
import { UserEntity } from '@csf/persistence';
import { AppConfig } from '@csf/config';
import { AppError } from '../common/app-error';
import { Identifier, userByIdentifier } from '../common/identifier';
import type { AuthUser, JwtPayload } from './auth-user';
import type { LoginResponseDto, MeDto } from './auth.dto';
import { hashPassword, passwordNeedsRehash } from './passwords';
import { SignInThrottle } from './sign-in-throttle';
import { SecondFactorProof, TwoFactor } from './two-factor';

/** Hash used when the email is unknown, so a miss costs as much time as a wrong password. */
let decoyHash: Promise<string> | undefined;

export { hashPassword } from './passwords';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: SignInThrottle,
    private readonly twoFactor: TwoFactor,
  ) {}

  /** `address` is the client's (req.ip, right behind a reverse proxy when TRUST_PROXY says which to trust). */
  async login(
    identifier: Identifier,
    password: string,
    address: string,
    proof: SecondFactorProof = {},
  ): Promise<LoginResponseDto> {
    const account = identifier.value;
    await this.throttle.before(account, address);
    const lookup = userByIdentifier(identifier);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where(lookup.where, lookup.params)
      .getOne();
    decoyHash ??= hashPassword('decoy-password-never-used');
    // An invited person who has not set a password yet has none: the decoy, like an unknown account.
    const hash = (user?.active && user.passwordHash) || (await decoyHash);
    const ok = await argon2.verify(hash, password).catch(() => false);
    if (!user || !user.active || !ok) {
      await this.throttle.failed(account);
      throw new AppError(ErrorCode.INVALID_CREDENTIALS);
    }
    // Only after the right password, so it tells nothing to someone who does not know it.
    if (user.totpEnabledAt) {
      if (!proof.totp && !proof.recoveryCode) throw new AppError(ErrorCode.TOTP_REQUIRED);
      // A wrong code counts as a failed sign-in: the account lock stops guessing the 6 digits.
      if (!(await this.twoFactor.verify(user.id, proof))) {
        await this.throttle.failed(account);
        throw new AppError(ErrorCode.TOTP_INVALID);
      }
    }
    await this.throttle.succeeded(account);
    if (!user.verifiedAt) throw new AppError(ErrorCode.ACCOUNT_NOT_VERIFIED);
    // Stored with older Argon2 parameters: upgrade now that the password is known.
    if (passwordNeedsRehash(user.passwordHash!)) {
      await this.users.update({ id: user.id }, { passwordHash: await hashPassword(password) });
    }
    return this.session(user);
  }

  /** An access token for a signed-in (or just confirmed) account. */
  async session(user: UserEntity): Promise<LoginResponseDto> {
    const payload: JwtPayload = { sub: user.id, roles: user.roles, org: user.organizationId, tv: user.tokenVersion };
    return {
      accessToken: await this.jwt.signAsync(payload),
      tokenType: 'Bearer',
      expiresIn: ttlSeconds(this.config.JWT_TTL),
      user: toMe(user),
    };
  }
}

export function toMe(user: AuthUser | UserEntity): MeDto {
  return {
    id: user.id,
    email: user.email,
    phone: user.phone ?? null,
    displayName: user.displayName,
    roles: user.roles,
    organizationId: user.organizationId,
    language: user.language,
  };
}

function ttlSeconds(ttl: string): number {
  const n = Number(ttl.slice(0, -1));
  return n * ({ s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[ttl.slice(-1)];
}
