import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { RecordHistory, RecordView } from '@pde/shared/contracts';
import { RECORDS_ROUTES } from '../records.routes';

const V1 = { nombres: 'Sofía', primerApellido: 'Ríos', tipoProcedimiento: [] };
const V2 = {
  nombres: 'Sofía Elena',
  primerApellido: 'Ríos',
  genero: { clave: 'F', valor: 'FEMENINO' },
  tipoProcedimiento: [{ clave: 1, valor: 'CONTRATACIONES PÚBLICAS' }],
};

const RECORD = { id: 'r1', tipo: 's2', titulo: 'Ríos Sofía Elena', estado: 'PUBLICADO', permisos: [] } as unknown as RecordView;
const HISTORY: RecordHistory = {
  versiones: [
    {
      numero: 1,
      estado: 'RECHAZADO',
      datos: V1,
      creadoPor: 'capturista@pde.demo',
      creadoEn: '2026-01-10T17:00:00.000Z',
      revisadoPor: 'revisor@pde.demo',
      revisadoEn: '2026-01-11T17:00:00.000Z',
      comentarioRevision: 'Falta el género.',
    },
    {
      numero: 2,
      estado: 'PUBLICADO',
      datos: V2,
      creadoPor: 'capturista@pde.demo',
      creadoEn: '2026-01-12T17:00:00.000Z',
      publicadoEn: '2026-01-13T17:00:00.000Z',
    },
  ],
  eventos: [
    {
      fecha: '2026-01-10T17:00:00.000Z',
      accion: 'registro.crear',
      actor: 'capturista@pde.demo',
      detalles: { version: 1, cambios: [{ path: 'nombres', after: 'Sofía' }] },
    },
    { fecha: '2026-01-11T17:00:00.000Z', accion: 'registro.rechazar', actor: 'revisor@pde.demo', detalles: { version: 1, comentario: 'Falta el género.' } },
    {
      fecha: '2026-01-12T17:00:00.000Z',
      accion: 'registro.modificar',
      actor: 'capturista@pde.demo',
      detalles: {
        cambios: [
          { path: 'genero.clave', after: 'F' },
          { path: 'genero.valor', after: 'FEMENINO' },
        ],
      },
    },
  ],
};

describe('RecordHistoryPage', () => {
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('lists every version with who did what, a readable diff against the previous one, and the audit events', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'panel/registros', children: RECORDS_ROUTES }]), provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/panel/registros/s2/r1/historial');
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/s2/records/r1').flush(RECORD);
    backend.expectOne('/api/s2/records/r1/history').flush(HISTORY);
    await navigation;
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;

    expect(text(page.querySelector('h1'))).toBe('Historial: Ríos Sofía Elena');
    const versions = Array.from(page.querySelectorAll('li.version'));
    expect(versions.map((v) => text(v.querySelector('h3')))).toEqual(['Versión 2 · Publicada', 'Versión 1 · Rechazada']);
    expect(text(versions[1].querySelector('blockquote'))).toBe('Falta el género.');
    const rows = Array.from(versions[0].querySelectorAll('tbody tr')).map((row) => Array.from(row.children).map((cell) => text(cell)));
    expect(rows).toEqual([
      ['Nombre(s)', 'Sofía', 'Sofía Elena'],
      ['Género', 'Sin dato', 'FEMENINO'],
      ['Tipo de procedimiento 1', 'Sin dato', 'CONTRATACIONES PÚBLICAS'],
    ]);

    const events = Array.from(page.querySelectorAll('li.event'));
    expect(events.map((e) => text(e.querySelector('.event__head')).replace(/^.*? · /, ''))).toEqual([
      'capturista@pde.demo: Modificó los datos.',
      'revisor@pde.demo: Rechazó la versión en revisión (versión 1).',
      'capturista@pde.demo: Creó el registro (versión 1).',
    ]);
    expect(Array.from(events[0].querySelectorAll('tbody tr')).map((row) => Array.from(row.children).map((cell) => text(cell)))).toEqual([
      ['Género', 'Sin dato', 'FEMENINO'],
    ]);
    expect(text(events[1])).toContain('Comentario: «Falta el género.»');
    backend.verify();
  });
});
