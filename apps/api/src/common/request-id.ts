import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The request id given by the logger (X-Request-Id), recorded in audit events. */
export const RequestId = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | undefined => {
  return ctx.switchToHttp().getRequest<{ id?: string }>().id;
});
