import type { S3Collection } from '@pde/shared/contracts';

/**
 * Field names of the PDN's v1 → v2 migration output that are not the OAS names (SPEC §9 D31),
 * rewritten to the OAS names before a v2 file is validated. Only the importer accepts them; the
 * API never emits them. Value aliases (the long no-graves falta claves, morales `otro`) are not
 * handled here: the contracts schemas accept and rewrite them during validation.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Moves `alias` to `name` inside `target`: the OAS name wins when both carry a value; the alias
 * key is always removed (an unknown key would fail validation).
 */
function rename(target: Json, alias: string, name: string): void {
  if (!(alias in target)) return;
  const value = target[alias];
  delete target[alias];
  if (isEmpty(target[name]) && !isEmpty(value)) target[name] = value;
  else if (!(name in target)) target[name] = value;
}

/** Blocks of a sanción that carry money: `efectivamenteCobrado` has two alias spellings. */
const MONEY_BLOCKS = ['sancionEconomica', 'indemnizacion'];
/** Blocks of a sanción with a date range: the migration writes `plazoFechaInicial`/`plazoFechaFinal`. */
const RANGE_BLOCKS = ['inhabilitacion', 'suspensionEmpleo', 'suspensionActividades'];

function normalizeSancion(collection: S3Collection, source: unknown): unknown {
  if (!isObject(source)) return source;
  const item: Json = { ...source };
  for (const field of MONEY_BLOCKS) {
    if (!isObject(item[field])) continue;
    const block: Json = { ...(item[field] as Json) };
    rename(block, 'sancionEfectivamenteCobrada', 'efectivamenteCobrado');
    rename(block, 'efectivamenteCobrada', 'efectivamenteCobrado');
    item[field] = block;
  }
  for (const field of RANGE_BLOCKS) {
    if (!isObject(item[field])) continue;
    const block: Json = { ...(item[field] as Json) };
    rename(block, 'plazoFechaInicial', 'fechaInicial');
    rename(block, 'plazoFechaFinal', 'fechaFinal');
    // `plazoSuspensioAnios` (sic) is the OAS name; the migration spells it correctly.
    if (field === 'suspensionActividades' && collection === 'faltas_graves_personas_morales') rename(block, 'plazoSuspensionAnios', 'plazoSuspensioAnios');
    item[field] = block;
  }
  // The migration writes the name of an «otra sanción» of personas físicas beside an empty `otro`.
  if ('denominacionSancion' in item) {
    const denominacion = item['denominacionSancion'];
    delete item['denominacionSancion'];
    const otro = isObject(item['otro']) ? { ...(item['otro'] as Json) } : {};
    if (isEmpty(otro['denominacionSancion']) && !isEmpty(denominacion)) otro['denominacionSancion'] = denominacion;
    if (Object.keys(otro).length > 0) item['otro'] = otro;
  }
  return item;
}

/**
 * A copy of a v2 record (one element of an imported v2 file) with the D31 alias field names
 * rewritten to the OAS names. The input is not modified; keys it does not know are left alone.
 */
export function normalizeV2Aliases<T>(collection: S3Collection, item: T): T {
  if (!isObject(item)) return item;
  const out: Json = { ...item };
  if (isObject(out['resolucion'])) {
    const resolucion: Json = { ...(out['resolucion'] as Json) };
    rename(resolucion, 'tituloDocumento', 'tituloResolucion');
    // `autoridadSusbstanciadora` (sic) is the OAS name; the migration spells it correctly.
    rename(resolucion, 'autoridadSubstanciadora', 'autoridadSusbstanciadora');
    out['resolucion'] = resolucion;
  }
  if (Array.isArray(out['tipoSancion'])) out['tipoSancion'] = out['tipoSancion'].map((s) => normalizeSancion(collection, s));
  return out as T;
}
