import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { ENTES, adminTestProviders, apiError, documentText, settle } from '../admin-testing';
import { ENTE_SEARCH_DEBOUNCE_MS, EntesPage } from './entes-page';

describe('EntesPage', () => {
  let fixture: ComponentFixture<EntesPage>;
  let backend: HttpTestingController;
  let page: HarnessLoader;
  let root: HarnessLoader;

  const debounce = () => new Promise((resolve) => setTimeout(resolve, ENTE_SEARCH_DEBOUNCE_MS + 20));
  const listRequest = () => backend.expectOne((request) => request.method === 'GET' && request.url === '/api/entes');

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EntesPage);
    page = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    await debounce();
    listRequest().flush(ENTES);
    await settle(fixture);
  });

  afterEach(() => backend.verify());

  const dialog = () => root.getHarness(MatDialogHarness);
  const inDialog = async (name: string) => (await dialog()).getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
  const rows = () =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
    );

  it('shows catalog labels, not keys, and the state as text', () => {
    expect(rows()[0]).toEqual(['SEFIN', 'Secretaría de Finanzas', 'SEFIN', 'Estatal', 'Ejecutivo', 'Oaxaca', 'Activo', 'Modificar Secretaría de Finanzas Desactivar Secretaría de Finanzas']);
    expect(rows()[2].slice(2, 7)).toEqual(['—', 'Municipal / Alcaldía', 'Ejecutivo', '—', 'Inactivo']);
  });

  it('searches through the API (which ignores accents) once typing pauses, and can limit to active entes', async () => {
    await (await page.getHarness(MatInputHarness.with({ selector: '[type="search"]' }))).setValue('educacion');
    backend.expectNone((request) => request.url === '/api/entes');
    await debounce();
    const search: TestRequest = listRequest();
    expect(search.request.params.get('q')).toBe('educacion');
    expect(search.request.params.has('activos')).toBe(false);
    search.flush([ENTES[1]]);
    await settle(fixture);
    expect(documentText()).toContain('1 ente coincide con «educacion».');
    expect(rows().map((row) => row[1])).toEqual(['Secretaría de Educación']);

    (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('mat-checkbox input')?.click();
    await debounce();
    const active = listRequest();
    expect(active.request.params.get('activos')).toBe('1');
    active.flush([ENTES[1]]);
    await settle(fixture);
  });

  it('registers an ente with catalog selects, showing required errors first', async () => {
    await (await page.getHarness(MatButtonHarness.with({ text: 'Nuevo ente' }))).click();
    await settle(fixture);
    await (await (await dialog()).getHarness(MatButtonHarness.with({ text: 'Registrar ente' }))).click();
    const errors = async (label: string) => (await (await dialog()).getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))).getTextErrors();
    expect(await errors('Clave')).toEqual(['Escriba la clave del ente.']);
    expect(await errors('Orden de gobierno')).toEqual(['Elija el orden de gobierno.']);

    await (await inDialog('clave')).setValue('SEFIN 2');
    await (await inDialog('nombre')).setValue('Secretaría de Finanzas');
    expect(await errors('Clave')).toEqual(['Use letras, números, punto, guion o guion bajo, sin espacios.']);
    await (await inDialog('clave')).setValue('SEFIN');
    const select = async (name: string, option: string) => {
      const harness = await (await dialog()).getHarness(MatSelectHarness.with({ selector: `[formControlName="${name}"]` }));
      await harness.open();
      await harness.clickOptions({ text: option });
    };
    await select('ordenGobierno', 'Estatal');
    await select('ambitoPublico', 'Ejecutivo');
    await select('entidadFederativa', 'Oaxaca');
    await (await (await dialog()).getHarness(MatButtonHarness.with({ text: 'Registrar ente' }))).click();

    const request = backend.expectOne({ method: 'POST', url: '/api/entes' });
    expect(request.request.body).toEqual({ clave: 'SEFIN', nombre: 'Secretaría de Finanzas', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO', entidadFederativa: '20' });
    apiError(request, 409, 'CONFLICTO', 'Ya existe un ente público con la clave «SEFIN».');
    await settle(fixture);
    expect(await (await dialog()).getText()).toContain('Ya existe un ente público con la clave «SEFIN».');
  });

  it('deactivates after confirming, sending the whole ente with activo=false', async () => {
    await (await page.getHarness(MatButtonHarness.with({ text: /^Desactivar Secretaría de Finanzas/ }))).click();
    await settle(fixture);
    await (await (await dialog()).getHarness(MatButtonHarness.with({ text: 'Desactivar ente' }))).click();
    await settle(fixture);
    const request = backend.expectOne({ method: 'PUT', url: '/api/entes/3' });
    expect(request.request.body).toEqual({
      clave: 'SEFIN',
      nombre: 'Secretaría de Finanzas',
      siglas: 'SEFIN',
      ordenGobierno: 'ESTATAL',
      ambitoPublico: 'EJECUTIVO',
      entidadFederativa: '20',
      activo: false,
    });
    request.flush({ ...ENTES[0], activo: false });
    await settle(fixture);
    await debounce();
    listRequest().flush([{ ...ENTES[0], activo: false }, ...ENTES.slice(1)]);
    await settle(fixture);
    expect(documentText()).toContain('Secretaría de Finanzas quedó inactivo.');
  });
});
