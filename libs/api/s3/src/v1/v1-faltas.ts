import {
  FALTA_COMETIDA_NO_GRAVES_ALIASES,
  S3_FALTA_COMETIDA_CATALOGS,
  S3_FALTA_COMETIDA_VALOR_SUGGESTIONS,
  TIPO_FALTA_S3S,
  catalogValor,
  findEntry,
  fold,
  type S3Collection,
} from '@pde/shared/contracts';
import type { S3SCollection, V1ClaveValorDescripcion } from './v1-types';

/**
 * `faltaCometida` seen from v1 (SPEC §4.7.2, §4.7.3): the S3S `tipoFalta` object, the S3P
 * `tipoFalta` text and `causaMotivoHechos`. The labels are those of §8.2 (contracts catalogs).
 */

/** A falta of any v2 collection, read loosely. */
export interface V2FaltaItem {
  clave: string;
  valor?: string;
  descripcionHechos?: string;
}

/** §4.7.2, faltas graves: v2 clave → v1 clave (valor from the v1 catalog). */
export const TIPO_FALTA_GRAVES_TO_V1: Readonly<Record<string, string>> = Object.freeze({
  ABUSO_FUNCIONES: 'AFN',
  COHECHO: 'CEX',
  PECULADO: 'PEC',
  DESVIO_RECURSOS_PUBLICOS: 'DRP',
  UTILIZACION_INDEBIDA_INFORMACION: 'UII',
  CONFLICTO_INTERES: 'ABCI',
  CONTRATACION_INDEBIDA: 'CIND',
  ENRIQUECIMIENTO_OCULTO: 'EOCI',
  TRAFICO_INFLUENCIAS: 'TINF',
  SIMULACION_ACTO_JURIDICO: 'AG',
  ENCUBRIMIENTO: 'ENCB',
  DESACATO: 'DSCT',
  NEPOTISMO: 'AG',
  OBSTRUCCION: 'OJUST',
});

/** v1 claves whose `valor` says nothing specific, so the labels go to `descripcion` (§4.7.2). */
const GENERIC_V1_FALTAS: ReadonlySet<string> = new Set(['AG', 'ANG', 'OTRO']);

/** "acoso sexual" / "hostigamiento sexual", whether written as the suggested key or as text. */
const foldedValor = (valor: string | undefined) => (valor ? fold(valor.replace(/_/g, ' ')) : '');

/** The canonical clave of a no-graves falta (long claves of the herramienta de captura, §3.10). */
const noGravesClave = (clave: string) => FALTA_COMETIDA_NO_GRAVES_ALIASES[clave] ?? clave;

/** v1 clave of one falta of a servidores collection. */
export function v1TipoFaltaClave(collection: S3SCollection, falta: V2FaltaItem): string {
  if (collection === 'faltas_administrativas_no_graves') {
    return noGravesClave(falta.clave) === 'DECLARACIONES' ? 'IDSP' : 'ANG';
  }
  if (falta.clave === 'OTRO') {
    const valor = foldedValor(falta.valor);
    if (valor === 'acoso sexual') return 'ASEX';
    if (valor === 'hostigamiento sexual') return 'HSEX';
    return 'OTRO';
  }
  return TIPO_FALTA_GRAVES_TO_V1[falta.clave] ?? 'AG';
}

/**
 * Label of one falta (§4.7.2): the §8.2 label of its clave; for OTRO, the label of the suggested
 * key it holds, or its free text.
 */
export function faltaLabel(collection: S3Collection, falta: V2FaltaItem): string {
  const clave = collection === 'faltas_administrativas_no_graves' ? noGravesClave(falta.clave) : falta.clave;
  if (clave === 'OTRO') {
    if (!falta.valor) return 'Otro';
    return findEntry(S3_FALTA_COMETIDA_VALOR_SUGGESTIONS[collection], falta.valor)?.valor ?? falta.valor;
  }
  return catalogValor(S3_FALTA_COMETIDA_CATALOGS[collection], clave);
}

const labelsOf = (collection: S3Collection, faltas: readonly V2FaltaItem[]) => faltas.map((falta) => faltaLabel(collection, falta)).join('; ');

/**
 * S3S `tipoFalta`: `clave`/`valor` from the principal (first) falta; `descripcion` with the labels
 * of all faltas when the principal maps to AG, ANG or OTRO, or when there are several faltas.
 */
export function v1TipoFaltaS3S(collection: S3SCollection, faltas: readonly V2FaltaItem[] | undefined): V1ClaveValorDescripcion {
  const list = faltas ?? [];
  const principal = list[0];
  // A published record always has a falta; an empty list still yields the required object.
  const clave = principal ? v1TipoFaltaClave(collection, principal) : collection === 'faltas_administrativas_graves' ? 'AG' : 'ANG';
  const out: V1ClaveValorDescripcion = { clave, valor: catalogValor(TIPO_FALTA_S3S, clave) };
  if (list.length > 0 && (GENERIC_V1_FALTAS.has(clave) || list.length > 1)) out.descripcion = labelsOf(collection, list);
  return out;
}

/** S3P `tipoFalta`: the labels of all faltas in capture order, joined by `; ` (§4.7.3). */
export function v1TipoFaltaS3P(collection: S3Collection, faltas: readonly V2FaltaItem[] | undefined): string {
  return labelsOf(collection, faltas ?? []);
}

/** `causaMotivoHechos`: the facts of every falta, in capture order, one per line (§4.4). */
export function causaMotivoHechos(faltas: readonly V2FaltaItem[] | undefined): string {
  return (faltas ?? [])
    .map((falta) => falta.descripcionHechos)
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .join('\n');
}
