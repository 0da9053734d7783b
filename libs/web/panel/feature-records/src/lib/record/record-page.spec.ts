import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { RecordPermission, RecordView } from '@pde/shared/contracts';
import { AuthApi, SessionStore, type SessionUser } from '@pde/web/panel/data-access';
import { apiInterceptor } from '@pde/web/shared/data-access';
import { of } from 'rxjs';
import { RECORDS_ROUTES } from '../records.routes';

const CAPTURISTA: SessionUser = { id: 7, email: 'c@pde.demo', nombre: 'Carla', rol: 'CAPTURISTA', enteId: 3, entesRevision: [], debeCambiarContrasena: false };
const REVISOR: SessionUser = { id: 8, email: 'r@pde.demo', nombre: 'Rita', rol: 'REVISOR', enteId: null, entesRevision: 'all', debeCambiarContrasena: false };

const DATOS = {
  nombres: 'María',
  primerApellido: 'Núñez',
  institucionDependencia: { nombre: 'Secretaría de Finanzas', siglas: 'SEFIN', clave: 'SEFIN' },
  puesto: { nombre: 'Jefa de Adquisiciones' },
  tipoArea: [],
  nivelResponsabilidad: [],
  tipoProcedimiento: [{ clave: 1, valor: 'CONTRATACIONES PÚBLICAS' }],
};

function record(estado: RecordView['estado'], permisos: RecordPermission[], trabajo: Partial<NonNullable<RecordView['trabajo']>> = {}): RecordView {
  return {
    id: 'r1',
    tipo: 's2',
    ente: { id: 3, clave: 'SEFIN', nombre: 'Secretaría de Finanzas' },
    estado,
    version: 4,
    titulo: 'Núñez María',
    trabajo: {
      numero: 2,
      estado: estado === 'RECHAZADO' || estado === 'EN_REVISION' ? estado : 'BORRADOR',
      datos: DATOS,
      creadoPor: 'Carla Capturista',
      creadoEn: '2026-01-10T17:00:00.000Z',
      errores: [],
      advertencias: [],
      ...trabajo,
    },
    creadoEn: '2026-01-09T17:00:00.000Z',
    actualizadoEn: '2026-01-10T17:00:00.000Z',
    permisos,
  };
}

describe('RecordPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function settle(): Promise<void> {
    await tick();
    await harness.fixture.whenStable();
  }

  async function open(view: RecordView, user: SessionUser): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'panel/registros', children: RECORDS_ROUTES }]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthApi, useValue: { me: () => of(user) } },
        // Dialogs close at once in tests (jsdom runs no CSS animations).
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await TestBed.inject(SessionStore).verify();
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/panel/registros/s2/${view.id}`);
    await tick();
    backend.expectOne('/api/s2/records/r1').flush(view);
    await navigation;
    await settle();
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  const buttonTexts = async () => Promise.all((await loader.getAllHarnesses(MatButtonHarness.with({ ancestor: '.actions' }))).map((b) => b.getText()));
  const button = (text: string) => loader.getHarness(MatButtonHarness.with({ text }));

  afterEach(() => backend.verify());

  it('offers a revisor exactly the actions of `permisos`, and shows the data read-only', async () => {
    const page = await open(record('EN_REVISION', ['approve', 'reject', 'baja']), REVISOR);
    expect(await buttonTexts()).toEqual(['Aprobar y publicar', 'Rechazar', 'Dar de baja']);
    expect(page.querySelector('pde-record-form')).toBeNull();
    expect(page.querySelector('pde-record-data-view')?.textContent).toContain('María');
    expect(page.textContent).toContain('está en revisión');
  });

  it('offers a capturista saving, sending to review and baja on a draft', async () => {
    await open(record('BORRADOR', ['edit', 'submit', 'baja']), CAPTURISTA);
    expect(await buttonTexts()).toEqual(['Guardar borrador', 'Enviar a revisión', 'Dar de baja']);
    expect(await (await button('Guardar borrador')).isDisabled()).toBe(true);
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '#campo-nombres' }))).getValue()).toBe('María');
  });

  it('the reject dialog requires a comment, then sends it with the version', async () => {
    const page = await open(record('EN_REVISION', ['approve', 'reject', 'baja']), REVISOR);
    await (await button('Rechazar')).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Rechazar la versión en revisión');
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Rechazar' }))).click();
    expect(await (await dialog.getHarness(MatFormFieldHarness)).getTextErrors()).toEqual(['Este campo es obligatorio.']);
    backend.expectNone('/api/s2/records/r1/reject');

    await (await dialog.getHarness(MatInputHarness)).setValue('  Falta el RFC de la persona.  ');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Rechazar' }))).click();
    await settle();
    const request = backend.expectOne('/api/s2/records/r1/reject');
    expect(request.request.body).toEqual({ version: 4, comentario: 'Falta el RFC de la persona.' });
    expect(request.request.headers.get('X-PDE-CSRF')).toBe('1');
    request.flush(record('RECHAZADO', ['baja'], { comentarioRevision: 'Falta el RFC de la persona.', revisadoPor: 'Rita' }));
    await settle();
    expect(page.querySelector('#aviso-registro')?.textContent).toContain('Se rechazó la versión');
    expect(page.textContent).toContain('Falta el RFC de la persona.');
  });

  it('shows a stale save (409) plainly, keeps what was typed, and reloads only when asked', async () => {
    const page = await open(record('BORRADOR', ['edit', 'submit', 'baja']), CAPTURISTA);
    const nombres = await loader.getHarness(MatInputHarness.with({ selector: '#campo-nombres' }));
    await nombres.setValue('María José');
    await (await button('Guardar borrador')).click();
    const save = backend.expectOne((r) => r.method === 'PUT' && r.url === '/api/s2/records/r1');
    expect(save.request.body).toEqual({ datos: expect.objectContaining({ nombres: 'María José' }), version: 4 });
    expect(save.request.body.datos.institucionDependencia).toBeUndefined();
    save.flush(
      { status: 409, code: 'CONFLICTO_VERSION', message: 'Otra persona modificó el registro mientras usted lo editaba.', requestId: 'r' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const conflict = page.querySelector('#conflicto-registro');
    expect(conflict?.getAttribute('role')).toBe('alert');
    expect(conflict?.textContent).toContain('Otra persona modificó el registro mientras usted lo editaba.');
    expect(await nombres.getValue()).toBe('María José');

    await (await button('Recargar el registro')).click();
    backend
      .expectOne('/api/s2/records/r1')
      .flush({ ...record('BORRADOR', ['edit', 'submit', 'baja'], { datos: { ...DATOS, nombres: 'Mariana' } }), version: 5 });
    await settle();
    expect(page.querySelector('#conflicto-registro')).toBeNull();
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '#campo-nombres' }))).getValue()).toBe('Mariana');
  });

  it('keeps «Enviar a revisión» disabled, with the reason, while the data has errors', async () => {
    const incomplete = record('BORRADOR', ['edit', 'submit', 'baja'], {
      datos: { nombres: 'Ana' },
      errores: [{ path: 'primerApellido', code: 'required', message: 'Este campo es obligatorio.', severity: 'error' }],
    });
    const page = await open(incomplete, CAPTURISTA);
    const submit = await button('Enviar a revisión');
    expect(await submit.isDisabled()).toBe(true);
    expect(page.querySelector('#ayuda-enviar')?.textContent).toContain('corrija los 3 datos señalados');
    expect(Array.from(page.querySelectorAll('[id="campo-errores"] li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Primer apellido: Este campo es obligatorio.',
      'Puesto: Este campo es obligatorio.',
      'Tipo de procedimiento: Debe tener al menos un elemento.',
    ]);
    await submit.click();
    backend.expectNone((r) => r.url.endsWith('/submit'));
  });

  it('shows the review comment of a rejected version prominently to the capturista', async () => {
    const page = await open(
      record('RECHAZADO', ['edit', 'baja'], { comentarioRevision: 'El puesto no coincide con el nombramiento.', revisadoPor: 'Rita' }),
      CAPTURISTA,
    );
    const notice = page.querySelector('pde-record-summary [role="alert"]');
    expect(notice?.textContent).toContain('Revisión rechazó esta versión');
    expect(notice?.querySelector('blockquote')?.textContent).toBe('El puesto no coincide con el nombramiento.');
    expect(await buttonTexts()).toEqual(['Guardar borrador', 'Enviar a revisión', 'Dar de baja']);
  });

  it('saves, then sends to review with the new version', async () => {
    await open(record('BORRADOR', ['edit', 'submit', 'baja']), CAPTURISTA);
    await (await loader.getHarness(MatInputHarness.with({ selector: '#campo-segundoApellido' }))).setValue('Peña');
    await (await button('Enviar a revisión')).click();
    const save = backend.expectOne((r) => r.method === 'PUT');
    save.flush({ ...record('BORRADOR', ['edit', 'submit', 'baja']), version: 5 });
    await settle();
    const submit = backend.expectOne('/api/s2/records/r1/submit');
    expect(submit.request.body).toEqual({ version: 5 });
    submit.flush(record('EN_REVISION', []));
    await settle();
    expect((harness.routeNativeElement as HTMLElement).querySelector('#aviso-registro')?.textContent).toContain('Se envió a revisión');
  });

  it('asks before leaving with unsaved changes', async () => {
    await open(record('BORRADOR', ['edit', 'submit', 'baja']), CAPTURISTA);
    await (await loader.getHarness(MatInputHarness.with({ selector: '#campo-nombres' }))).setValue('Otra');
    const leaving = TestBed.inject(Router).navigateByUrl('/panel/registros/s2');
    await tick();
    // The pending navigation keeps the fixture unstable, so harnesses would wait for ever: plain DOM here.
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.querySelector('h2')?.textContent).toBe('¿Salir sin guardar?');
    const stay = Array.from(dialog?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === 'Seguir editando');
    stay?.click();
    expect(await leaving).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/panel/registros/s2/r1');
  });
});
