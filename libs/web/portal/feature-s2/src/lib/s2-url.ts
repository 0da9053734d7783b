import type { ParamMap, Params } from '@angular/router';
import { PORTAL_DEFAULT_PAGE_SIZE, cleanSearchText, readPage, readPageSize, type S2SearchQuery } from '@pde/web/portal/data-access';

/**
 * The S2 search lives in the address, so it can be shared, bookmarked, reloaded and walked with the
 * back button. These names are public and stable (the same as the API's):
 * `nombres`, `primerApellido`, `segundoApellido`, `institucionDependencia`, `tipoProcedimiento`
 * (repeated or a comma list: `1,3`), `pagina` (from 1) and `tamano` (10, 25 or 50).
 */
export const S2_URL_PARAMS = {
  nombres: 'nombres',
  primerApellido: 'primerApellido',
  segundoApellido: 'segundoApellido',
  institucionDependencia: 'institucionDependencia',
  tipoProcedimiento: 'tipoProcedimiento',
  pagina: 'pagina',
  tamano: 'tamano',
} as const;

export interface S2Criteria {
  nombres: string;
  primerApellido: string;
  segundoApellido: string;
  institucionDependencia: string;
  tipoProcedimiento: number[];
}

export interface S2UrlState {
  criteria: S2Criteria;
  pagina: number;
  tamano: number;
}

export const EMPTY_S2_CRITERIA: Readonly<S2Criteria> = Object.freeze({
  nombres: '',
  primerApellido: '',
  segundoApellido: '',
  institucionDependencia: '',
  tipoProcedimiento: [],
});

const TEXT_KEYS = ['nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia'] as const;

/** Claves 1–5 of tipoProcedimiento, from repeated parameters and/or comma lists; others are dropped. */
export function readProcedures(values: readonly string[]): number[] {
  const claves = values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => /^[1-5]$/.test(value))
    .map(Number);
  return [...new Set(claves)].sort((a, b) => a - b);
}

/** Address → search. Anything malformed falls back to «no filter» / page 1 instead of failing. */
export function readS2Url(params: ParamMap): S2UrlState {
  const criteria: S2Criteria = { ...EMPTY_S2_CRITERIA, tipoProcedimiento: readProcedures(params.getAll(S2_URL_PARAMS.tipoProcedimiento)) };
  for (const key of TEXT_KEYS) criteria[key] = cleanSearchText(params.get(S2_URL_PARAMS[key]));
  return { criteria, pagina: readPage(params.get(S2_URL_PARAMS.pagina)), tamano: readPageSize(params.get(S2_URL_PARAMS.tamano)) };
}

/** Search → address: only what is in use, so the default search is plain `/s2`. */
export function s2UrlParams(state: S2UrlState): Params {
  const params: Params = {};
  for (const key of TEXT_KEYS) {
    const text = cleanSearchText(state.criteria[key]);
    if (text) params[S2_URL_PARAMS[key]] = text;
  }
  const procedures = readProcedures(state.criteria.tipoProcedimiento.map(String));
  if (procedures.length) params[S2_URL_PARAMS.tipoProcedimiento] = procedures.join(',');
  if (state.pagina > 1) params[S2_URL_PARAMS.pagina] = String(state.pagina);
  if (state.tamano !== PORTAL_DEFAULT_PAGE_SIZE) params[S2_URL_PARAMS.tamano] = String(state.tamano);
  return params;
}

export function sameS2State(a: S2UrlState, b: S2UrlState): boolean {
  return JSON.stringify(s2UrlParams(a)) === JSON.stringify(s2UrlParams(b));
}

export function toS2Query(state: S2UrlState): S2SearchQuery {
  return { ...state.criteria, pagina: state.pagina, tamano: state.tamano };
}

export function hasS2Criteria(criteria: S2Criteria): boolean {
  return TEXT_KEYS.some((key) => cleanSearchText(criteria[key]) !== '') || criteria.tipoProcedimiento.length > 0;
}
