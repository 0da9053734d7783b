import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';
import { Access } from './access.decorator';
import { AccessGuard, PreAuthCheck } from './access.guard';
import { AuthenticatorRegistry } from './authenticators';
import type { UserPrincipal } from './principal';

const principal: UserPrincipal = { kind: 'user', userId: 1, email: 'a@pruebas.gob.mx', name: 'A', role: 'ADMIN', enteId: null, reviewScope: 'all', sessionId: 's', mustChangePassword: false };

/** A controller whose handlers carry (or lack) access declarations. */
class Handlers {
  undeclared() {
    return 'x';
  }
  @Access.public('Sondeo de pruebas sin datos.')
  open() {
    return 'x';
  }
  @Access.panel('ADMIN')
  panel() {
    return 'x';
  }
  @Access.pdnToken()
  token() {
    return 'x';
  }
  @Access.panel()
  @PreAuthCheck(() => {
    throw new ForbiddenError('comprobación previa');
  })
  checked() {
    return 'x';
  }
}

/** Factory: the execution context of a request to one handler. */
function contextFor(handler: keyof Handlers, request: Record<string, unknown> = { method: 'GET', originalUrl: '/api/prueba', headers: {} }): ExecutionContext {
  return {
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const registry = new AuthenticatorRegistry();
  const authenticate = jest.fn(async () => principal);
  registry.register('panel', { authenticate });
  const guard = new AccessGuard(new Reflector(), registry);
  beforeEach(() => authenticate.mockClear());

  it('refuses a route without an access declaration (fails closed)', async () => {
    await expect(guard.canActivate(contextFor('undeclared'))).rejects.toBeInstanceOf(ForbiddenError);
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('lets public routes through without authenticating', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('delegates panel routes to the registered authenticator and keeps the principal on the request', async () => {
    const request: Record<string, unknown> = { method: 'GET', originalUrl: '/api/prueba', headers: {} };
    await expect(guard.canActivate(contextFor('panel', request))).resolves.toBe(true);
    expect(authenticate).toHaveBeenCalledWith(request, { kind: 'panel', roles: ['ADMIN'] });
    expect(request['principal']).toBe(principal);
  });

  it('propagates the authenticator error', async () => {
    authenticate.mockRejectedValueOnce(new UnauthenticatedError());
    await expect(guard.canActivate(contextFor('panel'))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses a mechanism nobody registered', async () => {
    await expect(guard.canActivate(contextFor('token'))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('runs the pre-authentication check first', async () => {
    await expect(guard.canActivate(contextFor('checked'))).rejects.toThrow('comprobación previa');
    expect(authenticate).not.toHaveBeenCalled();
  });
});
