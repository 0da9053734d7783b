import { ChangeDetectionStrategy, Component } from '@angular/core';
import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { sessionExpiryInterceptor } from './session-expiry-interceptor';
import { SESSION_INVALID_MESSAGE, SessionStore } from './session-store';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Blank {}

const unauthorized = { status: 401, statusText: 'Unauthorized' };

describe('sessionExpiryInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;
  let store: SessionStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(withInterceptors([sessionExpiryInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    store = TestBed.inject(SessionStore);
    await router.navigateByUrl('/panel/registros/s2');
  });

  afterEach(() => backend.verify());

  async function call(url: string, body: object, init = unauthorized): Promise<unknown> {
    let failure: unknown;
    http.get(url).subscribe({ error: (error: unknown) => (failure = error) });
    backend.expectOne(url).flush(body, init);
    await new Promise((resolve) => setTimeout(resolve)); // let the redirect navigation finish
    return failure;
  }

  it('on SESION_EXPIRADA goes to sign-in with the API message and the page to return to', async () => {
    const message = 'Su sesión expiró. Inicie sesión de nuevo.';
    const failure = await call('/api/panel/summary', { status: 401, code: 'SESION_EXPIRADA', message, requestId: 'r' });
    expect(failure).toBeTruthy();
    expect(router.url).toBe('/panel/ingresar?volver=%2Fpanel%2Fregistros%2Fs2');
    expect(store.notice()).toEqual({ kind: 'warning', message });
    expect(store.status()).toBe('anonymous');
  });

  it('ignores 401 answers while nobody is signed in in this tab (nothing to expire)', async () => {
    await call('/api/panel/summary', { status: 401, code: 'NO_AUTENTICADO', message: 'Inicie sesión.', requestId: 'r' });
    expect(router.url).toBe('/panel/registros/s2');
    expect(store.notice()).toBeNull();
  });

  it('treats any 401 as the end of a session this tab believed open', async () => {
    const signIn = store.signIn({ email: 'a@b.mx', password: 'x' });
    backend.expectOne('/api/auth/login').flush({ usuario: { nombre: 'Ana', rol: 'CAPTURISTA' }, expiraEn: '', inactividadMinutos: 30 });
    await signIn;
    await call('/api/panel/summary', { status: 401, code: 'NO_AUTENTICADO', message: 'Inicie sesión.', requestId: 'r' });
    expect(router.url).toBe('/panel/ingresar?volver=%2Fpanel%2Fregistros%2Fs2');
    expect(store.notice()?.message).toBe(SESSION_INVALID_MESSAGE);
  });

  it('lets other errors through untouched', async () => {
    await call('/api/panel/summary', { status: 403, code: 'SIN_PERMISO', message: 'No.', requestId: 'r' }, { status: 403, statusText: 'Forbidden' });
    expect(router.url).toBe('/panel/registros/s2');
  });
});
