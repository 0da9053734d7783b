import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PortalSummary } from '@pde/web/portal/data-access';
import { PORTAL_ROUTES } from './portal.routes';

const SUMMARY: PortalSummary = {
  corte: '2026-11-22T11:47:27.119Z',
  totales: {
    s2: 850,
    faltas_administrativas_graves: 124,
    faltas_administrativas_no_graves: 90,
    faltas_graves_personas_fisicas: 1,
    faltas_graves_personas_morales: 1046,
  },
};

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('portal home', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(answer: (request: ReturnType<HttpTestingController['expectOne']>) => void): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter(PORTAL_ROUTES, withComponentInputBinding()), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/');
    answer(backend.expectOne('/api/portal/resumen'));
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => backend.verify());

  const links = (page: HTMLElement) => Array.from(page.querySelectorAll('a')).map((a) => [text(a), a.getAttribute('href')]);

  it('explains S2 and S3 and links to every search and to the panel', async () => {
    const page = await open((request) => request.flush(SUMMARY));
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(text(page.querySelector('h1'))).toBe('Plataforma Digital Estatal');
    expect(Array.from(page.querySelectorAll('h3')).map(text)).toEqual([
      'S2: Servidores públicos que intervienen en contrataciones',
      'S3: Servidores públicos y particulares sancionados',
    ]);
    expect(Array.from(page.querySelectorAll('h4')).map(text)).toEqual(['¿Quién lo publica?', '¿Qué se publica?', '¿Quién lo publica?', '¿Qué se publica?']);
    expect(text(page)).toContain('No se publican el RFC ni la CURP');
    expect(text(page)).toContain('De las faltas no graves no se publica el nombre de la persona');
    expect(links(page)).toEqual([
      ['Buscar en S2: Servidores públicos que intervienen en contrataciones', '/s2'],
      ['Servidores públicos: Faltas administrativas graves', '/s3/faltas_administrativas_graves'],
      ['Servidores públicos: Faltas administrativas no graves', '/s3/faltas_administrativas_no_graves'],
      ['Particulares: Personas físicas', '/s3/faltas_graves_personas_fisicas'],
      ['Particulares: Personas morales (empresas)', '/s3/faltas_graves_personas_morales'],
      ['Buscar en S3: Servidores públicos y particulares sancionados', '/s3'],
      ['Ingresar al panel de captura', '/panel'],
    ]);
  });

  it('shows the cut-off date in the time of central Mexico and the published totals', async () => {
    const page = await open((request) => request.flush(SUMMARY));
    expect(text(page.querySelector('.cut-off'))?.replace(/\u202f/g, ' ')).toBe(
      'Datos publicados al 22 de noviembre de 2026 a las 5:47 a.m. (hora del centro de México).',
    );
    expect(text(page.querySelector('.system__total'))).toBe('850 registros publicados');
    expect(Array.from(page.querySelectorAll('.system__count')).map(text)).toEqual(['124 sanciones', '90 sanciones', '1 sanción', '1,046 sanciones']);
  });

  it('says when nothing is published yet', async () => {
    const page = await open((request) => request.flush({ ...SUMMARY, corte: null }));
    expect(text(page.querySelector('.cut-off'))).toBe('Todavía no hay datos publicados.');
  });

  it('keeps the page usable when the summary fails', async () => {
    const page = await open((request) => request.flush({ status: 503, code: 'X', message: 'Fuera de servicio.', requestId: 'r' }, { status: 503, statusText: 'Unavailable' }));
    expect(text(page.querySelector('[role="alert"]'))).toBe('No se pudo consultar la fecha de los datos ni los totales. Las búsquedas siguen disponibles.');
    expect(page.querySelector('.system__total')).toBeNull();
    expect(links(page).map(([, href]) => href)).toContain('/s2');
  });
});
