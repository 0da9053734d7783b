import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import type { AuditEntry } from '@pde/web/panel/data-access-admin';
import { adminTestProviders, apiError, documentText, settle } from '../admin-testing';
import { AuditLogPage } from './audit-page';

const ENTRY: AuditEntry = {
  id: 120,
  at: '2026-02-01T17:00:00.000Z',
  actor: 'admin@pde.demo',
  actorType: 'user',
  action: 'usuario.crear',
  entityType: 'usuario',
  entityId: '9',
  enteId: 3,
  ip: '10.0.0.8',
  details: { usuario: { email: 'nuevo@pde.demo' } },
};

describe('AuditLogPage', () => {
  let fixture: ComponentFixture<AuditLogPage>;
  let backend: HttpTestingController;
  let page: HarnessLoader;

  const list = () => backend.expectOne((request) => request.url === '/api/audit');

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditLogPage);
    page = TestbedHarnessEnvironment.loader(fixture);
    const first = list();
    expect(first.request.params.toString()).toBe('pagina=1&tamano=50');
    first.flush({ total: 120, items: [ENTRY] });
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  const input = (name: string) => page.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));

  it('shows the entries with their details and the total', () => {
    const text = documentText();
    expect(text).toContain('120 entradas en la bitácora con estos filtros.');
    expect(text).toContain('usuario.crear');
    expect(text).toContain('usuario 9');
    expect(text).toContain('Persona del panel');
    expect(text).toContain('"email": "nuevo@pde.demo"');
  });

  it('filters (trimmed, empty ones left out) from the first page, then pages with the paginator', async () => {
    const paginator = await page.getHarness(MatPaginatorHarness);
    await paginator.goToNextPage();
    const second = list();
    expect(second.request.params.get('pagina')).toBe('2');
    second.flush({ total: 120, items: [ENTRY] });
    await settle(fixture);
    expect(await paginator.getRangeLabel()).toBe('51–100 de 120');

    await (await input('accion')).setValue(' usuario.crear ');
    await (await input('desde')).setValue('2026-02-01');
    await (await page.getHarness(MatButtonHarness.with({ text: 'Buscar' }))).click();
    const filtered = list();
    expect(filtered.request.params.toString()).toBe('pagina=1&tamano=50&accion=usuario.crear&desde=2026-02-01');
    filtered.flush({ total: 1, items: [ENTRY] });
    await settle(fixture);
    expect(documentText()).toContain('1 entrada en la bitácora con estos filtros.');
  });

  it('checks the date range before asking, and shows API errors under the field', async () => {
    await (await input('desde')).setValue('2026-02-10');
    await (await input('hasta')).setValue('2026-02-01');
    await (await page.getHarness(MatButtonHarness.with({ text: 'Buscar' }))).click();
    const hasta = await page.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Hasta' }));
    expect(await hasta.getTextErrors()).toEqual(['La fecha final no puede ser anterior a la inicial.']);
    backend.expectNone((request) => request.url === '/api/audit');

    await (await input('hasta')).setValue('');
    await (await page.getHarness(MatButtonHarness.with({ text: 'Buscar' }))).click();
    apiError(list(), 422, 'VALIDACION', 'Los datos tienen errores; revise los campos indicados.', [
      { path: 'desde', message: 'Debe ser una fecha válida con el formato AAAA-MM-DD.' },
    ]);
    await settle(fixture);
    const desde = await page.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Desde' }));
    expect(await desde.getTextErrors()).toEqual(['Debe ser una fecha válida con el formato AAAA-MM-DD.']);
  });
});
