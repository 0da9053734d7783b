import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, screenshot } from '../support/a11y';

/**
 * The public portal on the demo data: every kind of page passes axe (WCAG 2.0/2.1 A and AA, no
 * serious or critical violation), the URL parameters drive the searches, the keyboard basics work,
 * and screenshots at desktop and phone width.
 */

const S3_COLLECTIONS = ['faltas_administrativas_graves', 'faltas_administrativas_no_graves', 'faltas_graves_personas_fisicas', 'faltas_graves_personas_morales'];

/** The results table of a search page (header row plus one row per record). */
const resultRows = (page: Page) => page.getByRole('table').getByRole('row');

async function h1(page: Page) {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  return heading;
}

test('inicio: enlace para saltar al contenido, foco en el título tras navegar, accesible', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
  await h1(page);
  await expectAccessible(page, 'portal: inicio');

  // The first Tab reaches the skip link; Enter moves the focus to <main>.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Saltar al contenido principal' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL('/');

  // After navigating inside the app, the focus is on the new page's <h1> (announced by readers).
  await page.getByRole('navigation', { name: 'Secciones principales' }).getByRole('link', { name: 'Contrataciones (S2)' }).click();
  await expect(page).toHaveURL('/s2');
  await expect(await h1(page)).toBeFocused();
  await expect(page).toHaveTitle(/Buscar servidores públicos que intervienen en contrataciones/);
});

test('S2: búsqueda con el formulario y con los parámetros de la dirección, resultados y ficha', async ({ page }) => {
  await page.goto('/s2');
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page, 'portal: búsqueda S2 sin filtros');

  // The form writes the URL; the URL fills the form.
  await page.getByRole('textbox', { name: 'Primer apellido' }).fill('garcia');
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  await expect(page).toHaveURL('/s2?primerApellido=garcia');
  await expect(resultRows(page).nth(1)).toContainText(/García/);
  await page.goto('/s2?primerApellido=garcia&tipoProcedimiento=1,3');
  await expect(page.getByRole('textbox', { name: 'Primer apellido' })).toHaveValue('garcia');
  await expect(page.getByRole('combobox', { name: 'Tipo de procedimiento' })).toContainText(/CONTRATACIONES/i);
  const rows = resultRows(page);
  await expect(rows.nth(1)).toBeVisible();
  await expectAccessible(page, 'portal: búsqueda S2 con resultados');
  await screenshot(page, 'portal-s2-busqueda');

  await rows.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(/\/s2\/[0-9a-f-]{36}$/);
  await expect(await h1(page)).toContainText('García');
  await expect(page.getByRole('button', { name: 'Descargar JSON' })).toBeVisible();
  await expectAccessible(page, 'portal: ficha S2');
  await page.getByRole('link', { name: 'Volver a los resultados' }).click();
  await expect(page).toHaveURL('/s2?primerApellido=garcia&tipoProcedimiento=1,3');

  // A search with no results and a ficha that does not exist.
  await page.goto('/s2?primerApellido=zzzzzzzz');
  await expect(page.getByText('Ningún registro publicado coincide con su búsqueda.')).toBeVisible();
  await expectAccessible(page, 'portal: búsqueda S2 sin resultados');
  await page.goto('/s2/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('No hay un registro publicado con el identificador')).toBeVisible();
  await expectAccessible(page, 'portal: ficha S2 inexistente');
});

test('S3: páginas para elegir la búsqueda', async ({ page }) => {
  for (const [path, title] of [
    ['/s3', 'Servidores públicos y particulares sancionados'],
    ['/s3/servidores', 'Servidores públicos sancionados'],
    ['/s3/particulares', 'Particulares sancionados'],
  ] as const) {
    await page.goto(path);
    await expect(await h1(page)).toContainText(title);
    await expectAccessible(page, `portal: ${path}`);
  }
  await screenshot(page, 'portal-s3-particulares');
});

for (const collection of S3_COLLECTIONS) {
  test(`S3: búsqueda y ficha de ${collection}`, async ({ page }) => {
    await page.goto(`/s3/${collection}`);
    const rows = resultRows(page);
    await expect(rows.nth(1)).toBeVisible();
    await expectAccessible(page, `portal: búsqueda ${collection}`);
    if (collection === 'faltas_administrativas_graves') await screenshot(page, 'portal-s3-busqueda');

    await rows.nth(1).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/s3/${collection}/[0-9a-f-]{36}$`));
    await h1(page);
    await expect(page.getByRole('button', { name: 'Descargar JSON' })).toBeVisible();
    await expectAccessible(page, `portal: ficha ${collection}`);
    if (collection === 'faltas_graves_personas_morales') await screenshot(page, 'portal-s3-ficha-persona-moral');
  });
}

test('S3: los filtros de la dirección (README) llenan el formulario', async ({ page }) => {
  await page.goto('/s3/faltas_graves_personas_morales?sancion=INHABILITACION,OTRO&ordenGobierno=ESTATAL');
  await expect(page.getByRole('combobox', { name: 'Tipo de sanción' })).toContainText(/Inhabilitación/);
  await expect(page.getByRole('combobox', { name: 'Orden de gobierno' })).toContainText('Estatal');
  await expect(page.getByRole('status').filter({ hasText: /registro|sanci/i }).first()).toBeVisible();
  await expectAccessible(page, 'portal: búsqueda S3 con filtros');
});

test('página no encontrada', async ({ page }) => {
  for (const path of ['/no-existe', '/s3/coleccion-que-no-existe']) {
    await page.goto(path);
    await expect(await h1(page)).toContainText(/no (se )?encontr/i);
    await expect(page).toHaveTitle(/Página no encontrada/);
    await expectAccessible(page, `portal: 404 ${path}`);
  }
  await screenshot(page, 'portal-404');
});

test.describe('en un teléfono (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('inicio, búsqueda S2 y ficha S3 caben en la pantalla y son accesibles', async ({ page }) => {
    const noHorizontalScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    await page.goto('/');
    await h1(page);
    await expect.poll(noHorizontalScroll).toBe(true);
    await expectAccessible(page, 'portal (teléfono): inicio');
    await screenshot(page, 'movil-portal-inicio');

    await page.goto('/s2?primerApellido=garcia');
    await expect(resultRows(page).nth(1)).toBeVisible();
    await expect.poll(noHorizontalScroll).toBe(true);
    await expectAccessible(page, 'portal (teléfono): búsqueda S2');
    await screenshot(page, 'movil-portal-s2-busqueda');

    await page.goto('/s3/faltas_administrativas_graves');
    await resultRows(page).nth(1).getByRole('link').click();
    await h1(page);
    await expect.poll(noHorizontalScroll).toBe(true);
    await expectAccessible(page, 'portal (teléfono): ficha S3');
    await screenshot(page, 'movil-portal-s3-ficha');
  });
});
