import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { AuthApi, SessionStore, type PanelSummary, type SessionUser } from '@pde/web/panel/data-access';
import { of } from 'rxjs';
import { PanelHomePage } from './panel-home-page';

const USER: SessionUser = {
  id: 2,
  email: 'revisor@pde.demo',
  nombre: 'Rita Revisora',
  rol: 'REVISOR',
  enteId: null,
  entesRevision: 'all',
  debeCambiarContrasena: false,
};

const SUMMARY: PanelSummary = {
  tipos: [{ tipo: 'S2', ruta: 's2', nombre: 'Servidores en contrataciones (S2)', conteos: { BORRADOR: 4, EN_REVISION: 3, RECHAZADO: 0, PUBLICADO: 1250, BAJA: 1 } }],
  pendientes: [{ tipo: 'S2', estado: 'EN_REVISION', total: 3 }],
};

describe('PanelHomePage', () => {
  let fixture: ComponentFixture<PanelHomePage>;
  let backend: HttpTestingController;

  async function render(user: SessionUser = USER): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: AuthApi, useValue: { me: () => of(user) } }],
    });
    backend = TestBed.inject(HttpTestingController);
    await TestBed.inject(SessionStore).verify();
    fixture = TestBed.createComponent(PanelHomePage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** [term, value] pairs of a description list. */
  const definitions = (list: Element | null) =>
    Array.from(list?.querySelectorAll('dt') ?? []).map((term) => [text(term), text(term.nextElementSibling as Element)]);

  afterEach(() => backend.verify());

  it('greets the person with their name and role while the summary loads', async () => {
    const page = await render();
    expect(page.querySelector('h1')?.textContent).toContain('Hola, Rita Revisora');
    expect(definitions(page.querySelector('dl.profile'))).toEqual([
      ['Rol', 'Revisión'],
      ['Correo electrónico', 'revisor@pde.demo'],
    ]);
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Cargando el resumen de registros');
    backend.expectOne('/api/panel/summary');
  });

  it('shows the counts per state and what awaits the person', async () => {
    const page = await render();
    backend.expectOne('/api/panel/summary').flush(SUMMARY);
    await fixture.whenStable();

    const kind = page.querySelector('article');
    expect(kind?.querySelector('h3')?.textContent).toBe('Servidores en contrataciones (S2)');
    expect(definitions(kind?.querySelector('dl') ?? null)).toEqual([
      ['Borrador', '4'],
      ['En revisión', '3'],
      ['Rechazado', '0'],
      ['Publicado', '1,250'],
      ['Dado de baja', '1'],
    ]);
    expect(text(page)).toContain('3 registros de Servidores en contrataciones (S2) esperan revisión.');
  });

  it('makes the pending messages agree with their count', async () => {
    const page = await render();
    backend.expectOne('/api/panel/summary').flush({
      ...SUMMARY,
      pendientes: [
        { tipo: 'S2', estado: 'RECHAZADO', total: 1 },
        { tipo: 'S2', estado: 'EN_REVISION', total: 1 },
      ],
    });
    await fixture.whenStable();
    expect(Array.from(page.querySelectorAll('ul.pending li')).map(text)).toEqual([
      '1 registro de Servidores en contrataciones (S2) fue rechazado y espera su corrección.',
      '1 registro de Servidores en contrataciones (S2) espera revisión.',
    ]);
  });

  it('links each count and each pending item to the list filtered by that state', async () => {
    const page = await render();
    backend.expectOne('/api/panel/summary').flush(SUMMARY);
    await fixture.whenStable();

    const pending = page.querySelector('ul.pending a');
    expect(pending?.getAttribute('href')).toBe('/panel/registros/s2?estado=EN_REVISION');
    const counts = Array.from(page.querySelectorAll('article dl a'));
    expect(counts.map((a) => a.getAttribute('href'))).toEqual([
      '/panel/registros/s2?estado=BORRADOR',
      '/panel/registros/s2?estado=EN_REVISION',
      '/panel/registros/s2?estado=RECHAZADO',
      '/panel/registros/s2?estado=PUBLICADO',
      '/panel/registros/s2?estado=BAJA',
    ]);
    expect(counts[3].getAttribute('aria-label')).toBe('1,250 registros en estado Publicado de Servidores en contrataciones (S2): ver la lista');
    expect(page.querySelector('article h3 a')?.getAttribute('href')).toBe('/panel/registros/s2');
  });

  it('shows the API message when the summary fails, and can retry', async () => {
    const page = await render();
    backend
      .expectOne('/api/panel/summary')
      .flush({ status: 403, code: 'SIN_PERMISO', message: 'Debe cambiar su contraseña antes de continuar.', requestId: 'r' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Debe cambiar su contraseña antes de continuar.');

    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Intentar de nuevo' }))).click();
    backend.expectOne('/api/panel/summary').flush(SUMMARY);
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });

  it('warns when the password is temporary', async () => {
    const page = await render({ ...USER, debeCambiarContrasena: true });
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Su contraseña es temporal');
    backend.expectOne('/api/panel/summary');
  });
});
