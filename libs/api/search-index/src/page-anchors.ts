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
