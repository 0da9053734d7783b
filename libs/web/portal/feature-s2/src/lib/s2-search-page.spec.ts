import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { S2ApiRecord } from '@pde/shared/contracts';
import type { S2SearchResponse } from '@pde/web/portal/data-access';
import { S2_ROUTES } from './s2.routes';

const RECORD: S2ApiRecord = {
  id: 'r-1',
  fechaCaptura: '2026-03-02T18:04:11Z',
  nombres: 'Ana Luisa',
  primerApellido: 'Núñez',
  segundoApellido: 'Orta',
  institucionDependencia: { nombre: 'Secretaría de Salud', siglas: 'SSA', clave: 'SSA' },
  puesto: { nombre: 'Jefa de Adquisiciones', nivel: 'O31' },
  tipoArea: [],
  nivelResponsabilidad: [],
  tipoProcedimiento: [
    { clave: 1, valor: 'CONTRATACIONES PÚBLICAS' },
    { clave: 3, valor: 'ENAJENACIÓN DE BIENES MUEBLES' },
  ],
};
const page = (total: number, resultados: S2ApiRecord[] = [RECORD], pagina = 1, tamano = 10): S2SearchResponse => ({ total, pagina, tamano, resultados });
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('S2 search page', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 's2', children: S2_ROUTES }]), provideLocationMocks(), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    // In the app the first navigation starts listening to back/forward; tests navigate directly.
    router.setUpLocationChangeListener();
  });

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  const searchRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/portal/s2');
  /** Query string of the API call, decoded, to compare with what the page should ask. */
  const apiQuery = (request: TestRequest) => Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));

  async function open(url: string, institutions: string[] = ['Secretaría de Salud', 'Secretaría de Finanzas', 'Municipio de Santa María Peñón']): Promise<TestRequest> {
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    backend.expectOne('/api/portal/s2/instituciones').flush(institutions);
    return searchRequest();
  }

  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
  const select = () => loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="tipoProcedimiento"]' }));
  const button = (label: string) => loader.getHarness(MatButtonHarness.with({ text: label }));
  const element = () => harness.routeNativeElement as HTMLElement;
  const formValues = async () => ({
    nombres: await (await input('nombres')).getValue(),
    primerApellido: await (await input('primerApellido')).getValue(),
    segundoApellido: await (await input('segundoApellido')).getValue(),
    institucionDependencia: await (await input('institucionDependencia')).getValue(),
    tipoProcedimiento: await (await select()).getValueText(),
  });

  it('an address with the search fills the form and asks the API for exactly that search', async () => {
    const request = await open(
      '/s2?nombres=Ana&primerApellido=N%C3%BA%C3%B1ez&institucionDependencia=Secretar%C3%ADa%20de%20Salud&tipoProcedimiento=3&tipoProcedimiento=1&pagina=2',
    );
    expect(apiQuery(request)).toEqual({
      nombres: 'Ana',
      primerApellido: 'Núñez',
      institucionDependencia: 'Secretaría de Salud',
      tipoProcedimiento: '1,3',
      pagina: '2',
      tamano: '10',
    });
    request.flush(page(11, [RECORD], 2));
    await settle();
    expect(await formValues()).toEqual({
      nombres: 'Ana',
      primerApellido: 'Núñez',
      segundoApellido: '',
      institucionDependencia: 'Secretaría de Salud',
      tipoProcedimiento: 'Contrataciones públicas, Enajenación de bienes muebles',
    });
    expect(await (await loader.getHarness(MatPaginatorHarness)).getRangeLabel()).toBe('11 – 11 de 11');
  });

  it('accepts tipoProcedimiento as a comma list and ignores values outside the catalog', async () => {
    const request = await open('/s2?tipoProcedimiento=2,9,x&pagina=cero');
    expect(apiQuery(request)).toEqual({ tipoProcedimiento: '2', pagina: '1', tamano: '10' });
    request.flush(page(0, []));
  });

  it('searching writes the form into the address with the stable parameter names and starts at page 1', async () => {
    (await open('/s2?pagina=3')).flush(page(40, [RECORD], 3));
    await settle();
    await (await input('nombres')).setValue('  José   Luis ');
    await (await input('segundoApellido')).setValue('Peña');
    await (await input('institucionDependencia')).setValue('Finanzas');
    await (await select()).open();
    await (await select()).clickOptions({ text: 'Contrataciones públicas' });
    await (await select()).clickOptions({ text: 'Otro' });
    await (await button('Buscar')).click();
    await settle();
    expect(router.url).toBe('/s2?nombres=Jos%C3%A9%20Luis&segundoApellido=Pe%C3%B1a&institucionDependencia=Finanzas&tipoProcedimiento=1,5');
    expect(apiQuery(searchRequest())).toEqual({
      nombres: 'José Luis',
      segundoApellido: 'Peña',
      institucionDependencia: 'Finanzas',
      tipoProcedimiento: '1,5',
      pagina: '1',
      tamano: '10',
    });
  });

  it('back and forward restore the form and the results of each search', async () => {
    (await open('/s2?nombres=Ana')).flush(page(1));
    await settle();
    await (await input('nombres')).setValue('');
    await (await input('primerApellido')).setValue('Ruiz');
    await (await button('Buscar')).click();
    await settle();
    expect(router.url).toBe('/s2?primerApellido=Ruiz');
    searchRequest().flush(page(0, []));
    await settle();
    expect(text(element().querySelector('[role="status"]'))).toBe('No se encontraron registros.');

    TestBed.inject(Location).back();
    await settle();
    expect(router.url).toBe('/s2?nombres=Ana');
    expect(apiQuery(searchRequest())).toEqual({ nombres: 'Ana', pagina: '1', tamano: '10' });
    expect((await formValues()).nombres).toBe('Ana');
    expect((await formValues()).primerApellido).toBe('');

    TestBed.inject(Location).forward();
    await settle();
    expect(router.url).toBe('/s2?primerApellido=Ruiz');
    searchRequest().flush(page(0, []));
    expect((await formValues()).primerApellido).toBe('Ruiz');
    expect((await formValues()).nombres).toBe('');
  });

  it('paging changes pagina (and tamano) in the address, keeping the search that is shown', async () => {
    (await open('/s2?primerApellido=Ruiz')).flush(page(35));
    await settle();
    await (await input('primerApellido')).setValue('texto sin buscar');
    const paginator = await loader.getHarness(MatPaginatorHarness);
    await paginator.goToNextPage();
    await settle();
    expect(router.url).toBe('/s2?primerApellido=Ruiz&pagina=2');
    const second = searchRequest();
    expect(apiQuery(second)).toEqual({ primerApellido: 'Ruiz', pagina: '2', tamano: '10' });
    second.flush(page(35, [RECORD], 2));
    await settle();
    await paginator.setPageSize(25);
    await settle();
    expect(router.url).toBe('/s2?primerApellido=Ruiz&tamano=25');
    searchRequest();
  });

  it('lists the results with links to each ficha, catalog labels and an announced count', async () => {
    (await open('/s2')).flush(page(1200, [RECORD]));
    await settle();
    expect(text(element().querySelector('p[role="status"][aria-live="polite"]'))).toBe('Se encontraron 1,200 registros. Se muestra el 1.');
    const headers = Array.from(element().querySelectorAll('th')).map(text);
    expect(headers).toEqual(['Nombre completo', 'Institución', 'Puesto', 'Tipos de procedimiento']);
    const cells = Array.from(element().querySelectorAll('tbody td')).map((cell) =>
      cell.querySelector('li') ? Array.from(cell.querySelectorAll('li')).map(text).join(' | ') : text(cell),
    );
    expect(cells).toEqual(['Ana Luisa Núñez Orta', 'Secretaría de Salud', 'Jefa de Adquisiciones', 'Contrataciones públicas | Enajenación de bienes muebles']);
    expect(element().querySelector('tbody a')?.getAttribute('href')).toBe('/s2/r-1');
    expect(element().querySelectorAll('h1')).toHaveLength(1);
  });

  it('explains an empty search and offers to clear it', async () => {
    (await open('/s2?nombres=zzz')).flush(page(0, []));
    await settle();
    expect(text(element().querySelector('pde-status-message'))).toContain('Ningún registro publicado coincide con su búsqueda');
    expect(element().querySelector('table')).toBeNull();
    const clear = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Limpiar búsqueda' }));
    await clear[clear.length - 1].click();
    await settle();
    expect(router.url).toBe('/s2');
    searchRequest();
  });

  it('shows the API error in Spanish and retries the same search', async () => {
    (await open('/s2?nombres=Ana')).flush(
      { status: 422, code: 'VALIDACION', message: 'Los datos tienen errores; revise los campos indicados.', requestId: 'r' },
      { status: 422, statusText: 'Unprocessable' },
    );
    await settle();
    expect(text(element().querySelector('[role="alert"]'))).toBe('Los datos tienen errores; revise los campos indicados.');
    await (await button('Intentar de nuevo')).click();
    expect(apiQuery(searchRequest())).toEqual({ nombres: 'Ana', pagina: '1', tamano: '10' });
  });

  it('rejects overlong texts with a <mat-error> and does not navigate', async () => {
    (await open('/s2')).flush(page(0, []));
    await settle();
    await (await input('nombres')).setValue('a'.repeat(201));
    await (await button('Buscar')).click();
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Nombre(s)' }));
    expect(await field.getTextErrors()).toEqual(['Escriba como máximo 200 caracteres.']);
    expect(router.url).toBe('/s2');
  });

  it('suggests institutions ignoring accents and case', async () => {
    (await open('/s2')).flush(page(0, []));
    await settle();
    const autocomplete = await loader.getHarness(MatAutocompleteHarness);
    await autocomplete.enterText('secretaria');
    expect((await autocomplete.getOptions()).length).toBe(2);
    await autocomplete.clear();
    await autocomplete.enterText('PEÑON');
    const options = await autocomplete.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual(['Municipio de Santa María Peñón']);
    await options[0].click();
    expect((await formValues()).institucionDependencia).toBe('Municipio de Santa María Peñón');
  });
});
