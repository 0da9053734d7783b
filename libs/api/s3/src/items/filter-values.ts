import { fold } from '@pde/shared/contracts';
import type { ScalarField } from '../storage/s3-model';
import { invalidQuery } from './directus-errors';

/**
 * Filter values of SPEC §3.5 converted to the stored representation of a field: strings exact
 * (catalog spellings canonicalised), numbers loosely typed (`"5"` equals `5`), dates as
 * `YYYY-MM-DD`, timestamps as ISO 8601 UTC, and the dynamic `$NOW(±N unit)`.
 */
const DYNAMIC_NOW = /^\$NOW(?:\(\s*([+-])\s*(\d+)\s*(years?|months?|weeks?|days?|hours?|minutes?)\s*\))?$/;

export function resolveDynamic(value: string, now: Date): Date | undefined {
  const match = DYNAMIC_NOW.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(now);
  if (match[1]) {
    const amount = Number(match[2]) * (match[1] === '-' ? -1 : 1);
    const unit = match[3].replace(/s$/, '');
    if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + amount);
    else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + amount);
    else if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7 * amount);
    else if (unit === 'day') date.setUTCDate(date.getUTCDate() + amount);
    else if (unit === 'hour') date.setUTCHours(date.getUTCHours() + amount);
    else date.setUTCMinutes(date.getUTCMinutes() + amount);
  }
  // `$NOW(+999999 years)` leaves the range of dates (±275 760 years): not a date to compare with.
  if (Number.isNaN(date.getTime())) throw invalidQuery(`la fecha dinámica ${value.trim()} está fuera de rango`);
  return date;
}

export function storedValue(field: ScalarField, value: unknown, now: Date): string | number {
  if (typeof value === 'string' && value.startsWith('$') && !DYNAMIC_NOW.test(value.trim())) {
    throw invalidQuery(`la variable ${value.split('(')[0]} no está disponible en esta API`);
  }
  switch (field.type) {
    case 'string': {
      if (typeof value !== 'string' && typeof value !== 'number') throw invalidQuery(`el valor para ${field.path} debe ser texto`);
      const text = String(value);
      // Own keys only: a value such as `constructor` is text, not an alias.
      return field.aliases && Object.prototype.hasOwnProperty.call(field.aliases, text) ? field.aliases[text] : text;
    }
    case 'integer':
    case 'money': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
      if (!Number.isFinite(n)) throw invalidQuery(`el valor para ${field.path} debe ser numérico`);
      return n;
    }
    case 'date': {
      if (typeof value !== 'string') throw invalidQuery(`el valor para ${field.path} debe ser una fecha AAAA-MM-DD`);
      const dynamic = resolveDynamic(value, now);
      if (dynamic) return dynamic.toISOString().slice(0, 10);
      const day = value.trim().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
        throw invalidQuery(`el valor para ${field.path} debe ser una fecha AAAA-MM-DD`);
      }
      return day;
    }
    case 'timestamp': {
      if (typeof value !== 'string') throw invalidQuery(`el valor para ${field.path} debe ser una fecha y hora ISO 8601`);
      const dynamic = resolveDynamic(value, now);
      const parsed = dynamic ?? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value.trim());
      if (Number.isNaN(parsed.getTime())) throw invalidQuery(`el valor para ${field.path} debe ser una fecha y hora ISO 8601`);
      return parsed.toISOString();
    }
  }
}

/** `_in`, `_nin`, `_between` accept an array or a CSV string. */
export function listValue(value: unknown, operator: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value === '' ? [] : value.split(',');
  if (typeof value === 'number') return [value];
  throw invalidQuery(`el operador ${operator} requiere una lista`);
}

export function booleanValue(value: unknown, operator: string): boolean {
  if (value === true || value === 'true' || value === 1 || value === '1') return true;
  if (value === false || value === 'false' || value === 0 || value === '0') return false;
  throw invalidQuery(`el operador ${operator} requiere true o false`);
}

export function foldedValue(field: ScalarField, value: unknown, operator: string): string {
  if (field.type !== 'string') throw invalidQuery(`el operador ${operator} solo aplica a campos de texto`);
  if (typeof value !== 'string' && typeof value !== 'number') throw invalidQuery(`el valor de ${operator} debe ser texto`);
  return fold(String(value));
}
