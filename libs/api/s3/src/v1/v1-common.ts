import { SEXO, findEntry } from '@pde/shared/contracts';
import type { V1ClaveValor, V1Documento, V1InstitucionDependencia, V1ProjectionContext } from './v1-types';

/**
 * Parts shared by the S3S and S3P projections (SPEC §4.4, §4.5, §4.7.4, §4.7.7).
 */

/**
 * `fechaCaptura`: the last published change (`date_updated`), or the first publication when the
 * record never changed, as `YYYY-MM-DDTHH:MM:SSZ` (the OAS example has no milliseconds).
 */
export function fechaCaptura(record: { date_created: string; date_updated: string | null }): string {
  const source = record.date_updated ?? record.date_created;
  const time = Date.parse(source);
  // System timestamps are always valid; an unparsable one is passed through rather than invented.
  if (Number.isNaN(time)) return source;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * `institucionDependencia` (§4.4, §4.5): the ente named by the record, or the ente that owns the
 * record when the record names none (**ours**, §9 D42). The clave is known only for entes of our
 * catálogo de entes; for the owner it is the owner's own clave.
 */
export function institucionDependencia(
  named: { nombre?: string; siglas?: string },
  context: V1ProjectionContext,
): V1InstitucionDependencia {
  if (!named.nombre) {
    const { nombre, siglas, clave } = context.owner;
    return siglas ? { nombre, siglas, clave } : { nombre, clave };
  }
  const out: V1InstitucionDependencia = { nombre: named.nombre };
  if (named.siglas) out.siglas = named.siglas;
  const clave = context.claveOfInstitution(named.nombre);
  if (clave) out.clave = clave;
  return out;
}

/** §4.7.4 `sexo` → `genero` (v1 `O` is never produced: v2 has no equivalent). */
const GENERO_OF_SEXO: Readonly<Record<string, V1ClaveValor>> = Object.freeze({
  HOMBRE: Object.freeze({ clave: 'M', valor: 'MASCULINO' }),
  MUJER: Object.freeze({ clave: 'F', valor: 'FEMENINO' }),
});

export function genero(sexo: string | undefined): V1ClaveValor | undefined {
  const entry = sexo ? findEntry(SEXO, sexo) : undefined;
  const mapped = entry ? GENERO_OF_SEXO[entry.clave] : undefined;
  return mapped ? { ...mapped } : undefined;
}

/** The resolution fields the documents are built from (every kind but no graves has the URLs). */
export interface ResolucionLinks {
  tituloResolucion?: string;
  fechaResolucion?: string;
  urlResolucion?: string;
  fechaResolucionFirme?: string;
  urlResolucionFirme?: string;
}

export const DOCUMENTO_RESOLUCION_ID = 'resolucion';
export const DOCUMENTO_RESOLUCION_FIRME_ID = 'resolucion-firme';
export const DOCUMENTO_RESOLUCION_DESCRIPCION = 'Versión pública de la resolución';
export const DOCUMENTO_FIRME_TITULO = 'Acuerdo de firmeza de la resolución';
export const DOCUMENTO_FIRME_DESCRIPCION = 'Versión pública del acuerdo que declara firme la resolución';

/**
 * `documentos` (§4.7.7, **ours**): one entry per resolution link, emitted only when every value of
 * the entry exists (the OAS requires all of them).
 */
export function documentos(resolucion: ResolucionLinks | undefined): V1Documento[] {
  const out: V1Documento[] = [];
  if (!resolucion) return out;
  const { tituloResolucion, fechaResolucion, urlResolucion, fechaResolucionFirme, urlResolucionFirme } = resolucion;
  if (urlResolucion && tituloResolucion && fechaResolucion) {
    out.push({
      id: DOCUMENTO_RESOLUCION_ID,
      tipo: 'RESOLUCION',
      titulo: tituloResolucion,
      descripcion: DOCUMENTO_RESOLUCION_DESCRIPCION,
      url: urlResolucion,
      fecha: fechaResolucion,
    });
  }
  if (urlResolucionFirme && fechaResolucionFirme) {
    out.push({
      id: DOCUMENTO_RESOLUCION_FIRME_ID,
      tipo: 'RESOLUCION',
      titulo: DOCUMENTO_FIRME_TITULO,
      descripcion: DOCUMENTO_FIRME_DESCRIPCION,
      url: urlResolucionFirme,
      fecha: fechaResolucionFirme,
    });
  }
  return out;
}

/** Copies the entries whose value is a non-empty string (v1 omits optional keys without a value). */
export function presentStrings<K extends string>(source: Partial<Record<K, unknown>>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = source[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}

/** The record with its present keys in the given order (JSON keys keep insertion order). */
export function orderKeys<T extends object>(record: T, order: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const key of order) if (record[key] !== undefined) out[key] = record[key];
  return out as T;
}
