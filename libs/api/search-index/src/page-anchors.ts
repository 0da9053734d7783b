const MAX_SIGNATURES = 32;
const MAX_POSITIONS = 20_000;

/**
 * Remembers where pages ended (the sort key of the last row), per data version and filter, so that deep pages of a harvest
 * (SPEC §7.3 C16: pages 1…N of 200, five at a time) continue from the nearest known row with a
 * keyset condition instead of counting past every earlier row. Entries of an older data version
 * are never used, so a publication or baja cannot make a page skip or repeat a record.
 */
export class PageAnchors<Key> {
  private readonly bySignature = new Map<string, Map<number, Key>>();

  nearest(signature: string, offset: number): { position: number; key: Key } | undefined {
    const positions = this.bySignature.get(signature);
    if (!positions) return undefined;
    let best: { position: number; key: Key } | undefined;
    for (const [position, key] of positions) {
      if (position <= offset && (!best || position > best.position)) best = { position, key };
    }
    return best;
  }

  remember(signature: string, position: number, key: Key) {
    let positions = this.bySignature.get(signature);
    if (!positions) {
      if (this.bySignature.size >= MAX_SIGNATURES) this.bySignature.delete(this.bySignature.keys().next().value as string);
      positions = new Map();
      this.bySignature.set(signature, positions);
    }
    if (positions.size >= MAX_POSITIONS) positions.clear();
    positions.set(position, key);
  }
}

/**
 * «The row comes after this one» in an ascending order over `columns` (the last one unique, e.g.
 * `id`), written as nested OR/AND so that both engines walk the index from that row.
 */
export function keysetAfter(columns: readonly string[], values: readonly unknown[]): { sql: string; params: unknown[] } {
  const [column, ...rest] = columns;
  if (rest.length === 0) return { sql: `${column} > ?`, params: [values[0]] };
  const inner = keysetAfter(rest, values.slice(1));
  return { sql: `(${column} > ? OR (${column} = ? AND ${inner.sql}))`, params: [values[0], values[0], ...inner.params] };
}

/** Offsets below this are cheap enough without anchors. */
export const ANCHOR_FROM = 2000;

/**
 * Paging of a default order over rank columns followed by the unique `id` (S2 and S3 v1.1, SPEC
 * §5.3): deep pages start after the nearest remembered row (`resume`), and every page remembers
 * where it ended (`ended`). Signatures must include the data version, the filters and anything
 * that changes the columns (the role).
 */
export class KeysetPages {
  private readonly anchors = new PageAnchors<readonly (number | string)[]>();

  /** The keyset condition to add (if an anchor helps) and how many rows are still to skip. */
  resume(signature: string, offset: number, columns: readonly string[]): { after?: { sql: string; params: unknown[] }; skip: number } {
    const anchor = offset >= ANCHOR_FROM ? this.anchors.nearest(signature, offset) : undefined;
    return anchor ? { after: keysetAfter(columns, anchor.key), skip: offset - anchor.position } : { skip: offset };
  }

  /** Remembers the last row of the page read at `offset` (`rows` must carry the order `columns`). */
  ended(signature: string, offset: number, columns: readonly string[], rows: readonly Record<string, unknown>[]): void {
    const last = rows[rows.length - 1];
    if (!last) return;
    // Drivers return BIGINT ranks as strings or numbers; the id stays a string.
    const key = columns.map((c, i) => (i === columns.length - 1 ? String(last[c]) : Number(last[c])));
    this.anchors.remember(signature, offset + rows.length, key);
  }
}
