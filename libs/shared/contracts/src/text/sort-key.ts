import {
  EXPANSIONS,
  MAX_SECONDARY_WEIGHT,
  PRIMARY_WEIGHTS,
  SECONDARY_WEIGHTS,
} from './collation-table.generated';

/**
 * Binary-comparable sort key for Spanish collation (SPEC §5.3: UCA with the CLDR `es` tailoring,
 * full strength). Comparing two keys byte by byte (SQLite BINARY, MySQL `utf8mb4_bin`, or `<` in
 * JavaScript) gives the same order as `Intl.Collator('es').compare` on the original strings, so
 * the database can sort and page without depending on its own collations.
 *
 * Layout: primary weights, `!`, secondary weights, `!`, tertiary weights — the three UCA levels.
 * Every character of a key is printable ASCII above the space, so MySQL's PAD SPACE comparison
 * and plain binary comparison agree.
 */
const DIGITS = Array.from({ length: 92 }, (_, i) => String.fromCharCode(0x23 + i)).join('');
const LEVEL_SEPARATOR = '!';
const UNKNOWN_PREFIX = DIGITS[91]; // sorts after every known primary weight
const TERTIARY_LOWER = DIGITS[1];
const TERTIARY_UPPER = DIGITS[2];
const SECONDARY_COMMON = DIGITS[1];
const SECONDARY_UNKNOWN = DIGITS[Math.min(MAX_SECONDARY_WEIGHT + 1, 91)];
const COMBINING_MARK = /\p{M}/u;
const COMBINING_TILDE = '\u0303';

function encodePrimary(weight: number): string {
  return DIGITS[Math.floor(weight / 92)] + DIGITS[weight % 92];
}

function encodeUnknown(codePoint: number): string {
  const n = Math.min(codePoint, 92 ** 3 - 1);
  return UNKNOWN_PREFIX + DIGITS[Math.floor(n / 8464)] + DIGITS[Math.floor(n / 92) % 92] + DIGITS[n % 92];
}

export function spanishSortKey(value: string, maxLength = 700): string {
  const chars = [...value.normalize('NFD')];
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (COMBINING_MARK.test(ch)) {
      secondary += DIGITS[SECONDARY_WEIGHTS[ch] ?? 0] ?? SECONDARY_UNKNOWN;
      tertiary += TERTIARY_LOWER;
      continue;
    }
    const lower = ch.toLowerCase();
    const upper = lower !== ch;
    let key = lower;
    if ((ch === 'n' || ch === 'N') && chars[i + 1] === COMBINING_TILDE) {
      key = 'ñ'; // contraction of the es tailoring: ñ is a letter of its own, after n
      i++;
    }
    for (const unit of EXPANSIONS[key] ?? key) {
      const weight = PRIMARY_WEIGHTS[unit];
      if (weight === 0) continue;
      primary += weight === undefined ? encodeUnknown(unit.codePointAt(0) ?? 0) : encodePrimary(weight);
      secondary += SECONDARY_COMMON;
      tertiary += upper ? TERTIARY_UPPER : TERTIARY_LOWER;
    }
  }
  return (primary + LEVEL_SEPARATOR + secondary + LEVEL_SEPARATOR + tertiary).slice(0, maxLength);
}

/** Comparator over original strings that agrees with `spanishSortKey` (for in-memory sorting). */
export function compareSpanish(a: string, b: string): number {
  const ka = spanishSortKey(a, Number.MAX_SAFE_INTEGER);
  const kb = spanishSortKey(b, Number.MAX_SAFE_INTEGER);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
