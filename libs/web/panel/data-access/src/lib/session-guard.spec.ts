import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, UrlTree, provideRouter, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import type { SessionUser } from './models';
import { panelSessionChildGuard, panelSessionGuard, signedOutOnlyGuard } from './session-guard';
import { SessionStore } from './session-store';

const USER: SessionUser = {
  id: 1,
  email: 'revisor@pde.demo',
  nombre: 'Rita Revisora',
  rol: 'REVISOR',
  enteId: null,
  entesRevision: 'all',
  debeCambiarContrasena: false,
};

const route = {} as ActivatedRouteSnapshot;
const state = (url: string) => ({ url }) as RouterStateSnapshot;

describe('panel session guards', () => {
  let backend: HttpTestingController;
  let store: SessionStore;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SessionStore);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  const runGuard = (url: string) => TestBed.runInInjectionContext(() => panelSessionGuard(route, state(url))) as Promise<boolean | UrlTree>;

  it('lets the person in when /api/auth/me answers, and remembers who they are', async () => {
    const result = runGuard('/panel');
    backend.expectOne('/api/auth/me').flush(USER);
    expect(await result).toBe(true);
    expect(store.user()).toEqual(USER);
    expect(store.isAuthenticated()).toBe(true);
  });

  it('redirects to sign-in with the page to return to when /api/auth/me answers 401', async () => {
    const result = runGuard('/panel/registros');
    backend
      .expectOne('/api/auth/me')
      .flush({ status: 401, code: 'NO_AUTENTICADO', message: 'Inicie sesión.', requestId: 'r1' }, { status: 401, statusText: 'Unauthorized' });
    const tree = (await result) as UrlTree;
    expect(router.serializeUrl(tree)).toBe('/panel/ingresar?volver=%2Fpanel%2Fregistros');
    expect(store.status()).toBe('anonymous');
    expect(store.notice()).toBeNull();
  });

  it('keeps the API explanation when the session expired', async () => {
    const result = runGuard('/panel');
    backend
      .expectOne('/api/auth/me')
      .flush(
        { status: 401, code: 'SESION_EXPIRADA', message: 'Su sesión expiró por inactividad. Inicie sesión de nuevo.', requestId: 'r2' },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(router.serializeUrl((await result) as UrlTree)).toBe('/panel/ingresar');
    expect(store.notice()).toEqual({ kind: 'warning', message: 'Su sesión expiró por inactividad. Inicie sesión de nuevo.' });
  });

  it('sends people to sign-in with a message when the API cannot answer', async () => {
    const result = runGuard('/panel');
    backend.expectOne('/api/auth/me').error(new ProgressEvent('error'), { status: 0 });
    expect(router.serializeUrl((await result) as UrlTree)).toBe('/panel/ingresar');
    expect(store.notice()?.message).toMatch(/No fue posible comunicarse/);
  });

  it('child guard and sign-in guard follow the known session state without calling the API', async () => {
    const child = () => TestBed.runInInjectionContext(() => panelSessionChildGuard(route, state('/panel/x')));
    const signIn = () => TestBed.runInInjectionContext(() => signedOutOnlyGuard(route, state('/panel/ingresar')));
    expect(router.serializeUrl(child() as UrlTree)).toBe('/panel/ingresar?volver=%2Fpanel%2Fx');
    expect(signIn()).toBe(true);

    const result = runGuard('/panel');
    backend.expectOne('/api/auth/me').flush(USER);
    await result;
    expect(child()).toBe(true);
    expect(router.serializeUrl(signIn() as UrlTree)).toBe('/panel');
  });
});
