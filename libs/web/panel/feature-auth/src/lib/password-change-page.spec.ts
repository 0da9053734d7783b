import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore, sessionExpiryInterceptor, type SessionUser } from '@pde/web/panel/data-access';
import { apiInterceptor } from '@pde/web/shared/data-access';
import { PasswordChangePage } from './password-change-page';
import { SignInPage } from './sign-in-page';

const USER: SessionUser = {
  id: 7,
  email: 'capturista@pde.demo',
  nombre: 'Carla Capturista',
  rol: 'CAPTURISTA',
  enteId: 3,
  entesRevision: [],
  debeCambiarContrasena: true,
};

describe('PasswordChangePage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;
  let store: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'panel/contrasena', component: PasswordChangePage },
          { path: 'panel/ingresar', component: SignInPage },
        ]),
        provideHttpClient(withInterceptors([apiInterceptor, sessionExpiryInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SessionStore);
  });

  afterEach(() => backend.verify());

  /** Signs the person in (through the store, as the guard would have) and opens the page. */
  async function open(user: SessionUser = USER): Promise<void> {
    const signIn = store.verify();
    backend.expectOne('/api/auth/me').flush(user);
    await signIn;
    harness = await RouterTestingHarness.create('/panel/contrasena');
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
  const submit = async () => (await loader.getHarness(MatButtonHarness.with({ selector: '[type="submit"]' }))).click();
  const text = (role: string) =>
    Array.from(harness.routeNativeElement?.querySelectorAll<HTMLElement>(`[role="${role}"]`) ?? []).map((e) => e.textContent?.trim());

  async function fill(actual: string, nueva: string, confirmacion = nueva): Promise<void> {
    await (await input('actual')).setValue(actual);
    await (await input('nueva')).setValue(nueva);
    await (await input('confirmacion')).setValue(confirmacion);
  }

  async function fillAndSend(actual: string, nueva: string): Promise<TestRequest> {
    await fill(actual, nueva);
    await submit();
    return backend.expectOne('/api/auth/password');
  }

  it('explains that the temporary password must be changed and offers to sign out', async () => {
    await open();
    expect(text('alert')).toEqual([expect.stringContaining('Su contraseña es temporal')]);
    expect(await loader.getHarness(MatButtonHarness.with({ text: 'Cerrar sesión' }))).toBeTruthy();
  });

  it('shows required errors under each field and sends nothing', async () => {
    await open();
    await submit();
    expect(await (await field('Contraseña actual')).getTextErrors()).toEqual(['Escriba su contraseña actual.']);
    expect(await (await field('Contraseña nueva')).getTextErrors()).toEqual(['Escriba la contraseña nueva.']);
    expect(await (await field('Confirme la contraseña nueva')).getTextErrors()).toEqual(['Escriba otra vez la contraseña nueva.']);
    backend.expectNone('/api/auth/password');
  });

  it('checks the minimum length, the confirmation and that the new password differs, before sending', async () => {
    await open();
    await fill('Temporal-2026!', 'corta', 'otra');
    await submit();
    expect(await (await field('Contraseña nueva')).getTextErrors()).toEqual(['La contraseña nueva debe tener al menos 12 caracteres (lleva 5).']);
    expect(await (await field('Confirme la contraseña nueva')).getTextErrors()).toEqual(['La confirmación no coincide con la contraseña nueva.']);

    await fill('Temporal-2026!', 'Temporal-2026!');
    await submit();
    expect(await (await field('Contraseña nueva')).getTextErrors()).toEqual(['La contraseña nueva debe ser distinta de la actual.']);
    expect(await (await field('Confirme la contraseña nueva')).getTextErrors()).toEqual([]);
    backend.expectNone('/api/auth/password');
  });

  it('posts {actual, nueva} with the anti-CSRF header, confirms the change and opens the rest of the panel', async () => {
    await open();
    const request = await fillAndSend('Temporal-2026!', 'Mi-Clave-Segura-2026');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ actual: 'Temporal-2026!', nueva: 'Mi-Clave-Segura-2026' });
    expect(request.request.headers.get('X-PDE-CSRF')).toBe('1');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(text('status')).toEqual([expect.stringContaining('Su contraseña se cambió.')]);
    expect(store.mustChangePassword()).toBe(false);
    expect(store.user()?.debeCambiarContrasena).toBe(false);
    expect(await (await input('actual')).getValue()).toBe('');
    const home = harness.routeNativeElement?.querySelector('a[href="/panel"]');
    expect(home?.textContent?.trim()).toBe('Ir al inicio del panel');
  });

  it('puts the API field errors under the matching fields', async () => {
    await open();
    const request = await fillAndSend('Equivocada-2026', 'Mi-Clave-Segura-2026');
    request.flush(
      {
        status: 422,
        code: 'VALIDACION',
        message: 'Los datos tienen errores; revise los campos indicados.',
        errors: [
          { path: 'actual', message: 'La contraseña actual no es correcta.' },
          { path: 'nueva', message: 'La contraseña no debe contener su correo electrónico.' },
          { path: 'nueva', message: 'La contraseña es demasiado repetitiva.' },
        ],
        requestId: 'r1',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(await (await field('Contraseña actual')).getTextErrors()).toEqual(['La contraseña actual no es correcta.']);
    expect(await (await field('Contraseña nueva')).getTextErrors()).toEqual([
      'La contraseña no debe contener su correo electrónico. La contraseña es demasiado repetitiva.',
    ]);
    expect(text('alert')).toContain('Los datos tienen errores; revise los campos indicados.');
    expect(store.mustChangePassword()).toBe(true);
  });

  it('on 423 (account locked, sessions closed) takes the person to sign-in with the API message', async () => {
    await open();
    const message = 'La cuenta está bloqueada temporalmente por varios intentos fallidos. Intente de nuevo después de las 14:35.';
    const request = await fillAndSend('Equivocada-2026', 'Mi-Clave-Segura-2026');
    request.flush({ status: 423, code: 'CUENTA_BLOQUEADA', message, requestId: 'r2' }, { status: 423, statusText: 'Locked' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/panel/ingresar');
    expect(store.isAuthenticated()).toBe(false);
    expect(text('alert')).toEqual([message]);
  });

  it('can show the three passwords while typing them', async () => {
    await open();
    const toggle = await loader.getHarness(MatButtonHarness.with({ text: 'Mostrar las contraseñas' }));
    expect(await (await input('nueva')).getType()).toBe('password');
    await toggle.click();
    for (const name of ['actual', 'nueva', 'confirmacion']) expect(await (await input(name)).getType()).toBe('text');
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.getText()).toBe('Ocultar las contraseñas');
  });

  it('without a temporary password the page is just the voluntary change (no warning, no extra sign-out)', async () => {
    await open({ ...USER, debeCambiarContrasena: false });
    expect(text('alert')).toEqual([]);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Cerrar sesión' }))).toHaveLength(0);
  });
});
