import { makeFaltasAdministrativasGraves, makeFaltasAdministrativasNoGraves, s3TipoSancionFixture, type S3FixtureOverrides } from '@pde/shared/contracts';
import type { FaltasAdministrativasGravesData, FaltasAdministrativasNoGravesData } from '@pde/shared/contracts';
import { projectS3S } from './s3s-projection';
import { TEST_CONTEXT, published } from './v1-arbitraries.spec-helper';
import { convertS3S, draftS3S, isConversionFailure, type V1ConversionOptions, type V1Draft } from './v1-to-v2';
import type { S3SCollection } from './v1-types';

const GRAVES = 'faltas_administrativas_graves';
const NO_GRAVES = 'faltas_administrativas_no_graves';
const TODAY = { today: '2026-12-31' };

/** A v1 record: the confidencial projection of a fixture, with v1 fields replaced. */
const v1Graves = (v1: Record<string, unknown> = {}, overrides: S3FixtureOverrides<FaltasAdministrativasGravesData> = {}) => ({
  ...projectS3S(GRAVES, published(makeFaltasAdministrativasGraves(overrides)), TEST_CONTEXT, 'confidencial'),
  ...v1,
});
const v1NoGraves = (v1: Record<string, unknown> = {}, overrides: S3FixtureOverrides<FaltasAdministrativasNoGravesData> = {}) => ({
  ...projectS3S(NO_GRAVES, published(makeFaltasAdministrativasNoGraves(overrides)), TEST_CONTEXT, 'confidencial'),
  ...v1,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk the untyped draft JSON
function draft(v1: unknown, options: V1ConversionOptions = {}): V1Draft<S3SCollection> & { data: Record<string, any> } {
  const result = draftS3S(v1, options);
  if (isConversionFailure(result)) throw new Error(result.error);
  return result;
}

const tipoFalta = (clave: string, valor?: string, descripcion?: string) => ({ tipoFalta: { clave, ...(valor ? { valor } : {}), ...(descripcion ? { descripcion } : {}) } });

describe('S3S v1 → v2: graves or no graves by tipoFalta (SPEC §4.7.2 reversed)', () => {
  it.each([
    ['AFN', { clave: 'ABUSO_FUNCIONES' }],
    ['CEX', { clave: 'COHECHO' }],
    ['PEC', { clave: 'PECULADO' }],
    ['DRP', { clave: 'DESVIO_RECURSOS_PUBLICOS' }],
    ['UII', { clave: 'UTILIZACION_INDEBIDA_INFORMACION' }],
    ['ABCI', { clave: 'CONFLICTO_INTERES' }],
    ['CIND', { clave: 'CONTRATACION_INDEBIDA' }],
    ['EOCI', { clave: 'ENRIQUECIMIENTO_OCULTO' }],
    ['TINF', { clave: 'TRAFICO_INFLUENCIAS' }],
    ['ENCB', { clave: 'ENCUBRIMIENTO' }],
    ['DSCT', { clave: 'DESACATO' }],
    ['OJUST', { clave: 'OBSTRUCCION' }],
    ['ASEX', { clave: 'OTRO', valor: 'ACOSO_SEXUAL' }],
    ['HSEX', { clave: 'OTRO', valor: 'HOSTIGAMIENTO_SEXUAL' }],
    ['AG', { clave: 'OTRO', valor: 'TEXTO DEL V1' }],
  ])('%s → faltas graves, %j', (clave, falta) => {
    // Precise claves win over the v1 valor; «AG» says nothing more than its valor.
    const out = draft(v1Graves(tipoFalta(clave, 'TEXTO DEL V1')));
    expect(out.collection).toBe(GRAVES);
    expect(out.data['faltaCometida']).toEqual([{ ...falta, descripcionHechos: 'Adjudicó un contrato a una empresa inhabilitada.' }]);
  });

  it.each([
    ['IDSP', 'INCUMPLIMIENTO EN DECLARACION DE SITUACION PATRIMONIAL', { clave: 'DECLARACIONES' }],
    ['NAD', 'NEGLIGENCIA ADMINISTRATIVA', { clave: 'OTRO', valor: 'NEGLIGENCIA ADMINISTRATIVA' }],
    ['ANG', 'ADMINISTRATIVA NO GRAVE', { clave: 'OTRO', valor: 'ADMINISTRATIVA NO GRAVE' }],
  ])('%s → faltas no graves, %j', (clave, valor, falta) => {
    const out = draft(v1NoGraves(tipoFalta(clave, valor)));
    expect(out.collection).toBe(NO_GRAVES);
    expect(out.data['faltaCometida']).toMatchObject([falta]);
  });

  it('reads the falta named in descripcion of AG, ANG and OTRO', () => {
    expect(draft(v1Graves(tipoFalta('AG', 'ADMINISTRATIVA GRAVE', 'Nepotismo'))).data['faltaCometida'][0]).toMatchObject({ clave: 'NEPOTISMO' });
    expect(draft(v1NoGraves(tipoFalta('ANG', undefined, 'rendir cuentas sobre el ejercicio de las funciones (art. 49 fr. VII LGRA)'))).data['faltaCometida'][0]).toEqual({
      clave: 'RENDIR_CUENTAS',
      descripcionHechos: 'Omitió entregar los informes trimestrales de su área.',
    });
    expect(draft(v1NoGraves(tipoFalta('ANG', undefined, 'Faltó a sesiones del comité'))).data['faltaCometida'][0]).toMatchObject({
      clave: 'OTRO',
      valor: 'Faltó a sesiones del comité',
    });
    const otro = draft(v1Graves(tipoFalta('OTRO', 'OTRO', 'Remuneración ilícita')));
    expect(otro.collection).toBe(GRAVES);
    expect(otro.data['faltaCometida'][0]).toMatchObject({ clave: 'OTRO', valor: 'REMUNERACION_ILICITA' });
  });

  it('classifies by valor when the clave is missing', () => {
    expect(draft(v1Graves({ tipoFalta: { valor: 'Peculado' } })).data['faltaCometida'][0]).toMatchObject({ clave: 'PECULADO' });
  });

  it('splits several labels into several faltas, pairing each with its line of facts', () => {
    const v1 = v1Graves({ ...tipoFalta('CEX', undefined, 'Cohecho; Acoso sexual; Nepotismo'), causaMotivoHechos: 'Uno.\nDos.\nTres.' });
    expect(draft(v1).data['faltaCometida']).toEqual([
      { clave: 'COHECHO', descripcionHechos: 'Uno.' },
      { clave: 'OTRO', valor: 'ACOSO_SEXUAL', descripcionHechos: 'Dos.' },
      { clave: 'NEPOTISMO', descripcionHechos: 'Tres.' },
    ]);
    const unpaired = draft(v1Graves({ ...tipoFalta('CEX', undefined, 'Cohecho; Nepotismo'), causaMotivoHechos: 'Un solo relato.' }));
    expect(unpaired.data['faltaCometida'].map((f: { descripcionHechos: string }) => f.descripcionHechos)).toEqual(['Un solo relato.', 'Un solo relato.']);
  });

  it.each(['VPC', 'VLNP', 'AUT', 'DCSP', 'EIFM', 'VDH', 'AC', 'OTRO'])('reports %s instead of guessing', (clave) => {
    const result = draftS3S(v1Graves(tipoFalta(clave, 'ALGO')));
    expect(result).toEqual({ error: expect.stringContaining(`«${clave}» (ALGO)`), issues: [] });
  });

  it('follows the operator classification of unclassifiable records, keeping the v1 name of the falta', () => {
    const out = draft(v1NoGraves(tipoFalta('AUT', 'ABUSO DE AUTORIDAD')), { unclassifiedAs: NO_GRAVES });
    expect(out.collection).toBe(NO_GRAVES);
    expect(out.data['faltaCometida'][0]).toMatchObject({ clave: 'OTRO', valor: 'ABUSO DE AUTORIDAD' });
    // A classifiable record keeps its own classification.
    expect(draft(v1Graves(tipoFalta('PEC')), { unclassifiedAs: NO_GRAVES }).collection).toBe(GRAVES);
  });

  it('reports a record without tipoFalta, and invents no falta for it under a manual classification', () => {
    expect(draftS3S(v1Graves({ tipoFalta: undefined }))).toMatchObject({ error: expect.stringContaining('tipoFalta') });
    const result = convertS3S(v1Graves({ tipoFalta: undefined }), { ...TODAY, unclassifiedAs: GRAVES, complement: { [GRAVES]: makeFaltasAdministrativasGraves({ faltaCometida: [] }) } });
    expect(result).toMatchObject({ error: expect.stringContaining('Faltan datos obligatorios que el registro v1 no contiene: faltaCometida.') });
  });
});

describe('S3S v1 → v2: sanciones (SPEC §4.7.1, §4.7.5, §4.7.6 reversed)', () => {
  const sanciones = (...items: Record<string, unknown>[]) => ({ tipoSancion: items });

  it('I → INHABILITACION from the record inhabilitacion, reading free plazo texts', () => {
    const out = draft(v1Graves({ ...sanciones({ clave: 'I', valor: 'INHABILITADO' }), multa: undefined, inhabilitacion: { plazo: 'DOS AÑOS', fechaInicial: '2025-11-25', fechaFinal: '2027-11-25' } }));
    expect(out.data['tipoSancion']).toEqual([
      { clave: 'INHABILITACION', inhabilitacion: { plazoAnios: 2, plazoMeses: 0, plazoDias: 0, fechaInicial: '2025-11-25', fechaFinal: '2027-11-25' } },
    ]);
    expect(out.warnings).toEqual([]);
  });

  it('computes the plazo from the dates when there is no plazo text, and says so', () => {
    const out = draft(v1Graves({ ...sanciones({ clave: 'I' }), multa: undefined, inhabilitacion: { fechaInicial: '2025-01-10', fechaFinal: '2026-07-25' } }));
    expect(out.data['tipoSancion'][0].inhabilitacion).toMatchObject({ plazoAnios: 1, plazoMeses: 6, plazoDias: 15 });
    expect(out.warnings).toEqual([expect.stringContaining('se calculó a partir de sus fechas')]);
  });

  it('SE, M and IRSC → one SANCION_ECONOMICA from multa (currency by code or by name)', () => {
    const out = draft(
      v1Graves({
        ...sanciones({ clave: 'M', valor: 'MULTADO' }, { clave: 'IRSC' }, { clave: 'SE' }),
        multa: { monto: 30000.19, moneda: { valor: 'PESO MEXICANO' } },
      }),
    );
    expect(out.data['tipoSancion']).toEqual([{ clave: 'SANCION_ECONOMICA', sancionEconomica: { monto: 30000.19, moneda: 'MXN' } }]);
  });

  it('rounds an amount to cents with a warning', () => {
    const out = draft(v1Graves({ ...sanciones({ clave: 'SE' }), multa: { monto: '1,000.456', moneda: { clave: 'USD' } } }));
    expect(out.data['tipoSancion'][0].sancionEconomica).toEqual({ monto: 1000.46, moneda: 'USD' });
    expect(out.warnings).toEqual([expect.stringContaining('1,000.456')]);
  });

  it('S → SUSPENSION and D → DESTITUCION from their descripcion', () => {
    const out = draft(
      v1Graves(
        sanciones(
          { clave: 'S', descripcion: 'Plazo: 1 año, 2 meses, 3 días; del 2025-01-01 al 2026-03-04' },
          { clave: 'D', descripcion: 'Fecha de destitución: 2025-11-25' },
        ),
      ),
    );
    expect(out.data['tipoSancion']).toEqual([
      { clave: 'SUSPENSION', suspensionEmpleo: { plazoMeses: 14, plazoDias: 3, fechaInicial: '2025-01-01', fechaFinal: '2026-03-04' } },
      { clave: 'DESTITUCION', destitucionEmpleo: { fechaDestitucion: '2025-11-25' } },
    ]);
    expect(draft(v1Graves(sanciones({ clave: 'D' }))).data['tipoSancion']).toEqual([{ clave: 'DESTITUCION' }]);
  });

  it('O AMONESTACIÓN → AMONESTACION in no graves, and «otra sanción» in graves', () => {
    const amonestacion = { clave: 'O', valor: 'AMONESTACIÓN', descripcion: 'PRIVADA' };
    expect(draft(v1NoGraves(sanciones(amonestacion))).data['tipoSancion']).toEqual([{ clave: 'AMONESTACION', amonestacion: { tipo: 'PRIVADA' } }]);
    expect(draft(v1NoGraves(sanciones({ clave: 'O', valor: 'Amonestación pública' }))).data['tipoSancion']).toEqual([
      { clave: 'AMONESTACION', amonestacion: { tipo: 'PUBLICA' } },
    ]);
    expect(draft(v1Graves(sanciones(amonestacion))).data['tipoSancion']).toEqual([{ clave: 'OTRO', otro: { denominacionSancion: 'AMONESTACIÓN' } }]);
  });

  it('O → OTRO named by valor, or by descripcion when valor says only «OTRO»; several join their names', () => {
    expect(draft(v1Graves(sanciones({ clave: 'O', valor: 'OTRO', descripcion: 'Apercibimiento' }))).data['tipoSancion']).toEqual([
      { clave: 'OTRO', otro: { denominacionSancion: 'Apercibimiento' } },
    ]);
    expect(draft(v1Graves(sanciones({ clave: 'O', valor: 'Apercibimiento' }, { clave: 'O', valor: 'Publicación' }))).data['tipoSancion']).toEqual([
      { clave: 'OTRO', otro: { denominacionSancion: 'Apercibimiento; Publicación' } },
    ]);
  });

  it('reports a sanción económica in faltas no graves and an unknown clave', () => {
    expect(draftS3S(v1NoGraves({ ...sanciones({ clave: 'SE' }), multa: { monto: 10, moneda: { clave: 'MXN' } } }))).toMatchObject({
      error: expect.stringContaining('«SE» no existe en «Faltas no graves»'),
      collection: NO_GRAVES,
    });
    expect(draftS3S(v1Graves(sanciones({ clave: 'IND' })))).toMatchObject({ error: expect.stringContaining('«IND» no está en el catálogo') });
  });

  it('warns about a multa without a sanción económica', () => {
    expect(draft(v1Graves(sanciones({ clave: 'D' }))).warnings).toEqual([expect.stringContaining('«multa»')]);
  });
});

describe('S3S v1 → v2: persona and empleo', () => {
  it.each([
    [{ clave: 'M', valor: 'MASCULINO' }, 'HOMBRE'],
    [{ clave: 'F' }, 'MUJER'],
    [{ valor: 'femenino' }, 'MUJER'],
  ])('genero %j → sexo %s (SPEC §4.7.4 reversed)', (genero, sexo) => {
    const v1 = v1Graves();
    expect(draft({ ...v1, servidorPublicoSancionado: { ...v1.servidorPublicoSancionado, genero } }).data['datosGenerales'].sexo).toBe(sexo);
  });

  it('leaves sexo empty for genero OTRO, so the conversion names it as missing', () => {
    const v1 = v1Graves();
    const input = { ...v1, servidorPublicoSancionado: { ...v1.servidorPublicoSancionado, genero: { clave: 'O', valor: 'OTRO' } } };
    const result = convertS3S(input, { ...TODAY, complement: { [GRAVES]: makeFaltasAdministrativasGraves({ datosGenerales: { sexo: undefined } }) } });
    expect(result).toMatchObject({ error: expect.stringContaining('datosGenerales.sexo') });
    expect(isConversionFailure(result) && result.error).toContain('«OTRO» no tiene equivalente');
  });

  it('reads nivel as a clave of the catalog or as free text under OTRO', () => {
    const withNivel = (nivel: string) => {
      const v1 = v1Graves();
      return draft({ ...v1, servidorPublicoSancionado: { ...v1.servidorPublicoSancionado, nivel } }).data['empleoCargoComision'].nivelJerarquico;
    };
    expect(withNivel('DG_HOMOLOGO')).toEqual({ clave: 'DG_HOMOLOGO' });
    expect(withNivel('Jefe de oficina')).toEqual({ clave: 'OTRO', valor: 'Jefe de oficina' });
  });

  it('drops an empleo of no graves that cannot be completed, with a warning, and keeps a complete one', () => {
    const v1 = v1NoGraves();
    const sinEmpleo = makeFaltasAdministrativasNoGraves({ empleoCargoComision: undefined });
    const dropped = convertS3S(v1, { ...TODAY, complement: { [NO_GRAVES]: sinEmpleo } });
    expect(isConversionFailure(dropped)).toBe(false);
    if (!isConversionFailure(dropped)) {
      expect(dropped.data).not.toHaveProperty('empleoCargoComision');
      expect(dropped.warnings).toEqual([expect.stringContaining('Se omitió «empleoCargoComision»')]);
    }
    const kept = convertS3S(v1, { ...TODAY, complement: { [NO_GRAVES]: makeFaltasAdministrativasNoGraves() } });
    expect(!isConversionFailure(kept) && kept.data).toMatchObject({ empleoCargoComision: { denominacion: 'Jefa de Departamento de Informes' } });
  });

  it('drops the resolution URL of a no graves record with a warning', () => {
    const out = draft(v1NoGraves({ resolucion: { url: 'https://example.gob.mx/r.pdf', fechaResolucion: '2025-10-02' } }));
    expect(out.data['resolucion']).not.toHaveProperty('urlResolucion');
    expect(out.warnings).toEqual([expect.stringContaining('resolucion.url')]);
  });
});

describe('S3S v1 → v2: failures', () => {
  it.each([null, 'texto', 42, []])('reports %p as not a record', (input) => {
    expect(convertS3S(input)).toEqual({ error: 'El registro no es un objeto JSON.', issues: [] });
  });

  it('reports a record that is not S3S', () => {
    expect(convertS3S({ particularSancionado: {} })).toMatchObject({ error: expect.stringContaining('servidorPublicoSancionado') });
  });

  it('names every v2-required field that v1 does not carry, without inventing values', () => {
    const result = convertS3S(v1Graves(), TODAY);
    if (!isConversionFailure(result)) throw new Error('se esperaba un error');
    const missing = result.issues.filter((i) => i.code === 'required').map((i) => i.path);
    expect(missing).toEqual(
      expect.arrayContaining([
        'origenProcedimiento',
        'empleoCargoComision.entidadFederativa',
        'empleoCargoComision.areaAdscripcion',
        'faltaCometida[0].normatividadInfringida',
        'resolucion.ordenJurisdiccional',
        'resolucion.autoridadInvestigadora',
        'resolucion.autoridadSusbstanciadora',
      ]),
    );
    for (const path of missing) expect(result.error).toContain(path);
    expect(result.collection).toBe(GRAVES);
  });

  it('reports v1 values that the v2 standard rejects', () => {
    const v1 = v1Graves();
    const input = { ...v1, servidorPublicoSancionado: { ...v1.servidorPublicoSancionado, curp: 'ABCD780814MDFAXL' } };
    const result = convertS3S(input, { ...TODAY, complement: { [GRAVES]: makeFaltasAdministrativasGraves() } });
    expect(result).toMatchObject({ error: expect.stringContaining('Datos no válidos: datosGenerales.curp') });
  });

  it('lets v1 data win over the complement, which only fills gaps', () => {
    const complement = makeFaltasAdministrativasGraves({ datosGenerales: { nombres: 'Otro Nombre' }, tipoSancion: [s3TipoSancionFixture('SANCION_ECONOMICA')] as never });
    const result = convertS3S(v1Graves(), { ...TODAY, complement: { [GRAVES]: complement } });
    if (isConversionFailure(result)) throw new Error(result.error);
    expect(result.data.datosGenerales.nombres).toBe('Jorge');
    // The complement sanción of the same clave completes it; the inhabilitación comes from v1 alone.
    expect(result.data.tipoSancion.map((s) => s.clave)).toEqual(['INHABILITACION', 'SANCION_ECONOMICA']);
    expect(result.data.tipoSancion[1]).toHaveProperty('sancionEconomica.plazoPago');
  });

  it('fills a list that v1 leaves empty from the complement', () => {
    const complement = makeFaltasAdministrativasGraves({ tipoSancion: [s3TipoSancionFixture('DESTITUCION')] as never });
    const result = convertS3S(v1Graves({ tipoSancion: [], multa: undefined }), { ...TODAY, complement: { [GRAVES]: complement } });
    if (isConversionFailure(result)) throw new Error(result.error);
    expect(result.data.tipoSancion).toEqual([s3TipoSancionFixture('DESTITUCION')]);
  });
});
