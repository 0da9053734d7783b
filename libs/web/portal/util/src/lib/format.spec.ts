import { countLabel, formatDate, formatDateTime, formatMoney, joinName, resultsCountText, sentenceCase } from './format';

/** ICU writes narrow no-break spaces in times («5:47 a.m.»); compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('portal formats', () => {
  it('writes calendar dates as given, without shifting them by the time zone', () => {
    expect(formatDate('2025-11-25')).toBe('25 de noviembre de 2025');
    expect(formatDate('2026-01-01')).toBe('1 de enero de 2026');
    expect(formatDate('no es fecha')).toBe('no es fecha');
  });

  it('writes instants in the time of central Mexico (UTC−6)', () => {
    expect(plain(formatDateTime('2026-11-22T11:47:27.119Z'))).toBe('22 de noviembre de 2026 a las 5:47 a.m.');
    // 03:10 UTC on the 1st is still the 30th of November in Mexico City.
    expect(plain(formatDateTime('2026-12-01T03:10:00Z'))).toBe('30 de noviembre de 2026 a las 9:10 p.m.');
  });

  it('always shows the currency code of an amount', () => {
    expect(formatMoney(125431, 'MXN')).toBe('$125,431.00 MXN');
    expect(plain(formatMoney(500.5, 'USD'))).toBe('USD 500.50');
    expect(plain(formatMoney(10, 'EUR'))).toBe('EUR 10.00');
    expect(formatMoney(10, null)).toBe('10');
  });

  it('puts catalog texts in sentence case and joins names', () => {
    expect(sentenceCase('ENAJENACIÓN DE BIENES MUEBLES')).toBe('Enajenación de bienes muebles');
    expect(sentenceCase('Órgano autónomo')).toBe('Órgano autónomo');
    expect(joinName('Ana', null, ' Ruiz ', undefined)).toBe('Ana Ruiz');
    expect(countLabel(1, 'registro', 'registros')).toBe('1 registro');
    expect(countLabel(1200, 'registro', 'registros')).toBe('1,200 registros');
  });
});

describe('resultsCountText (the sentence announced after a search)', () => {
  const registro = { singular: 'registro', plural: 'registros', feminine: false };
  const sancion = { singular: 'sanción', plural: 'sanciones', feminine: true };

  it('agrees in number and gender', () => {
    expect(resultsCountText(registro, 1, 1, 10, 1)).toBe('Se encontró 1 registro. Se muestra el 1.');
    expect(resultsCountText(registro, 1200, 1, 10, 10)).toBe('Se encontraron 1,200 registros. Se muestran del 1 al 10.');
    expect(resultsCountText(sancion, 11, 2, 10, 1)).toBe('Se encontraron 11 sanciones. Se muestra la 11.');
    expect(resultsCountText(sancion, 30, 2, 10, 10)).toBe('Se encontraron 30 sanciones. Se muestran de la 11 a la 20.');
  });

  it('says when the page is past the end', () => {
    expect(resultsCountText(sancion, 1, 3, 10, 0)).toBe('Se encontró 1 sanción; la página 3 no tiene resultados.');
  });
});
