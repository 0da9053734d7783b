/**
 * How the portal writes dates, amounts and counts for people (es-MX). Dates of the standards come in
 * two shapes: calendar dates `YYYY-MM-DD` (no time zone: shown as written) and instants (ISO 8601
 * in UTC: shown in the time of central Mexico, which is where the platform's users live).
 */
export const PORTAL_LOCALE = 'es-MX';
export const PORTAL_TIME_ZONE = 'America/Mexico_City';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormat = new Intl.DateTimeFormat(PORTAL_LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(PORTAL_LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: PORTAL_TIME_ZONE });
const integerFormat = new Intl.NumberFormat(PORTAL_LOCALE, { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat(PORTAL_LOCALE, { maximumFractionDigits: 2 });

/** `2025-11-25` → «25 de noviembre de 2025». Anything that is not a date is returned as given. */
export function formatDate(value: string): string {
  const match = DATE_ONLY.exec(value.trim());
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** ISO instant → «22 de noviembre de 2026 a las 5:47 a.m.» in the time of central Mexico. */
export function formatDateTime(value: string): string {
  if (DATE_ONLY.test(value.trim())) return formatDate(value);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** `1234567` → «1,234,567». */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}

/**
 * An amount with its ISO 4217 currency: `125431, 'MXN'` → «$125,431.00 MXN»; `500, 'USD'` →
 * «USD 500.00». The code is always visible, because «$» alone is also the dollar sign.
 */
export function formatMoney(amount: number, currency: string | null | undefined): string {
  const code = (currency ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return decimalFormat.format(amount);
  let text: string;
  try {
    text = new Intl.NumberFormat(PORTAL_LOCALE, { style: 'currency', currency: code }).format(amount);
  } catch {
    return `${decimalFormat.format(amount)} ${code}`;
  }
  return text.includes(code) ? text : `${text} ${code}`;
}

/** «CONTRATACIONES PÚBLICAS» → «Contrataciones públicas». Text with lower-case letters is kept. */
export function sentenceCase(value: string): string {
  if (value !== value.toUpperCase()) return value;
  const lower = value.toLocaleLowerCase(PORTAL_LOCALE);
  return lower.charAt(0).toLocaleUpperCase(PORTAL_LOCALE) + lower.slice(1);
}

/** Joins the parts of a name that exist: «Ana», null, «Ruiz» → «Ana Ruiz». */
export function joinName(...parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

/** «1 registro» / «2 registros», with the count formatted. */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${formatInteger(count)} ${count === 1 ? singular : plural}`;
}

/** A noun of the results with its gender, as the count sentence needs it. */
export interface ResultNoun {
  singular: string;
  plural: string;
  feminine: boolean;
}

/**
 * The sentence announced after a search, with Spanish agreement: «Se encontró 1 registro. Se
 * muestra el 1.», «Se encontraron 30 sanciones. Se muestran de la 11 a la 20.». `shown` is the
 * number of results on page `page` (1-based) of `pageSize`.
 */
export function resultsCountText(noun: ResultNoun, total: number, page: number, pageSize: number, shown: number): string {
  const found = `${total === 1 ? 'Se encontró' : 'Se encontraron'} ${countLabel(total, noun.singular, noun.plural)}`;
  const first = (page - 1) * pageSize + 1;
  if (first > total || shown === 0) return `${found}; la página ${formatInteger(page)} no tiene resultados.`;
  const last = Math.min(total, first + shown - 1);
  const [the, from, to] = noun.feminine ? ['la', 'de la', 'a la'] : ['el', 'del', 'al'];
  if (first === last) return `${found}. Se muestra ${the} ${formatInteger(first)}.`;
  return `${found}. Se muestran ${from} ${formatInteger(first)} ${to} ${formatInteger(last)}.`;
}
