import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { S3ListItem } from '@pde/web/portal/data-access';
import { S3_ROUTES } from './s3.routes';

const GRAVE: S3ListItem = {
  id: 'g-1',
  fecha: '2025-12-07',
  expediente: 'CEDH/PRA/254/2025',
  datosGenerales: { nombres: 'Juan Carlos', primerApellido: 'Cortés', segundoApellido: 'Santiago' },
  empleoCargoComision: { nombreEntePublico: 'Comisión Estatal de los Derechos Humanos', siglasEntePublico: 'CEDH' },
  resolucion: { fechaResolucion: '2025-10-02' },
  faltaCometida: [{ clave: 'ABUSO_FUNCIONES', valor: null }, { clave: 'NEPOTISMO', valor: null }],
  tipoSancion: [{ clave: 'INHABILITACION', otro: null }, { clave: 'OTRO', otro: { denominacionSancion: 'Apercibimiento' } }],
};
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('S3 search page', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 's3', children: S3_ROUTES }]), provideLocationMocks(), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    router.setUpLocationChangeListener();
  });

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  const listRequest = (collection: string): TestRequest => backend.expectOne((request) => request.url === `/api/portal/s3/${collection}`);
  const filterOf = (request: TestRequest) => {
    const filter = request.request.params.get('filter');
    return filter === null ? null : (JSON.parse(filter) as unknown);
  };

  async function open(url: string): Promise<TestRequest> {
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return listRequest(url.split(/[/?]/)[2]);
  }

  const element = () => harness.routeNativeElement as HTMLElement;
  const labels = async () => Promise.all((await loader.getAllHarnesses(MatFormFieldHarness.with({ ancestor: 'form' }))).map((field) => field.getLabel()));
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
  const select = (name: string) => loader.getHarness(MatSelectHarness.with({ selector: `[formControlName="${name}"]` }));
  const button = (label: string) => loader.getHarness(MatButtonHarness.with({ text: label }));

  it('faltas graves: the address becomes the Directus filter and fills the form', async () => {
    const request = await open('/s3/faltas_administrativas_graves?primerApellido=cortes&ente=Derechos&entidad=20,09&ordenGobierno=ESTATAL&sancion=INHABILITACION&pagina=2');
    expect(filterOf(request)).toEqual({
      _and: [
        { datosGenerales: { primerApellido: { _icontains: 'cortes' } } },
        { empleoCargoComision: { nombreEntePublico: { _icontains: 'Derechos' } } },
        { empleoCargoComision: { entidadFederativa: { _in: ['09', '20'] } } },
        { empleoCargoComision: { nivelOrdenGobierno: { _in: ['ESTATAL'] } } },
        { tipoSancion: { clave: { _in: ['INHABILITACION'] } } },
      ],
    });
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('meta')).toBe('filter_count');
    expect(request.request.params.get('sort')).toBe('-fecha');
    request.flush({ data: [GRAVE], meta: { filter_count: 11 } });
    await settle();
    expect(await (await input('primerApellido')).getValue()).toBe('cortes');
    expect(await (await select('entidad')).getValueText()).toBe('Ciudad de México, Oaxaca');
    expect(await (await select('sancion')).getValueText()).toBe('Inhabilitación');
    expect(await labels()).toEqual([
      'Nombre(s)',
      'Primer apellido',
      'Segundo apellido',
      'Institución',
      'Entidad federativa',
      'Orden de gobierno',
      'Ámbito',
      'Falta cometida',
      'Tipo de sanción',
    ]);
    expect(text(element().querySelector('p[role="status"]'))).toBe('Se encontraron 11 sanciones. Se muestra la 11.');
  });

  it('lists results with a link to each ficha and catalog labels', async () => {
    (await open('/s3/faltas_administrativas_graves')).flush({ data: [GRAVE], meta: { filter_count: 1 } });
    await settle();
    expect(Array.from(element().querySelectorAll('th')).map(text)).toEqual(['Persona sancionada', 'Institución', 'Faltas cometidas', 'Sanciones', 'Fecha de la resolución']);
    const cells = Array.from(element().querySelectorAll('tbody td')).map((cell) =>
      cell.querySelector('li') ? Array.from(cell.querySelectorAll('li')).map(text).join(' | ') : text(cell),
    );
    expect(cells).toEqual([
      'Juan Carlos Cortés Santiago',
      'Comisión Estatal de los Derechos Humanos (CEDH)',
      'Abuso de funciones | Nepotismo',
      'Inhabilitación | Apercibimiento',
      '2 de octubre de 2025',
    ]);
    expect(element().querySelector('tbody a')?.getAttribute('href')).toBe('/s3/faltas_administrativas_graves/g-1');
  });

  it('faltas no graves: no name search, no names sent (not public), the case file identifies each row', async () => {
    const request = await open('/s3/faltas_administrativas_no_graves?nombres=Ana&primerApellido=Ruiz&falta=CUMPLIR_FUNCIONES_DISCIPLINA_RESPETO');
    expect(filterOf(request)).toEqual({ _and: [{ faltaCometida: { clave: { _in: ['CUMPLIR_FUNCIONES'] } } }] });
    expect(request.request.params.get('fields')?.split(',')).not.toContain('datosGenerales.nombres');
    request.flush({ data: [{ ...GRAVE, datosGenerales: undefined, faltaCometida: [{ clave: 'DECLARACIONES', valor: null }] }], meta: { filter_count: 1 } });
    await settle();
    expect(await labels()).not.toContain('Nombre(s)');
    expect(await labels()).not.toContain('Primer apellido');
    expect(text(element().querySelector('form .note'))).toBe('En las faltas no graves no se publica ni se puede buscar el nombre de la persona sancionada.');
    expect(text(element().querySelector('th'))).toBe('Expediente');
    expect(text(element().querySelector('tbody a'))).toBe('Expediente CEDH/PRA/254/2025');
    expect(router.url).toBe('/s3/faltas_administrativas_no_graves?nombres=Ana&primerApellido=Ruiz&falta=CUMPLIR_FUNCIONES_DISCIPLINA_RESPETO');

    // Searching again rewrites the address without the filters this collection does not offer.
    await (await button('Buscar')).click();
    await settle();
    expect(router.url).toBe('/s3/faltas_administrativas_no_graves?falta=CUMPLIR_FUNCIONES');
  });

  it('personas morales: razón social and RFC from the form to the address and the filter', async () => {
    (await open('/s3/faltas_graves_personas_morales')).flush({ data: [], meta: { filter_count: 0 } });
    await settle();
    expect(await labels()).toEqual([
      'Razón social',
      'RFC',
      'Institución',
      'Entidad federativa',
      'Orden de gobierno',
      'Ámbito',
      'Falta cometida',
      'Tipo de sanción',
    ]);
    await (await input('razonSocial')).setValue('Transportes Ibáñez');
    await (await input('rfc')).setValue('TRA841225');
    await (await select('ambito')).clickOptions({ text: 'Legislativo' });
    await (await select('falta')).clickOptions({ text: 'Colusión' });
    await (await select('sancion')).clickOptions({ text: 'Otra sanción' });
    await (await button('Buscar')).click();
    await settle();
    expect(router.url).toBe('/s3/faltas_graves_personas_morales?razonSocial=Transportes%20Ib%C3%A1%C3%B1ez&rfc=TRA841225&ambito=LEGISLATIVO&falta=COLUSION&sancion=OTRO');
    expect(filterOf(listRequest('faltas_graves_personas_morales'))).toEqual({
      _and: [
        { datosGenerales: { nombreRazonSocial: { _icontains: 'Transportes Ibáñez' } } },
        { datosGenerales: { rfc: { _icontains: 'TRA841225' } } },
        { dondeCometioLaFalta: { ambitoPublico: { _in: ['LEGISLATIVO'] } } },
        { faltaCometida: { clave: { _in: ['COLUSION'] } } },
        { tipoSancion: { clave: { _in: ['OTRO'] } } },
      ],
    });
  });

  it('an RFC with other characters is explained in <mat-error> and not searched', async () => {
    (await open('/s3/faltas_graves_personas_morales')).flush({ data: [], meta: { filter_count: 0 } });
    await settle();
    await (await input('rfc')).setValue('TRA-84');
    await (await button('Buscar')).click();
    const rfc = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'RFC' }));
    expect(await rfc.getTextErrors()).toEqual(['El RFC solo lleva letras, números, Ñ y &.']);
    expect(router.url).toBe('/s3/faltas_graves_personas_morales');
  });

  it('switching collection keeps only the filters the new one offers; back returns to the previous search', async () => {
    (await open('/s3/faltas_administrativas_graves?nombres=Ana&entidad=20')).flush({ data: [], meta: { filter_count: 0 } });
    await settle();
    await router.navigateByUrl('/s3/faltas_administrativas_no_graves?nombres=Ana&entidad=20');
    await settle();
    expect(filterOf(listRequest('faltas_administrativas_no_graves'))).toEqual({ _and: [{ empleoCargoComision: { entidadFederativa: { _in: ['20'] } } }] });
    expect(await (await select('entidad')).getValueText()).toBe('Oaxaca');

    TestBed.inject(Location).back();
    await settle();
    expect(router.url).toBe('/s3/faltas_administrativas_graves?nombres=Ana&entidad=20');
    expect(filterOf(listRequest('faltas_administrativas_graves'))).toEqual({
      _and: [{ datosGenerales: { nombres: { _icontains: 'Ana' } } }, { empleoCargoComision: { entidadFederativa: { _in: ['20'] } } }],
    });
    expect(await (await input('nombres')).getValue()).toBe('Ana');
  });

  it('empty and error states in Spanish', async () => {
    (await open('/s3/faltas_graves_personas_fisicas?ente=zzz')).flush({ data: [], meta: { filter_count: 0 } });
    await settle();
    expect(text(element().querySelector('pde-status-message'))).toBe('Ninguna sanción publicada coincide con su búsqueda. Revise la ortografía o quite algún filtro.');
    await router.navigateByUrl('/s3/faltas_graves_personas_fisicas?ente=yyy');
    listRequest('faltas_graves_personas_fisicas').flush(
      { status: 403, code: 'FORBIDDEN', message: 'No tiene permiso para acceder a este recurso.', requestId: 'r' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(text(element().querySelector('[role="alert"]'))).toBe('No tiene permiso para acceder a este recurso.');
    await (await button('Intentar de nuevo')).click();
    listRequest('faltas_graves_personas_fisicas');
  });
});
