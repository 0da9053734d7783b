import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore, sessionExpiryInterceptor, type LoginResponse } from '@pde/web/panel/data-access';
import { apiInterceptor } from '@pde/web/shared/data-access';
import { SignInPage } from './sign-in-page';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1>Panel</h1>' })
class PanelStub {}

const LOGIN_OK: LoginResponse = {
  usuario: { id: 7, email: 'capturista@pde.demo', nombre: 'Carla Capturista', rol: 'CAPTURISTA', enteId: 3, entesRevision: [], debeCambiarContrasena: false },
  expiraEn: '2026-11-24T06:00:00.000Z',
  inactividadMinutos: 30,
};

describe('SignInPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  async function open(url = '/panel/ingresar'): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'panel/ingresar', component: SignInPage },
          { path: 'panel', component: PanelStub },
          { path: 'panel/registros', component: PanelStub },
        ]),
        provideHttpClient(withInterceptors([apiInterceptor, sessionExpiryInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
  const submitButton = () => loader.getHarness(MatButtonHarness.with({ selector: '[type="submit"]' }));
  const alerts = () => Array.from(harness.routeNativeElement?.querySelectorAll<HTMLElement>('[role="alert"]') ?? []).map((e) => e.textContent?.trim());

  /** Lets the component's promise chain after a flushed answer run, then the resulting render. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function fillAndSubmit(email: string, password: string): Promise<TestRequest> {
    await (await input('email')).setValue(email);
    await (await input('password')).setValue(password);
    await (await submitButton()).click();
    return backend.expectOne('/api/auth/login');
  }

  it('shows the required-field errors in <mat-error> and sends nothing', async () => {
    await open();
    await (await submitButton()).click();
    expect(await (await field('Correo electrónico')).getTextErrors()).toEqual(['Escriba su correo electrónico.']);
    expect(await (await field('Contraseña')).getTextErrors()).toEqual(['Escriba su contraseña.']);
    backend.expectNone('/api/auth/login');
  });

  it('explains a malformed email address', async () => {
    await open();
    await (await input('email')).setValue('capturista');
    await (await input('email')).blur();
    expect(await (await field('Correo electrónico')).getTextErrors()).toEqual([
      'Escriba un correo electrónico válido, por ejemplo: nombre@institucion.gob.mx.',
    ]);
  });

  it('posts {email, password} with the anti-CSRF header, disables the button while sending and opens the panel', async () => {
    await open();
    const request = await fillAndSubmit('  capturista@pde.demo ', 'Captura-PDE-2026');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'capturista@pde.demo', password: 'Captura-PDE-2026' });
    expect(request.request.headers.get('X-PDE-CSRF')).toBe('1');

    const button = await submitButton();
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getText()).toBe('Ingresando…');

    request.flush(LOGIN_OK);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/panel');
    expect(TestBed.inject(SessionStore).user()?.nombre).toBe('Carla Capturista');
  });

  it('returns to the panel page the person was going to', async () => {
    await open('/panel/ingresar?volver=%2Fpanel%2Fregistros');
    (await fillAndSubmit('capturista@pde.demo', 'Captura-PDE-2026')).flush(LOGIN_OK);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/panel/registros');
  });

  it.each([
    [401, 'NO_AUTENTICADO', 'El correo electrónico o la contraseña no son correctos.'],
    [423, 'CUENTA_BLOQUEADA', 'La cuenta está bloqueada por intentos fallidos. Intente de nuevo después de las 14:35.'],
  ])('shows the API message of a %i answer and lets the person try again', async (status, code, message) => {
    await open();
    const request = await fillAndSubmit('capturista@pde.demo', 'incorrecta');
    request.flush({ status, code, message, requestId: 'req-1' }, { status, statusText: 'Error' });
    await settle();

    expect(alerts()).toEqual([message]);
    expect(await (await submitButton()).isDisabled()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/panel/ingresar');
  });

  it('shows per-field API errors under the field', async () => {
    await open();
    const request = await fillAndSubmit('capturista@pde.demo', 'x');
    request.flush(
      { status: 400, code: 'VALIDACION', message: 'Revise los datos.', errors: [{ path: 'email', message: 'Correo no admitido.' }], requestId: 'r' },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(await (await field('Correo electrónico')).getTextErrors()).toEqual(['Correo no admitido.']);
  });

  it('shows why the person was sent here (e.g. expired session)', async () => {
    TestBed.inject(SessionStore).expire('Su sesión expiró por inactividad. Inicie sesión de nuevo.');
    await open();
    expect(alerts()).toEqual(['Su sesión expiró por inactividad. Inicie sesión de nuevo.']);
  });

  it('can show the password while typing it', async () => {
    await open();
    const toggle = await loader.getHarness(MatButtonHarness.with({ text: /Mostrar/ }));
    expect(await (await input('password')).getType()).toBe('password');
    await toggle.click();
    expect(await (await input('password')).getType()).toBe('text');
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('true');
  });
});
