import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { S3_ROUTES } from './s3.routes';

const RECORD = {
  id: '5f0c',
  date_created: '2026-04-22T19:33:16.212Z',
  date_updated: null,
  datosGenerales: { nombres: 'Eugenia', primerApellido: 'Mejía', segundoApellido: 'Rodríguez' },
  dondeCometioLaFalta: { entidadFederativa: '20', nivelOrdenGobierno: 'MUNICIPAL_ALCALDIA', ambitoPublico: null, nombreEntePublico: 'Municipio de la Capital', siglasEntePublico: null },
  fecha: '2025-08-21',
  expediente: 'ASE/PRA/793/2025',
  origenProcedimiento: { clave: 'OTRO', valor: 'Queja ciudadana' },
  resolucion: {
    tituloResolucion: 'Resolución definitiva PRA 014/2025',
    fechaResolucion: '2025-10-02',
    urlResolucion: 'https://transparencia.example.gob.mx/r/014.pdf',
    urlResolucionFirme: 'https://transparencia.example.gob.mx/r/014-firme.pdf',
    ordenJurisdiccional: 'ESTATAL',
  },
  tipoSancion: [
    { clave: 'INDEMNIZACION', inhabilitacion: null, indemnizacion: { monto: 25000, moneda: 'USD', plazoPago: null, efectivamenteCobrado: null }, sancionEconomica: null, otro: null },
    {
      clave: 'SANCION_ECONOMICA',
      inhabilitacion: null,
      indemnizacion: null,
      sancionEconomica: { monto: 125431, moneda: 'MXN', plazoPago: { anios: 0, meses: 3, dias: 0 }, efectivamenteCobrado: { monto: 1000, moneda: 'MXN', fechaCobro: '2025-12-15' } },
      otro: null,
    },
  ],
  faltaCometida: [{ clave: 'SOBORNO', valor: null, descripcionHechos: 'Ofreció dinero a un servidor público.' }],
};
const BODY = JSON.stringify({ data: RECORD });
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('S3 ficha', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 's3', children: S3_ROUTES }]), provideLocationMocks(), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  async function open(url: string, body: string, status = 200): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create(url);
    backend.expectOne(`/api/portal${url}`).flush(body, { status, statusText: status === 200 ? 'OK' : 'Error' });
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const section = (page: HTMLElement, title: string) => {
    const heading = Array.from(page.querySelectorAll('h2, h3')).find((h) => text(h) === title);
    return heading?.closest('section') ?? null;
  };
  const fields = (root: Element | null) =>
    Array.from(root?.querySelectorAll('.record-field') ?? []).map((field) => `${text(field.querySelector('dt'))}: ${text(field.querySelector('dd'))}`);

  it('names the person, shows catalog labels and the sanciones with their amounts and currency', async () => {
    const page = await open('/s3/faltas_graves_personas_fisicas/5f0c', BODY);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(text(page.querySelector('h1'))).toBe('Eugenia Mejía Rodríguez');
    expect(text(page.querySelector('.ficha__subtitle'))).toBe('Particulares sancionados por faltas graves: personas físicas');
    expect(fields(section(page, 'Datos del registro'))).toEqual([
      'Identificador: 5f0c',
      'Publicado por primera vez: 22 de abril de 2026 a las 1:33 p.m.',
      'Fecha de registro: 21 de agosto de 2025',
      'Expediente: ASE/PRA/793/2025',
      'Origen del procedimiento: Queja ciudadana',
    ]);
    expect(fields(section(page, 'Ente público donde se cometió la falta'))).toEqual([
      'Entidad federativa: Oaxaca',
      'Nivel u orden de gobierno: Municipal / Alcaldía',
      'Nombre del ente público: Municipio de la Capital',
    ]);
    expect(fields(section(page, 'Indemnización'))).toEqual(['Monto: USD 25,000.00']);
    expect(fields(section(page, 'Sanción económica'))).toEqual([
      'Monto: $125,431.00 MXN',
      'Años: 0',
      'Meses: 3',
      'Días: 0',
      'Monto cobrado: $1,000.00 MXN',
      'Fecha de cobro: 15 de diciembre de 2025',
    ]);
    expect(fields(section(page, 'Soborno'))).toEqual(['Descripción de los hechos: Ofreció dinero a un servidor público.']);
    expect(text(page.querySelector('.ficha__private'))).toContain('CURP, RFC');
  });

  it('links to the resolutions open in a new tab and say so', async () => {
    const page = await open('/s3/faltas_graves_personas_fisicas/5f0c', BODY);
    const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('.record-field a'));
    expect(links.map((a) => [text(a), a.getAttribute('href'), a.target, a.rel])).toEqual([
      ['Abrir la resolución (se abre en una pestaña nueva)', 'https://transparencia.example.gob.mx/r/014.pdf', '_blank', 'noopener noreferrer'],
      ['Abrir la resolución firme (se abre en una pestaña nueva)', 'https://transparencia.example.gob.mx/r/014-firme.pdf', '_blank', 'noopener noreferrer'],
    ]);
  });

  it('«Descargar JSON» saves the API answer byte for byte', async () => {
    const saved: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (saved.push(blob), 'blob:x'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const page = await open('/s3/faltas_graves_personas_fisicas/5f0c', BODY);
    await (await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(MatButtonHarness.with({ text: 'Descargar JSON' }))).click();
    const content = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(saved[0]);
    });
    expect(content).toBe(BODY);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('s3-faltas_graves_personas_fisicas-5f0c.json');
    expect(page.querySelector('.record-actions__permalink a')?.getAttribute('href')).toBe('http://localhost/s3/faltas_graves_personas_fisicas/5f0c');
  });

  it('faltas no graves: the case file names the ficha (no names are public)', async () => {
    const page = await open(
      '/s3/faltas_administrativas_no_graves/n-1',
      JSON.stringify({ data: { id: 'n-1', expediente: 'OIC/12/2025', datosGenerales: { sexo: 'MUJER' }, tipoSancion: [{ clave: 'AMONESTACION', amonestacion: { tipo: 'PUBLICA' } }] } }),
    );
    expect(text(page.querySelector('h1'))).toBe('Expediente OIC/12/2025');
    expect(fields(section(page, 'Amonestación pública o privada'))).toEqual(['Tipo de amonestación: Pública']);
    expect(text(page.querySelector('.ficha__private'))).toContain('Nombre(s), Primer apellido, Segundo apellido');
  });

  it('an id that is not published (the API answers 403, as Directus) is explained', async () => {
    const page = await open(
      '/s3/faltas_graves_personas_morales/x',
      JSON.stringify({ status: 403, code: 'FORBIDDEN', message: 'No tiene permiso para acceder a este recurso.', requestId: 'r' }),
      403,
    );
    expect(text(page.querySelector('h1'))).toBe('Ficha de la sanción');
    expect(text(page.querySelector('[role="alert"]'))).toContain('No hay una sanción publicada con el identificador «x» en esta búsqueda');
    expect(Array.from(page.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toContain('/s3/faltas_graves_personas_morales');
  });
});
