import { hasLoneSurrogate } from '@pde/api/core';
import { collapseWhitespace } from '@pde/shared/contracts';
import { parse as parseQs } from 'qs';
import { invalidQuery } from './directus-errors';

/** Query parameters of `GET /items/{collection}` after parsing (SPEC §3.3). */
export interface ItemsParams {
  fields: string[];
  filter: unknown;
  search?: string;
  sort: string[];
  limit: number;
  offset: number;
  meta: { total: boolean; filter: boolean };
}

export const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;
const UNSUPPORTED = ['aggregate', 'groupBy', 'deep', 'alias'];

/** Reads the raw query string: CSV or repeated (`fields[]=`) lists, JSON or bracket filters. */
export function parseItemsParams(rawQuery: string): ItemsParams {
  const search = new URLSearchParams(rawQuery);
  for (const name of UNSUPPORTED) {
    if ([...search.keys()].some((k) => k === name || k.startsWith(`${name}[`))) {
      throw invalidQuery(`el parámetro ${name} no está disponible en esta API`);
    }
  }
  const list = (name: string) => listParam(search, name);
  const limit = readInteger(search.get('limit'), 'limit', DEFAULT_LIMIT);
  if (limit < -1 || limit > MAX_LIMIT) throw invalidQuery(`el parámetro limit debe ser un entero entre -1 y ${MAX_LIMIT}`);
  const effectiveLimit = limit === -1 ? MAX_LIMIT : limit;
  let offset = readInteger(search.get('offset'), 'offset', 0);
  if (offset < 0) throw invalidQuery('el parámetro offset debe ser un entero mayor o igual a 0');
  const pageRaw = search.get('page');
  if (pageRaw !== null && pageRaw !== '') {
    const page = readInteger(pageRaw, 'page', 1);
    if (page < 1) throw invalidQuery('el parámetro page debe ser un entero mayor o igual a 1');
    offset = (page - 1) * effectiveLimit;
  }
  const metaTokens = list('meta');
  const filter = readFilter(search.get('filter'), rawQuery);
  const term = searchTerm(search.get('search'));
  // `\ud800` escapes inside the JSON decode to lone surrogates, which are not text (and MariaDB refuses them).
  if (hasLoneSurrogate(filter) || hasLoneSurrogate(term)) throw invalidQuery('el filtro o la búsqueda contienen caracteres Unicode inválidos');
  const all = metaTokens.includes('*');
  return {
    fields: list('fields'),
    filter,
    search: term,
    sort: list('sort'),
    limit: effectiveLimit,
    offset,
    meta: { total: all || metaTokens.includes('total_count'), filter: all || metaTokens.includes('filter_count') },
  };
}

/**
 * `search`: absent, empty or blank → no search (§3.6). Blank also by the Unicode White_Space of
 * §5.1 (U+0085, U+2028…, which `String.trim` keeps), as in the v1 text filters.
 */
function searchTerm(raw: string | null): string | undefined {
  if (raw === null) return undefined;
  const trimmed = raw.trim();
  return trimmed === '' || collapseWhitespace(trimmed) === '' ? undefined : trimmed;
}

function readInteger(raw: string | null, name: string, fallback: number): number {
  if (raw === null || raw.trim() === '') return fallback;
  if (!/^-?\d{1,15}$/.test(raw.trim())) throw invalidQuery(`el parámetro ${name} debe ser un número entero`);
  return Number(raw.trim());
}

/** `filter={…}` (JSON) or the bracket form `filter[a][b][_eq]=x`; `{}`, empty and `null` mean none. */
function readFilter(json: string | null, rawQuery: string): unknown {
  if (json !== null) {
    const text = json.trim();
    if (text === '' || text === 'null') return undefined;
    try {
      const value = JSON.parse(text) as unknown;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidQuery('el filtro debe ser un objeto JSON');
      return Object.keys(value).length ? value : undefined;
    } catch (error) {
      if (error instanceof SyntaxError) throw invalidQuery('el filtro no es un JSON válido');
      throw error;
    }
  }
  // Clients built on `qs` percent-encode the brackets (`filter%5Bfecha%5D%5B_eq%5D=…`).
  if (!/(^|&)filter(\[|%5B)/i.test(rawQuery)) return undefined;
  const parsed = parseQs(rawQuery, { depth: 20, arrayLimit: 1000, parameterLimit: 1000 }) as Record<string, unknown>;
  return parsed['filter'];
}

/** A list parameter as CSV (`fields=a,b`) or repeated (`fields[]=a&fields[]=b`). */
export function listParam(search: URLSearchParams, name: string): string[] {
  return [...search.getAll(name), ...search.getAll(`${name}[]`)].flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}
