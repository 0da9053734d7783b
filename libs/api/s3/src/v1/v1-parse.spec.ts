import { datesIn, faltaByLabel, isoDate, monedaClave, parseMonto, parsePlazo, plazoBetween, splitNombre } from './v1-parse';

describe('parsePlazo', () => {
  it.each([
    ['2 años, 6 meses', { anios: 2, meses: 6, dias: 0 }],
    ['1 año, 1 mes, 1 día', { anios: 1, meses: 1, dias: 1 }],
    ['0 días', { anios: 0, meses: 0, dias: 0 }],
    ['DOS AÑOS', { anios: 2, meses: 0, dias: 0 }],
    ['(3) TRES MESES', { anios: 0, meses: 3, dias: 0 }],
    ['tres (3) meses', { anios: 0, meses: 3, dias: 0 }],
    ['UN AÑO SEIS MESES', { anios: 1, meses: 6, dias: 0 }],
    ['6 meses 15 dias', { anios: 0, meses: 6, dias: 15 }],
    ['Plazo: 14 meses, 3 días; del 2025-01-01 al 2026-03-04', { anios: 0, meses: 14, dias: 3 }],
  ])('«%s»', (text, expected) => {
    expect(parsePlazo(text)).toEqual(expected);
  });

  it.each(['', 'indefinido', 'hasta nuevo aviso', 'todos años'])('finds no plazo in «%s»', (text) => {
    expect(parsePlazo(text)).toBeUndefined();
  });
});

describe('plazoBetween', () => {
  it.each([
    ['2025-11-25', '2027-11-25', { anios: 2, meses: 0, dias: 0 }],
    ['2025-01-31', '2025-03-01', { anios: 0, meses: 1, dias: 1 }],
    ['2024-12-20', '2025-01-05', { anios: 0, meses: 0, dias: 16 }],
    ['2025-05-05', '2025-05-05', { anios: 0, meses: 0, dias: 0 }],
  ])('%s → %s', (a, b, expected) => {
    expect(plazoBetween(a, b)).toEqual(expected);
  });

  it('refuses a final date before the initial one', () => {
    expect(plazoBetween('2025-05-05', '2025-05-04')).toBeUndefined();
  });
});

describe('dates', () => {
  it('takes the date of a date-time and rejects impossible dates', () => {
    expect(isoDate('2017-07-21T17:32:28Z')).toBe('2017-07-21');
    expect(isoDate(' 2018-05-21 ')).toBe('2018-05-21');
    expect(isoDate('2025-02-30')).toBeUndefined();
    expect(isoDate('21/05/2018')).toBeUndefined();
    expect(isoDate(20180521)).toBeUndefined();
    expect(datesIn('del 2025-11-25 al 2025-13-01 y 2026-01-02')).toEqual(['2025-11-25', '2026-01-02']);
  });
});

describe('amounts and currencies', () => {
  it.each([
    [30000.19, 30000.19, false],
    ['30,000.19', 30000.19, false],
    ['$ 1,250', 1250, false],
    [10.005, 10.01, true],
    [0.125, 0.13, true],
    [0, 0, false],
  ])('%p → %p (rounded: %p)', (given, monto, rounded) => {
    expect(parseMonto(given)).toMatchObject({ monto, rounded });
  });

  it.each([null, undefined, 'mil pesos', '', Number.NaN, {}])('rejects %p', (given) => {
    expect(parseMonto(given)).toBeUndefined();
  });

  it.each([
    [{ clave: 'MXN', valor: 'Peso Mexicano' }, 'MXN'],
    [{ clave: 'usd' }, 'USD'],
    [{ valor: 'PESO MEXICANO' }, 'MXN'],
    [{ valor: 'Pesos mexicanos' }, 'MXN'],
    [{ clave: 'PESOS', valor: 'Dólar estadounidense' }, 'USD'],
    ['EUR', 'EUR'],
  ])('%j → %s', (given, clave) => {
    expect(monedaClave(given)).toBe(clave);
  });

  it('does not guess an unknown currency', () => {
    expect(monedaClave({ clave: 'XYZ', valor: 'Pesos oro' })).toBeUndefined();
  });
});

describe('splitNombre (the PDN rule, keeping particles)', () => {
  it.each([
    ['María José Núñez O’Higgins', { nombres: 'María José', primerApellido: 'Núñez', segundoApellido: 'O’Higgins' }],
    ['Juan de la Cruz Pérez', { nombres: 'Juan', primerApellido: 'de la Cruz', segundoApellido: 'Pérez' }],
    ['María de los Ángeles López del Valle', { nombres: 'María de los Ángeles', primerApellido: 'López', segundoApellido: 'del Valle' }],
    ['Pedro Páramo', { nombres: 'Pedro', primerApellido: 'Páramo' }],
  ])('«%s»', (full, expected) => {
    expect(splitNombre(full)).toEqual(expected);
  });

  it('cannot split a single word', () => {
    expect(splitNombre('Cantinflas')).toBeUndefined();
  });
});

describe('faltaByLabel', () => {
  it('reads labels, claves and suggested keys of the collection, ignoring case and accents', () => {
    expect(faltaByLabel('faltas_administrativas_graves', 'NEPOTISMO')).toEqual({ clave: 'NEPOTISMO' });
    expect(faltaByLabel('faltas_administrativas_graves', 'simulacion de acto juridico')).toEqual({ clave: 'SIMULACION_ACTO_JURIDICO' });
    expect(faltaByLabel('faltas_administrativas_graves', 'Remuneración ilícita')).toEqual({ clave: 'OTRO', valor: 'REMUNERACION_ILICITA' });
    expect(faltaByLabel('faltas_graves_personas_morales', 'Faltas de particulares en situación especial')).toEqual({
      clave: 'OTRO',
      valor: 'FALTAS_PARTICULARES_ESPECIAL',
    });
    expect(faltaByLabel('faltas_graves_personas_fisicas', 'Nepotismo')).toBeUndefined();
    expect(faltaByLabel('faltas_administrativas_graves', 'Otro (especifique en valor)')).toBeUndefined();
  });
});
