import type { Page } from '@playwright/test';
import { expectAccessible, screenshot } from '../support/a11y';
import { signIn } from '../support/demo';
import { openSelect, recordActions, recordNotice } from '../support/panel';
import { expect, test } from '../support/session';

/**
 * The capture panel on the demo data, role by role: every page and dialog passes axe (WCAG 2.0/2.1
 * A and AA, no serious or critical violation), with the forms also checked while they show their
 * errors. The records created here are drafts of this file only (the main flow is in main-flow.spec.ts).
 */

const KINDS = [
  { ruta: 's2', name: 'S2', s3: false },
  { ruta: 's3/faltas_administrativas_graves', name: 'S3 faltas graves', s3: true },
  { ruta: 's3/faltas_administrativas_no_graves', name: 'S3 faltas no graves', s3: true },
  { ruta: 's3/faltas_graves_personas_fisicas', name: 'S3 personas físicas', s3: true },
  { ruta: 's3/faltas_graves_personas_morales', name: 'S3 personas morales', s3: true },
];

async function h1(page: Page) {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  return heading;
}

/** Opens the first record of a list (already filtered by the URL) and waits for its page. */
async function openFirstRecord(page: Page, listUrl: string) {
  await page.goto(listUrl);
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/panel\/registros\/.+\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Estado', { exact: true })).toBeVisible();
}

test.describe('sin sesión', () => {
  test('inicio de sesión: accesible, con sus errores, y entra al panel', async ({ page }) => {
    await page.goto('/panel');
    await expect(page).toHaveURL(/\/panel\/ingresar/);
    await expect(await h1(page)).toHaveText('Ingresar al panel de captura');
    await expectAccessible(page, 'panel: ingresar');
    await screenshot(page, 'panel-ingresar');

    // Empty form: each field says what is missing and the focus goes to the first one.
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByText('Escriba su correo electrónico.')).toBeVisible();
    await expect(page.getByLabel('Correo electrónico')).toBeFocused();
    await expectAccessible(page, 'panel: ingresar con errores');

    // An unknown account (a demo account would count towards its lockout).
    await page.getByLabel('Correo electrónico').fill('nadie@pde.demo');
    await page.getByLabel('Contraseña', { exact: true }).fill('Una-Contraseña-Cualquiera-1');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /correo|contraseña/i }).first()).toBeVisible();
    await expectAccessible(page, 'panel: ingresar rechazado');

    await signIn(page, 'consulta');
    await expect(await h1(page)).toContainText('Hola');
  });
});

test.describe('capturista', () => {
  test.use({ signedInAs: 'capturista' });

  test('inicio y listas de registros de cada sistema', async ({ page }) => {
    await page.goto('/panel');
    await expect(page.getByRole('region', { name: 'Registros a su alcance' }).getByRole('article').first()).toBeVisible();
    await expectAccessible(page, 'panel: inicio (capturista)');

    for (const kind of KINDS) {
      await page.goto(`/panel/registros/${kind.ruta}`);
      await expect(page.getByRole('status').filter({ hasText: /registros? encontrados?/ })).toBeVisible();
      await expectAccessible(page, `panel: lista ${kind.name}`);
      if (kind.ruta === 's2') await screenshot(page, 'panel-lista-s2');
    }
  });

  for (const kind of KINDS) {
    test(`formulario nuevo ${kind.name}: vacío, con bloques agregados y con todos sus errores`, async ({ page }) => {
      await page.goto(`/panel/registros/${kind.ruta}/nuevo`);
      await expect(await h1(page)).toHaveText('Nuevo registro');
      await expect(page.getByRole('navigation', { name: 'Pasos del formulario' })).toBeVisible();
      await expectAccessible(page, `panel: nuevo ${kind.name}`);

      if (kind.s3) {
        // One entry in each list of blocks (falta, its norma, sanción with its sub-form), so nested groups are checked too.
        await page.getByRole('button', { name: 'Agregar falta cometida' }).click();
        await page.getByRole('button', { name: 'Agregar norma infringida' }).click();
        await page.getByRole('button', { name: 'Agregar sanción' }).click();
        const options = await openSelect(page.getByRole('combobox', { name: 'Tipo de sanción' }));
        await options.getByRole('option').nth(1).click();
        await expect(page.getByRole('group', { name: 'Sanción 1' }).getByRole('group').first()).toBeVisible();
      }

      // A draft may be saved incomplete: the record page then lists every missing datum.
      await recordActions(page).getByRole('button', { name: 'Guardar borrador' }).click();
      await expect(recordNotice(page)).toContainText('Se guardó el borrador. Faltan');
      await expect(page.getByRole('region', { name: /^Hay \d+ datos? por corregir/ })).toBeVisible();
      await expect(page.locator('mat-error').first()).toBeVisible();
      await expectAccessible(page, `panel: borrador ${kind.name} con errores`);
      if (kind.ruta === 's3/faltas_graves_personas_morales') await screenshot(page, 'panel-borrador-s3-personas-morales-errores');

      // Leaving with unsaved changes asks first; the dialog is accessible and «Seguir editando» keeps the page.
      await page.getByRole('textbox', { name: 'Observaciones' }).fill('Cambio sin guardar');
      await page.getByRole('navigation', { name: 'Secciones del panel' }).getByRole('link', { name: 'Inicio del panel' }).click();
      const leave = page.getByRole('dialog', { name: '¿Salir sin guardar?' });
      await expect(leave.getByRole('button', { name: 'Seguir editando' })).toBeFocused();
      await expectAccessible(page, `panel: diálogo salir sin guardar (${kind.name})`);
      await leave.getByRole('button', { name: 'Seguir editando' }).click();
      await expect(leave).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`/panel/registros/${kind.ruta}/[0-9a-f-]{36}$`));
    });
  }

  test('con el teclado, ningún campo enfocado queda oculto bajo la barra de acciones', async ({ page }) => {
    await page.goto('/panel/registros/s3/faltas_administrativas_graves/nuevo');
    await page.getByRole('button', { name: 'Agregar falta cometida' }).click();
    await page.getByRole('heading', { level: 1 }).focus();
    const hidden: string[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      const covered = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('.pde-sticky-actions');
        if (!focused || !bar || bar.contains(focused)) return null;
        const field = focused.getBoundingClientRect();
        const stuck = bar.getBoundingClientRect();
        return field.top >= stuck.top && field.bottom <= stuck.bottom ? focused.id || focused.textContent : null;
      });
      if (covered) hidden.push(covered);
    }
    expect(hidden).toEqual([]);
  });

  test('registro en revisión (solo lectura) y su historial', async ({ page }) => {
    await openFirstRecord(page, '/panel/registros/s2?estado=EN_REVISION');
    await expect(recordActions(page)).toHaveCount(0);
    await expectAccessible(page, 'panel: registro en revisión (capturista, solo lectura)');
    await page.getByRole('link', { name: 'Ver el historial de versiones y cambios' }).click();
    await expect(await h1(page)).toContainText('Historial');
    await expectAccessible(page, 'panel: historial (capturista)');
  });

  test('cambio de contraseña: accesible, con sus errores', async ({ page }) => {
    await page.goto('/panel');
    await page.getByRole('link', { name: 'Cambiar contraseña' }).click();
    await expect(await h1(page)).toHaveText('Cambiar contraseña');
    await expectAccessible(page, 'panel: cambiar contraseña');
    await page.getByRole('button', { name: /cambiar contraseña/i }).click();
    await expect(page.getByText('Escriba su contraseña actual.')).toBeVisible();
    await expectAccessible(page, 'panel: cambiar contraseña con errores');
    await screenshot(page, 'panel-cambiar-contrasena');
  });
});

test.describe('revisor', () => {
  test.use({ signedInAs: 'revisor' });

  test('inicio, pendientes de revisión, registro con acciones de flujo, diálogo de rechazo e historial', async ({ page }) => {
    await page.goto('/panel');
    await expect(await h1(page)).toContainText('Hola');
    await expectAccessible(page, 'panel: inicio (revisor)');
    await screenshot(page, 'panel-inicio-revisor');

    await page.goto('/panel/registros/s3/faltas_administrativas_graves?estado=EN_REVISION');
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(page, 'panel: lista en revisión (revisor)');

    await openFirstRecord(page, '/panel/registros/s3/faltas_administrativas_graves?estado=EN_REVISION');
    const reject = recordActions(page).getByRole('button', { name: 'Rechazar' });
    await expect(recordActions(page).getByRole('button', { name: 'Aprobar y publicar' })).toBeVisible();
    await expectAccessible(page, 'panel: registro S3 en revisión (revisor)');
    await screenshot(page, 'panel-registro-s3-en-revision');

    await reject.click();
    const dialog = page.getByRole('dialog', { name: 'Rechazar la versión en revisión' });
    await expect(dialog.getByRole('textbox')).toBeFocused();
    await expectAccessible(page, 'panel: diálogo de rechazo (revisor)');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(reject).toBeFocused();

    // The history, with every version's changes unfolded.
    await page.getByRole('link', { name: 'Ver el historial de versiones y cambios' }).click();
    await expect(await h1(page)).toContainText('Historial');
    const summaries = page.locator('details > summary');
    await expect(summaries.first()).toBeVisible();
    for (const summary of await summaries.all()) await summary.click();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectAccessible(page, 'panel: historial con cambios desplegados (revisor)');
    await screenshot(page, 'panel-historial-desplegado');
  });

  test('registro publicado: diálogo para darlo de baja', async ({ page }) => {
    await openFirstRecord(page, '/panel/registros/s2?estado=PUBLICADO');
    const withdraw = recordActions(page).getByRole('button', { name: 'Dar de baja' });
    await expect(withdraw).toBeVisible();
    await expectAccessible(page, 'panel: registro publicado (revisor)');
    await withdraw.click();
    const dialog = page.getByRole('dialog', { name: 'Dar de baja el registro' });
    await expect(dialog.getByRole('textbox')).toBeFocused();
    await expectAccessible(page, 'panel: diálogo de baja');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(withdraw).toBeFocused();
  });
});

test.describe('consulta', () => {
  test.use({ signedInAs: 'consulta' });

  test('inicio, lista y registro de solo lectura', async ({ page }) => {
    await page.goto('/panel');
    await expect(await h1(page)).toContainText('Hola');
    await expectAccessible(page, 'panel: inicio (consulta)');
    await page.goto('/panel/registros/s2');
    await expect(page.getByRole('link', { name: 'Nuevo registro' })).toHaveCount(0);
    await expectAccessible(page, 'panel: lista S2 (consulta)');
    await openFirstRecord(page, '/panel/registros/s2?estado=PUBLICADO');
    await expect(recordActions(page)).toHaveCount(0);
    await expectAccessible(page, 'panel: registro S2 (consulta)');
    await openFirstRecord(page, '/panel/registros/s3/faltas_graves_personas_morales?estado=PUBLICADO');
    await expect(page.getByText('Versión publicada', { exact: true })).toBeVisible();
    await expectAccessible(page, 'panel: registro S3 de solo lectura (consulta)');
  });
});

test.describe('en un teléfono (390 px)', () => {
  test.use({ signedInAs: 'capturista', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('inicio del panel y formulario S2', async ({ page }) => {
    const noHorizontalScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.goto('/panel');
    await h1(page);
    await expect.poll(noHorizontalScroll).toBe(true);
    await expectAccessible(page, 'panel (teléfono): inicio');
    await screenshot(page, 'movil-panel-inicio');

    await page.goto('/panel/registros/s2/nuevo');
    await h1(page);
    await expect.poll(noHorizontalScroll).toBe(true);
    await expectAccessible(page, 'panel (teléfono): nuevo S2');
    await screenshot(page, 'movil-panel-nuevo-s2');
  });
});
