import { PdnV1Error } from '@pde/api/core';
import { collapseWhitespace } from '@pde/shared/contracts';

/**
 * Request parsing shared by the three v1 APIs (S2, S3S, S3P): SPEC §2.2–§2.4, §4.2, §4.3, §5.2,
 * §5.4. Type errors are 400 with the normative message; ranges are checked after authentication.
 */
export interface V1Paging {
  page: number;
  pageSize: number;
}

export interface SortEntry<F extends string> {
  field: F;
  direction: 'asc' | 'desc';
}


const badType = (path: string, expected: string) => new PdnV1Error(400, `El campo ${path} debe ser ${expected}.`);

/** The body must be a JSON object; an empty body or `null` means `{}` (SPEC §2.1). */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new PdnV1Error(400, 'El cuerpo de la solicitud debe ser un objeto JSON.');
  return body as Record<string, unknown>;
}

/** `page`/`pageSize` types (400 now); their ranges are checked after authentication (422, SPEC §6.1 order). */
export function readPaging(body: Record<string, unknown>): V1Paging {
  return { page: readInteger(body['page'], 'page', 1), pageSize: readInteger(body['pageSize'], 'pageSize', 10) };
}

function readInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number' && Number.isInteger(value)) return Math.max(Math.min(value, Number.MAX_SAFE_INTEGER), Number.MIN_SAFE_INTEGER);
  if (typeof value === 'string' && /^\d+$/.test(value)) return Math.min(Number(value), Number.MAX_SAFE_INTEGER);
  throw badType(name, 'un número entero');
}

/** SPEC §5.4: 422 for values of the right type outside their range. */
export function checkPagingRanges(paging: V1Paging) {
  if (paging.page < 1) throw new PdnV1Error(422, 'El campo page debe ser un entero mayor o igual a 1.');
  if (paging.pageSize < 1 || paging.pageSize > 200) throw new PdnV1Error(422, 'El campo pageSize debe ser un entero entre 1 y 200.');
}

/** Sort object: priority = key order; unknown keys and bad directions ignored, never an error (SPEC §2.4). */
export function readSort<F extends string>(value: unknown, allowed: readonly F[]): SortEntry<F>[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const out: SortEntry<F>[] = [];
  for (const [key, direction] of Object.entries(value)) {
    if (!(allowed as readonly string[]).includes(key) || typeof direction !== 'string') continue;
    const d = direction.trim().toLowerCase();
    if ((d === 'asc' || d === 'desc') && !out.some((s) => s.field === key)) out.push({ field: key as F, direction: d });
  }
  return out;
}

/** `query`: absent or null → `{}`; any other non-object → 400. */
export function readQueryObject(body: Record<string, unknown>): Record<string, unknown> {
  const query = body['query'];
  if (query === undefined || query === null) return {};
  if (typeof query !== 'object' || Array.isArray(query)) throw badType('query', 'un objeto');
  return query as Record<string, unknown>;
}

/** A text filter: null, blank or absent → absent; a non-string → 400 (SPEC §2.3). */
export function readTextFilter(query: Record<string, unknown>, key: string): string | undefined {
  const value = query[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badType(`query.${key}`, 'una cadena de texto');
  const trimmed = value.trim();
  // Blank by the Unicode White_Space of §5.1 too (e.g. U+0085, which String.trim keeps).
  return trimmed === '' || collapseWhitespace(trimmed) === '' ? undefined : trimmed;
}

/** Any-of claves: a list, or a single value treated as a one-element list; `[]` → absent. */
export function readClaveList(query: Record<string, unknown>, key: string, kind: 'integer' | 'string'): (number | string)[] | undefined {
  const raw = query[key];
  if (raw === undefined || raw === null) return undefined;
  const items = Array.isArray(raw) ? raw : [raw];
  if (items.length === 0) return undefined;
  const expected = kind === 'integer' ? 'una lista de números enteros' : 'una lista de claves (cadenas de texto)';
  return items.map((item) => {
    if (kind === 'integer') {
      if (typeof item === 'number' && Number.isInteger(item)) return item;
      if (typeof item === 'string' && /^\s*\d+\s*$/.test(item)) return Number(item);
      throw badType(`query.${key}`, expected);
    }
    if (typeof item !== 'string') throw badType(`query.${key}`, expected);
    return item.trim();
  });
}

/** `rfcSolicitante` at top level or inside `query`; logged only, never filters (SPEC §2.2, D12). */
export function readRfcSolicitante(body: Record<string, unknown>, query: Record<string, unknown>): string | undefined {
  const value = typeof query['rfcSolicitante'] === 'string' ? query['rfcSolicitante'] : body['rfcSolicitante'];
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 20) : undefined;
}

