import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { UnauthenticatedError } from '../errors/errors';
import type { ConsumerPrincipal, Principal, UserPrincipal } from './principal';

function principalOf(context: ExecutionContext): Principal | undefined {
  return (context.switchToHttp().getRequest<Request & { principal?: Principal }>()).principal;
}

/** The signed-in panel user of the request (set by the global guard from the session). */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): UserPrincipal => {
  const principal = principalOf(context);
  if (principal?.kind !== 'user') throw new UnauthenticatedError();
  return principal;
});

/** The PDN credential of the request. */
export const CurrentConsumer = createParamDecorator((_: unknown, context: ExecutionContext): ConsumerPrincipal => {
  const principal = principalOf(context);
  if (principal?.kind !== 'consumer') throw new UnauthenticatedError();
  return principal;
});
