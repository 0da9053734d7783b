import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AccessLogEntry, ApiTokenView, ConsumerView } from '@pde/web/panel/data-access-admin';
import { adminTestProviders, apiError, documentText, occurrences, settle } from '../admin-testing';
import { ConsumerDetailPage } from './consumer-detail-page';

const CONSUMER: ConsumerView = {
  id: 2,
  nombre: 'Fiscalía Anticorrupción',
  rol: 'confidencial',
  fundamento: 'Convenio SESNA-2026/14',
  sistemas: ['S2', 'S3S', 'S3P'],
  client_id: 'pde-fiscalia-anticorrupcion-Qw3rTy',
  username: 'api-fiscalia-anticorrupcion-Zx9Cv8',
  activo: true,
  creadoEn: '2026-01-10T16:00:00.000Z',
  creadoPor: 'admin@pde.demo',
  revocadoEn: null,
};
const TOKEN = (id: number, prefijo: string): ApiTokenView => ({
  id,
  prefijo,
  rol: 'confidencial',
  creadoEn: '2026-01-10T16:00:00.000Z',
  creadoPor: 'admin@pde.demo',
  expiraEn: null,
  ultimoUso: null,
  revocadoEn: null,
  activo: true,
});
const LOG: AccessLogEntry[] = [
  { fecha: '2026-02-01T17:00:00.000Z', metodo: 'POST', ruta: '/v1/s2', estado: 200, registros: 12, duracionMs: 35, rfcSolicitante: 'XAXX010101000', parametros: { page: 1 } },
];
const NEW_TOKEN = 'pde_s3_Nw9z8y7x6w5v4u3t2s1r0q9p8o7n6m5l4k';

describe('ConsumerDetailPage', () => {
  let harness: RouterTestingHarness;
  let root: HarnessLoader;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    TestBed.inject(Router).resetConfig([{ path: 'panel/admin/consumidores/:id', component: ConsumerDetailPage }]);
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/panel/admin/consumidores/2');
    root = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    answerLoad([TOKEN(7, 'pde_s3_Ab12…')]);
    await settle(harness.fixture);
  });

  afterEach(() => backend.verify());

  function answerLoad(tokens: ApiTokenView[], consumer = CONSUMER): void {
    backend.expectOne('/api/admin/consumers/2').flush(consumer);
    backend.expectOne('/api/admin/consumers/2/tokens').flush(tokens);
    backend.expectOne('/api/admin/consumers/2/access-log').flush(LOG);
  }

  const pageButton = async (text: string | RegExp) => TestbedHarnessEnvironment.loader(harness.fixture).getHarness(MatButtonHarness.with({ text }));
  const dialog = () => root.getHarness(MatDialogHarness);
  const dialogButton = async (text: string | RegExp) => (await dialog()).getHarness(MatButtonHarness.with({ text }));
  const alerts = () => Array.from(document.querySelectorAll('[role="alert"]')).map((e) => e.textContent?.trim());

  it('shows the consumer, its tokens and its recent PDN calls', () => {
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toBe('Fiscalía Anticorrupción');
    expect(page.textContent).toContain('Convenio SESNA-2026/14');
    const tokenRow = Array.from(page.querySelectorAll('section[aria-labelledby="tokens-title"] tbody td')).map((td) => td.textContent?.trim());
    expect(tokenRow.slice(0, 2)).toEqual(['pde_s3_Ab12…', 'Activo']);
    expect(tokenRow[3]).toBe('No vence');
    expect(tokenRow[4]).toBe('Sin uso');
    const logRow = Array.from(page.querySelectorAll('section[aria-labelledby="log-title"] tbody td')).map((td) => td.textContent?.trim());
    expect(logRow.slice(1)).toEqual(['POST /v1/s2', '200', '12', '35 ms', 'XAXX010101000', '{"page":1}']);
  });

  it('explains why a third token cannot be issued (409 from the API)', async () => {
    await (await pageButton('Emitir token nuevo')).click();
    const message = 'El consumidor ya tiene dos tokens activos; revoque el anterior antes de emitir otro.';
    apiError(backend.expectOne({ method: 'POST', url: '/api/admin/consumers/2/tokens' }), 409, 'CONFLICTO', message);
    await settle(harness.fixture);
    expect(alerts()).toContain(message);
    expect(await root.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
  });

  it('shows a rotated token once and lists it afterwards by its prefix only', async () => {
    await (await pageButton('Emitir token nuevo')).click();
    backend.expectOne({ method: 'POST', url: '/api/admin/consumers/2/tokens' }).flush({ id: 8, token: NEW_TOKEN });
    await settle(harness.fixture);
    answerLoad([TOKEN(8, 'pde_s3_Nw9z…'), TOKEN(7, 'pde_s3_Ab12…')]);
    await settle(harness.fixture);
    expect(occurrences(NEW_TOKEN)).toBe(1);

    await (await (await dialog()).getHarness(MatCheckboxHarness)).check();
    await (await dialogButton('Cerrar')).click();
    await settle(harness.fixture);
    expect(occurrences(NEW_TOKEN)).toBe(0);
    expect(documentText()).toContain('pde_s3_Nw9z…');
    expect(documentText()).toContain('Se emitió el token nuevo.');
  });

  it('revokes the consumer only after an explicit confirmation', async () => {
    await (await pageButton('Revocar consumidor')).click();
    await settle(harness.fixture);
    expect(await (await dialog()).getTitleText()).toBe('¿Revocar el consumidor Fiscalía Anticorrupción?');
    await (await dialogButton('Cancelar')).click();
    await settle(harness.fixture);
    backend.expectNone({ method: 'POST', url: '/api/admin/consumers/2/revoke' });

    await (await pageButton('Revocar consumidor')).click();
    await settle(harness.fixture);
    await (await dialogButton('Revocar consumidor')).click();
    await settle(harness.fixture);
    backend.expectOne({ method: 'POST', url: '/api/admin/consumers/2/revoke' }).flush({ ...CONSUMER, activo: false });
    await settle(harness.fixture);
    answerLoad([{ ...TOKEN(7, 'pde_s3_Ab12…') }], { ...CONSUMER, activo: false, revocadoEn: '2026-02-02T10:00:00.000Z' });
    await settle(harness.fixture);
    expect(documentText()).toContain('Se revocó el consumidor Fiscalía Anticorrupción.');
    expect(await TestbedHarnessEnvironment.loader(harness.fixture).getAllHarnesses(MatButtonHarness.with({ text: 'Emitir token nuevo' }))).toHaveLength(0);
  });

  it('revokes a single token after confirming', async () => {
    await (await pageButton(/Revocar el token pde_s3_Ab12…/)).click();
    await settle(harness.fixture);
    await (await dialogButton('Revocar token')).click();
    await settle(harness.fixture);
    backend.expectOne({ method: 'POST', url: '/api/admin/consumers/tokens/7/revoke' }).flush({ ...TOKEN(7, 'pde_s3_Ab12…'), activo: false });
    await settle(harness.fixture);
    answerLoad([{ ...TOKEN(7, 'pde_s3_Ab12…'), activo: false, revocadoEn: '2026-02-02T10:00:00.000Z' }]);
    await settle(harness.fixture);
    expect(documentText()).toContain('Se revocó el token pde_s3_Ab12….');
    expect(documentText()).toContain('Revocado');
  });
});
