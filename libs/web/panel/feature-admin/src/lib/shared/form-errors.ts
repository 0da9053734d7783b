import type { AbstractControl } from '@angular/forms';
import type { ApiProblem } from '@pde/web/shared/data-access';

/**
 * Puts the API's per-field problems (`errors[].path`) under the matching controls as the `server`
 * error, several messages for one field joined. `aliases` maps API paths to other control names
 * (e.g. `enteId` → `ente`). Returns whether any problem landed on a control.
 */
export function applyServerErrors(
  controls: Record<string, AbstractControl>,
  problem: ApiProblem,
  aliases: Readonly<Record<string, string>> = {},
): boolean {
  const messages = new Map<string, string[]>();
  for (const { path, message } of problem.errors) {
    const name = aliases[path] ?? path.split('.')[0];
    if (controls[name]) messages.set(name, [...(messages.get(name) ?? []), message]);
  }
  for (const [name, list] of messages) {
    const control = controls[name];
    control.setErrors({ ...control.errors, server: list.join(' ') });
    control.markAsTouched();
  }
  return messages.size > 0;
}

/**
 * Sets or clears one rule error on a control without touching its other errors. Group validators
 * use it to report cross-field rules on the field the person has to fix.
 */
export function setRuleError(control: AbstractControl, key: string, failing: boolean): void {
  const { [key]: present, ...others } = control.errors ?? {};
  if (failing && !present) control.setErrors({ ...others, [key]: true });
  if (!failing && present) control.setErrors(Object.keys(others).length ? others : null);
}

/** Focuses the first invalid field inside `root` (after the errors were rendered). */
export function focusFirstInvalid(root: HTMLElement): void {
  root.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, mat-chip-grid.ng-invalid input')?.focus();
}

/**
 * Runs every control's own validators again, which drops the `server` errors of the last attempt,
 * then the group's. Call before sending again, so an old API message does not block the form.
 */
export function revalidate(form: { controls: Record<string, AbstractControl> }): void {
  for (const control of Object.values(form.controls)) control.updateValueAndValidity();
}
