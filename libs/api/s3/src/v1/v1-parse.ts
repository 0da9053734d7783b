import { MONEDA, S3_FALTA_COMETIDA_CATALOGS, S3_FALTA_COMETIDA_VALOR_SUGGESTIONS, findEntry, fold, type S3Collection } from '@pde/shared/contracts';

/**
 * Reading v1.1 values for the v1 → v2 conversion: loose JSON access, dates, amounts, currencies,
 * the plazo texts and `descripcion` texts that the projection writes (§4.7.1, §4.7.6), falta
 * labels (§8.2) and the split of a persona física's full name.
 */

export type Json = Record<string, unknown>;

export const obj = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

/** A trimmed non-empty string, or `undefined` (v1 files carry `null`, `""` and padded text). */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `valor` of a `{clave, valor}` that some producers write as a bare string. */
export const valorOf = (value: unknown): string | undefined => text(value) ?? text(obj(value)?.['valor']);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `YYYY-MM-DD` from a v1 date or date-time (`2017-07-21T17:32:28Z` → `2017-07-21`). */
export function isoDate(value: unknown): string | undefined {
  const match = text(value)?.match(ISO_DATE);
  if (!match) return undefined;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) ? match[0] : undefined;
}

/** Every real `YYYY-MM-DD` date in a text, in order. */
export function datesIn(value: string | undefined): string[] {
  return [...(value ?? '').matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]).filter((d) => isoDate(d) !== undefined);
}

/**
 * An amount stored with 2 decimals (§3.10): numbers as they are, numeric strings with `$`, spaces
 * or thousands separators removed. `rounded` says whether cents had to be rounded (half up).
 */
export function parseMonto(value: unknown): { monto: number; rounded: boolean; given: string } | undefined {
  let n: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) n = value;
  else if (typeof value === 'string' && /^\s*\$?\s*-?[\d,]+(\.\d+)?\s*$/.test(value)) n = Number(value.replace(/[$,\s]/g, ''));
  if (n === undefined || !Number.isFinite(n)) return undefined;
  // Half up on the magnitude; the epsilon absorbs binary noise such as 1.005 → 1.00499999….
  const monto = n === 0 ? 0 : Math.sign(n) * (Math.round(Math.abs(n) * 100 + 1e-9) / 100);
  return { monto, rounded: monto !== n, given: String(value).trim() };
}

const MONEDA_BY_LABEL = new Map(MONEDA.entries.map((e) => [fold(e.valor), e.clave]));
MONEDA_BY_LABEL.set(fold('Pesos mexicanos'), 'MXN');

/** ISO 4217 code of a v1 `moneda` (`{clave, valor}` or a bare string): by code, then by name. */
export function monedaClave(value: unknown): string | undefined {
  const source = obj(value);
  for (const candidate of [text(source?.['clave']), text(value), text(source?.['valor'])]) {
    if (!candidate) continue;
    if (findEntry(MONEDA, candidate.toUpperCase())) return candidate.toUpperCase();
    const byLabel = MONEDA_BY_LABEL.get(fold(candidate));
    if (byLabel) return byLabel;
  }
  return undefined;
}

// ── Plazos ───────────────────────────────────────────────────────────────────────────────────

export interface Plazo {
  anios: number;
  meses: number;
  dias: number;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, quince: 15, dieciocho: 18, veinte: 20, treinta: 30,
};
const NUMBER = `\\d+|${Object.keys(NUMBER_WORDS).join('|')}`;
const PLAZO_PART = new RegExp(`(?<![a-zñ0-9])(${NUMBER})\\s+(anos?|años?|mes(?:es)?|dias?)(?![a-zñ])`, 'g');

/**
 * Years, months and days of a plazo text: ours (`2 años, 6 meses`, `0 días`) and the free forms
 * of v1 files (`DOS AÑOS`, `(3) TRES MESES`, `6 meses 15 días`). `undefined` when the text names
 * no quantity.
 */
export function parsePlazo(value: string | undefined): Plazo | undefined {
  if (!value) return undefined;
  // «(2) dos años» and «dos (2) años» repeat the number: keep one of them.
  const folded = fold(value).replace(/\(\s*(\d+|[a-zñ]+)\s*\)/g, ' ');
  const out: Plazo = { anios: 0, meses: 0, dias: 0 };
  let found = false;
  for (const [, amount, unit] of folded.matchAll(PLAZO_PART)) {
    const n = /^\d+$/.test(amount) ? Number(amount) : NUMBER_WORDS[amount];
    if (n === undefined) continue;
    found = true;
    if (unit.startsWith('a')) out.anios += n;
    else if (unit.startsWith('m')) out.meses += n;
    else out.dias += n;
  }
  return found ? out : undefined;
}

const DAY_MS = 86_400_000;

/**
 * Calendar difference between two dates: whole months first (a month from the 31st ends on the
 * last day of a shorter month), then the remaining days; `undefined` if final < inicial.
 */
export function plazoBetween(fechaInicial: string, fechaFinal: string): Plazo | undefined {
  if (fechaFinal < fechaInicial) return undefined;
  const [y1, m1, d1] = fechaInicial.split('-').map(Number);
  const [y2, m2, d2] = fechaFinal.split('-').map(Number);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < d1) months -= 1;
  const anchorMonth = m1 - 1 + months;
  const lastDay = new Date(Date.UTC(y1, anchorMonth + 1, 0)).getUTCDate();
  const anchor = Date.UTC(y1, anchorMonth, Math.min(d1, lastDay));
  const dias = Math.round((Date.UTC(y2, m2 - 1, d2) - anchor) / DAY_MS);
  return { anios: Math.floor(months / 12), meses: months % 12, dias };
}

// ── Faltas ──────────────────────────────────────────────────────────────────────────────────

/** A v2 falta named by a label, a clave or a suggested key. */
export interface FaltaRef {
  clave: string;
  valor?: string;
}

const labelKey = (value: string) => fold(value.replace(/_/g, ' '));
const LABEL_INDEX = new Map<S3Collection, Map<string, FaltaRef>>();

function labelIndex(collection: S3Collection): Map<string, FaltaRef> {
  let index = LABEL_INDEX.get(collection);
  if (index) return index;
  index = new Map();
  for (const entry of S3_FALTA_COMETIDA_CATALOGS[collection].entries) {
    if (entry.clave === 'OTRO') continue;
    index.set(labelKey(entry.valor), { clave: entry.clave });
    index.set(labelKey(entry.clave), { clave: entry.clave });
  }
  for (const entry of S3_FALTA_COMETIDA_VALOR_SUGGESTIONS[collection].entries) {
    index.set(labelKey(entry.valor), { clave: 'OTRO', valor: entry.clave });
    index.set(labelKey(entry.clave), { clave: 'OTRO', valor: entry.clave });
  }
  LABEL_INDEX.set(collection, index);
  return index;
}

/** The falta of the collection that a label (§8.2), clave or suggested key names, if any. */
export function faltaByLabel(collection: S3Collection, label: string): FaltaRef | undefined {
  const found = labelIndex(collection).get(labelKey(label));
  return found ? { ...found } : undefined;
}

// ── Names ───────────────────────────────────────────────────────────────────────────────────

/** Words that open a compound surname or name: «de la Cruz», «del Valle», «de los Ángeles». */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'san', 'santa', 'van', 'von', 'mc', 'mac', 'da', 'di', 'dos']);

/**
 * The full name of a persona física split as the PDN's migration does (the last two words are the
 * apellidos), but keeping particles with the word they introduce. Two groups → nombre(s) and
 * primer apellido. A single word cannot be split.
 */
export function splitNombre(full: string): { nombres: string; primerApellido: string; segundoApellido?: string } | undefined {
  const words = full.split(/\s+/).filter(Boolean);
  const groups: string[] = [];
  let pending: string[] = [];
  for (const word of words) {
    pending.push(word);
    if (!PARTICLES.has(fold(word))) {
      groups.push(pending.join(' '));
      pending = [];
    }
  }
  if (pending.length) groups.push(pending.join(' '));
  if (groups.length < 2) return undefined;
  if (groups.length === 2) return { nombres: groups[0], primerApellido: groups[1] };
  const segundoApellido = groups.pop() as string;
  const primerApellido = groups.pop() as string;
  return { nombres: groups.join(' '), primerApellido, segundoApellido };
}
