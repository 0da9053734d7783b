import { CanActivate, ExecutionContext, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { pathOf } from '../errors/api-family';
import { requestContext } from '../context/request-context';
import { ForbiddenError } from '../errors/errors';
import { ACCESS_METADATA, type AccessRequirement } from './access.decorator';
import { AuthenticatorRegistry, type PreAuthCheckFn } from './authenticators';

export const PRE_AUTH_CHECK_METADATA = 'pde:pre-auth-check';
/** Runs `check` on the request before authentication (order of errors in SPEC §6.1). */
export const PreAuthCheck = (check: PreAuthCheckFn) => SetMetadata(PRE_AUTH_CHECK_METADATA, check);

/** Global guard: fail closed when a route declares nothing; otherwise delegate to its mechanism. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Acceso');

  constructor(private readonly reflector: Reflector, private readonly registry: AuthenticatorRegistry) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.getAllAndOverride<AccessRequirement | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<Request>();
    if (!requirement) {
      this.logger.error(`Ruta sin declaración de acceso: ${request.method} ${pathOf(request)}`);
      throw new ForbiddenError();
    }
    const check = this.reflector.get<PreAuthCheckFn | undefined>(PRE_AUTH_CHECK_METADATA, context.getHandler());
    check?.(request);
    if (requirement.kind === 'public' || requirement.kind === 'oauth-client') return true;
    const authenticator = this.registry.get(requirement.kind);
    if (!authenticator) {
      this.logger.error(`No hay autenticador registrado para «${requirement.kind}»`);
      throw new ForbiddenError();
    }
    const principal = await authenticator.authenticate(request, requirement);
    (request as Request & { principal?: unknown }).principal = principal;
    const ctx = requestContext.current();
    if (ctx) ctx.principal = principal;
    return true;
  }
}
