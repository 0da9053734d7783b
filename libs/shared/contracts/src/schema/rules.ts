import type { ObjectRule, RuleIssue } from './types';
import { isIsoDate } from './validate';

/**
 * Reusable building blocks for conditional requiredness and cross-field rules. They work on the
 * already normalised object (aliases applied, text trimmed, empty values removed), so a rule sees
 * `OTRO` even when the input said `otro`, and an absent field is simply a missing key.
 */

const isPresent = (value: unknown) => value !== undefined && value !== null;

/**
 * Requirement `(parent) => boolean`: true when the sibling `field` holds one of `values`.
 * Example: `required: whenSibling('clave', 'OTRO')` on `valor`.
 */
export function whenSibling(field: string, ...values: readonly unknown[]): (parent: Record<string, unknown>) => boolean {
  return (parent) => values.includes(parent[field]);
}

/**
 * "Present only when": each key of `allowed` is a field of the object that may be given only while
 * the sibling `discriminator` holds one of the listed values. Combined with
 * `required: whenSibling(discriminator, …)` on the same field it yields "present if and only if"
 * (SPEC §3.8: `valor` iff `clave` is OTRO; exactly the sub-object matching `tipoSancion[].clave`).
 *
 * Nothing is reported while the discriminator is absent: the missing discriminator is already an
 * error of its own, and a second message on the dependent field would only add noise.
 */
export function allowedOnlyWhen(
  discriminator: string,
  allowed: Readonly<Record<string, readonly unknown[]>>,
  message: (field: string, discriminatorValue: unknown) => string,
): ObjectRule {
  return (obj) => {
    const actual = obj[discriminator];
    if (!isPresent(actual)) return [];
    const issues: RuleIssue[] = [];
    for (const [field, values] of Object.entries(allowed)) {
      if (isPresent(obj[field]) && !values.includes(actual)) {
        issues.push({ path: field, code: 'notApplicable', message: message(field, actual) });
      }
    }
    return issues;
  };
}

/**
 * Date order inside one object: `later` must not be before `earlier` (both `YYYY-MM-DD`). Invalid
 * or missing dates are left to their own field errors, so this rule only speaks about real dates.
 */
export function dateNotBefore(later: string, earlier: string, message: string): ObjectRule {
  return (obj) => {
    const a = obj[later];
    const b = obj[earlier];
    if (typeof a !== 'string' || typeof b !== 'string' || !isIsoDate(a) || !isIsoDate(b)) return [];
    return a < b ? [{ path: later, code: 'dateOrder', message }] : [];
  };
}
