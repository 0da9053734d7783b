/** Sort position of a row in the default S2 order (SPEC §2.4): primerApellido, segundoApellido, nombres, id. */
export interface OrderKey {
  rPrimer: number;
  rSegundo: number;
  rNombres: number;
  id: string;
}

const MAX_SIGNATURES = 32;
const MAX_POSITIONS = 20_000;

/**
 * Remembers where pages ended, per data version and filter, so that deep pages of a harvest
 * (SPEC §7.3 C16: pages 1…N of 200, five at a time) continue from the nearest known row with a
 * keyset condition instead of counting past every earlier row. Entries of an older data version
 * are never used, so a publication or baja cannot make a page skip or repeat a record.
 */
export class PageAnchors {
  private readonly bySignature = new Map<string, Map<number, OrderKey>>();

  nearest(signature: string, offset: number): { position: number; key: OrderKey } | undefined {
    const positions = this.bySignature.get(signature);
    if (!positions) return undefined;
    let best: { position: number; key: OrderKey } | undefined;
    for (const [position, key] of positions) {
      if (position <= offset && (!best || position > best.position)) best = { position, key };
    }
    return best;
  }

  remember(signature: string, position: number, key: OrderKey) {
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
