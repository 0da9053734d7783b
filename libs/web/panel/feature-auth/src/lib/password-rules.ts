import type { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ApiProblem } from '@pde/web/shared/data-access';
import type { PASSWORD_MIN_LENGTH as CONTRACT_PASSWORD_MIN_LENGTH } from '@pde/shared/contracts';

// The sign-in chunk shares this library, so only types come from the contracts barrel; the type
// annotation still ties the numbers to the contract (PASSWORD_CHANGE_SCHEMA and the API policy).
export const PASSWORD_MIN_LENGTH: typeof CONTRACT_PASSWORD_MIN_LENGTH = 12;
export const NEW_PASSWORD_MAX_LENGTH = 128;

/** Characters as people count them (an emoji is one), like the API's policy does. */
const length = (value: string) => [...value].length;

/** Local checks of the API's password policy, so people see them before sending. */
export const newPasswordValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = control.value ?? '';
  if (!value) return null;
  if (length(value) < PASSWORD_MIN_LENGTH) return { tooShort: { min: PASSWORD_MIN_LENGTH, actual: length(value) } };
  if (length(value) > NEW_PASSWORD_MAX_LENGTH) return { tooLong: { max: NEW_PASSWORD_MAX_LENGTH } };
  if (/^\s|\s$/.test(value)) return { edgeSpaces: true };
  return null;
};

/**
 * Cross-field rules of the password form, reported on the field the person has to fix: the
 * confirmation must repeat the new password, and the new one must differ from the current one.
 */
export const passwordPairValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const { actual, nueva, confirmacion } = (group as FormGroup).controls;
  setRuleError(confirmacion, 'mismatch', !!confirmacion.value && confirmacion.value !== nueva.value);
  setRuleError(nueva, 'sameAsCurrent', !!nueva.value && nueva.value === actual.value);
  return null;
};

function setRuleError(control: AbstractControl, key: string, failing: boolean): void {
  const { [key]: present, ...others } = control.errors ?? {};
  if (failing && !present) control.setErrors({ ...others, [key]: true });
  if (!failing && present) control.setErrors(Object.keys(others).length ? others : null);
}

/**
 * Puts the API's per-field problems (`errors[].path`) under the matching controls, several
 * messages for one field joined. Returns whether any of them matched a control.
 */
export function applyServerErrors(controls: Record<string, AbstractControl>, problem: ApiProblem): boolean {
  const messages = new Map<string, string[]>();
  for (const { path, message } of problem.errors) {
    if (controls[path]) messages.set(path, [...(messages.get(path) ?? []), message]);
  }
  for (const [path, list] of messages) {
    const control = controls[path];
    control.setErrors({ ...control.errors, server: list.join(' ') });
    control.markAsTouched();
  }
  return messages.size > 0;
}
