import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { App } from './app';
import { appConfig } from './app.config';

describe('web app', () => {
  let backend: HttpTestingController;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function start(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(App);
    void TestBed.inject(Router).navigateByUrl(url);
    await tick();
    return fixture.nativeElement as HTMLElement;
  }

  /** Lazy route chunks, guards and rendering each take a turn of the event loop. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await tick();
  }

  afterEach(() => backend.verify());

  it('opens the portal home inside the shell', async () => {
    const root = await start('/');
    await settle();
    backend.expectOne('/api/portal/resumen').flush({ corte: null, totales: { s2: 0 } });
    await settle();
    expect(root.querySelector('main h1')?.textContent).toBe('Plataforma Digital Estatal');
    expect(TestBed.inject(Title).getTitle()).toBe('Plataforma Digital Estatal');
  });

  it('loads each public search on demand and keeps its address', async () => {
    const root = await start('/s3/faltas_graves_personas_morales?rfc=TRA');
    await settle();
    const request = backend.expectOne((r) => r.url === '/api/portal/s3/faltas_graves_personas_morales');
    expect(request.request.params.get('filter')).toBe('{"_and":[{"datosGenerales":{"rfc":{"_icontains":"TRA"}}}]}');
    request.flush({ data: [], meta: { filter_count: 0 } });
    await settle();
    expect(root.querySelector('main h1')?.textContent).toBe('Particulares sancionados por faltas graves: personas morales');
    expect(TestBed.inject(Title).getTitle()).toBe('Particulares sancionados por faltas graves: personas morales | Plataforma Digital Estatal');
  });

  it('answers an unknown S3 collection with the 404 page', async () => {
    const root = await start('/s3/otra_coleccion');
    await settle();
    expect(root.querySelector('main h1')?.textContent).toBe('Página no encontrada');
  });

  it('/panel asks the API for the session and sends anonymous visitors to sign-in', async () => {
    const root = await start('/panel');
    await settle();
    backend.expectOne('/api/auth/me').flush({ status: 401, code: 'NO_AUTENTICADO', message: 'Inicie sesión.', requestId: 'r' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/panel/ingresar');
    expect(root.querySelector('main h1')?.textContent).toBe('Ingresar al panel de captura');
    expect(TestBed.inject(Title).getTitle()).toBe('Ingresar al panel | Plataforma Digital Estatal');
  });

  it('answers unknown addresses with the 404 page', async () => {
    const root = await start('/no/existe');
    await settle();
    expect(root.querySelector('main h1')?.textContent).toBe('Página no encontrada');
  });
});
