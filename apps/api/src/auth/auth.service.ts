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
import { SignInThrottle } from './sign-in-throttle';

/** Hash used when the email is unknown, so a miss costs as much time as a wrong password. */
let decoyHash: Promise<string> | undefined;

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: SignInThrottle,
  ) {}

  /** `address` is the client's (req.ip, right behind a reverse proxy when TRUST_PROXY says which to trust). */
  async login(identifier: Identifier, password: string, address: string): Promise<LoginResponseDto> {
    const account = identifier.value;
    await this.throttle.before(account, address);
    const lookup = userByIdentifier(identifier);
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where(lookup.where, lookup.params).getOne();
    decoyHash ??= hashPassword('decoy-password-never-used');
    const hash = user?.active ? user.passwordHash : await decoyHash;
    const ok = await argon2.verify(hash, password).catch(() => false);
    if (!user || !user.active || !ok) {
      await this.throttle.failed(account);
      throw new AppError(ErrorCode.INVALID_CREDENTIALS);
    }
    await this.throttle.succeeded(account);
    // Only after the right password, so it tells nothing to someone who does not know it.
    if (!user.verifiedAt) throw new AppError(ErrorCode.ACCOUNT_NOT_VERIFIED);
    return this.session(user);
  }

  /** An access token for a signed-in (or just confirmed) account. */
  async session(user: UserEntity): Promise<LoginResponseDto> {
    const payload: JwtPayload = { sub: user.id, roles: user.roles, org: user.organizationId };
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
