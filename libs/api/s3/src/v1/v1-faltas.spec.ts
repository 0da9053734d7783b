import {
  FALTA_COMETIDA_GRAVES,
  FALTA_COMETIDA_NO_GRAVES,
  makeFaltasAdministrativasGraves,
  makeFaltasAdministrativasNoGraves,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  type S3FaltaCometida,
} from '@pde/shared/contracts';
import { projectS3P } from './s3p-projection';
import { projectS3S } from './s3s-projection';
import { TEST_CONTEXT, published } from './v1-arbitraries.spec-helper';

/** A falta as the fixtures write them, with another clave (and valor when OTRO). */
const falta = (clave: string, valor?: string, descripcionHechos = `Hechos de ${clave}.`): S3FaltaCometida => ({
  clave,
  ...(valor ? { valor } : {}),
  descripcionHechos,
  normatividadInfringida: [{ nombreNormatividad: 'LGRA', articulo: '52' }],
});

const graves = (...faltaCometida: S3FaltaCometida[]) =>
  projectS3S('faltas_administrativas_graves', published(makeFaltasAdministrativasGraves({ faltaCometida })), TEST_CONTEXT, 'publico').tipoFalta;
const noGraves = (...faltaCometida: S3FaltaCometida[]) =>
  projectS3S('faltas_administrativas_no_graves', published(makeFaltasAdministrativasNoGraves({ faltaCometida })), TEST_CONTEXT, 'publico').tipoFalta;

describe('faltaCometida → S3S tipoFalta, faltas graves (SPEC §4.7.2)', () => {
  // The table of §4.7.2, written out here so that a change to the code cannot change the test.
  it.each([
    ['ABUSO_FUNCIONES', 'AFN', 'ABUSO DE FUNCIONES'],
    ['COHECHO', 'CEX', 'COHECHO O EXTORSION'],
    ['PECULADO', 'PEC', 'PECULADO'],
    ['DESVIO_RECURSOS_PUBLICOS', 'DRP', 'DESVÍO DE RECURSOS PÚBLICOS'],
    ['UTILIZACION_INDEBIDA_INFORMACION', 'UII', 'UTILIZACIÓN INDEBIDA DE INFORMACIÓN'],
    ['CONFLICTO_INTERES', 'ABCI', 'ACTUACIÓN BAJO CONFLICTO DE INTERÉS'],
    ['CONTRATACION_INDEBIDA', 'CIND', 'CONTRATACIÓN INDEBIDA'],
    ['ENRIQUECIMIENTO_OCULTO', 'EOCI', 'ENRIQUECIMIENTO OCULTO U OCULTAMIENTO DE CONFLICTO DE INTERÉS'],
    ['TRAFICO_INFLUENCIAS', 'TINF', 'TRÁFICO DE INFLUENCIAS'],
    ['ENCUBRIMIENTO', 'ENCB', 'ENCUBRIMIENTO'],
    ['DESACATO', 'DSCT', 'DESACATO'],
    ['OBSTRUCCION', 'OJUST', 'OBSTRUCCIÓN DE LA JUSTICIA'],
  ])('%s → %s, without descripcion', (v2, clave, valor) => {
    expect(graves(falta(v2))).toEqual({ clave, valor });
  });

  it.each([
    ['SIMULACION_ACTO_JURIDICO', 'Simulación de acto jurídico'],
    ['NEPOTISMO', 'Nepotismo'],
  ])('%s → AG with its label as descripcion', (v2, label) => {
    expect(graves(falta(v2))).toEqual({ clave: 'AG', valor: 'ADMINISTRATIVA GRAVE', descripcion: label });
  });

  it.each([
    ['ACOSO_SEXUAL', 'ASEX', 'COMETER O TOLERAR CONDUCTAS DE ACOSO SEXUAL'],
    ['Acoso  SEXUAL', 'ASEX', 'COMETER O TOLERAR CONDUCTAS DE ACOSO SEXUAL'],
    ['acoso sexual', 'ASEX', 'COMETER O TOLERAR CONDUCTAS DE ACOSO SEXUAL'],
    ['HOSTIGAMIENTO_SEXUAL', 'HSEX', 'COMETER O TOLERAR CONDUCTAS DE HOSTIGAMIENTO SEXUAL'],
    ['Hostigamiento sexual', 'HSEX', 'COMETER O TOLERAR CONDUCTAS DE HOSTIGAMIENTO SEXUAL'],
  ])('OTRO with valor «%s» → %s', (valor, clave, v1Valor) => {
    expect(graves(falta('OTRO', valor))).toEqual({ clave, valor: v1Valor });
  });

  it('does not fold texts that only contain the words (acoso sexual laboral is another falta)', () => {
    expect(graves(falta('OTRO', 'Acoso sexual y laboral')).clave).toBe('OTRO');
  });

  it('OTRO with any other valor → OTRO, with the label of the suggested key or the free text', () => {
    expect(graves(falta('OTRO', 'REMUNERACION_ILICITA'))).toEqual({ clave: 'OTRO', valor: 'OTRO', descripcion: 'Remuneración ilícita' });
    expect(graves(falta('OTRO', 'Cobro de viáticos no devengados'))).toEqual({
      clave: 'OTRO',
      valor: 'OTRO',
      descripcion: 'Cobro de viáticos no devengados',
    });
  });

  it('takes clave and valor from the first falta and lists every label when there are several', () => {
    expect(graves(falta('COHECHO'), falta('OTRO', 'ACOSO_SEXUAL'), falta('NEPOTISMO'))).toEqual({
      clave: 'CEX',
      valor: 'COHECHO O EXTORSION',
      descripcion: 'Cohecho; Acoso sexual; Nepotismo',
    });
  });

  it('covers every clave of the graves catalog', () => {
    for (const { clave } of FALTA_COMETIDA_GRAVES.entries) {
      expect(graves(falta(clave, clave === 'OTRO' ? 'Otra conducta' : undefined)).valor).toMatch(/^[A-ZÁÉÍÓÚÑ ]+$/);
    }
  });
});

describe('faltaCometida → S3S tipoFalta, faltas no graves (SPEC §4.7.2)', () => {
  it('DECLARACIONES → IDSP, without descripcion (also from the long clave of the herramienta de captura)', () => {
    const idsp = { clave: 'IDSP', valor: 'INCUMPLIMIENTO EN DECLARACION DE SITUACION PATRIMONIAL' };
    expect(noGraves(falta('DECLARACIONES'))).toEqual(idsp);
    expect(noGraves(falta('DECLARACIONES_PATRIMONIALES_INTERESES'))).toEqual(idsp);
  });

  it.each(FALTA_COMETIDA_NO_GRAVES.entries.filter((e) => e.clave !== 'DECLARACIONES' && e.clave !== 'OTRO').map((e) => [e.clave, e.valor]))(
    '%s → ANG with its label',
    (clave, label) => {
      expect(noGraves(falta(clave))).toEqual({ clave: 'ANG', valor: 'ADMINISTRATIVA NO GRAVE', descripcion: label });
    },
  );

  it('OTRO → ANG with the label of the suggested key or the free text', () => {
    expect(noGraves(falta('OTRO', 'NO_PROPAGANDA_PERSONALIZADA'))).toEqual({
      clave: 'ANG',
      valor: 'ADMINISTRATIVA NO GRAVE',
      descripcion: 'No propaganda personalizada',
    });
    expect(noGraves(falta('OTRO', 'Faltó a sesiones del comité')).descripcion).toBe('Faltó a sesiones del comité');
  });

  it('lists all faltas when the principal is IDSP but there are more', () => {
    expect(noGraves(falta('DECLARACIONES'), falta('RENDIR_CUENTAS'))).toEqual({
      clave: 'IDSP',
      valor: 'INCUMPLIMIENTO EN DECLARACION DE SITUACION PATRIMONIAL',
      descripcion:
        'Presentar en tiempo y forma las declaraciones patrimonial y de intereses (art. 49 fr. IV LGRA); Rendir cuentas sobre el ejercicio de las funciones (art. 49 fr. VII LGRA)',
    });
  });
});

describe('causaMotivoHechos (SPEC §4.4)', () => {
  it('joins the facts of every falta in capture order with a line feed', () => {
    const record = published(makeFaltasAdministrativasGraves({ faltaCometida: [falta('COHECHO', undefined, 'Primero.'), falta('PECULADO', undefined, 'Segundo.')] }));
    expect(projectS3S('faltas_administrativas_graves', record, TEST_CONTEXT, 'publico').causaMotivoHechos).toBe('Primero.\nSegundo.');
  });
});

describe('faltaCometida → S3P tipoFalta (SPEC §4.7.3)', () => {
  const fisicas = (...faltaCometida: S3FaltaCometida[]) =>
    projectS3P('faltas_graves_personas_fisicas', published(makeFaltasGravesPersonasFisicas({ faltaCometida })), TEST_CONTEXT, 'publico').tipoFalta;
  const morales = (...faltaCometida: S3FaltaCometida[]) =>
    projectS3P('faltas_graves_personas_morales', published(makeFaltasGravesPersonasMorales({ faltaCometida })), TEST_CONTEXT, 'publico').tipoFalta;

  it('joins the labels of all faltas by «; »', () => {
    expect(fisicas(falta('SOBORNO'), falta('COLUSION'))).toBe('Soborno; Colusión');
    expect(morales(falta('USO_INDEBIDO_RECURSOS_PUBLICOS'))).toBe('Uso indebido de recursos públicos');
  });

  it('writes the valor of OTRO, or the label of FALTAS_PARTICULARES_ESPECIAL', () => {
    expect(morales(falta('OTRO', 'FALTAS_PARTICULARES_ESPECIAL'))).toBe('Faltas de particulares en situación especial');
    expect(fisicas(falta('TRAFICO_INFLUENCIAS'), falta('OTRO', 'Ocultó su participación en el capital'))).toBe(
      'Tráfico de influencias; Ocultó su participación en el capital',
    );
  });
});
