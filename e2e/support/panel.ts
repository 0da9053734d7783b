import { expect, type Locator, type Page } from '@playwright/test';

/** Helpers for the panel's schema-driven record forms (libs/web/panel/ui-record-form). */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A numbered step of a record form («Paso 2 de 7 Persona servidora pública»). */
export function formStep(page: Page, title: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^Paso \\d+ de \\d+ ${escapeRegExp(title)}$`) });
}

/** A text input (also dates, URLs, text areas) by its exact label. */
export function textbox(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('textbox', { name, exact: true });
}

/** A select by its exact label. */
export function combobox(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('combobox', { name, exact: true });
}

/** The `<mat-form-field>` around a control, where its `<mat-error>` and hints live. */
export function formFieldOf(control: Locator): Locator {
  return control.locator('xpath=ancestor::mat-form-field[1]');
}

/** The `<mat-error>` of a control. */
export function errorOf(control: Locator): Locator {
  return formFieldOf(control).locator('mat-error');
}

/**
 * Opens a `mat-select` from the keyboard (focus, Enter). With the mouse the empty select's floating
 * label takes the click and the form field opens the select; the keyboard path is deterministic
 * and keeps the selects keyboard-operable.
 */
export async function openSelect(select: Locator): Promise<Locator> {
  await select.focus();
  await select.press('Enter');
  await expect(select).toHaveAttribute('aria-expanded', 'true');
  // Its own panel: an autocomplete of another field may still show its suggestions.
  const panelId = await select.getAttribute('aria-controls');
  return select.page().locator(`[id="${panelId}"]`);
}

/** Picks one option of a single `mat-select`. */
export async function choose(select: Locator, option: string): Promise<void> {
  const panel = await openSelect(select);
  await panel.getByRole('option', { name: option, exact: true }).click();
  await expect(select).toHaveAttribute('aria-expanded', 'false');
  await expect(select).toContainText(option);
}

/** Picks several options of a multiple `mat-select` and closes its panel. */
export async function chooseMany(select: Locator, options: readonly string[]): Promise<void> {
  const panel = await openSelect(select);
  for (const option of options) await panel.getByRole('option', { name: option, exact: true }).click();
  await select.page().keyboard.press('Escape');
  await expect(select).toHaveAttribute('aria-expanded', 'false');
}

/** The message shown after a save or a workflow action on the record page. */
export function recordNotice(page: Page): Locator {
  return page.locator('#aviso-registro');
}

/** The record's id from the panel URL (`/panel/registros/{ruta}/{id}`). */
export function recordIdOf(page: Page): string {
  const match = /\/panel\/registros\/(?:s2|s3\/[a-z_]+)\/([0-9a-f-]{36})(?:[/?#]|$)/.exec(page.url());
  if (!match) throw new Error(`No es la página de un registro: ${page.url()}`);
  return match[1];
}

/** The group of workflow buttons of the record page. */
export function recordActions(page: Page): Locator {
  return page.getByRole('group', { name: 'Acciones del registro' });
}
