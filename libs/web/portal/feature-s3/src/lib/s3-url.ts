import type { ParamMap, Params } from '@angular/router';
import type { S3Collection } from '@pde/shared/contracts';
import {
  EMPTY_S3_CRITERIA,
  PORTAL_DEFAULT_PAGE_SIZE,
  S3_SEARCH_FEATURES,
  cleanSearchText,
  readPage,
  readPageSize,
  type S3Criteria,
  type S3SearchQuery,
} from '@pde/web/portal/data-access';
import {
  AMBITO_OPTIONS,
  ENTIDAD_OPTIONS,
  ORDEN_GOBIERNO_OPTIONS,
  faltaAliases,
  faltaOptions,
  sancionAliases,
  sancionOptions,
  type Option,
} from './s3-collections-info';

/**
 * Query parameters of `/s3/{coleccion}` (public and stable; documented in libs/web/README.md).
 * Lists may be repeated (`entidad=20&entidad=09`) or comma lists (`entidad=20,09`).
 */
export const S3_URL_PARAMS = {
  ente: 'ente',
  entidad: 'entidad',
  ordenGobierno: 'ordenGobierno',
  ambito: 'ambito',
  falta: 'falta',
  sancion: 'sancion',
  nombres: 'nombres',
  primerApellido: 'primerApellido',
  segundoApellido: 'segundoApellido',
  razonSocial: 'razonSocial',
  rfc: 'rfc',
  pagina: 'pagina',
  tamano: 'tamano',
} as const;

type ListKey = 'entidad' | 'ordenGobierno' | 'ambito' | 'falta' | 'sancion';
type TextKey = 'ente' | 'nombres' | 'primerApellido' | 'segundoApellido' | 'razonSocial' | 'rfc';

export interface S3UrlState {
  collection: S3Collection;
  criteria: S3Criteria;
  pagina: number;
  tamano: number;
}

/** The text filters a collection offers (names only where they are public). */
export function textKeys(collection: S3Collection): TextKey[] {
  const features = S3_SEARCH_FEATURES[collection];
  return [
    ...(features.personName ? (['nombres', 'primerApellido', 'segundoApellido'] as const) : []),
    ...(features.company ? (['razonSocial', 'rfc'] as const) : []),
    'ente',
  ];
}

function listOptions(collection: S3Collection, key: ListKey): { options: Option[]; aliases: Readonly<Record<string, string>> } {
  switch (key) {
    case 'entidad':
      return { options: ENTIDAD_OPTIONS, aliases: {} };
    case 'ordenGobierno':
      return { options: ORDEN_GOBIERNO_OPTIONS, aliases: {} };
    case 'ambito':
      return { options: AMBITO_OPTIONS, aliases: {} };
    case 'falta':
      return { options: faltaOptions(collection), aliases: faltaAliases(collection) };
    case 'sancion':
      return { options: sancionOptions(collection), aliases: sancionAliases(collection) };
  }
}

const LIST_KEYS: readonly ListKey[] = ['entidad', 'ordenGobierno', 'ambito', 'falta', 'sancion'];

/** Catalog claves of the collection, in catalog order (so equal searches have equal addresses). */
function normaliseList(collection: S3Collection, key: ListKey, values: readonly string[]): string[] {
  const { options, aliases } = listOptions(collection, key);
  const wanted = new Set(values.flatMap((value) => value.split(',')).map((value) => value.trim()).map((value) => aliases[value] ?? value));
  return options.filter((option) => wanted.has(option.value)).map((option) => option.value);
}

/** Address → search of one collection. Filters the collection does not offer are dropped. */
export function readS3Url(collection: S3Collection, params: ParamMap): S3UrlState {
  const criteria: S3Criteria = { ...EMPTY_S3_CRITERIA };
  for (const key of textKeys(collection)) criteria[key] = cleanSearchText(params.get(S3_URL_PARAMS[key]));
  for (const key of LIST_KEYS) criteria[key] = normaliseList(collection, key, params.getAll(S3_URL_PARAMS[key]));
  return { collection, criteria, pagina: readPage(params.get(S3_URL_PARAMS.pagina)), tamano: readPageSize(params.get(S3_URL_PARAMS.tamano)) };
}

/** Search → address: only what is in use and offered by the collection; lists as comma lists. */
export function s3UrlParams(state: S3UrlState): Params {
  const params: Params = {};
  for (const key of textKeys(state.collection)) {
    const text = cleanSearchText(state.criteria[key]);
    if (text) params[S3_URL_PARAMS[key]] = text;
  }
  for (const key of LIST_KEYS) {
    const values = normaliseList(state.collection, key, state.criteria[key]);
    if (values.length) params[S3_URL_PARAMS[key]] = values.join(',');
  }
  if (state.pagina > 1) params[S3_URL_PARAMS.pagina] = String(state.pagina);
  if (state.tamano !== PORTAL_DEFAULT_PAGE_SIZE) params[S3_URL_PARAMS.tamano] = String(state.tamano);
  return params;
}

export function sameS3State(a: S3UrlState, b: S3UrlState): boolean {
  return a.collection === b.collection && JSON.stringify(s3UrlParams(a)) === JSON.stringify(s3UrlParams(b));
}

export function toS3Query(state: S3UrlState): S3SearchQuery {
  return { criteria: state.criteria, pagina: state.pagina, tamano: state.tamano };
}

export function hasS3Criteria(state: S3UrlState): boolean {
  const params = s3UrlParams({ ...state, pagina: 1, tamano: PORTAL_DEFAULT_PAGE_SIZE });
  return Object.keys(params).length > 0;
}
