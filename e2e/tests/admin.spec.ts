import type { Locator, Page } from '@playwright/test';
import { expectAccessible, screenshot } from '../support/a11y';
import { accessToken, requestToken, searchItems, searchSpic } from '../support/pdn';
import { expect, test } from '../support/session';

/**
 * Administration (ADMIN only): every page is accessible, and a new PDN consumer's credentials are
 * shown exactly once and then work against the interconnection APIs.
 */
test.use({ signedInAs: 'admin' });

/** Opens a dialog with `opener`, checks it with axe, closes it with Escape and expects the focus back on `opener`. */
async function checkDialog(page: Page, opener: Locator, name: string | RegExp, label: string) {
  await opener.click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await expectAccessible(page, label);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
}

test('las páginas de administración y sus diálogos son accesibles', async ({ page }) => {
  await page.goto('/panel');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola');
  await expectAccessible(page, 'panel: inicio (administración)');
  await screenshot(page, 'panel-inicio-admin');

  const adminNav = page.getByRole('navigation', { name: 'Administración' });
  await adminNav.getByRole('link', { name: 'Usuarios' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Usuarios del panel' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('capturista@pde.demo');
  await expectAccessible(page, 'admin: usuarios');
  await screenshot(page, 'admin-usuarios');
  await checkDialog(page, page.getByRole('button', { name: 'Nuevo usuario' }), /usuario/i, 'admin: diálogo de usuario');

  await adminNav.getByRole('link', { name: 'Entes públicos' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Entes públicos');
  await expect(page.getByRole('table')).toContainText('Secretaría de Finanzas');
  await expectAccessible(page, 'admin: entes');
  await screenshot(page, 'admin-entes');
  await checkDialog(page, page.getByRole('button', { name: 'Nuevo ente' }), /ente/i, 'admin: diálogo de ente');

  // Administration captures for any ente: the new record asks which one first.
  await page.goto('/panel/registros/s2/nuevo');
  await expect(page.getByRole('combobox', { name: 'Ente público del registro' })).toBeVisible();
  await expectAccessible(page, 'panel: nuevo S2 (administración, con ente)');

  await adminNav.getByRole('link', { name: 'Bitácora' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bitácora de auditoría' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page, 'admin: bitácora');
  await screenshot(page, 'admin-bitacora');
});

test('un consumidor nuevo de la PDN: credenciales mostradas una sola vez que funcionan en /oauth/token', async ({ page, request }) => {
  const name = `PDN pruebas ${Date.now().toString(36)}`;
  await page.goto('/panel/admin/consumidores');
  await expect(page.getByRole('heading', { level: 1, name: 'Consumidores de la PDN' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('pde-demo-pdn');
  await expectAccessible(page, 'admin: consumidores');
  await screenshot(page, 'admin-consumidores');

  // The registration dialog: a name is required.
  const open = page.getByRole('button', { name: 'Nuevo consumidor' });
  await open.click();
  const createDialog = page.getByRole('dialog', { name: 'Nuevo consumidor de la PDN' });
  const nameInput = createDialog.getByRole('textbox', { name: 'Nombre' });
  await expect(nameInput).toBeFocused();
  await createDialog.getByRole('button', { name: 'Crear y generar credenciales' }).click();
  await expect(createDialog.getByText('Escriba el nombre del consumidor.')).toBeVisible();
  await expect(nameInput).toBeFocused();
  await expectAccessible(page, 'admin: diálogo de consumidor nuevo con un error');
  await nameInput.fill(name);
  await expect(createDialog.getByText('Escriba el nombre del consumidor.')).toHaveCount(0);
  await createDialog.getByRole('button', { name: 'Crear y generar credenciales' }).click();

  // The credentials, once.
  const secretsDialog = page.getByRole('alertdialog', { name: `Credenciales de ${name}` });
  await expect(secretsDialog).toBeVisible();
  const secret = (label: string) => secretsDialog.locator('.secrets__item').filter({ hasText: label }).locator('code');
  const credentials = {
    client_id: await secret('(client_id)').innerText(),
    client_secret: await secret('(client_secret)').innerText(),
    username: await secret('(username)').innerText(),
    password: await secret('(password)').innerText(),
    token: await secret('(Bearer)').innerText(),
  };
  for (const value of Object.values(credentials)) expect(value.length).toBeGreaterThanOrEqual(8);
  await expectAccessible(page, 'admin: credenciales mostradas una vez');
  await screenshot(page, 'admin-consumidor-credenciales', { fullPage: false });

  // Neither Escape nor «Cerrar» closes it before confirming that they were saved.
  await page.keyboard.press('Escape');
  await expect(secretsDialog).toBeVisible();
  await secretsDialog.getByRole('button', { name: 'Cerrar' }).click();
  const confirm = secretsDialog.getByRole('checkbox', { name: 'Ya guardé estas credenciales en un lugar seguro' });
  await expect(secretsDialog.getByRole('alert').filter({ hasText: 'Marque la casilla' })).toBeVisible();
  await expect(confirm).toBeFocused();
  await confirm.check();
  await secretsDialog.getByRole('button', { name: 'Cerrar' }).click();
  await expect(secretsDialog).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(page.getByText(`Se creó el consumidor ${name}. Sus credenciales ya no pueden verse de nuevo.`)).toBeVisible();

  // Gone from the page, and the consumer's own page does not show them either.
  const hidden = [credentials.client_secret, credentials.password, credentials.token];
  const expectNoSecrets = async () => {
    const html = await page.content();
    for (const value of hidden) expect(html).not.toContain(value);
  };
  await expectNoSecrets();
  await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(credentials.client_id)).toBeVisible();
  await expect(page.getByText(credentials.username)).toBeVisible();
  await expectNoSecrets();
  await expectAccessible(page, 'admin: detalle de consumidor');
  await screenshot(page, 'admin-consumidor-detalle');

  // The new credentials work: an OAuth token for S2 v1.1 and the static token for S3 v2.
  const token = await accessToken(request, credentials);
  const spic = await searchSpic(request, token, { primerApellido: 'garcia' });
  expect(spic.pagination.totalRows).toBeGreaterThan(0);
  const items = await searchItems(request, credentials.token, 'faltas_administrativas_graves', {});
  expect(items.meta?.filter_count).toBeGreaterThan(0);
  // A wrong secret is refused.
  const refused = await requestToken(request, { ...credentials, client_secret: `${credentials.client_secret}x` });
  expect(refused.status()).toBe(401);
});
