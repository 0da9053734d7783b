import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot } from '../support/a11y';
import { signIn, signOut } from '../support/demo';

test('the public home explains the systems, in Spanish, accessibly', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'inicio');
  await screenshot(page, 'portal-inicio');
});

test('a capturista signs in and out of the panel', async ({ page }) => {
  await signIn(page, 'capturista');
  await expectAccessible(page, 'panel-inicio');
  await screenshot(page, 'panel-inicio-capturista');
  await signOut(page);
  await expect(page.getByLabel('Correo electrónico')).toBeVisible();
});
