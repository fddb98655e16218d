import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ErrorCode, Role } from '@csf/domain';
import { AppError } from '../common/app-error';
import { isDependencyFailure, serviceUnavailable } from '../common/dependency-errors';
import type { AuthUser } from './auth-user';
import { ENROLMENT_KEY, PUBLIC_KEY, ROLES_KEY } from './decorators';

const isPublic = (reflector: Reflector, context: ExecutionContext) =>
  reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]) === true;

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    if (isPublic(this.reflector, context)) return true;
    return super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    // An outage while loading the user is the server's trouble (503), not the caller's credentials.
    if (error instanceof AppError && error.code === ErrorCode.SERVICE_UNAVAILABLE) throw error;
    if (error && isDependencyFailure(error)) throw serviceUnavailable(error);
    if (error || !user) throw new AppError(ErrorCode.UNAUTHENTICATED);
    return user;
  }
}

/** Checks the route's @Roles. A route that declares none is refused, so a forgotten decorator cannot open it. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (isPublic(this.reflector, context)) return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    const role = allowed && user ? user.roles.find((r) => allowed.includes(r)) : undefined;
    if (!role) throw new AppError(ErrorCode.FORBIDDEN);
    if (
      user!.secondFactorEnrolmentRequired &&
      !this.reflector.getAllAndOverride<boolean>(ENROLMENT_KEY, [context.getHandler(), context.getClass()])
    ) {
      throw new AppError(ErrorCode.TOTP_ENROLMENT_REQUIRED);
    }
    user!.actingRole = role;
    return true;
  }
}
