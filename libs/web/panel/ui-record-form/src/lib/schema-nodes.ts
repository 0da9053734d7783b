import { catalogValor, type ArrayNode, type Catalog, type ObjectNode, type SchemaNode } from '@pde/shared/contracts';
import { fieldLayout, type FormLayout } from './form-layout';
import { parsePath } from './form-paths';

/** The schema node at `path` (array indexes step into the item node), or null. */
export function nodeAt(schema: SchemaNode, path: string): SchemaNode | null {
  let node: SchemaNode | undefined = schema;
  for (const segment of parsePath(path)) {
    if (!node) return null;
    if (typeof segment === 'number') node = node.kind === 'array' ? node.of : undefined;
    else node = node.kind === 'object' ? node.fields[segment] : undefined;
  }
  return node ?? null;
}

/** Field names of an object in the layout's order (listed first), then the rest in schema order. */
export function orderedKeys(node: ObjectNode, layout: FormLayout, path: string): string[] {
  const keys = Object.keys(node.fields);
  const order = (fieldLayout(layout, path).order ?? []).filter((key) => keys.includes(key));
  return [...order, ...keys.filter((key) => !order.includes(key))];
}

/** Requiredness of a field given the current value of its object (conditional requirements included). */
export function isRequired(node: SchemaNode, parent: Readonly<Record<string, unknown>>): boolean {
  return typeof node.required === 'function' ? node.required(parent as Record<string, unknown>) : node.required === true;
}

/** Arrays of `{clave, valor}` entries are one multiple selection, unless the layout asks for blocks. */
export function isMultiSelect(node: SchemaNode, layout: FormLayout, path: string): boolean {
  return node.kind === 'array' && node.of.kind === 'catalogEntry' && fieldLayout(layout, path).display !== 'blocks';
}

/** Title of the block at `index` of an array: «Falta cometida 2». */
export function itemTitle(node: ArrayNode, layout: FormLayout, path: string, index: number): string {
  return `${fieldLayout(layout, path).itemTitle ?? node.of.label} ${index + 1}`;
}

/** The catalog a field offers, if any: suggestions win over the full catalog (SPEC §3.10, `moneda`). */
export function offeredCatalog(node: SchemaNode): Catalog<string | number> | undefined {
  if (node.kind === 'string') return node.suggestions ?? node.catalog;
  if (node.kind === 'catalogEntry') return node.catalog;
  if (node.kind === 'array' && node.of.kind === 'catalogEntry') return node.of.catalog;
  return undefined;
}

export function catalogLabel(catalog: Catalog<string | number> | undefined, clave: unknown): string | undefined {
  if (!catalog || (typeof clave !== 'string' && typeof clave !== 'number')) return undefined;
  const found = catalog.entries.find((entry) => String(entry.clave) === String(clave));
  return found ? catalogValor(catalog, found.clave) : undefined;
}
