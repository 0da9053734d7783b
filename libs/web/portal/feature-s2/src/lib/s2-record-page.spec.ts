import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { S2_ROUTES } from './s2.routes';

// As the API sends it: compact, keys in the API's order, with characters that must survive as they are.
const BODY =
  '{"id":"r-1","fechaCaptura":"2026-03-02T18:04:11Z","ejercicioFiscal":"2026","nombres":"Ana Luisa","primerApellido":"Núñez","genero":{"clave":"F","valor":"FEMENINO"},' +
  '"institucionDependencia":{"nombre":"Secretaría de Salud","siglas":"SSA","clave":"SSA"},"puesto":{"nombre":"Jefa de Adquisiciones","nivel":"O31"},' +
  '"tipoArea":[{"clave":"RC","valor":"RESPONSABLE DE LA CONTRATACIÓN"}],"nivelResponsabilidad":[],"tipoProcedimiento":[{"clave":2,"valor":"CONCESIONES, LICENCIAS, PERMISOS, AUTORIZACIONES Y SUS PRÓRROGAS"}],' +
  '"superiorInmediato":{"nombres":"Luis","primerApellido":"Peña","puesto":{"nombre":"Director"}}}';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

describe('S2 ficha', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 's2', children: S2_ROUTES }]), provideLocationMocks(), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  async function open(url: string, answer: (flush: (body: string, status?: number) => void) => void, state?: Record<string, unknown>): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(url, { state });
    const request = backend.expectOne(`/api/portal${url}`);
    expect(request.request.responseType).toBe('text');
    answer((body, status = 200) => request.flush(body, { status, statusText: status === 200 ? 'OK' : 'Error' }));
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  /** «Label: value» of every field of the ficha. */
  const fields = (page: HTMLElement) => Array.from(page.querySelectorAll('.record-field')).map((field) => `${text(field.querySelector('dt'))}: ${text(field.querySelector('dd'))}`);

  it('shows every public field with its label and catalog values as text', async () => {
    const page = await open('/s2/r-1', (flush) => flush(BODY));
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(text(page.querySelector('h1'))).toBe('Ana Luisa Núñez');
    expect(fields(page)).toEqual([
      'Identificador: r-1',
      'Fecha de captura: 2 de marzo de 2026 a las 12:04 p.m.',
      'Ejercicio fiscal: 2026',
      'Nombre(s): Ana Luisa',
      'Primer apellido: Núñez',
      'Género: Femenino',
      'Tipo de área: Responsable de la contratación',
      'Tipo de procedimiento: Concesiones, licencias, permisos, autorizaciones y sus prórrogas',
      'Nombre de la institución: Secretaría de Salud',
      'Siglas: SSA',
      'Clave: SSA',
      'Nombre del puesto: Jefa de Adquisiciones',
      'Nivel: O31',
      'Nombre(s) del superior: Luis',
      'Primer apellido del superior: Peña',
      'Nombre del puesto: Director',
    ]);
    expect(Array.from(page.querySelectorAll('h2')).map(text)).toEqual(['Datos del registro', 'Institución o dependencia', 'Puesto', 'Superior inmediato']);
    expect(Array.from(page.querySelectorAll('h3')).map(text)).toEqual(['Puesto']);
    expect(text(page.querySelector('.ficha__private'))).toContain('RFC, CURP');
  });

  it('«Descargar JSON» saves the record exactly as the API returned it; the permalink is the ficha', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:r-1'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const page = await open('/s2/r-1', (flush) => flush(BODY));
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Descargar JSON' }))).click();
    expect(click).toHaveBeenCalledTimes(1);
    expect(await readBlob(blobs[0])).toBe(BODY);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('s2-r-1.json');
    expect(page.querySelector('.record-actions__permalink a')?.getAttribute('href')).toBe('http://localhost/s2/r-1');
  });

  it('explains an unknown or unpublished record (404)', async () => {
    const page = await open('/s2/no-existe', (flush) =>
      flush(JSON.stringify({ status: 404, code: 'NO_ENCONTRADO', message: 'No hay un registro publicado con ese identificador.', requestId: 'x' }), 404),
    );
    expect(text(page.querySelector('h1'))).toBe('Ficha del servidor público');
    expect(text(page.querySelector('[role="alert"]'))).toContain('No hay un registro publicado con el identificador «no-existe»');
    expect(Array.from(page.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toContain('/s2');
  });

  it('shows other errors in Spanish with a retry', async () => {
    const page = await open('/s2/r-1', (flush) => flush('<html>Bad gateway</html>', 502));
    expect(text(page.querySelector('[role="alert"]'))).toBe('El servidor no pudo atender la solicitud. Intente de nuevo en unos minutos.');
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Intentar de nuevo' }))).click();
    backend.expectOne('/api/portal/s2/r-1').flush(BODY);
  });

  it.each([
    ['/s2?nombres=Ana&pagina=2', '/s2?nombres=Ana&pagina=2'],
    ['https://otro.sitio/', '/s2'],
    ['/s3/faltas_administrativas_graves', '/s2'],
  ])('«Volver a los resultados» with %s in the history entry leads to %s', async (saved, expected) => {
    const page = await open('/s2/r-1', (flush) => flush(BODY), { volverA: saved });
    expect(page.querySelector('.ficha__back a')?.getAttribute('href')).toBe(expected);
  });
});
