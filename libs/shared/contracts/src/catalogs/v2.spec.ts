import type { Catalog } from './catalog';
import { findEntry } from './catalog';
import { TIPO_DOCUMENTO, TIPO_FALTA_S3S, TIPO_PERSONA, TIPO_SANCION_S3P, TIPO_SANCION_S3S } from './v1';
import {
  FALTA_COMETIDA_GRAVES,
  FALTA_COMETIDA_GRAVES_VALOR,
  FALTA_COMETIDA_NO_GRAVES,
  FALTA_COMETIDA_NO_GRAVES_ALIASES,
  FALTA_COMETIDA_NO_GRAVES_VALOR,
  FALTA_COMETIDA_PARTICULARES,
  FALTA_COMETIDA_PARTICULARES_VALOR,
  FALTAS_PARTICULARES_ESPECIAL,
  MONEDA,
  MONEDA_NON_CURRENCY_CODES,
  MONEDA_REAL_CURRENCIES,
  NIVEL_JERARQUICO,
  NOMBRE_NORMATIVIDAD,
  ORIGEN_PROCEDIMIENTO,
  SEXO,
  TIPO_SANCION_GRAVES,
  TIPO_SANCION_NO_GRAVES,
  TIPO_SANCION_PERSONAS_FISICAS,
  TIPO_SANCION_PERSONAS_MORALES,
  TIPO_SANCION_PERSONAS_MORALES_ALIASES,
  TIPO_VIALIDAD_FISICAS,
  TIPO_VIALIDAD_FISICAS_ALIASES,
  TIPO_VIALIDAD_MORALES,
  TIPO_VIALIDAD_MORALES_ALIASES,
  labelFromKey,
} from './v2';

const claves = (catalog: Catalog<string | number>) => catalog.entries.map((e) => e.clave);
const valor = (catalog: Catalog<string>, clave: string) => findEntry(catalog, clave)?.valor;

describe('v2 catalogs (SPEC §8.2)', () => {
  it.each(
    (
      [
    [SEXO, 2],
    [NIVEL_JERARQUICO, 10],
    [ORIGEN_PROCEDIMIENTO, 5],
    [FALTA_COMETIDA_GRAVES, 15],
    [FALTA_COMETIDA_GRAVES_VALOR, 6],
    [FALTA_COMETIDA_NO_GRAVES, 10],
    [FALTA_COMETIDA_NO_GRAVES_VALOR, 64],
    [FALTA_COMETIDA_PARTICULARES, 9],
    [NOMBRE_NORMATIVIDAD, 24],
    [MONEDA, 177],
    [TIPO_VIALIDAD_FISICAS, 22],
    [TIPO_VIALIDAD_MORALES, 22],
      ] as const
    ).map(([catalog, count]) => [catalog.id, catalog, count] as const),
  )('%s has %i distinct claves', (_id, catalog, count) => {
    expect(catalog.entries).toHaveLength(count);
    expect(new Set(claves(catalog)).size).toBe(count);
  });

  it('keeps labels of the SPEC tables', () => {
    expect(valor(NIVEL_JERARQUICO, 'SUBSECRETARIA_HOMOLOGO')).toBe('Subsecretaría de estado, oficialía mayor u homólogo');
    expect(valor(FALTA_COMETIDA_GRAVES, 'CONFLICTO_INTERES')).toBe('Actuación bajo conflicto de interés');
    expect(valor(FALTA_COMETIDA_GRAVES_VALOR, 'ENTREGA_RECEPCION')).toBe('Proceso de entrega-recepción');
    expect(valor(FALTA_COMETIDA_NO_GRAVES, 'CAUSAR_DANOS')).toBe('Causar daños y perjuicios a la hacienda pública (art. 50 LGRA)');
    expect(valor(FALTA_COMETIDA_PARTICULARES_VALOR, FALTAS_PARTICULARES_ESPECIAL)).toBe('Faltas de particulares en situación especial');
    expect(valor(NOMBRE_NORMATIVIDAD, 'LRAEGR465')).toBe('Ley Número 465 de Responsabilidades Administrativas para el Estado de Guerrero');
    expect(valor(MONEDA, 'PLN')).toBe('Złoty');
    expect(valor(MONEDA, 'MXV')).toBe('Unidad de Inversión (UDI) mexicana');
  });

  it('maps every long no-graves clave to an existing short clave (§8.2.8)', () => {
    expect(Object.keys(FALTA_COMETIDA_NO_GRAVES_ALIASES)).toHaveLength(7);
    for (const [long, short] of Object.entries(FALTA_COMETIDA_NO_GRAVES_ALIASES)) {
      expect(findEntry(FALTA_COMETIDA_NO_GRAVES, short)).toBeDefined();
      expect(findEntry(FALTA_COMETIDA_NO_GRAVES, long)).toBeUndefined();
    }
    expect(FALTA_COMETIDA_NO_GRAVES_ALIASES['CUMPLIR_FUNCIONES_DISCIPLINA_RESPETO']).toBe('CUMPLIR_FUNCIONES');
  });

  it('keeps the no-graves suggested keys in the model spelling, labelled from the key (§9 D28)', () => {
    const keys = claves(FALTA_COMETIDA_NO_GRAVES_VALOR);
    expect(keys[0]).toBe('CECIORARSE_ANTES_CELEBRACION_CONTRATOS');
    expect(keys).toContain('NO_DESEMPEÑAR_OTRO_EMPLEO_PROHIBIDO');
    expect(keys[63]).toBe('CUMPLIR_COMISIONES_ENCOMENDADAS');
    expect(valor(FALTA_COMETIDA_NO_GRAVES_VALOR, 'NO_APROBAR_SUELDO_SUPERIOR')).toBe('No aprobar sueldo superior');
    expect(labelFromKey('NO_DESEMPEÑAR_OTRO_EMPLEO_PROHIBIDO')).toBe('No desempeñar otro empleo prohibido');
  });

  it('admits per collection exactly the tipoSancion claves of §8.2.10', () => {
    expect(claves(TIPO_SANCION_GRAVES).sort()).toEqual(['DESTITUCION', 'INHABILITACION', 'OTRO', 'SANCION_ECONOMICA', 'SUSPENSION']);
    expect(claves(TIPO_SANCION_NO_GRAVES).sort()).toEqual(['AMONESTACION', 'DESTITUCION', 'INHABILITACION', 'OTRO', 'SUSPENSION']);
    expect(claves(TIPO_SANCION_PERSONAS_FISICAS).sort()).toEqual(['INDEMNIZACION', 'INHABILITACION', 'OTRO', 'SANCION_ECONOMICA']);
    expect(claves(TIPO_SANCION_PERSONAS_MORALES).sort()).toEqual([
      'DISOLUCION_SOCIEDAD',
      'INDEMNIZACION',
      'INHABILITACION',
      'OTRO',
      'SANCION_ECONOMICA',
      'SUSPENSION_ACTIVIDADES',
    ]);
    expect(TIPO_SANCION_PERSONAS_MORALES_ALIASES).toEqual({ otro: 'OTRO' });
  });

  it('words INHABILITACION differently for servidores and particulares', () => {
    expect(valor(TIPO_SANCION_GRAVES, 'INHABILITACION')).toMatch(/^Inhabilitación temporal para desempeñar empleos/);
    expect(valor(TIPO_SANCION_PERSONAS_MORALES, 'INHABILITACION')).toMatch(/^Inhabilitación temporal para participar en adquisiciones/);
  });

  it('spells tipoVialidad per collection, and each accepts the other callejón', () => {
    const fisicas = claves(TIPO_VIALIDAD_FISICAS);
    const morales = claves(TIPO_VIALIDAD_MORALES);
    expect(fisicas.filter((c) => !morales.includes(c))).toEqual(['CALLEJON']);
    expect(morales.filter((c) => !fisicas.includes(c))).toEqual(['CALLEJÓN']);
    expect(fisicas).toEqual(expect.arrayContaining(['CIRCUNVALACIÓN', 'CONTINUACIÓN', 'AMPLIACIÓN', 'EJE VIAL', 'PERIFERICO', 'PROLONGACION']));
    expect(TIPO_VIALIDAD_FISICAS_ALIASES['CALLEJÓN']).toBe('CALLEJON');
    expect(TIPO_VIALIDAD_MORALES_ALIASES['CALLEJON']).toBe('CALLEJÓN');
    for (const [aliases, catalog] of [
      [TIPO_VIALIDAD_FISICAS_ALIASES, TIPO_VIALIDAD_FISICAS],
      [TIPO_VIALIDAD_MORALES_ALIASES, TIPO_VIALIDAD_MORALES],
    ] as const) {
      for (const [alias, canonical] of Object.entries(aliases)) {
        expect(findEntry(catalog, canonical)).toBeDefined();
        expect(findEntry(catalog, alias)).toBeUndefined();
      }
    }
    expect(valor(TIPO_VIALIDAD_MORALES, 'PERIFERICO')).toBe('Periférico');
  });

  it('lists MXN, USD, EUR, CAD first, then the codes alphabetically (model order)', () => {
    const codes = claves(MONEDA) as string[];
    expect(codes.slice(0, 4)).toEqual(['MXN', 'USD', 'EUR', 'CAD']);
    const rest = codes.slice(4);
    expect(rest).toEqual([...rest].sort());
    expect(codes.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
  });

  it('offers only real currencies in capture forms', () => {
    expect(MONEDA_NON_CURRENCY_CODES).toHaveLength(22);
    for (const code of MONEDA_NON_CURRENCY_CODES) expect(findEntry(MONEDA, code)).toBeDefined();
    const offered = claves(MONEDA_REAL_CURRENCIES);
    expect(offered).toHaveLength(177 - 22);
    expect(offered.slice(0, 4)).toEqual(['MXN', 'USD', 'EUR', 'CAD']);
    for (const code of ['XTS', 'XXX', 'XAU', 'XAG', 'XPD', 'XPT', 'XDR', 'BOV', 'CLF', 'MXV', 'USN', 'UYW']) {
      expect(offered).not.toContain(code);
    }
    for (const code of ['ZWL', 'VED', 'XOF', 'XAF', 'XPF', 'XCD', 'CHF', 'UYU']) expect(offered).toContain(code);
  });
});

describe('v1 catalogs of the S3 projection (SPEC §8.1.6–§8.1.10)', () => {
  it('carries the S3S and S3P sanción claves and texts', () => {
    expect(claves(TIPO_SANCION_S3S)).toEqual(['I', 'M', 'S', 'D', 'IRSC', 'SE', 'O']);
    expect(valor(TIPO_SANCION_S3S, 'D')).toBe('DESTITUCIÓN DEL EMPLEO, CARGO O COMISIÓN');
    expect(claves(TIPO_SANCION_S3P)).toEqual(['I', 'M', 'S', 'D', 'A', 'O', 'IND', 'SE']);
    expect(valor(TIPO_SANCION_S3P, 'IND')).toMatch(/^INDEMNIZACIÓN POR LOS DAÑOS Y PERJUICIOS .* ENTES PÚBLICOS\.$/);
  });

  it('carries the 26 S3S tipoFalta claves, unaccented values as in the catalog', () => {
    expect(TIPO_FALTA_S3S.entries).toHaveLength(26);
    expect(valor(TIPO_FALTA_S3S, 'CEX')).toBe('COHECHO O EXTORSION');
    expect(valor(TIPO_FALTA_S3S, 'ABCI')).toBe('ACTUACIÓN BAJO CONFLICTO DE INTERÉS');
  });

  it('carries tipoPersona and tipoDocumento claves', () => {
    expect(claves(TIPO_PERSONA)).toEqual(['F', 'M']);
    expect(claves(TIPO_DOCUMENTO)).toEqual(['RESOLUCION', 'CONSTANCIA_SANCION', 'CONSTANCIA_INHABILITACION', 'CONSTANCIA_ABSTENCION']);
  });
});
