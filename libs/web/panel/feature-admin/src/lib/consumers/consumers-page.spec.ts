import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { ConsumerView, IssuedCredentials } from '@pde/web/panel/data-access-admin';
import { adminTestProviders, apiError, documentText, occurrences, settle } from '../admin-testing';
import { ConsumersPage } from './consumers-page';

const EXISTING: ConsumerView = {
  id: 1,
  nombre: 'Plataforma Digital Nacional',
  rol: 'publico',
  fundamento: null,
  sistemas: ['S2', 'S3S', 'S3P'],
  client_id: 'pde-plataforma-digital-na-a1b2c3',
  username: 'api-plataforma-digital-na-d4e5f6',
  activo: true,
  creadoEn: '2026-01-10T16:00:00.000Z',
  creadoPor: 'admin@pde.demo',
  revocadoEn: null,
};

const issued = (): IssuedCredentials => ({
  id: 2,
  name: 'Fiscalía Anticorrupción',
  role: 'confidencial',
  client_id: 'pde-fiscalia-anticorrupcion-Qw3rTy',
  client_secret: 'cs_9f8e7d6c5b4a39281706f5e4d3c2b1a0zZ',
  username: 'api-fiscalia-anticorrupcion-Zx9Cv8',
  password: 'pw_0a1b2c3d4e5f60718293a4b5c6d7e8f9Yy',
  token: 'pde_s3_Tk4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4',
});

describe('ConsumersPage', () => {
  let fixture: ComponentFixture<ConsumersPage>;
  let backend: HttpTestingController;
  let root: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConsumersPage);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    backend.expectOne('/api/admin/consumers').flush([EXISTING]);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  const dialog = () => root.getHarness(MatDialogHarness);
  const dialogs = () => root.getAllHarnesses(MatDialogHarness);
  const button = async (text: string | RegExp) => (await dialog()).getHarness(MatButtonHarness.with({ text }));

  async function openCreate(): Promise<void> {
    await (await TestbedHarnessEnvironment.loader(fixture).getHarness(MatButtonHarness.with({ text: 'Nuevo consumidor' }))).click();
    await settle(fixture);
  }

  async function fillConfidential(fundamento: string): Promise<void> {
    const d = await dialog();
    await (await d.getHarness(MatInputHarness.with({ selector: '[formControlName="nombre"]' }))).setValue('Fiscalía Anticorrupción');
    const role = await d.getHarness(MatSelectHarness);
    await role.open();
    await role.clickOptions({ text: /Confidencial/ });
    await (await d.getHarness(MatInputHarness.with({ selector: '[formControlName="fundamento"]' }))).setValue(fundamento);
  }

  it('lists consumers with role, client_id, state and creation date', () => {
    const cells = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('tbody td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 4)).toEqual([
      'Plataforma Digital Nacional: ver tokens y accesos',
      'Público (campos públicos)',
      'pde-plataforma-digital-na-a1b2c3',
      'Activo',
    ]);
    expect(cells[4]).toMatch(/2026/);
  });

  it('requires the legal basis for the confidential role', async () => {
    await openCreate();
    await fillConfidential('   ');
    await (await button('Crear y generar credenciales')).click();
    const field = await (await dialog()).getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Fundamento legal' }));
    expect(await field.getTextErrors()).toEqual(['El rol confidencial requiere el fundamento legal de la autorización.']);
    backend.expectNone({ method: 'POST', url: '/api/admin/consumers' });
  });

  it('shows every credential exactly once, asks for confirmation before closing and then forgets them', async () => {
    await openCreate();
    await fillConfidential('Convenio SESNA-2026/14');
    await (await button('Crear y generar credenciales')).click();
    const request = backend.expectOne({ method: 'POST', url: '/api/admin/consumers' });
    expect(request.request.body).toEqual({ nombre: 'Fiscalía Anticorrupción', rol: 'confidencial', fundamento: 'Convenio SESNA-2026/14' });
    const answer = issued();
    const secrets = [answer.client_id, answer.client_secret, answer.username, answer.password, answer.token];
    request.flush(answer);
    await settle(fixture);
    backend.expectOne({ method: 'GET', url: '/api/admin/consumers' }).flush([EXISTING]);
    await settle(fixture);

    expect(await dialogs()).toHaveLength(1);
    expect(await (await dialog()).getTitleText()).toBe('Credenciales de Fiscalía Anticorrupción');
    for (const secret of secrets) expect(occurrences(secret)).toBe(1);
    expect(await (await dialog()).getAllHarnesses(MatButtonHarness.with({ text: /^Copiar/ }))).toHaveLength(5);
    expect(await button('Descargar como archivo JSON')).toBeTruthy();

    await (await dialog()).close(); // Escape
    await (await button('Cerrar')).click();
    expect(await dialogs()).toHaveLength(1);
    expect(documentText()).toContain('Marque la casilla para confirmar que ya lo guardó');

    await (await (await dialog()).getHarness(MatCheckboxHarness)).check();
    await (await button('Cerrar')).click();
    await settle(fixture);
    expect(await dialogs()).toHaveLength(0);
    const [, clientSecret, , password, token] = secrets;
    for (const secret of [clientSecret, password, token]) expect(occurrences(secret)).toBe(0);
    // The app kept no readable copy: the answer object it received (HttpClient hands over the
    // flushed object itself) was emptied once the secrets went to the dialog.
    expect([answer.client_secret, answer.password, answer.token]).toEqual(['', '', '']);
    expect(documentText()).toContain('Se creó el consumidor Fiscalía Anticorrupción. Sus credenciales ya no pueden verse de nuevo.');
  });

  it('keeps the dialog open with the API message when the name is taken', async () => {
    await openCreate();
    await fillConfidential('Convenio SESNA-2026/14');
    await (await button('Crear y generar credenciales')).click();
    apiError(backend.expectOne({ method: 'POST', url: '/api/admin/consumers' }), 409, 'CONFLICTO', 'Ya existe un consumidor activo con el nombre «Fiscalía Anticorrupción».');
    await settle(fixture);
    expect(await dialogs()).toHaveLength(1);
    expect(await (await dialog()).getText()).toContain('Ya existe un consumidor activo con el nombre «Fiscalía Anticorrupción».');
  });
});
