import { escapeLike, fold, foldedContains } from './fold';

describe('fold (SPEC §5.1)', () => {
  it.each([
    ['jose', 'JOSÉ LUIS', true],
    ['José Luis', 'JOSE  LUIS', true],
    ['nuñez', 'NÚÑEZ', true],
    ['nunez', 'NÚÑEZ', false],
    ['muller', 'MÜLLER', true],
    ['luis g', 'JOSÉ LUIS GARCÍA', true],
    ['garcia luis', 'JOSÉ LUIS GARCÍA', false],
    ['secretaria de salud', 'Secretaría de Salud', true],
    ['%', 'Cien por ciento', false],
    ['%', '100 %', true],
  ])('filter %j on stored %j → %s', (filter, stored, expected) => {
    expect(foldedContains(stored, filter)).toBe(expected);
  });

  it('keeps ñ distinct from n, also for a decomposed ñ and upper case', () => {
    expect(fold('N\u0303U\u0301N\u0303EZ')).toBe('ñuñez');
    expect(fold('ÑANDÚ')).toBe('ñandu');
  });

  it('collapses any Unicode white space and trims', () => {
    expect(fold('\u00a0 Ana\u2003\tLuisa \u0085')).toBe('ana luisa');
  });

  it('never matches an empty or blank filter, nor a missing field', () => {
    expect(foldedContains('ANA', '   ')).toBe(false);
    expect(foldedContains(null, 'ana')).toBe(false);
  });

  it('escapes LIKE wildcards so the value is literal text', () => {
    expect(escapeLike('50%_a!b\\c')).toBe('50!%!_a!!b\\c');
  });
});
