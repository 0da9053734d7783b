import { isIsoDate, validate, type ObjectNode } from '@pde/shared/contracts';
import { ValidationError } from '../errors/errors';

/**
 * Validates a panel request body against a contracts schema and returns the normalised value, or
 * throws a 422 listing every problem by field. The same schemas drive the web forms.
 */
export function parseBody<T>(schema: ObjectNode, body: unknown, today?: string): T {
  const result = validate<T>(schema, body ?? {}, { today });
  if (result.errors.length > 0) {
    throw new ValidationError(result.errors.map((e) => ({ path: e.path, message: e.message })));
  }
  return result.value ?? ({} as T);
}

/** Reads a positive integer query parameter with a default and bounds. */
export function queryInt(value: unknown, fallback: number, min: number, max: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ValidationError([{ path: name, message: `Debe ser un entero entre ${min} y ${max}.` }]);
  }
  return n;
}

/** Reads an optional `AAAA-MM-DD` query parameter that must name a real calendar date. */
export function queryDate(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new ValidationError([{ path: name, message: 'Debe ser una fecha válida con el formato AAAA-MM-DD.' }]);
  }
  return value;
}
