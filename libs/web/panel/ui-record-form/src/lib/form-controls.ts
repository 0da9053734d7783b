import { AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';
import { catalogValor, type SchemaNode } from '@pde/shared/contracts';
import { fieldLayout, type FormLayout } from './form-layout';
import { joinPath } from './form-paths';
import { isMultiSelect } from './schema-nodes';

/**
 * The reactive form of a record, derived from its schema. Control values are what inputs hold:
 * text and dates `''` when empty, numbers and booleans `null`, `{clave, valor}` entries their
 * clave, arrays of entries a list of claves. `toData` turns that back into the record's `datos`.
 */
export type RawObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is RawObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function buildControl(node: SchemaNode, value: unknown, path: string, layout: FormLayout): AbstractControl {
  switch (node.kind) {
    case 'object': {
      const source = isPlainObject(value) ? value : {};
      const controls: Record<string, AbstractControl> = {};
      for (const [key, child] of Object.entries(node.fields)) {
        const childPath = joinPath(path, key);
        if (fieldLayout(layout, childPath).serverFilled) continue;
        controls[key] = buildControl(child, source[key], childPath, layout);
      }
      return new FormGroup(controls);
    }
    case 'array': {
      const items = Array.isArray(value) ? value : [];
      if (isMultiSelect(node, layout, path)) {
        const claves = items
          .map((item) => (isPlainObject(item) ? item['clave'] : item))
          .filter((c): c is string | number => typeof c === 'string' || typeof c === 'number');
        return new FormControl<(string | number)[]>(claves, { nonNullable: true });
      }
      return new FormArray(items.map((item, index) => buildControl(node.of, item, joinPath(path, index), layout)));
    }
    case 'string':
    case 'date':
      return new FormControl<string>(typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value), { nonNullable: true });
    case 'integer':
    case 'decimal':
      return new FormControl<number | null>(toNumber(value));
    case 'boolean':
      return new FormControl<boolean | null>(typeof value === 'boolean' ? value : null);
    case 'catalogEntry': {
      const clave = isPlainObject(value) ? value['clave'] : undefined;
      return new FormControl<string | number | null>(typeof clave === 'string' || typeof clave === 'number' ? clave : null);
    }
  }
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** Whether a field is shown, given the current form value of its object. */
export function isShown(layout: FormLayout, path: string, parent: RawObject): boolean {
  const declared = fieldLayout(layout, path);
  if (declared.serverFilled) return false;
  return declared.visibleWhen ? declared.visibleWhen(parent) : true;
}

/** The record's `datos` from the form value: empty and hidden fields are left out. */
export function toData(node: SchemaNode, raw: unknown, path: string, layout: FormLayout): unknown {
  switch (node.kind) {
    case 'object': {
      if (!isPlainObject(raw)) return undefined;
      const out: RawObject = {};
      for (const [key, child] of Object.entries(node.fields)) {
        const childPath = joinPath(path, key);
        if (!(key in raw) || !isShown(layout, childPath, raw)) continue;
        const value = toData(child, raw[key], childPath, layout);
        if (value !== undefined) out[key] = value;
      }
      return Object.keys(out).length ? out : undefined;
    }
    case 'array': {
      if (!Array.isArray(raw) || raw.length === 0) return undefined;
      if (isMultiSelect(node, layout, path)) return raw.map((clave) => toData(node.of, clave, joinPath(path, 0), layout));
      // An empty block stays in the list, so validation can say that it is empty.
      return raw.map((item, index) => toData(node.of, item, joinPath(path, index), layout) ?? (node.of.kind === 'object' ? {} : null));
    }
    case 'string':
    case 'date':
      return typeof raw === 'string' && raw !== '' ? raw : undefined;
    case 'integer':
    case 'decimal':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'catalogEntry':
      return typeof raw === 'string' || typeof raw === 'number' ? (raw === '' ? undefined : { clave: raw, valor: catalogValor(node.catalog, raw) }) : undefined;
  }
}

/** No data at all (every leaf empty, every list without items). */
export function isEmptyValue(raw: unknown): boolean {
  if (raw === null || raw === undefined || raw === '') return true;
  if (Array.isArray(raw)) return raw.every(isEmptyValue);
  if (isPlainObject(raw)) return Object.values(raw).every(isEmptyValue);
  return false;
}

/** Empties a control (and everything in it) without notifying: the caller re-syncs once. */
export function clearControl(control: AbstractControl): void {
  if (control instanceof FormArray) {
    control.clear({ emitEvent: false });
  } else if (control instanceof FormGroup) {
    for (const child of Object.values(control.controls)) clearControl(child);
  } else {
    const value = control.value;
    control.reset(Array.isArray(value) ? [] : typeof value === 'string' ? '' : null, { emitEvent: false });
  }
  control.markAsPristine();
  control.markAsUntouched();
}

/** Every leaf control with its path (arrays of entries are one leaf). */
export function forEachLeaf(control: AbstractControl, path: string, visit: (leaf: AbstractControl, path: string) => void): void {
  if (control instanceof FormGroup) {
    for (const [key, child] of Object.entries(control.controls)) forEachLeaf(child, joinPath(path, key), visit);
  } else if (control instanceof FormArray) {
    control.controls.forEach((child, index) => forEachLeaf(child, joinPath(path, index), visit));
  } else {
    visit(control, path);
  }
}
