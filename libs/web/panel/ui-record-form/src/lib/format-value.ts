import type { SchemaNode } from '@pde/shared/contracts';
import { catalogLabel, offeredCatalog } from './schema-nodes';

export const NO_VALUE = 'Sin dato';

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `YYYY-MM-DD` → «25 de noviembre de 2025» (the day as written, no time zone shift). */
export function formatDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('es-MX', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** An ISO timestamp in the person's time zone: «25 nov 2025, 14:05». */
export function formatTimestamp(value: string | undefined | null): string {
  if (!value) return NO_VALUE;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString('es-MX', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * A value of the record as people read it: catalog claves by their label, dates and amounts in
 * es-MX, yes/no for booleans. `node` is the schema node of the value when known.
 */
export function formatValue(node: SchemaNode | null, value: unknown): string {
  if (value === undefined || value === null || value === '') return NO_VALUE;
  if (Array.isArray(value)) {
    const itemNode = node?.kind === 'array' ? node.of : null;
    return value.length ? value.map((item) => formatValue(itemNode, item)).join('; ') : NO_VALUE;
  }
  if (isPlainObject(value)) {
    if ('clave' in value && (node?.kind === 'catalogEntry' || Object.keys(value).every((k) => k === 'clave' || k === 'valor'))) {
      return typeof value['valor'] === 'string' && value['valor'] ? value['valor'] : String(value['clave']);
    }
    return Object.entries(value)
      .map(([key, child]) => {
        const childNode = node?.kind === 'object' ? (node.fields[key] ?? null) : null;
        return `${childNode?.label ?? key}: ${formatValue(childNode, child)}`;
      })
      .join('; ');
  }
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  if (node?.kind === 'date' && typeof value === 'string') return formatDate(value);
  if (node && (node.kind === 'string' || node.kind === 'catalogEntry')) {
    const label = catalogLabel(offeredCatalog(node), value) ?? (node.kind === 'string' ? catalogLabel(node.catalog, value) : undefined);
    if (label) return node.kind === 'string' && node.suggestions ? `${String(value)} · ${label}` : label;
  }
  if (typeof value === 'number') {
    const scale = node?.kind === 'decimal' ? node.scale : 0;
    return node?.kind === 'decimal'
      ? value.toLocaleString('es-MX', { minimumFractionDigits: scale, maximumFractionDigits: scale })
      : value.toLocaleString('es-MX', { maximumFractionDigits: 20, useGrouping: node?.kind === 'integer' && value >= 10000 });
  }
  return String(value);
}
