import fc from 'fast-check';
import { keysetAfter, PageAnchors } from './page-anchors';

describe('PageAnchors (keyset continuation of deep pages, SPEC §5.3)', () => {
  const key = (n: number) => ({ rank: n, id: `id-${n}` });

  it('returns the nearest anchor at or before the offset, per signature', () => {
    const anchors = new PageAnchors<ReturnType<typeof key>>();
    anchors.remember('v1|q', 2000, key(2000));
    anchors.remember('v1|q', 2200, key(2200));
    anchors.remember('v1|otra', 2100, key(2100));
    expect(anchors.nearest('v1|q', 1999)).toBeUndefined();
    expect(anchors.nearest('v1|q', 2000)).toEqual({ position: 2000, key: key(2000) });
    expect(anchors.nearest('v1|q', 2199)).toEqual({ position: 2000, key: key(2000) });
    expect(anchors.nearest('v1|q', 5000)).toEqual({ position: 2200, key: key(2200) });
    expect(anchors.nearest('v2|q', 5000)).toBeUndefined(); // another data version never reuses them
    expect(anchors.nearest('v1|otra', 2150)).toEqual({ position: 2100, key: key(2100) });
  });

  it('stays bounded: old signatures are forgotten first', () => {
    const anchors = new PageAnchors<ReturnType<typeof key>>();
    for (let i = 0; i < 40; i++) anchors.remember(`sig-${i}`, 2000, key(i));
    expect(anchors.nearest('sig-0', 3000)).toBeUndefined();
    expect(anchors.nearest('sig-39', 3000)).toEqual({ position: 2000, key: key(39) });
  });

  it('property: nearest is the greatest remembered position ≤ offset', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 50 }), fc.integer({ min: 0, max: 100_000 }), (positions, offset) => {
        const anchors = new PageAnchors<ReturnType<typeof key>>();
        for (const p of positions) anchors.remember('s', p, key(p));
        const best = positions.filter((p) => p <= offset).sort((a, b) => b - a)[0];
        expect(anchors.nearest('s', offset)?.position).toBe(best);
      }),
    );
  });
});

describe('keysetAfter (rows after an anchor in an ascending order)', () => {
  it('nests one level per column, the last compared strictly', () => {
    expect(keysetAfter(['id'], ['x'])).toEqual({ sql: 'id > ?', params: ['x'] });
    expect(keysetAfter(['a', 'b', 'id'], [1, 2, 'x'])).toEqual({ sql: '(a > ? OR (a = ? AND (b > ? OR (b = ? AND id > ?))))', params: [1, 1, 2, 2, 'x'] });
  });

  it('property: agrees with the lexicographic comparison of the tuples', () => {
    const tuple = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(tuple, tuple, (anchor, row) => {
        const { sql, params } = keysetAfter(['a', 'b', 'c'], anchor);
        // Evaluate the generated SQL over the row with a tiny interpreter: columns → values, ? → params.
        let i = 0;
        const js = sql.replace(/\?/g, () => JSON.stringify(params[i++])).replace(/\bAND\b/g, '&&').replace(/\bOR\b/g, '||').replace(/ = /g, ' === ');
        const evaluate = new Function('a', 'b', 'c', `return ${js};`) as (a: number, b: number, c: number) => boolean;
        const after = row[0] > anchor[0] || (row[0] === anchor[0] && (row[1] > anchor[1] || (row[1] === anchor[1] && row[2] > anchor[2])));
        expect(evaluate(...row)).toBe(after);
      }),
    );
  });
});
