import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, UrlTree, provideRouter, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import type { SessionUser } from './models';
import { panelRoleGuard } from './role-guard';
import { panelSessionChildGuard, panelSessionGuard } from './session-guard';
import { SessionStore } from './session-store';

const USER: SessionUser = {
  id: 7,
  email: 'capturista@pde.demo',
  nombre: 'Carla Capturista',
  rol: 'CAPTURISTA',
  enteId: 3,
  entesRevision: [],
  debeCambiarContrasena: false,
};

const route = {} as ActivatedRouteSnapshot;
const state = (url: string) => ({ url }) as RouterStateSnapshot;

describe('panel role guard and forced password change', () => {
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  async function signIn(user: SessionUser): Promise<boolean | UrlTree> {
    const result = TestBed.runInInjectionContext(() => panelSessionGuard(route, state('/panel/admin/usuarios'))) as Promise<boolean | UrlTree>;
    backend.expectOne('/api/auth/me').flush(user);
    return result;
  }

  const admin = () => TestBed.runInInjectionContext(() => panelRoleGuard('ADMIN')(route, state('/panel/admin/usuarios')));
  const child = (url: string) => TestBed.runInInjectionContext(() => panelSessionChildGuard(route, state(url)));
  const serialize = (result: unknown) => router.serializeUrl(result as UrlTree);

  it('denies the administration to anyone but ADMIN, sending them to the panel home', async () => {
    expect(serialize(admin())).toBe('/panel');
    await signIn(USER);
    expect(serialize(admin())).toBe('/panel');
    await signIn({ ...USER, rol: 'REVISOR', enteId: null, entesRevision: 'all' });
    expect(serialize(admin())).toBe('/panel');
  });

  it('lets ADMIN in', async () => {
    await signIn({ ...USER, rol: 'ADMIN', enteId: null, entesRevision: 'all' });
    expect(admin()).toBe(true);
  });

  it('keeps people with a temporary password on the password change, whatever page they ask for', async () => {
    const entry = await signIn({ ...USER, rol: 'ADMIN', debeCambiarContrasena: true });
    expect(serialize(entry)).toBe('/panel/contrasena');
    expect(serialize(child('/panel'))).toBe('/panel/contrasena');
    expect(serialize(child('/panel/registros/s2?pagina=2'))).toBe('/panel/contrasena');
    expect(serialize(child('/panel/contrasenas'))).toBe('/panel/contrasena');
    expect(child('/panel/contrasena')).toBe(true);
    expect(child('/panel/contrasena?volver=%2Fpanel')).toBe(true);
  });

  it('opens the whole panel again once the password was changed', async () => {
    await signIn({ ...USER, debeCambiarContrasena: true });
    const store = TestBed.inject(SessionStore);
    const change = store.changePassword({ actual: 'Temporal-2026!', nueva: 'Mi-Clave-Segura-2026' });
    backend.expectOne('/api/auth/password').flush(null, { status: 204, statusText: 'No Content' });
    await change;
    expect(child('/panel')).toBe(true);
    expect(child('/panel/registros')).toBe(true);
  });
});
