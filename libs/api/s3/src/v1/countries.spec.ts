import { COUNTRIES, COUNTRY_CODES, countryAlpha2, countryName } from './countries';

describe('countries (ISO 3166-1 alpha-2, Spanish short names)', () => {
  it('lists the 249 officially assigned codes once each, in alphabetical order', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('finds every name and variant of the table back to its own code (no spelling is shared by two countries)', () => {
    for (const [code, ...names] of COUNTRIES) for (const name of names) expect([name, countryAlpha2(name)]).toEqual([name, code]);
  });

  it.each([
    ['México', 'MX'],
    ['MEXICO', 'MX'],
    ['Estados Unidos de América', 'US'],
    ['estados unidos', 'US'],
    ['EE.UU.', 'US'],
    ['  Reino   Unido ', 'GB'],
    ['Alemania', 'DE'],
    ['españa', 'ES'],
    ['Perú', 'PE'],
    ['El Perú', 'PE'],
    ['La India', 'IN'],
    ['El Salvador', 'SV'],
    ['Côte d’Ivoire', 'CI'],
    ['Cote d Ivoire', 'CI'],
    ['Guinea Bisáu', 'GW'],
    ['Países Bajos', 'NL'],
    ['Holanda', 'NL'],
    ['Corea del Sur', 'KR'],
    ['Bolivia (Estado Plurinacional de)', 'BO'],
    ['Territorios Palestinos', 'PS'],
    ['us', 'US'],
    ['Gt', 'GT'],
  ])('«%s» → %s', (name, code) => {
    expect(countryAlpha2(name)).toBe(code);
  });

  it('keeps ñ distinct from n (SPEC §5.1): «Espana» is not «España»', () => {
    expect(countryAlpha2('Espana')).toBeUndefined();
  });

  it.each(['Freedonia', 'Narnia', 'ZZ', '', '   ', 'Estados'])('does not know «%s»', (name) => {
    expect(countryAlpha2(name)).toBeUndefined();
  });

  it('gives the name we show for a code', () => {
    expect(countryName('us')).toBe('Estados Unidos');
    expect(countryName('CI')).toBe('Costa de Marfil');
    expect(countryName('XX')).toBeUndefined();
  });
});
