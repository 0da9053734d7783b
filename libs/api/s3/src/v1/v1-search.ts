import type { S3ApiRecord } from '@pde/shared/contracts';
import { projectS3P } from './s3p-projection';
import { projectS3S } from './s3s-projection';
import { isV1SancionClave, v1TipoSancion, type V2SancionItem } from './v1-sanciones';
import {
  V1_API_OF,
  type S3PCollection,
  type S3PRecord,
  type S3SCollection,
  type S3SRecord,
  type V1Api,
  type V1ProjectionContext,
  type V1Role,
} from './v1-types';

/**
 * What the v1 search engine (SPEC §4.2, §4.3, §5.2, §5.3) needs per record and role, derived from
 * the projection itself so that filters and sorts see exactly what the caller would read: a value
 * hidden from the role is `undefined` here (it never matches and sorts as missing, §1.3.2).
 * Values are raw text; the read model stores `fold()` copies and sort keys of them.
 */

/**
 * Filter aliases of §4.7.1 (**ours**): the PDN's migration collapsed `M` and `IRSC` into
 * SANCION_ECONOMICA, so a requested `M`/`IRSC` (S3S) or `M` (S3P) also matches records carrying
 * `SE`. A requested `SE` matches only `SE`.
 */
export const V1_TIPO_SANCION_FILTER_ALIASES: Readonly<Record<V1Api, Readonly<Record<string, readonly string[]>>>> = Object.freeze({
  S3S: Object.freeze({ M: ['SE'], IRSC: ['SE'] }),
  S3P: Object.freeze({ M: ['SE'] }),
});

/**
 * The claves that satisfy a `tipoSancion` filter (any-of): the requested claves of the API's
 * catalog plus their aliases. Unknown claves add nothing, so a filter of only unknown claves
 * matches no record. Suitable for `… IN (…)` in SQL.
 */
export function expandTipoSancionFilter(requested: readonly string[], api: V1Api): Set<string> {
  const out = new Set<string>();
  for (const clave of requested) {
    if (!isV1SancionClave(clave, api)) continue;
    out.add(clave);
    for (const alias of V1_TIPO_SANCION_FILTER_ALIASES[api][clave] ?? []) out.add(alias);
  }
  return out;
}

/** Any-of match of §4.2/§4.3; an empty request is no filter (§5.2). */
export function matchesTipoSancion(requested: readonly string[], carried: ReadonlySet<string>, api: V1Api): boolean {
  if (requested.length === 0) return true;
  for (const clave of expandTipoSancionFilter(requested, api)) if (carried.has(clave)) return true;
  return false;
}

/** The v1 `tipoSancion` claves that the projection of a record carries (role-independent). */
export function v1SanctionClaves(collection: keyof typeof V1_API_OF, record: { tipoSancion: readonly V2SancionItem[] }): Set<string> {
  return new Set(v1TipoSancion(record.tipoSancion, V1_API_OF[collection]).map((item) => item.clave));
}

/** Filter and sort values of one S3S record for one role. */
export interface S3SSearchFields {
  id: string;
  nombres?: string;
  primerApellido?: string;
  segundoApellido?: string;
  rfc?: string;
  curp?: string;
  /** `institucionDependencia.nombre` (always visible). */
  institucion: string;
  /** v1 claves carried, without aliases (apply `expandTipoSancionFilter` to the request). */
  tipoSancion: string[];
}

/** Filter and sort values of one S3P record for one role. */
export interface S3PSearchFields {
  id: string;
  nombreRazonSocial: string;
  rfc?: string;
  institucion: string;
  expediente?: string;
  tipoPersona: 'F' | 'M';
  tipoSancion: string[];
}

/** `""` is how a hidden required value is emitted (§1.3.2); for searching it is no value at all. */
const visible = (value: string | undefined): string | undefined => (value ? value : undefined);

export function s3sSearchFields(projected: S3SRecord): S3SSearchFields {
  const servidor = projected.servidorPublicoSancionado;
  return {
    id: projected.id,
    nombres: visible(servidor.nombres),
    primerApellido: visible(servidor.primerApellido),
    segundoApellido: visible(servidor.segundoApellido),
    rfc: visible(servidor.rfc),
    curp: visible(servidor.curp),
    institucion: projected.institucionDependencia.nombre,
    tipoSancion: [...new Set(projected.tipoSancion.map((item) => item.clave))],
  };
}

export function s3pSearchFields(projected: S3PRecord): S3PSearchFields {
  const particular = projected.particularSancionado;
  return {
    id: projected.id,
    nombreRazonSocial: particular.nombreRazonSocial,
    rfc: visible(particular.rfc),
    institucion: projected.institucionDependencia.nombre,
    expediente: visible(projected.expediente),
    tipoPersona: particular.tipoPersona,
    tipoSancion: [...new Set(projected.tipoSancion.map((item) => item.clave))],
  };
}

/** Projects the record for the role and extracts its search fields. */
export function v1SearchFields(collection: S3SCollection, record: S3ApiRecord<S3SCollection>, context: V1ProjectionContext, role: V1Role): S3SSearchFields;
export function v1SearchFields(collection: S3PCollection, record: S3ApiRecord<S3PCollection>, context: V1ProjectionContext, role: V1Role): S3PSearchFields;
export function v1SearchFields(
  collection: S3SCollection | S3PCollection,
  record: S3ApiRecord<S3SCollection> | S3ApiRecord<S3PCollection>,
  context: V1ProjectionContext,
  role: V1Role,
): S3SSearchFields | S3PSearchFields {
  if (collection === 'faltas_administrativas_graves' || collection === 'faltas_administrativas_no_graves') {
    return s3sSearchFields(projectS3S(collection, record as S3ApiRecord<S3SCollection>, context, role));
  }
  return s3pSearchFields(projectS3P(collection, record as S3ApiRecord<S3PCollection>, context, role));
}
