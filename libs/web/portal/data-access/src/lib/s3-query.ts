import type { S3Collection } from '@pde/shared/contracts';
import { cleanSearchText } from './text';

/**
 * Filters of the S3 searches and the Directus query they become (SPEC §3.3–§3.5), following what
 * the PDN portal offers (SPEC §7.6 C26). Empty texts and lists mean «no filter».
 */
export interface S3Criteria {
  /** Part of the name of the ente público. */
  ente: string;
  /** Claves of the entidadFederativa catalog (`'20'`). */
  entidad: readonly string[];
  /** Claves of nivelOrdenGobierno (`ESTATAL`…). */
  ordenGobierno: readonly string[];
  /** Claves of ambitoPublico (`EJECUTIVO`…). */
  ambito: readonly string[];
  /** `faltaCometida[].clave` of the collection; a record matches if any of its faltas has one. */
  falta: readonly string[];
  /** `tipoSancion[].clave` of the collection; a record matches if any of its sanciones has one. */
  sancion: readonly string[];
  /** Names: only where they are public (faltas graves, personas físicas). */
  nombres: string;
  primerApellido: string;
  segundoApellido: string;
  /** Personas morales only. */
  razonSocial: string;
  rfc: string;
}

export const EMPTY_S3_CRITERIA: S3Criteria = Object.freeze({
  ente: '',
  entidad: [],
  ordenGobierno: [],
  ambito: [],
  falta: [],
  sancion: [],
  nombres: '',
  primerApellido: '',
  segundoApellido: '',
  razonSocial: '',
  rfc: '',
});

export interface S3SearchQuery {
  criteria: S3Criteria;
  pagina: number;
  tamano: number;
}

/** What each collection lets the public search (SPEC §1.3.3: a filter on a hidden field is a 403). */
export interface S3SearchFeatures {
  /** Sub-object that describes the ente público. */
  ente: 'empleoCargoComision' | 'dondeCometioLaFalta';
  /** Names of the sanctioned person are public: they can be searched and shown. */
  personName: boolean;
  /** Razón social and RFC of a persona moral. */
  company: boolean;
}

export const S3_SEARCH_FEATURES: Readonly<Record<S3Collection, S3SearchFeatures>> = Object.freeze({
  faltas_administrativas_graves: { ente: 'empleoCargoComision', personName: true, company: false },
  // LGRA: faltas no graves are registered but the identity of the person is not published.
  faltas_administrativas_no_graves: { ente: 'empleoCargoComision', personName: false, company: false },
  faltas_graves_personas_fisicas: { ente: 'dondeCometioLaFalta', personName: true, company: false },
  faltas_graves_personas_morales: { ente: 'dondeCometioLaFalta', personName: false, company: true },
});

const COMMON_LIST_FIELDS = [
  'id',
  'fecha',
  'expediente',
  'resolucion.fechaResolucion',
  'faltaCometida.clave',
  'faltaCometida.valor',
  'tipoSancion.clave',
  'tipoSancion.otro.denominacionSancion',
];
const enteFields = (ente: S3SearchFeatures['ente']) => [`${ente}.nombreEntePublico`, `${ente}.siglasEntePublico`];
const personNames = ['datosGenerales.nombres', 'datosGenerales.primerApellido', 'datosGenerales.segundoApellido'];

/** `fields` of the result lists: what the table shows, all of it public in that collection. */
export const S3_LIST_FIELDS: Readonly<Record<S3Collection, readonly string[]>> = Object.freeze({
  faltas_administrativas_graves: [...COMMON_LIST_FIELDS, ...personNames, ...enteFields('empleoCargoComision')],
  faltas_administrativas_no_graves: [...COMMON_LIST_FIELDS, ...enteFields('empleoCargoComision')],
  faltas_graves_personas_fisicas: [...COMMON_LIST_FIELDS, ...personNames, ...enteFields('dondeCometioLaFalta')],
  faltas_graves_personas_morales: [
    ...COMMON_LIST_FIELDS,
    'datosGenerales.nombreRazonSocial',
    'datosGenerales.rfc',
    ...enteFields('dondeCometioLaFalta'),
  ],
});

/** A Directus filter object (SPEC §3.5). */
export type DirectusFilter = Readonly<Record<string, unknown>>;

/** `('a.b', {_eq: 1})` → `{a: {b: {_eq: 1}}}`: the nested form every Directus client understands. */
function nest(path: string, condition: DirectusFilter): DirectusFilter {
  return path
    .split('.')
    .reduceRight<DirectusFilter>((inner, key) => ({ [key]: inner }), condition);
}

/**
 * The `filter` of a search: one condition per filter in use, joined with `_and` (each o2m condition
 * on its own, so «falta X» and «sanción Y» may match different elements); `null` when no filter
 * is in use. Names are left out where they are not public, razón social and RFC outside morales.
 */
export function buildS3Filter(collection: S3Collection, criteria: S3Criteria): DirectusFilter | null {
  const features = S3_SEARCH_FEATURES[collection];
  const conditions: DirectusFilter[] = [];
  const contains = (path: string, value: string) => {
    const text = cleanSearchText(value);
    if (text) conditions.push(nest(path, { _icontains: text }));
  };
  const anyOf = (path: string, values: readonly string[]) => {
    const unique = [...new Set(values.filter(Boolean))];
    if (unique.length) conditions.push(nest(path, { _in: unique }));
  };

  if (features.personName) {
    contains('datosGenerales.nombres', criteria.nombres);
    contains('datosGenerales.primerApellido', criteria.primerApellido);
    contains('datosGenerales.segundoApellido', criteria.segundoApellido);
  }
  if (features.company) {
    contains('datosGenerales.nombreRazonSocial', criteria.razonSocial);
    contains('datosGenerales.rfc', criteria.rfc);
  }
  contains(`${features.ente}.nombreEntePublico`, criteria.ente);
  anyOf(`${features.ente}.entidadFederativa`, criteria.entidad);
  anyOf(`${features.ente}.nivelOrdenGobierno`, criteria.ordenGobierno);
  anyOf(`${features.ente}.ambitoPublico`, criteria.ambito);
  anyOf('faltaCometida.clave', criteria.falta);
  anyOf('tipoSancion.clave', criteria.sancion);
  return conditions.length ? { _and: conditions } : null;
}

/**
 * Query string of `GET /api/portal/s3/{coleccion}`, in the PDN's query language: the list fields,
 * newest first (`sort=-fecha`; the API adds `id` as tie-breaker), one page, and `meta=filter_count`
 * for the total.
 */
export function s3SearchParams(collection: S3Collection, query: S3SearchQuery): Record<string, string> {
  const filter = buildS3Filter(collection, query.criteria);
  return {
    fields: S3_LIST_FIELDS[collection].join(','),
    ...(filter ? { filter: JSON.stringify(filter) } : {}),
    sort: '-fecha',
    limit: String(query.tamano),
    page: String(query.pagina),
    meta: 'filter_count',
  };
}
