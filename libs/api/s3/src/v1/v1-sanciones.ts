import {
  MONEDA,
  TIPO_SANCION_PERSONAS_MORALES_ALIASES,
  TIPO_SANCION_S3P,
  TIPO_SANCION_S3S,
  catalogValor,
  findEntry,
  type S3Inhabilitacion,
  type S3Monto,
} from '@pde/shared/contracts';
import type { V1Api, V1ClaveValorDescripcion, V1Inhabilitacion, V1Multa } from './v1-types';

/**
 * The sanciones of a v2 record seen from v1 (SPEC §4.7.1, §4.7.5, §4.7.6): the `tipoSancion`
 * items, `multa`, `inhabilitacion` and the "plazo text". Shared by both projections and by the
 * v1 search fields, so that what is filtered is exactly what is emitted.
 */

/** A `tipoSancion` item of any v2 collection, read loosely (blocks by name). */
export interface V2SancionItem {
  readonly clave: string;
}

const S3S_VALOR = (clave: string) => catalogValor(TIPO_SANCION_S3S, clave);
const S3P_VALOR = (clave: string) => catalogValor(TIPO_SANCION_S3P, clave);

/** S3S `O` carries the name of the specific sanción; amonestación is ours (§4.7.1). */
export const AMONESTACION_VALOR = 'AMONESTACIÓN';
/** `valor` of `O` when the v2 `otro` block gives no name. */
export const OTRO_VALOR = 'OTRO';

// ── Plazo text (§4.7.6) ─────────────────────────────────────────────────────────────────────

const unit = (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`;

/**
 * Non-zero components among years, months and days, each as `<n> año(s)` / `<n> mes(es)` /
 * `<n> día(s)`, joined by `, `; all zero → `0 días`. Missing components count as zero.
 */
export function plazoText(anios: number | undefined, meses: number | undefined, dias: number | undefined): string {
  const parts: string[] = [];
  if (anios) parts.push(unit(anios, 'año', 'años'));
  if (meses) parts.push(unit(meses, 'mes', 'meses'));
  if (dias) parts.push(unit(dias, 'día', 'días'));
  return parts.length ? parts.join(', ') : '0 días';
}

// ── Money (§3.10, §4.7.5) ───────────────────────────────────────────────────────────────────

/** The amount as written in texts: the same digits as the JSON number (exact, no rounding). */
export const montoText = (monto: number): string => String(monto);

/**
 * Sum of stored amounts without binary floating-point drift: amounts keep at most 2 decimals
 * (§3.10), so they are added as whole cents.
 */
export function sumMontos(montos: readonly number[]): number {
  return montos.reduce((cents, m) => cents + Math.round(m * 100), 0) / 100;
}

/** `moneda` of v1: ISO 4217 code and the currency label of the S3 v2 model (§8.2.14). */
export const monedaV1 = (clave: string) => ({ clave, valor: catalogValor(MONEDA, clave) });

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const asNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The sub-object of a sanción by its field name (`inhabilitacion`, `otro`…). */
const blockOf = (item: V2SancionItem, field: string): Record<string, unknown> | undefined =>
  asObject((item as unknown as Record<string, unknown>)[field]);

/** The canonical v2 clave (the herramienta de captura's lower-case `otro` of morales, §3.10). */
export const canonicalSancionClave = (clave: string): string => TIPO_SANCION_PERSONAS_MORALES_ALIASES[clave] ?? clave;

/** `Plazo: <plazo>; del <fechaInicial> al <fechaFinal>` (suspensions), leaving out unknown parts. */
function plazoDescripcion(plazo: string, fechaInicial: string | undefined, fechaFinal: string | undefined): string {
  const range = fechaInicial && fechaFinal ? `; del ${fechaInicial} al ${fechaFinal}` : '';
  return `Plazo: ${plazo}${range}`;
}

function withDescripcion(clave: string, valor: string, descripcion: string | undefined): V1ClaveValorDescripcion {
  return descripcion ? { clave, valor, descripcion } : { clave, valor };
}

// ── tipoSancion (§4.7.1) ────────────────────────────────────────────────────────────────────

/**
 * The v1 item of one v2 sanción, or `undefined` when the clave has no place in that API (a clave
 * that the source collections of the API cannot hold, e.g. INDEMNIZACION in S3S).
 */
export function v1SancionItem(item: V2SancionItem, api: V1Api): V1ClaveValorDescripcion | undefined {
  const clave = canonicalSancionClave(item.clave);
  switch (clave) {
    case 'INHABILITACION':
      return { clave: 'I', valor: api === 'S3S' ? S3S_VALOR('I') : S3P_VALOR('I') };
    case 'SANCION_ECONOMICA':
      return { clave: 'SE', valor: api === 'S3S' ? S3S_VALOR('SE') : S3P_VALOR('SE') };
    case 'SUSPENSION': {
      if (api !== 'S3S') return undefined;
      const block = blockOf(item, 'suspensionEmpleo');
      const descripcion = block
        ? plazoDescripcion(plazoText(0, asNumber(block['plazoMeses']), asNumber(block['plazoDias'])), asString(block['fechaInicial']), asString(block['fechaFinal']))
        : undefined;
      return withDescripcion('S', S3S_VALOR('S'), descripcion);
    }
    case 'DESTITUCION': {
      if (api !== 'S3S') return undefined;
      const fecha = asString(blockOf(item, 'destitucionEmpleo')?.['fechaDestitucion']);
      return withDescripcion('D', S3S_VALOR('D'), fecha ? `Fecha de destitución: ${fecha}` : undefined);
    }
    case 'AMONESTACION': {
      const tipo = asString(blockOf(item, 'amonestacion')?.['tipo']);
      const descripcion = tipo === 'PUBLICA' ? 'PÚBLICA' : tipo === 'PRIVADA' ? 'PRIVADA' : undefined;
      return withDescripcion(api === 'S3S' ? 'O' : 'A', AMONESTACION_VALOR, descripcion);
    }
    case 'OTRO': {
      const denominacion = asString(blockOf(item, 'otro')?.['denominacionSancion']);
      return { clave: 'O', valor: denominacion ?? OTRO_VALOR };
    }
    case 'INDEMNIZACION': {
      if (api !== 'S3P') return undefined;
      const block = blockOf(item, 'indemnizacion');
      const monto = asNumber(block?.['monto']);
      const moneda = asString(block?.['moneda']);
      return withDescripcion('IND', S3P_VALOR('IND'), monto !== undefined && moneda ? `Monto: ${montoText(monto)} ${moneda}` : undefined);
    }
    case 'SUSPENSION_ACTIVIDADES': {
      if (api !== 'S3P') return undefined;
      const block = blockOf(item, 'suspensionActividades');
      const descripcion = block
        ? plazoDescripcion(
            plazoText(asNumber(block['plazoSuspensioAnios']), asNumber(block['plazoSuspensionMeses']), asNumber(block['plazoSuspensionDias'])),
            asString(block['fechaInicial']),
            asString(block['fechaFinal']),
          )
        : undefined;
      return withDescripcion('S', S3P_VALOR('S'), descripcion);
    }
    case 'DISOLUCION_SOCIEDAD': {
      if (api !== 'S3P') return undefined;
      const fecha = asString(blockOf(item, 'disolucionSociedad')?.['fechaDisolucion']);
      return withDescripcion('D', S3P_VALOR('D'), fecha ? `Fecha de disolución: ${fecha}` : undefined);
    }
    default:
      return undefined;
  }
}

const itemKey = (item: V1ClaveValorDescripcion) => JSON.stringify([item.clave, item.valor, item.descripcion ?? null]);

/** One v1 item per v2 sanción, in capture order, identical items removed (§4.7.1; S3P `uniqueItems`). */
export function v1TipoSancion(items: readonly V2SancionItem[] | undefined, api: V1Api): V1ClaveValorDescripcion[] {
  const seen = new Set<string>();
  const out: V1ClaveValorDescripcion[] = [];
  for (const item of items ?? []) {
    const v1 = v1SancionItem(item, api);
    if (!v1) continue;
    const key = itemKey(v1);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v1);
  }
  return out;
}

/** Whether the v1 catalog of the API knows the clave (requests may carry anything). */
export const isV1SancionClave = (clave: string, api: V1Api): boolean =>
  findEntry(api === 'S3S' ? TIPO_SANCION_S3S : TIPO_SANCION_S3P, clave) !== undefined;

// ── multa (§4.7.5) and inhabilitacion (§4.7.6) ──────────────────────────────────────────────

/**
 * From the `sancionEconomica` of the SANCION_ECONOMICA sanciones: the sum when they all share the
 * currency, otherwise the first one. Indemnizaciones never go here (§4.7.5).
 */
export function v1Multa(items: readonly V2SancionItem[] | undefined): V1Multa | undefined {
  const blocks = (items ?? [])
    .filter((item) => canonicalSancionClave(item.clave) === 'SANCION_ECONOMICA')
    .map((item) => blockOf(item, 'sancionEconomica') as Partial<S3Monto> | undefined)
    .filter((block): block is Partial<S3Monto> => asNumber(block?.monto) !== undefined && asString(block?.moneda) !== undefined);
  if (blocks.length === 0) return undefined;
  const first = blocks[0] as S3Monto;
  const sameCurrency = blocks.every((block) => block.moneda === first.moneda);
  // A single amount is returned as stored; only a real sum goes through cents.
  const monto = sameCurrency && blocks.length > 1 ? sumMontos(blocks.map((block) => block.monto as number)) : first.monto;
  return { monto, moneda: monedaV1(first.moneda) };
}

/** `{plazo, fechaInicial, fechaFinal}` of the first INHABILITACION sanción. */
export function v1Inhabilitacion(items: readonly V2SancionItem[] | undefined): V1Inhabilitacion | undefined {
  const item = (items ?? []).find((candidate) => canonicalSancionClave(candidate.clave) === 'INHABILITACION');
  if (!item) return undefined;
  const block = blockOf(item, 'inhabilitacion') as Partial<S3Inhabilitacion> | undefined;
  if (!block) return undefined;
  const out: V1Inhabilitacion = { plazo: plazoText(block.plazoAnios, block.plazoMeses, block.plazoDias) };
  if (block.fechaInicial) out.fechaInicial = block.fechaInicial;
  if (block.fechaFinal) out.fechaFinal = block.fechaFinal;
  return out;
}
