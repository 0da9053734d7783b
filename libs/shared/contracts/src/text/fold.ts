/**
 * Text folding of SPEC §5.1, the single definition used for every "folded" comparison: filters of
 * the v1 APIs, `_icontains` & co. in v2, the panel's searches and the stored folded columns.
 * It never depends on a database collation, so SQLite and MySQL/MariaDB answer identically.
 */
const COMBINING_MARK = /\p{Mn}/u;
const COMBINING_TILDE = '\u0303';
/** Unicode White_Space (JS `\s` differs: it lacks U+0085 and includes U+FEFF). */
const WHITESPACE_RUN = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

export function fold(value: string): string {
  let kept = '';
  let previous = '';
  for (const ch of value.normalize('NFD')) {
    // ñ survives: its tilde directly follows n/N in the decomposed form and is kept.
    if (!COMBINING_MARK.test(ch) || (ch === COMBINING_TILDE && (previous === 'n' || previous === 'N'))) {
      kept += ch;
    }
    previous = ch;
  }
  return collapseWhitespace(kept.normalize('NFC').toLowerCase());
}

/** Step 5 of §5.1 alone: runs of white space become one space, ends trimmed. */
export function collapseWhitespace(value: string): string {
  return value.replace(WHITESPACE_RUN, ' ').trim();
}

/** Canonical stored form of captured text (SPEC §3.8 "Strings"): NFC, trimmed, runs collapsed. */
export function normalizeText(value: string): string {
  return collapseWhitespace(value.normalize('NFC'));
}

/** True when the folded filter value is non-empty and a substring of the folded field value. */
export function foldedContains(fieldValue: string | null | undefined, filterValue: string): boolean {
  if (fieldValue == null) return false;
  const needle = fold(filterValue);
  return needle.length > 0 && fold(fieldValue).includes(needle);
}

/**
 * Escapes a value for a SQL `LIKE ? ESCAPE '!'` pattern: the value is literal text (§5.1). `!` is
 * the escape character because a backslash means different things in MySQL and SQLite literals.
 */
export function escapeLike(value: string): string {
  return value.replace(/[!%_]/g, (c) => `!${c}`);
}

/** The clause to write after `LIKE ?` when the pattern comes from `escapeLike`. */
export const LIKE_ESCAPE = "ESCAPE '!'";
