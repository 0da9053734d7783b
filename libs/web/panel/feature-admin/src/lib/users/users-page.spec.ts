import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { UserView } from '@pde/shared/contracts';
import { ENTES, adminTestProviders, apiError, documentText, occurrences, settle } from '../admin-testing';
import { UsersPage } from './users-page';

const ANA: UserView = {
  id: 2,
  email: 'ana@pde.demo',
  nombre: 'Ana Capturista',
  rol: 'CAPTURISTA',
  enteId: 3,
  revisaTodos: false,
  entesRevision: [],
  activo: true,
  debeCambiarContrasena: false,
  bloqueadoHasta: '2026-03-12T20:35:00.000Z',
  ultimoAcceso: null,
};
const RITA: UserView = { ...ANA, id: 3, email: 'rita@pde.demo', nombre: 'Rita Revisora', rol: 'REVISOR', enteId: null, entesRevision: [3, 4], activo: false, bloqueadoHasta: null };
const GENERATED = 'Gz7-kq2P-x9Lm-W4ta';

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let backend: HttpTestingController;
  let page: HarnessLoader;
  let root: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersPage);
    page = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    backend.expectOne('/api/admin/users').flush([ANA, RITA]);
    backend.expectOne('/api/entes').flush(ENTES);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  const dialog = () => root.getHarness(MatDialogHarness);
  const dialogs = () => root.getAllHarnesses(MatDialogHarness);
  const inDialog = async <T>(query: Parameters<MatDialogHarness['getHarness']>[0]) => (await dialog()).getHarness(query) as Promise<T>;
  const field = async (label: string) => inDialog<MatFormFieldHarness>(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (name: string) => inDialog<MatInputHarness>(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
  const dialogButton = async (text: string | RegExp) => inDialog<MatButtonHarness>(MatButtonHarness.with({ text }));

  async function openCreate(): Promise<void> {
    await (await page.getHarness(MatButtonHarness.with({ text: 'Nuevo usuario' }))).click();
    await settle(fixture);
  }

  async function chooseRole(label: string): Promise<void> {
    const select = await inDialog<MatSelectHarness>(MatSelectHarness.with({ selector: '[formControlName="rol"]' }));
    await select.open();
    await select.clickOptions({ text: label });
  }

  async function fillBasics(role: string): Promise<void> {
    await (await input('email')).setValue('nuevo@pde.demo');
    await (await input('nombre')).setValue('Nora Nueva');
    await chooseRole(role);
  }

  it('lists the people with role, ente, state, lock and last access as text', () => {
    const rows = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0].slice(0, 4)).toEqual(['Ana Capturista', 'ana@pde.demo', 'Captura', 'Secretaría de Finanzas (SEFIN)']);
    expect(rows[0][4]).toBe('Activo');
    expect(rows[0][5]).toMatch(/2026/);
    expect(rows[0][6]).toBe('Nunca');
    expect(rows[1].slice(2, 5)).toEqual(['Revisión', 'Secretaría de Finanzas (SEFIN); Secretaría de Educación (SEE)', 'Inactivo']);
    expect(rows[1][5]).toBe('No bloqueado');
  });

  it('a CAPTURISTA needs an ente chosen from the list (accents ignored) before anything is sent', async () => {
    await openCreate();
    await fillBasics('Captura');
    await (await dialogButton('Crear usuario')).click();
    expect(await (await field('Ente público')).getTextErrors()).toEqual(['Una persona capturista debe tener asignado el ente para el que captura.']);

    const ente = await inDialog<MatAutocompleteHarness>(MatAutocompleteHarness.with({ selector: '[formControlName="ente"]' }));
    await ente.enterText('educacion');
    await (await dialogButton('Crear usuario')).click();
    expect(await (await field('Ente público')).getTextErrors()).toEqual(['Elija el ente de la lista de sugerencias.']);
    backend.expectNone('/api/admin/users');

    await ente.clear();
    await ente.enterText('educacion');
    const options = await ente.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Secretaría de Educación (SEE)']);
    await ente.selectOption({ text: 'Secretaría de Educación (SEE)' });
    await (await dialogButton('Crear usuario')).click();

    const request = backend.expectOne({ method: 'POST', url: '/api/admin/users' });
    expect(request.request.body).toEqual({ email: 'nuevo@pde.demo', nombre: 'Nora Nueva', rol: 'CAPTURISTA', enteId: 4, revisaTodos: false, entesRevision: [] });
    request.flush({ usuario: { ...ANA, id: 9, email: 'nuevo@pde.demo', nombre: 'Nora Nueva', enteId: 4, debeCambiarContrasena: false } });
    await settle(fixture);
    expect(await dialogs()).toHaveLength(0);
    expect(documentText()).toContain('Se creó el usuario Nora Nueva (nuevo@pde.demo).');
  });

  it('a REVISOR reviews some entes or all of them', async () => {
    await openCreate();
    await fillBasics('Revisión');
    await (await dialogButton('Crear usuario')).click();
    expect(await (await field('Entes que revisa')).getTextErrors()).toEqual(['Indique los entes que revisa o marque que revisa todos.']);
    backend.expectNone('/api/admin/users');

    await (await inDialog<MatCheckboxHarness>(MatCheckboxHarness.with({ label: /todos los entes/ }))).check();
    await (await dialogButton('Crear usuario')).click();
    const request = backend.expectOne({ method: 'POST', url: '/api/admin/users' });
    expect(request.request.body).toEqual({ email: 'nuevo@pde.demo', nombre: 'Nora Nueva', rol: 'REVISOR', revisaTodos: true, entesRevision: [] });
    request.flush({ usuario: { ...RITA, id: 9 } });
    await settle(fixture);
  });

  it('shows a generated password once, only closes after an explicit confirmation and then forgets it', async () => {
    await openCreate();
    await fillBasics('Administración de la plataforma');
    await (await dialogButton('Crear usuario')).click();
    const request = backend.expectOne({ method: 'POST', url: '/api/admin/users' });
    expect(request.request.body).not.toHaveProperty('password');
    request.flush({ usuario: { ...ANA, id: 9, rol: 'ADMIN', enteId: null, nombre: 'Nora Nueva', debeCambiarContrasena: true }, contrasenaGenerada: GENERATED });
    await settle(fixture);

    const secrets = await dialog();
    expect(await secrets.getTitleText()).toBe('Contraseña temporal generada');
    expect(occurrences(GENERATED)).toBe(1);
    expect(documentText()).toContain('Se muestra una sola vez.');

    // Escape does not close it, and neither does «Cerrar» without the confirmation.
    await secrets.close();
    await (await dialogButton('Cerrar')).click();
    expect(await dialogs()).toHaveLength(1);
    expect(documentText()).toContain('Marque la casilla para confirmar que ya lo guardó');

    await (await inDialog<MatCheckboxHarness>(MatCheckboxHarness)).check();
    await (await dialogButton('Cerrar')).click();
    await settle(fixture);
    expect(await dialogs()).toHaveLength(0);
    expect(occurrences(GENERATED)).toBe(0);
  });

  it('shows the API conflict (duplicate email) plainly and keeps the dialog open', async () => {
    await openCreate();
    await fillBasics('Consulta');
    await (await input('password')).setValue('Una-Clave-Inicial-2026');
    await (await dialogButton('Crear usuario')).click();
    const request = backend.expectOne({ method: 'POST', url: '/api/admin/users' });
    expect(request.request.body).toEqual({
      email: 'nuevo@pde.demo',
      nombre: 'Nora Nueva',
      rol: 'CONSULTA',
      revisaTodos: false,
      entesRevision: [],
      password: 'Una-Clave-Inicial-2026',
    });
    apiError(request, 409, 'CONFLICTO', 'Ya existe un usuario con el correo nuevo@pde.demo.');
    await settle(fixture);
    expect(await dialogs()).toHaveLength(1);
    expect(await (await dialog()).getText()).toContain('Ya existe un usuario con el correo nuevo@pde.demo.');
  });

  it('edits role, entes and state, and shows the last-admin rule next to the role', async () => {
    await (await page.getHarness(MatButtonHarness.with({ text: /Modificar a Rita Revisora/ }))).click();
    await settle(fixture);
    expect(await (await input('email')).isDisabled()).toBe(true);
    await (await inDialog<MatCheckboxHarness>(MatCheckboxHarness.with({ label: /Cuenta activa/ }))).check();
    await (await dialogButton('Guardar cambios')).click();

    const request = backend.expectOne({ method: 'PUT', url: '/api/admin/users/3' });
    expect(request.request.body).toEqual({ nombre: 'Rita Revisora', rol: 'REVISOR', revisaTodos: false, entesRevision: [3, 4], activo: true });
    apiError(request, 422, 'VALIDACION', 'Los datos tienen errores; revise los campos indicados.', [
      { path: 'rol', message: 'Debe quedar al menos una persona con rol de administración activa.' },
    ]);
    await settle(fixture);
    expect(await (await field('Rol')).getTextErrors()).toEqual(['Debe quedar al menos una persona con rol de administración activa.']);

    // Sending again is possible: the old API message does not block the form.
    await (await dialogButton('Guardar cambios')).click();
    backend.expectOne({ method: 'PUT', url: '/api/admin/users/3' }).flush({ ...RITA, activo: true });
    await settle(fixture);
    expect(await dialogs()).toHaveLength(0);
    expect(documentText()).toContain('Se guardaron los cambios de Rita Revisora.');
  });

  it('resets a password after confirming and shows the new one once', async () => {
    await (await page.getHarness(MatButtonHarness.with({ text: /Restablecer contraseña de Ana Capturista/ }))).click();
    await settle(fixture);
    await (await dialogButton('Restablecer contraseña')).click();
    await settle(fixture);
    backend.expectOne({ method: 'POST', url: '/api/admin/users/2/reset-password' }).flush({ contrasenaGenerada: GENERATED });
    await settle(fixture);
    expect(occurrences(GENERATED)).toBe(1);
    await (await inDialog<MatCheckboxHarness>(MatCheckboxHarness)).check();
    await (await dialogButton('Cerrar')).click();
    await settle(fixture);
    backend.expectOne('/api/admin/users/2').flush({ ...ANA, debeCambiarContrasena: true, bloqueadoHasta: null });
    await settle(fixture);
    expect(occurrences(GENERATED)).toBe(0);
    expect(documentText()).toContain('Se restableció la contraseña de Ana Capturista.');
  });
});
