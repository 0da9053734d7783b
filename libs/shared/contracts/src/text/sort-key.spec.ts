import fc from 'fast-check';
import { compareSpanish, spanishSortKey } from './sort-key';

const collator = new Intl.Collator('es');

describe('spanishSortKey', () => {
  it('orders the fixed list of SPEC §7.8 item 12 exactly', () => {
    const input = ['Oropeza', 'Ñandú', 'Núñez', 'Nuñez', 'Nava', 'Ángel', 'Angel', 'angel', 'Chávez', 'Cruz', 'Llamas', 'Luna', 'Lopez', 'López'];
    expect([...input].sort(compareSpanish)).toEqual([
      'angel', 'Angel', 'Ángel', 'Chávez', 'Cruz', 'Llamas', 'Lopez', 'López', 'Luna', 'Nava', 'Nuñez', 'Núñez', 'Ñandú', 'Oropeza',
    ]);
  });

  it('puts ñ after every n and before o, whatever follows', () => {
    expect(compareSpanish('Nz', 'Ña')).toBeLessThan(0);
    expect(compareSpanish('Ñz', 'Oa')).toBeLessThan(0);
    expect(compareSpanish('nuñez', 'nunez')).toBeGreaterThan(0);
  });

  it('agrees with ICU (Intl.Collator es) on random Spanish strings', () => {
    const alphabet = fc.constantFrom(...'aAbBcCdlLnNñÑoOzZáÁéÉíÍóÓúÚüÜ -.\'09&'.split(''));
    const word = fc.array(alphabet, { maxLength: 8 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(word, word, (a, b) => Math.sign(compareSpanish(a, b)) === Math.sign(collator.compare(a, b))),
      { numRuns: 20000 },
    );
  });

  it('produces keys of printable ASCII above the space (safe for PAD SPACE collations)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => [...spanishSortKey(s)].every((c) => c > ' ' && c <= '~')),
    );
  });
});
