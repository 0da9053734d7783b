import type { Issue, S3Collection } from '@pde/shared/contracts';
import { DOCUMENTO_RESOLUCION_FIRME_ID, DOCUMENTO_RESOLUCION_ID } from './v1-common';
import { datesIn, isoDate, monedaClave, obj, parseMonto, parsePlazo, plazoBetween, text, type FaltaRef, type Json, type Plazo } from './v1-parse';
import { V1_TO_V2_MSG } from './v1-to-v2-messages';

/**
 * Pieces of the v1.1 → v2 conversion shared by S3S and S3P: result types, the root fields, the
 * resolución (with the `documentos` that the projection writes, §4.7.7), the sanción blocks that
 * v1 can carry and the faltas with their facts.
 */

/** A conversion that cannot produce a valid v2 record: a Spanish message for the importer. */
export interface V1ConversionFailure {
  error: string;
  /** Destination, when the record could be classified. */
  collection?: S3Collection;
  /** Validation issues of the converted record (paths of the v2 standard). */
  issues: Issue[];
}

/** The v2 content built from what the v1 record carries, before complement and validation. */
export interface V1Draft<C extends S3Collection = S3Collection> {
  collection: C;
  data: Json;
  warnings: string[];
}

export const failure = (error: string, collection?: S3Collection): V1ConversionFailure => ({
  error,
  ...(collection ? { collection } : {}),
  issues: [],
});

/** Drops keys whose value is `undefined` or an empty object, recursively (v2 omits empty values). */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune) as T;
  const source = obj(value);
  if (!source) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(source)) {
    const pruned = prune(child);
    if (pruned === undefined) continue;
    if (obj(pruned) && Object.keys(pruned as Json).length === 0) continue;
    out[key] = pruned;
  }
  return out as T;
}

/** `fecha` (the date of `fechaCaptura`), `expediente` and `observaciones`. */
export function rootFields(v1: Json): Json {
  return { fecha: isoDate(v1['fechaCaptura']), expediente: text(v1['expediente']), observaciones: text(v1['observaciones']) };
}

/**
 * `resolucion` of v2 from v1: `autoridadSancionadora`, `resolucion.*` (the OAS fields plus the
 * extra ones that the PDN's migration reads: `fechaNotificacion`, `fechaResolucionFirme`,
 * `fechaNotificacionFirme`, `fechaEjecucion`, `urlResolucionFirme`) and our two `documentos`
 * (title of the resolution, link and date of the acuerdo de firmeza).
 */
export function resolucionFromV1(v1: Json, withUrls: boolean): Json {
  const resolucion = obj(v1['resolucion']) ?? {};
  const docs = Array.isArray(v1['documentos']) ? v1['documentos'].map(obj).filter((d): d is Json => d !== undefined) : [];
  const url = text(resolucion['url']);
  const docResolucion = docs.find((d) => text(d['id']) === DOCUMENTO_RESOLUCION_ID) ?? (url ? docs.find((d) => text(d['url']) === url) : undefined);
  const docFirme = docs.find((d) => text(d['id']) === DOCUMENTO_RESOLUCION_FIRME_ID);
  const out: Json = {
    tituloResolucion: text(docResolucion?.['titulo']),
    fechaResolucion: isoDate(resolucion['fechaResolucion']) ?? isoDate(docResolucion?.['fecha']),
    fechaNotificacion: isoDate(resolucion['fechaNotificacion']),
    fechaResolucionFirme: isoDate(resolucion['fechaResolucionFirme']) ?? isoDate(docFirme?.['fecha']),
    fechaNotificacionFirme: isoDate(resolucion['fechaNotificacionFirme']),
    fechaEjecucion: isoDate(resolucion['fechaEjecucion']),
    autoridadResolutora: text(v1['autoridadSancionadora']),
  };
  if (withUrls) {
    out['urlResolucion'] = url ?? text(docResolucion?.['url']);
    out['urlResolucionFirme'] = text(resolucion['urlResolucionFirme']) ?? text(docFirme?.['url']);
  }
  return out;
}

/** Whether the v1 record carries resolution links that a collection without URLs must drop. */
export const hasResolucionUrls = (v1: Json): boolean =>
  text(obj(v1['resolucion'])?.['url']) !== undefined || text(obj(v1['resolucion'])?.['urlResolucionFirme']) !== undefined;

/** A plazo from its text, or else from the dates (with a warning); `undefined` if neither. */
function plazoOf(plazoTextValue: string | undefined, fechas: [string?, string?], what: string, warnings: string[]): Plazo | undefined {
  const parsed = parsePlazo(plazoTextValue);
  if (parsed) return parsed;
  const [inicial, final] = fechas;
  const between = inicial && final ? plazoBetween(inicial, final) : undefined;
  if (between) warnings.push(V1_TO_V2_MSG.plazoFromDates(what));
  return between;
}

/** `inhabilitacion` of v2 from the record-level v1 `inhabilitacion` (§4.7.6 reversed). */
export function inhabilitacionBlock(v1: Json, warnings: string[]): Json | undefined {
  const source = obj(v1['inhabilitacion']);
  if (!source) return undefined;
  const fechaInicial = isoDate(source['fechaInicial']);
  const fechaFinal = isoDate(source['fechaFinal']);
  const plazo = plazoOf(text(source['plazo']), [fechaInicial, fechaFinal], 'la inhabilitación', warnings);
  return prune({ plazoAnios: plazo?.anios, plazoMeses: plazo?.meses, plazoDias: plazo?.dias, fechaInicial, fechaFinal });
}

/** `Plazo: …; del X al Y` of a suspension item (§4.7.1 reversed). */
export function suspensionBlock(descripcion: string | undefined, kind: 'empleo' | 'actividades', warnings: string[]): Json | undefined {
  if (!descripcion) return undefined;
  const [fechaInicial, fechaFinal] = datesIn(descripcion);
  const what = kind === 'empleo' ? 'la suspensión del empleo' : 'la suspensión de actividades';
  const plazo = plazoOf(descripcion.split(';')[0], [fechaInicial, fechaFinal], what, warnings);
  const block =
    kind === 'empleo'
      ? // Servidores' suspensions are counted in months and days: years become months.
        { plazoMeses: plazo ? plazo.anios * 12 + plazo.meses : undefined, plazoDias: plazo?.dias, fechaInicial, fechaFinal }
      : { plazoSuspensioAnios: plazo?.anios, plazoSuspensionMeses: plazo?.meses, plazoSuspensionDias: plazo?.dias, fechaInicial, fechaFinal };
  const pruned = prune(block as Json);
  return Object.keys(pruned).length ? pruned : undefined;
}

/** The first date of a `descripcion` (`Fecha de destitución: X`, `Fecha de disolución: X`). */
export const fechaFromDescripcion = (descripcion: string | undefined): string | undefined => datesIn(descripcion)[0];

/** `sancionEconomica` / `indemnizacion` from an amount and a currency of v1. */
export function montoBlock(monto: unknown, moneda: unknown, warnings: string[]): Json | undefined {
  const parsed = parseMonto(monto);
  if (parsed?.rounded) warnings.push(V1_TO_V2_MSG.montoRounded(parsed.given, parsed.monto));
  const block = prune({ monto: parsed?.monto, moneda: monedaClave(moneda) });
  return Object.keys(block).length ? block : undefined;
}

/** `Monto: 48000 MXN` of an indemnización item (§4.7.1 reversed). */
export function montoFromDescripcion(descripcion: string | undefined, warnings: string[]): Json | undefined {
  const match = descripcion?.match(/monto:\s*\$?\s*([\d.,]+)\s*([A-Za-z]{3})?/i);
  return match ? montoBlock(match[1], match[2], warnings) : undefined;
}

/**
 * One v2 falta per reference, each with its facts: the lines of `causaMotivoHechos` when there is
 * one line per falta (how the projection joins them, §4.4), otherwise the whole text for each.
 */
export function faltasWithHechos(refs: readonly FaltaRef[], causa: string | undefined): Json[] {
  const lines = causa ? causa.split('\n').map((line) => line.trim()) : [];
  const paired = refs.length > 1 && lines.length === refs.length && lines.every((line) => line !== '');
  return refs.map((ref, index) => prune({ clave: ref.clave, valor: ref.valor, descripcionHechos: paired ? lines[index] : causa }));
}

/** A v2 sanción being built: its clave and its block. */
export interface SancionDraft {
  clave: string;
  block?: [field: string, value: Json | undefined];
}

/**
 * v2 admits each clave once per record (§3.8): several v1 items that map to one clave (`SE`, `M`
 * and `IRSC`) become one sanción; several «otras» keep all their names.
 */
export function mergeSanciones(items: readonly SancionDraft[]): Json[] {
  const byClave = new Map<string, Json>();
  for (const { clave, block } of items) {
    const existing = byClave.get(clave);
    if (!existing) {
      byClave.set(clave, prune({ clave, ...(block ? { [block[0]]: block[1] } : {}) }));
      continue;
    }
    if (clave !== 'OTRO' || !block?.[1]) continue;
    const previous = obj(existing['otro'])?.['denominacionSancion'];
    const next = block[1]['denominacionSancion'];
    if (typeof previous === 'string' && typeof next === 'string' && previous !== next) {
      existing['otro'] = { denominacionSancion: `${previous}; ${next}` };
    } else if (typeof next === 'string' && !previous) {
      existing['otro'] = { denominacionSancion: next };
    }
  }
  return [...byClave.values()];
}
