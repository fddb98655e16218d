import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Repository } from 'typeorm';
import { AppConfig, secondFactorRoles } from '@csf/config';
import { secondFactorRequired } from '@csf/domain';
import { UserEntity } from '@csf/persistence';
import { isDependencyFailure, serviceUnavailable } from '../common/dependency-errors';
import type { AuthUser, JwtPayload } from './auth-user';
import { AuthUserCache, CachedUser } from './auth-user-cache';

/**
 * Verifies the bearer token, then checks the user (active, token version, roles) as loaded in the last
 * AUTH_USER_CACHE_TTL: a change made through this process applies at once, one made elsewhere within the TTL.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  private readonly secondFactorRoles: string[];

  constructor(
    config: AppConfig,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly cache: AuthUserCache,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, not the string: jsonwebtoken would otherwise rebuild the key on every request (first trying
      // the string as a PEM public key), a quarter of the API's CPU under load. Same bytes, same tokens.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
    this.secondFactorRoles = secondFactorRoles(config);
  }

  async validate(payload: JwtPayload): Promise<AuthUser | false> {
    if (typeof payload?.sub !== 'string') return false;
    const user = await this.cache.get(payload.sub, () => this.load(payload.sub));
    // A token signed before the last sign-out everywhere, deactivation or password change is dead.
    if (!user || !user.active || (payload.tv ?? 0) !== user.tokenVersion) return false;
    return {
      id: user.id,
      email: user.email,
      phone: user.phone,
      displayName: user.displayName,
      roles: [...user.roles],
      organizationId: user.organizationId,
      language: user.language,
      secondFactorEnrolmentRequired: !user.totpEnabledAt && secondFactorRequired(user.roles, this.secondFactorRoles),
    };
  }

  private load(id: string): Promise<CachedUser | null> {
    return (
      this.users
        .findOne({
          where: { id },
          select: {
            id: true,
            email: true,
            phone: true,
            displayName: true,
            roles: true,
            organizationId: true,
            language: true,
            active: true,
            tokenVersion: true,
            totpEnabledAt: true,
          },
        })
        // A database that is away must not read as "no such user": that would be a 401 and sign people out.
        .catch((error: unknown) => {
          throw isDependencyFailure(error) ? serviceUnavailable(error) : error;
        })
    );
  }
}
