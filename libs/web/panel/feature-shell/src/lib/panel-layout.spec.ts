import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SIGNED_OUT_MESSAGE, SessionStore, type SessionUser } from '@pde/web/panel/data-access';
import { apiInterceptor } from '@pde/web/shared/data-access';
import { PANEL_ROUTES } from './panel.routes';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Blank {}

const USER: SessionUser = {
  id: 7,
  email: 'capturista@pde.demo',
  nombre: 'Carla Capturista',
  rol: 'CAPTURISTA',
  enteId: 3,
  entesRevision: [],
  debeCambiarContrasena: false,
};

describe('panel routes and layout', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'panel', children: PANEL_ROUTES }, { path: '**', component: Blank }]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  /** Lets pending promise chains (router guards, awaited API answers) move on. */
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function openPanel(): Promise<RouterTestingHarness> {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/panel');
    await tick();
    backend.expectOne('/api/auth/me').flush(USER);
    await navigation;
    return harness;
  }

  it('checks the session with the API before showing the panel, then shows who is signed in', async () => {
    const harness = await openPanel();
    backend.expectOne('/api/panel/summary').flush({ tipos: [], pendientes: [] });
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.textContent).toContain('Carla Capturista');
    expect(page.textContent).toContain('Captura');
    expect(page.querySelector('nav[aria-label="Secciones del panel"] a[aria-current="page"]')?.textContent?.trim()).toBe('Inicio del panel');
  });

  it('sends people without a session to sign-in', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/panel');
    await tick();
    backend.expectOne('/api/auth/me').flush({ status: 401, code: 'NO_AUTENTICADO', message: 'Inicie sesión.', requestId: 'r' }, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/panel/ingresar');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Ingresar al panel de captura');
  });

  it('signs out through the API and returns to sign-in with a confirmation', async () => {
    const harness = await openPanel();
    backend.expectOne('/api/panel/summary').flush({ tipos: [], pendientes: [] });
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Cerrar sesión' }))).click();

    const logout = backend.expectOne('/api/auth/logout');
    expect(logout.request.method).toBe('POST');
    expect(logout.request.headers.get('X-PDE-CSRF')).toBe('1');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    await tick();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/panel/ingresar');
    expect(TestBed.inject(SessionStore).isAuthenticated()).toBe(false);
    expect(harness.routeNativeElement?.querySelector('[role="status"]')?.textContent?.trim()).toBe(SIGNED_OUT_MESSAGE);
  });
});
