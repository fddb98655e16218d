import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role, ROLES } from '@csf/domain';
import type { AuthUser } from './auth-user';

export const ROLES_KEY = 'csf:roles';
export const PUBLIC_KEY = 'csf:public';

/** The roles allowed on a route. Routes without it (and not @Public) are refused: the guard fails closed. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing or invalid token (problem+json).' }),
    ApiForbiddenResponse({ description: `Requires one of: ${roles.join(', ')} (problem+json).` }),
  );

/** Any signed-in user, whatever the role. */
export const AnyRole = () => Roles(...ROLES);

export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const ENROLMENT_KEY = 'csf:second-factor-enrolment';
/**
 * Open to a person whose role requires a second factor they have not enrolled yet (enrolment itself, who am I,
 * sign out, password change). Every other route answers them 403 TOTP_ENROLMENT_REQUIRED.
 */
export const DuringEnrolment = () => SetMetadata(ENROLMENT_KEY, true);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
