import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import {
  FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA,
  FIXTURE_CURP,
  GENERO,
  MONEDA,
  MONEDA_REAL_CURRENCIES,
  TIPO_AREA,
  TIPO_SANCION_BLOCK_FIELD,
  bool,
  catalogEntry,
  date,
  decimal,
  defineCatalog,
  int,
  list,
  obj,
  str,
  text,
  type ObjectNode,
} from '@pde/shared/contracts';
import type { FormLayout } from './form-layout';
import { RecordForm } from './record-form';
import { RecordFormModel } from './record-form-model';

const COLOR = defineCatalog('color', 'colores', [
  { clave: 'ROJO', valor: 'Rojo' },
  { clave: 'AZUL', valor: 'Azul' },
]);

const SCHEMA: ObjectNode = obj({
  label: 'Prueba',
  fields: {
    nombre: str({ label: 'Nombre', required: true, help: 'Como en la identificación.' }),
    curp: str({ label: 'CURP', format: 'curp' }),
    notas: text({ label: 'Notas' }),
    color: str({ label: 'Color', catalog: COLOR }),
    moneda: str({ label: 'Moneda', catalog: MONEDA, suggestions: MONEDA_REAL_CURRENCIES }),
    cantidad: int({ label: 'Cantidad', min: 0 }),
    monto: decimal({ label: 'Monto', scale: 2, min: 0 }),
    fecha: date({ label: 'Fecha', notInFuture: true }),
    activo: bool({ label: 'Activo' }),
    genero: catalogEntry({ label: 'Género', catalog: GENERO }),
    areas: list({ label: 'Áreas', of: catalogEntry({ label: 'Área', catalog: TIPO_AREA }) }),
    domicilio: obj({ label: 'Domicilio', fields: { calle: str({ label: 'Calle', required: true }), servidor: str({ label: 'Servidor' }) } }),
  },
});

const LAYOUT: FormLayout = {
  sections: [
    { id: 'uno', title: 'Datos', fields: ['nombre', 'curp', 'notas', 'color', 'moneda', 'cantidad', 'monto', 'fecha', 'activo', 'genero', 'areas'] },
    { id: 'dos', title: 'Domicilio', fields: ['domicilio'] },
  ],
  fields: { 'domicilio.servidor': { serverFilled: (context) => `Lo llena el servidor: ${context.enteNombre}` } },
};

/** The S3 schema of the API, with the conditional display of the feature's layout. */
const S3_LAYOUT: FormLayout = {
  sections: [
    { id: 'faltas', title: 'Faltas', fields: ['origenProcedimiento', 'faltaCometida'] },
    { id: 'sanciones', title: 'Sanciones', fields: ['tipoSancion'] },
  ],
  fields: {
    'origenProcedimiento.valor': { visibleWhen: (p) => p['clave'] === 'OTRO' },
    'faltaCometida[].valor': { visibleWhen: (p) => p['clave'] === 'OTRO' },
    ...Object.fromEntries(
      Object.entries(TIPO_SANCION_BLOCK_FIELD).map(([clave, field]) => [
        `tipoSancion[].${field}`,
        { visibleWhen: (p: Record<string, unknown>) => p['clave'] === clave },
      ]),
    ),
  },
};

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordForm],
  template: `<pde-record-form [model]="model()" [showErrorSummary]="summary()" />`,
})
class Host {
  readonly model = signal<RecordFormModel>(new RecordFormModel(SCHEMA, LAYOUT, {}));
  readonly summary = signal(false);
}

describe('RecordForm (schema-driven form)', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let model: RecordFormModel;

  async function render(schema: ObjectNode, layout: FormLayout, value: Record<string, unknown> = {}): Promise<HTMLElement> {
    fixture = TestBed.createComponent(Host);
    model = new RecordFormModel(schema, layout, value, { today: '2026-01-15', context: { enteNombre: 'Secretaría de Finanzas' } });
    fixture.componentInstance.model.set(model);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = (id: string) => loader.getHarness(MatInputHarness.with({ selector: `#campo-${id}` }));
  const select = (id: string) => loader.getHarness(MatSelectHarness.with({ selector: `#campo-${id}` }));
  const button = (text: string | RegExp) => loader.getHarness(MatButtonHarness.with({ text }));
  const texts = (page: HTMLElement, selector: string) => Array.from(page.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

  it('renders an input for every kind of node, with labels, help, sections and server-filled text', async () => {
    const page = await render(SCHEMA, LAYOUT);
    expect(texts(page, 'h2')).toEqual(['Paso 1 de 2 Datos', 'Paso 2 de 2 Domicilio']);
    expect(await (await input('nombre')).getType()).toBe('text');
    expect(await (await input('nombre')).isRequired()).toBe(true);
    expect(await (await field('Nombre')).getTextHints()).toEqual(['Como en la identificación.']);
    expect(page.querySelector('textarea#campo-notas')).not.toBeNull();
    expect(await (await input('cantidad')).getType()).toBe('number');
    expect(page.querySelector('#campo-monto')?.getAttribute('step')).toBe('0.01');
    expect(await (await input('fecha')).getType()).toBe('date');
    expect(await loader.getHarness(MatAutocompleteHarness.with({ selector: '#campo-moneda' }))).toBeTruthy();
    expect(await (await loader.getHarness(MatRadioGroupHarness)).getRadioButtons()).toHaveLength(3);
    expect(await (await select('areas')).isMultiple()).toBe(true);
    expect(page.querySelector('fieldset#campo-domicilio legend')?.textContent).toContain('Domicilio');
    expect(page.querySelector('#campo-domicilio-servidor')).toBeNull();
    expect(page.textContent).toContain('Lo llena el servidor: Secretaría de Finanzas');

    const color = await select('color');
    await color.open();
    expect(await Promise.all((await color.getOptions()).map((o) => o.getText()))).toEqual(['Sin seleccionar', 'Rojo', 'Azul']);
  });

  it('builds the data the API expects from what was typed and selected', async () => {
    await render(SCHEMA, LAYOUT);
    await (await input('nombre')).setValue('  Ana  ');
    await (await input('monto')).setValue('1250.5');
    await (await select('genero')).clickOptions({ text: 'FEMENINO' });
    const areas = await select('areas');
    await areas.open();
    await areas.clickOptions({ text: 'RESPONSABLE DE LA CONTRATACIÓN' });
    await (await (await loader.getHarness(MatRadioGroupHarness)).getRadioButtons({ label: 'Sí' }))[0].check();
    await (await input('domicilio-calle')).setValue('Reforma');
    expect(model.data()).toEqual({
      nombre: '  Ana  ',
      monto: 1250.5,
      activo: true,
      genero: { clave: 'F', valor: 'FEMENINO' },
      areas: [{ clave: 'RC', valor: 'RESPONSABLE DE LA CONTRATACIÓN' }],
      domicilio: { calle: 'Reforma' },
    });
    expect(model.dirty()).toBe(true);
  });

  it('shows required and format errors as <mat-error> while typing, and check-digit warnings as hints', async () => {
    await render(SCHEMA, LAYOUT);
    const nombre = await input('nombre');
    expect(await (await field('Nombre')).getTextErrors()).toEqual([]);
    await nombre.setValue('A');
    await nombre.setValue('');
    expect(await (await field('Nombre')).getTextErrors()).toEqual(['Este campo es obligatorio.']);

    await (await input('curp')).setValue('ABC');
    expect(await (await field('CURP')).getTextErrors()).toEqual([expect.stringMatching(/^La CURP debe tener 18 caracteres/)]);
    const wrongDigit = FIXTURE_CURP.slice(0, 17) + (FIXTURE_CURP.endsWith('0') ? '1' : '0');
    await (await input('curp')).setValue(wrongDigit);
    expect(await (await field('CURP')).getTextErrors()).toEqual([]);
    expect(await (await field('CURP')).getTextHints()).toEqual([expect.stringMatching(/^Advertencia: El dígito verificador de la CURP no coincide/)]);

    await (await input('monto')).setValue('10.555');
    expect(await (await field('Monto')).getTextErrors()).toEqual(['Debe tener como máximo 2 decimales.']);
    await (await input('fecha')).setValue('2030-01-01');
    expect(await (await field('Fecha')).getTextErrors()).toEqual(['La fecha no puede ser posterior a hoy.']);

    // A required field inside an optional group is only demanded once the group has data.
    expect(await (await field('Calle')).getTextErrors()).toEqual([]);
    expect(
      model
        .errors()
        .map((e) => e.path)
        .sort(),
    ).toEqual(['fecha', 'monto', 'nombre']);
    expect(model.warnings().map((w) => w.path)).toEqual(['curp']);
  });

  it('lists every error in the summary, and its entries take the focus to the field', async () => {
    const page = await render(SCHEMA, LAYOUT);
    fixture.componentInstance.summary.set(true);
    model.revealErrors();
    await fixture.whenStable();
    expect(texts(page, '[id="campo-errores"] li')).toEqual(['Nombre: Este campo es obligatorio.']);
    expect(await (await field('Nombre')).getTextErrors()).toEqual(['Este campo es obligatorio.']);
    (page.querySelector('[id="campo-errores"] li button') as HTMLButtonElement).click();
    expect(document.activeElement?.id).toBe('campo-nombre');
  });

  it('shows only the sub-form of the selected tipoSancion clave and empties the one it hides', async () => {
    const page = await render(FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA, S3_LAYOUT);
    await (await button('Agregar sanción')).click();
    expect(texts(page, '.pde-block__title')).toEqual(['Sanción 1']);
    expect(page.querySelector('#campo-tipoSancion-0-inhabilitacion')).toBeNull();

    await (await select('tipoSancion-0-clave')).clickOptions({ text: /^Inhabilitación/ });
    expect(page.querySelector('fieldset#campo-tipoSancion-0-inhabilitacion legend')?.textContent).toContain('Inhabilitación');
    expect(page.querySelector('#campo-tipoSancion-0-suspensionEmpleo')).toBeNull();
    await (await input('tipoSancion-0-inhabilitacion-plazoAnios')).setValue('2');
    expect(model.data()['tipoSancion']).toEqual([{ clave: 'INHABILITACION', inhabilitacion: { plazoAnios: 2 } }]);

    await (await select('tipoSancion-0-clave')).clickOptions({ text: /^Suspensión/ });
    expect(page.querySelector('#campo-tipoSancion-0-inhabilitacion')).toBeNull();
    expect(page.querySelector('fieldset#campo-tipoSancion-0-suspensionEmpleo')).not.toBeNull();
    expect(model.data()['tipoSancion']).toEqual([{ clave: 'SUSPENSION' }]);
    expect(model.errors().map((e) => e.message)).toContain(
      'Capture los datos de la suspensión del empleo, cargo o comisión: la sanción seleccionada los requiere.',
    );

    await (await select('tipoSancion-0-clave')).clickOptions({ text: /^Inhabilitación/ });
    expect(await (await input('tipoSancion-0-inhabilitacion-plazoAnios')).getValue()).toBe('');
  });

  it('keeps a block just added free of messages until it has data, then names what is wrong with it', async () => {
    const page = await render(FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA, S3_LAYOUT);
    await (await button('Agregar sanción')).click();
    await (await button('Agregar sanción')).click();
    expect(page.querySelectorAll('#campo-tipoSancion .pde-group__error')).toHaveLength(0);
    expect(model.errors().map((e) => e.path)).toEqual(expect.arrayContaining(['tipoSancion[0]', 'tipoSancion[1]']));

    await (await select('tipoSancion-0-clave')).clickOptions({ text: 'Sanción económica' });
    await (await select('tipoSancion-1-clave')).clickOptions({ text: 'Sanción económica' });
    expect(texts(page, '[id="campo-tipoSancion-1"] > pde-form-node > .pde-group__error')).toEqual([
      'Error: Este tipo de sanción ya está en la lista; registre cada tipo de sanción una sola vez.',
    ]);

    model.revealErrors();
    await fixture.whenStable();
    expect(texts(page, '[id="campo-tipoSancion-0-sancionEconomica"] > .pde-group__error')).toEqual([
      'Error: Capture los datos de la sanción económica: la sanción seleccionada los requiere.',
    ]);
  });

  it('asks for valor only when the clave is OTRO, and drops it when the clave changes', async () => {
    const page = await render(FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA, S3_LAYOUT, { origenProcedimiento: { clave: 'OTRO', valor: 'Denuncia ciudadana' } });
    expect(await (await input('origenProcedimiento-valor')).getValue()).toBe('Denuncia ciudadana');
    expect(await (await input('origenProcedimiento-valor')).isRequired()).toBe(true);
    await (await select('origenProcedimiento-clave')).clickOptions({ text: /^Auditoría/ });
    expect(page.querySelector('#campo-origenProcedimiento-valor')).toBeNull();
    expect((model.data()['origenProcedimiento'] as Record<string, unknown>)['valor']).toBeUndefined();
  });

  it('adds and removes repeatable blocks, titled by position, up to maxItems', async () => {
    const page = await render(FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA, S3_LAYOUT);
    expect(page.textContent).toContain('Sin elementos capturados.');
    await (await button('Agregar falta cometida')).click();
    await (await button('Agregar falta cometida')).click();
    expect(texts(page, '#campo-faltaCometida > .pde-block > legend')).toEqual(['Falta cometida 1', 'Falta cometida 2']);
    expect(document.activeElement?.id).toBe('campo-faltaCometida-1-clave');
    await (await input('faltaCometida-1-descripcionHechos')).setValue('Segunda falta');

    await (await button('Quitar falta cometida 1')).click();
    expect(texts(page, '#campo-faltaCometida > .pde-block > legend')).toEqual(['Falta cometida 1']);
    expect(await (await input('faltaCometida-0-descripcionHechos')).getValue()).toBe('Segunda falta');
    expect(model.data()['faltaCometida']).toEqual([{ descripcionHechos: 'Segunda falta' }]);

    for (let i = 1; i < 50; i++) model.addItem('faltaCometida');
    await fixture.whenStable();
    const add = await button('Agregar falta cometida');
    expect(await add.isDisabled()).toBe(true);
    expect(page.textContent).toContain('Se alcanzó el máximo de 50 elementos.');
  });

  it('shows the errors the API reported for a path until the next edit', async () => {
    await render(SCHEMA, LAYOUT, { nombre: 'Ana' });
    model.setServerErrors([{ path: 'datos.cantidad', message: 'Debe ser un número entero.' }]);
    model.revealErrors();
    await fixture.whenStable();
    expect(await (await field('Cantidad')).getTextErrors()).toEqual(['Debe ser un número entero.']);
    await (await input('cantidad')).setValue('3');
    expect(await (await field('Cantidad')).getTextErrors()).toEqual([]);
  });
});
