import type { ArrayNode, ObjectNode, SchemaNode, StringNode } from '@pde/shared/contracts';
import { formatDate, formatDecimal, formatInteger, formatMoney } from '@pde/web/portal/util';
import { catalogText, suggestedText } from './catalog-text';

/**
 * A record described for people, driven by the standard's schema (labels, catalogs, formats): what
 * a ficha shows. Only keys present in the record appear (the API omits what is not public), in the
 * schema's order; catalog claves become their labels, dates and amounts are written in es-MX.
 */
export interface RecordField {
  readonly kind: 'field';
  readonly label: string;
  /** One text, or several for lists of values. */
  readonly values: readonly string[];
  /** Set for web addresses (resolutions): opened in a new tab. */
  readonly link?: { readonly href: string; readonly text: string };
}

export interface RecordGroup {
  readonly kind: 'group';
  readonly label: string;
  readonly children: readonly RecordNode[];
}

/** A list of sub-objects (faltas, sanciones…): each item is a group titled by its clave. */
export interface RecordList {
  readonly kind: 'list';
  readonly label: string;
  readonly items: readonly RecordGroup[];
}

export type RecordNode = RecordField | RecordGroup | RecordList;

type Value = Record<string, unknown>;

const isObject = (value: unknown): value is Value => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export const field = (label: string, ...values: string[]): RecordField => ({ kind: 'field', label, values });

/** `{clave, valor}` with a catalog clave and free text when it is «Otro» (origen, nivel jerárquico…). */
function isClaveValor(node: SchemaNode): boolean {
  if (node.kind !== 'object') return false;
  const keys = Object.keys(node.fields);
  const clave = node.fields['clave'];
  return keys.length === 2 && keys.includes('valor') && clave?.kind === 'string' && !!clave.catalog;
}

/** Text of a `{clave, valor}`: the free text when the clave is OTRO, else the clave's label. */
function claveValorText(node: ObjectNode, value: Value): string {
  const clave = node.fields['clave'] as StringNode;
  const valor = node.fields['valor'] as StringNode | undefined;
  if (value['clave'] === 'OTRO' && typeof value['valor'] === 'string' && value['valor'].trim()) {
    return suggestedText(valor?.suggestions, value['valor']);
  }
  return clave.catalog ? catalogText(clave.catalog, value['clave']) : String(value['clave'] ?? '');
}

function stringText(node: StringNode, value: string): string {
  if (node.catalog) return catalogText(node.catalog, value);
  return suggestedText(node.suggestions, value);
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** «Enlace de la resolución firme» → «Abrir la resolución firme». */
function linkText(label: string): string {
  const what = label.replace(/^enlace\s+(de|del)\s+/i, (_m, prep: string) => (prep.toLowerCase() === 'del' ? 'el ' : ''));
  return `Abrir ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
}

/** Text of a scalar value (or of a `{clave, valor}` pair of the v1 catalogs). */
function scalarText(node: SchemaNode, value: unknown): string | null {
  switch (node.kind) {
    case 'string':
      return typeof value === 'string' ? stringText(node, value) : String(value);
    case 'integer':
      return typeof value === 'number' ? formatInteger(value) : String(value);
    case 'decimal':
      return typeof value === 'number' ? formatDecimal(value) : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value) : String(value);
    case 'boolean':
      return value ? 'Sí' : 'No';
    case 'catalogEntry':
      return isObject(value) ? catalogText(node.catalog, value['clave']) || String(value['valor'] ?? '') : String(value);
    case 'object':
      return isClaveValor(node) && isObject(value) ? claveValorText(node, value) : null;
    default:
      return null;
  }
}

function describeList(node: ArrayNode, items: readonly unknown[]): RecordNode | null {
  const of = node.of;
  if (of.kind !== 'object' || isClaveValor(of)) {
    const values = items.map((item) => scalarText(of, item)).filter((text): text is string => !!text);
    return values.length ? { kind: 'field', label: node.label, values } : null;
  }
  const clave = of.fields['clave'];
  const catalog = clave?.kind === 'string' ? clave.catalog : undefined;
  const valor = of.fields['valor'];
  const groups = items.filter(isObject).map((item, index): RecordGroup => {
    if (!catalog) return { kind: 'group', label: `${of.label} ${index + 1}`, children: describeObject(of, item) };
    // «Otro» with its text: the text is the title. Otherwise the clave's label.
    const other = item['clave'] === 'OTRO' && typeof item['valor'] === 'string' && item['valor'].trim() !== '';
    const title = other
      ? suggestedText(valor?.kind === 'string' ? valor.suggestions : undefined, item['valor'] as string)
      : catalogText(catalog, item['clave']);
    const children = describeObject(of, item, new Set(other ? ['clave', 'valor'] : ['clave']));
    // A sanción holds only the block of its clave («Inhabilitación» › «Inhabilitación»): one level.
    const only = children.length === 1 ? children[0] : null;
    return { kind: 'group', label: title, children: only?.kind === 'group' ? only.children : children };
  });
  return groups.length ? { kind: 'list', label: node.label, items: groups } : null;
}

function describeNode(node: SchemaNode, value: unknown): RecordNode | null {
  if (isEmpty(value) || node.visibility === 'confidencial') return null;
  if (node.kind === 'array') return Array.isArray(value) ? describeList(node, value) : null;
  if (node.kind === 'object' && !isClaveValor(node)) {
    if (!isObject(value)) return null;
    const children = describeObject(node, value);
    return children.length ? { kind: 'group', label: node.label, children } : null;
  }
  const text = scalarText(node, value);
  if (!text) return null;
  if (node.kind === 'string' && node.format === 'url' && typeof value === 'string' && isWebAddress(value)) {
    return { kind: 'field', label: node.label, values: [value], link: { href: value, text: linkText(node.label) } };
  }
  return field(node.label, text);
}

/**
 * The fields of an object present in `value`, in schema order. An amount (`monto` next to `moneda`)
 * is written once, with its currency: «$125,431.00 MXN».
 */
export function describeObject(node: ObjectNode, value: Value, skip: ReadonlySet<string> = new Set()): RecordNode[] {
  const money = node.fields['monto']?.kind === 'decimal' && node.fields['moneda']?.kind === 'string';
  const out: RecordNode[] = [];
  for (const [key, child] of Object.entries(node.fields)) {
    if (skip.has(key) || !(key in value)) continue;
    const raw = value[key];
    if (money && key === 'monto' && typeof raw === 'number') {
      out.push(field(child.label, formatMoney(raw, typeof value['moneda'] === 'string' ? value['moneda'] : null)));
      continue;
    }
    if (money && key === 'moneda' && typeof value['monto'] === 'number') continue;
    const described = describeNode(child, raw);
    if (described) out.push(described);
  }
  return out;
}

/**
 * A whole record as the sections of a ficha: a first section with the record's own data (the
 * `leading` fields such as identifier and dates, then the root scalar fields), followed by one
 * section per sub-object or list.
 */
export function describeRecord(schema: ObjectNode, record: Value, firstSection: string, leading: readonly RecordField[] = []): RecordNode[] {
  const nodes = describeObject(schema, record);
  const fields = nodes.filter((node): node is RecordField => node.kind === 'field');
  const sections = nodes.filter((node) => node.kind !== 'field');
  const first: RecordGroup = { kind: 'group', label: firstSection, children: [...leading, ...fields] };
  return [first, ...sections];
}

/** Labels of the fields the law keeps out of the public version (what the ficha never shows). */
export function confidentialLabels(schema: SchemaNode): string[] {
  const labels = new Set<string>();
  const walk = (node: SchemaNode) => {
    if (node.kind === 'object') {
      for (const child of Object.values(node.fields)) {
        if (child.visibility === 'confidencial') labels.add(child.label);
        else walk(child);
      }
    } else if (node.kind === 'array') {
      walk(node.of);
    }
  };
  walk(schema);
  return [...labels];
}
