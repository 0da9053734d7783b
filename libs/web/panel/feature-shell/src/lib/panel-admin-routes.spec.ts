import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUser } from '@pde/web/panel/data-access';
import { apiInterceptor } from '@pde/web/shared/data-access';
import { PANEL_ROUTES } from './panel.routes';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Blank {}

const CAPTURISTA: SessionUser = {
  id: 7,
  email: 'capturista@pde.demo',
  nombre: 'Carla Capturista',
  rol: 'CAPTURISTA',
  enteId: 3,
  entesRevision: [],
  debeCambiarContrasena: false,
};
const ADMIN: SessionUser = { ...CAPTURISTA, id: 1, email: 'admin@pde.demo', nombre: 'Ada Admin', rol: 'ADMIN', enteId: null, entesRevision: 'all' };

// The first test compiles the lazily loaded administration library (cold Jest cache: seconds).
const LAZY_LOAD_TIMEOUT_MS = 30_000;

describe('panel routes: administration and forced password change', () => {
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'panel', children: PANEL_ROUTES }, { path: '**', component: Blank }]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  /** Waits (a few macrotasks at most) for a request: lazy routes load before the guards ask the API. */
  async function request(url: string): Promise<TestRequest> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const found = backend.match(url);
      if (found.length) {
        expect(found).toHaveLength(1);
        return found[0];
      }
      await tick();
    }
    return backend.expectOne(url);
  }

  /** Opens `url` with the session check answered by `user`, letting lazy routes load. */
  async function open(url: string, user: SessionUser): Promise<RouterTestingHarness> {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    (await request('/api/auth/me')).flush(user);
    await navigation;
    await tick();
    await harness.fixture.whenStable();
    return harness;
  }

  const page = (harness: RouterTestingHarness) => harness.fixture.nativeElement as HTMLElement;
  const adminNav = (harness: RouterTestingHarness) => page(harness).querySelector('nav[aria-labelledby="panel-admin-nav-title"]');

  it('sends a person with a temporary password to the password change and keeps them there', async () => {
    const harness = await open('/panel/admin/usuarios', { ...ADMIN, debeCambiarContrasena: true });
    expect(router.url).toBe('/panel/contrasena');
    expect(page(harness).querySelector('h1')?.textContent).toBe('Cambiar contraseña');
    expect(adminNav(harness)).toBeNull();
    expect(page(harness).textContent).toContain('Cerrar sesión');

    await router.navigateByUrl('/panel');
    await harness.fixture.whenStable();
    expect(router.url).toBe('/panel/contrasena');
    // No panel page asked the API for anything it would refuse with 403.
    backend.expectNone('/api/panel/summary');
    backend.expectNone('/api/admin/users');
  }, LAZY_LOAD_TIMEOUT_MS);

  it('does not show the administration to other roles and sends them back to the panel home', async () => {
    const harness = await open('/panel', CAPTURISTA);
    backend.expectOne('/api/panel/summary').flush({ tipos: [], pendientes: [] });
    expect(adminNav(harness)).toBeNull();

    await router.navigateByUrl('/panel/admin/usuarios');
    await tick();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/panel');
    backend.expectNone('/api/admin/users');
    backend.match('/api/panel/summary').forEach((request) => request.flush({ tipos: [], pendientes: [] }));
  }, LAZY_LOAD_TIMEOUT_MS);

  it('shows ADMIN a separate administration block and opens its sections', async () => {
    const harness = await open('/panel', ADMIN);
    backend.expectOne('/api/panel/summary').flush({ tipos: [], pendientes: [] });
    const nav = adminNav(harness);
    expect(nav?.querySelector('#panel-admin-nav-title')?.textContent).toBe('Administración');
    expect(Array.from(nav?.querySelectorAll('a') ?? []).map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Usuarios', '/panel/admin/usuarios'],
      ['Entes públicos', '/panel/admin/entes'],
      ['Consumidores de la PDN', '/panel/admin/consumidores'],
      ['Bitácora', '/panel/admin/bitacora'],
    ]);

    await router.navigateByUrl('/panel/admin');
    await tick();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/panel/admin/usuarios');
    (await request('/api/admin/users')).flush([]);
    (await request('/api/entes')).flush([]);
    await tick();
    await harness.fixture.whenStable();
    expect(page(harness).querySelector('h1')?.textContent).toBe('Usuarios del panel');
    expect(nav?.querySelector('a[aria-current="page"]')?.textContent?.trim()).toBe('Usuarios');
  }, LAZY_LOAD_TIMEOUT_MS);
});
