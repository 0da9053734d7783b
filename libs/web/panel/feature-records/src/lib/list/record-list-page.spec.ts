import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Page, RecordSummary } from '@pde/shared/contracts';
import { AuthApi, SessionStore, type SessionUser } from '@pde/web/panel/data-access';
import { apiInterceptor } from '@pde/web/shared/data-access';
import { of } from 'rxjs';
import { RECORDS_ROUTES } from '../records.routes';

const CAPTURISTA: SessionUser = { id: 7, email: 'c@pde.demo', nombre: 'Carla', rol: 'CAPTURISTA', enteId: 3, entesRevision: [], debeCambiarContrasena: false };
const REVISOR: SessionUser = { id: 8, email: 'r@pde.demo', nombre: 'Rita', rol: 'REVISOR', enteId: null, entesRevision: 'all', debeCambiarContrasena: false };

const row = (id: string, titulo: string, extra: Partial<RecordSummary> = {}): RecordSummary => ({
  id,
  tipo: 's2',
  titulo,
  estado: 'BORRADOR',
  tienePublicado: false,
  ente: { id: 3, clave: 'SEFIN', nombre: 'Secretaría de Finanzas' },
  actualizadoEn: '2026-01-10T17:00:00.000Z',
  ...extra,
});

const PAGE: Page<RecordSummary> = {
  total: 45,
  pagina: 1,
  tamano: 20,
  elementos: [
    row('a1', 'Núñez Peña María', { estado: 'RECHAZADO', comentarioRevision: 'Falta el RFC.' }),
    row('b2', 'Pérez Ruiz Juan', { estado: 'PUBLICADO', tienePublicado: true }),
  ],
};

describe('RecordListPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(url: string, user: SessionUser = CAPTURISTA): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'panel/registros', children: RECORDS_ROUTES }]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthApi, useValue: { me: () => of(user) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await TestBed.inject(SessionStore).verify();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  /** The one pending list request, with its query string. */
  function listRequest(): TestRequest {
    return backend.expectOne((r) => r.url === '/api/s2/records');
  }

  async function answer(request: TestRequest, page: Page<RecordSummary> = PAGE): Promise<void> {
    request.flush(page);
    await tick();
    await harness.fixture.whenStable();
  }

  afterEach(() => backend.verify());

  it('asks the API for the filters in the URL and shows the rows with their state as text', async () => {
    const page = await open('/panel/registros/s2?estado=RECHAZADO&q=nu%C3%B1ez');
    const request = listRequest();
    expect(request.request.params.toString()).toBe('q=nu%C3%B1ez&estado=RECHAZADO&pagina=1&tamano=20');
    await answer(request);

    expect(page.querySelector('h1')?.textContent).toContain('Servidores públicos que intervienen en contrataciones (S2)');
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('45 registros encontrados.');
    const rows = Array.from(page.querySelectorAll('tr.mat-mdc-row'));
    expect(rows.map((r) => r.querySelector('pde-state-chip')?.textContent?.trim())).toEqual(['Rechazado', 'Publicado']);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/panel/registros/s2/a1');
    expect(rows[0].textContent).toContain('Comentario de revisión: Falta el RFC.');
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="q"]' }))).getValue()).toBe('nuñez');
    // A capturista sees only her ente: no ente column nor filter.
    expect(page.querySelector('th.mat-column-ente')).toBeNull();
    expect(await loader.getHarnessOrNull(MatButtonHarness.with({ text: 'Nuevo registro' }))).not.toBeNull();
  });

  it('puts the filters in the URL on «Buscar» and asks for the first page again', async () => {
    await open('/panel/registros/s2?pagina=3');
    await answer(listRequest());
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="q"]' }))).setValue('  pérez ');
    await (await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="estado"]' }))).clickOptions({ text: 'En revisión' });
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="ejercicio"]' }))).setValue('2025');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Buscar' }))).click();
    await tick();

    expect(TestBed.inject(Router).url).toBe('/panel/registros/s2?q=p%C3%A9rez&estado=EN_REVISION&ejercicio=2025');
    const request = listRequest();
    expect(request.request.params.get('pagina')).toBe('1');
    expect(request.request.params.get('q')).toBe('pérez');
    await answer(request);
  });

  it('refuses an ejercicio that is not a year, with a message next to the field', async () => {
    const page = await open('/panel/registros/s2');
    await answer(listRequest());
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="ejercicio"]' }))).setValue('25');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Buscar' }))).click();
    await tick();
    expect(page.querySelector('mat-error')?.textContent).toContain('Escriba un año de cuatro dígitos.');
    expect(TestBed.inject(Router).url).toBe('/panel/registros/s2');
  });

  it('pages and sorts on the server, through the URL', async () => {
    await open('/panel/registros/s2');
    await answer(listRequest());

    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    await tick();
    expect(TestBed.inject(Router).url).toBe('/panel/registros/s2?pagina=2');
    const second = listRequest();
    expect(second.request.params.get('pagina')).toBe('2');
    await answer(second, { ...PAGE, pagina: 2 });

    const [byName] = await (await loader.getHarness(MatSortHarness)).getSortHeaders({ label: 'Nombre' });
    await byName.click();
    await tick();
    expect(TestBed.inject(Router).url).toBe('/panel/registros/s2?orden=titulo&direccion=asc');
    const sorted = listRequest();
    expect(sorted.request.params.get('orden')).toBe('titulo');
    expect(sorted.request.params.get('pagina')).toBe('1');
    await answer(sorted);
  });

  it('offers the ente filter and column to people who see several entes, and no «Nuevo registro» to revisores', async () => {
    const page = await open('/panel/registros/s2', REVISOR);
    backend
      .expectOne('/api/entes')
      .flush([{ id: 3, clave: 'SEFIN', nombre: 'Secretaría de Finanzas', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO', activo: true }]);
    await answer(listRequest());
    expect(page.querySelector('th.mat-column-ente')?.textContent).toContain('Ente público');
    const ente = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="enteId"]' }));
    await ente.clickOptions({ text: 'Secretaría de Finanzas' });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Buscar' }))).click();
    await tick();
    expect(listRequest().request.params.get('enteId')).toBe('3');
    expect(await loader.getHarnessOrNull(MatButtonHarness.with({ text: 'Nuevo registro' }))).toBeNull();
  });

  it('shows the API message when the list fails, and retries', async () => {
    const page = await open('/panel/registros/s2');
    listRequest().flush({ status: 500, code: 'ERROR_INTERNO', message: 'Falló la consulta.', requestId: 'r' }, { status: 500, statusText: 'Error' });
    await tick();
    await harness.fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Falló la consulta.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Intentar de nuevo' }))).click();
    await answer(listRequest(), { total: 0, pagina: 1, tamano: 20, elementos: [] });
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Todavía no hay registros.');
  });

  it('has tabs for the four S3 collections', async () => {
    const page = await open('/panel/registros/s3');
    await tick();
    expect(TestBed.inject(Router).url).toBe('/panel/registros/s3/faltas_administrativas_graves');
    backend.expectOne((r) => r.url === '/api/s3/faltas_administrativas_graves/records').flush({ total: 0, pagina: 1, tamano: 20, elementos: [] });
    await tick();
    await harness.fixture.whenStable();
    const tabs = Array.from(page.querySelectorAll('nav a.mat-mdc-tab-link'));
    expect(tabs.map((t) => t.textContent?.trim())).toEqual(['Faltas graves', 'Faltas no graves', 'Personas físicas', 'Personas morales']);
    expect(tabs[1].getAttribute('href')).toBe('/panel/registros/s3/faltas_administrativas_no_graves');
  });
});
