import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuthenticatorRegistry, ForbiddenError, type AccessRequirement, type Authenticator, type UserPrincipal } from '@pde/api/core';
import type { Request } from 'express';
import { AuthService } from './auth.service';
import { CSRF_HEADER, isUnsafeMethod, readSessionCookie } from './sessions';

type PanelRequirement = Extract<AccessRequirement, { kind: 'panel' }>;

/** Authenticates panel routes from the session cookie and applies the route's role list. */
@Injectable()
export class SessionAuthenticator implements Authenticator<PanelRequirement>, OnModuleInit {
  constructor(private readonly registry: AuthenticatorRegistry, private readonly auth: AuthService) {}

  onModuleInit() {
    this.registry.register('panel', this);
  }

  async authenticate(request: Request, requirement: PanelRequirement): Promise<UserPrincipal> {
    const principal = await this.auth.authenticate(readSessionCookie(request));
    if (isUnsafeMethod(request.method) && !request.header(CSRF_HEADER)) {
      throw new ForbiddenError('Solicitud rechazada: falta el encabezado de protección X-PDE-CSRF.');
    }
    if (principal.mustChangePassword && !requirement.allowPendingPasswordChange) {
      throw new ForbiddenError('Debe cambiar su contraseña antes de continuar.');
    }
    if (requirement.roles.length > 0 && !requirement.roles.includes(principal.role)) {
      throw new ForbiddenError('Su rol no permite realizar esta acción.');
    }
    return principal;
  }
}
