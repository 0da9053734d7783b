import {
  FIXTURE_RFC_FISICA,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  type FaltasGravesPersonasFisicasData,
  type FaltasGravesPersonasMoralesData,
  type S3FixtureOverrides,
} from '@pde/shared/contracts';
import { projectS3P } from './s3p-projection';
import { TEST_CONTEXT, published } from './v1-arbitraries.spec-helper';
import { convertS3P, draftS3P, isConversionFailure, type V1Draft } from './v1-to-v2';
import type { S3PCollection } from './v1-types';

const FISICAS = 'faltas_graves_personas_fisicas';
const MORALES = 'faltas_graves_personas_morales';
const TODAY = { today: '2026-12-31' };

const v1Fisica = (v1: Record<string, unknown> = {}, overrides: S3FixtureOverrides<FaltasGravesPersonasFisicasData> = {}) => ({
  ...projectS3P(FISICAS, published(makeFaltasGravesPersonasFisicas(overrides)), TEST_CONTEXT, 'confidencial'),
  ...v1,
});
const v1Moral = (v1: Record<string, unknown> = {}, overrides: S3FixtureOverrides<FaltasGravesPersonasMoralesData> = {}) => ({
  ...projectS3P(MORALES, published(makeFaltasGravesPersonasMorales(overrides)), TEST_CONTEXT, 'confidencial'),
  ...v1,
});
/** The v1 record with `particularSancionado` fields replaced. */
const withParticular = (v1: ReturnType<typeof v1Fisica>, fields: Record<string, unknown>) => ({ ...v1, particularSancionado: { ...v1.particularSancionado, ...fields } });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk the untyped draft JSON
function draft(v1: unknown): V1Draft<S3PCollection> & { data: Record<string, any> } {
  const result = draftS3P(v1);
  if (isConversionFailure(result)) throw new Error(result.error);
  return result;
}

describe('S3P v1 → v2: personas físicas or morales by tipoPersona', () => {
  it.each([
    ['F', FISICAS],
    [' m ', MORALES],
    ['f', FISICAS],
  ])('tipoPersona «%s» → %s', (tipoPersona, collection) => {
    expect(draft(withParticular(v1Moral(), { tipoPersona })).collection).toBe(collection);
  });

  it.each([
    [undefined, 'y no viene'],
    ['', 'y no viene'],
    ['X', 'y es «X»'],
    ['FISICA', 'y es «FISICA»'],
  ])('reports tipoPersona %p instead of guessing from the name', (tipoPersona, said) => {
    const result = draftS3P(withParticular(v1Moral(), { tipoPersona }));
    expect(result).toEqual({ error: expect.stringContaining(said), issues: [] });
  });

  it('reports a record that is not S3P', () => {
    expect(convertS3P({ servidorPublicoSancionado: {} })).toMatchObject({ error: expect.stringContaining('particularSancionado') });
    expect(convertS3P('{}')).toMatchObject({ error: 'El registro no es un objeto JSON.' });
  });
});

describe('S3P v1 → v2: persona física', () => {
  it('splits the full name and says so', () => {
    const out = draft(withParticular(v1Fisica(), { nombreRazonSocial: 'Juan de la Cruz Pérez' }));
    expect(out.data['datosGenerales']).toMatchObject({ nombres: 'Juan', primerApellido: 'de la Cruz', segundoApellido: 'Pérez', rfc: FIXTURE_RFC_FISICA });
    expect(out.warnings).toEqual([expect.stringContaining('«Juan de la Cruz Pérez» se separó')]);
  });

  it('names nombres and primerApellido as missing when the name is one word', () => {
    const result = convertS3P(withParticular(v1Fisica(), { nombreRazonSocial: 'Cantinflas' }), {
      ...TODAY,
      complement: { [FISICAS]: makeFaltasGravesPersonasFisicas({ datosGenerales: { nombres: undefined, primerApellido: undefined, segundoApellido: undefined } }) },
    });
    expect(result).toMatchObject({ error: expect.stringMatching(/datosGenerales\.nombres, datosGenerales\.primerApellido/) });
  });

  it('reads domicilioMexico back (SPEC §4.7.8 reversed): entidad by clave or name, the other callejón spelling', () => {
    const domicilioMexico = {
      pais: { clave: 'MX', valor: 'México' },
      entidadFederativa: { clave: '9' },
      municipio: 'Cuauhtémoc',
      localidad: { valor: 'Centro' },
      vialidad: { clave: 'CALLEJÓN', valor: 'Del Carmen' },
      codigoPostal: '06000',
    };
    expect(draft(withParticular(v1Fisica(), { domicilioMexico })).data['datosGenerales']).toMatchObject({
      tipoDomicilio: 'DOMICILIO_MEXICO',
      domicilioMexico: {
        entidadFederativa: '09',
        municipioAlcaldia: 'Cuauhtémoc',
        coloniaLocalidad: 'Centro',
        tipoVialidad: 'CALLEJON',
        nombreVialidad: 'Del Carmen',
        codigoPostal: '06000',
      },
    });
    const byName = draft(withParticular(v1Fisica(), { domicilioMexico: { entidadFederativa: { valor: 'OAXACA' } } }));
    expect(byName.data['datosGenerales'].domicilioMexico).toEqual({ entidadFederativa: '20' });
  });

  it('leaves out unknown catalog values with a warning', () => {
    const out = draft(withParticular(v1Fisica(), { domicilioMexico: { vialidad: { clave: 'BRECHA', valor: 'El Llano' }, entidadFederativa: { clave: '40' } } }));
    expect(out.data['datosGenerales'].domicilioMexico).toEqual({ nombreVialidad: 'El Llano' });
    expect(out.warnings).toEqual(expect.arrayContaining([expect.stringContaining('«BRECHA»'), expect.stringContaining('«40»')]));
  });

  it('reads domicilioExtranjero back, with the country name from the code when only the code is given', () => {
    const out = draft(
      withParticular(v1Fisica(), {
        domicilioMexico: undefined,
        domicilioExtranjero: { ciudadLocalidad: 'Houston', estadoProvincia: 'Texas', calle: 'Main Street', pais: { clave: 'US' } },
      }),
    );
    expect(out.data['datosGenerales']).toMatchObject({
      tipoDomicilio: 'DOMICILIO_EXTRANJERO',
      domicilioExtranjero: { ciudad: 'Houston', provincia: 'Texas', calle: 'Main Street', pais: 'Estados Unidos' },
    });
    expect(out.data['datosGenerales']).not.toHaveProperty('domicilioMexico');
  });

  it('keeps S and D of a persona física as «otra sanción», as the PDN migration does', () => {
    const out = draft(v1Fisica({ tipoSancion: [{ clave: 'S', valor: 'SUSPENSIÓN DE ACTIVIDADES' }, { clave: 'D' }] }));
    expect(out.data['tipoSancion']).toEqual([{ clave: 'OTRO', otro: { denominacionSancion: 'SUSPENSIÓN DE ACTIVIDADES; DISOLUCIÓN DE LA SOCIEDAD' } }]);
    expect(out.warnings.filter((w) => w.includes('no existe para personas físicas'))).toHaveLength(2);
  });
});

describe('S3P v1 → v2: sanciones (SPEC §4.7.1 reversed)', () => {
  it('SE and M → SANCION_ECONOMICA from multa; IND → INDEMNIZACION from its descripcion', () => {
    const out = draft(
      v1Moral({
        tipoSancion: [{ clave: 'M' }, { clave: 'IND', descripcion: 'Monto: 48000.5 USD' }, { clave: 'SE' }],
        multa: { monto: 1500, moneda: { clave: 'MXN', valor: 'Peso mexicano' } },
      }),
    );
    expect(out.data['tipoSancion']).toEqual([
      { clave: 'SANCION_ECONOMICA', sancionEconomica: { monto: 1500, moneda: 'MXN' } },
      { clave: 'INDEMNIZACION', indemnizacion: { monto: 48000.5, moneda: 'USD' } },
    ]);
  });

  it('takes the indemnización from multa when there is no sanción económica (the PDN reading)', () => {
    const out = draft(v1Moral({ tipoSancion: [{ clave: 'IND' }], multa: { monto: 700, moneda: { clave: 'MXN' } } }));
    expect(out.data['tipoSancion']).toEqual([{ clave: 'INDEMNIZACION', indemnizacion: { monto: 700, moneda: 'MXN' } }]);
  });

  it('S → SUSPENSION_ACTIVIDADES and D → DISOLUCION_SOCIEDAD for personas morales', () => {
    const out = draft(
      v1Moral({
        tipoSancion: [
          { clave: 'S', descripcion: 'Plazo: 1 año, 6 meses; del 2025-12-01 al 2027-06-01' },
          { clave: 'D', descripcion: 'Fecha de disolución: 2025-12-01' },
        ],
      }),
    );
    expect(out.data['tipoSancion']).toEqual([
      {
        clave: 'SUSPENSION_ACTIVIDADES',
        suspensionActividades: { plazoSuspensioAnios: 1, plazoSuspensionMeses: 6, plazoSuspensionDias: 0, fechaInicial: '2025-12-01', fechaFinal: '2027-06-01' },
      },
      { clave: 'DISOLUCION_SOCIEDAD', disolucionSociedad: { fechaDisolucion: '2025-12-01' } },
    ]);
  });

  it('A → «otra sanción» with a warning (particulares have no amonestación in v2)', () => {
    const out = draft(v1Moral({ tipoSancion: [{ clave: 'A', valor: 'AMONESTACIÓN', descripcion: 'PÚBLICA' }] }));
    expect(out.data['tipoSancion']).toEqual([{ clave: 'OTRO', otro: { denominacionSancion: 'AMONESTACIÓN PÚBLICA' } }]);
    expect(out.warnings).toEqual(expect.arrayContaining([expect.stringContaining('amonestación no existe para particulares')]));
  });

  it('reports an unknown clave and names a disolución without date as missing', () => {
    expect(draftS3P(v1Moral({ tipoSancion: [{ clave: 'IRSC' }] }))).toMatchObject({ error: expect.stringContaining('«IRSC» no está en el catálogo de tipos de sanción de S3P') });
    const result = convertS3P(v1Moral({ tipoSancion: [{ clave: 'D' }] }), { ...TODAY, complement: { [MORALES]: makeFaltasGravesPersonasMorales({ tipoSancion: [] }) } });
    expect(result).toMatchObject({ error: expect.stringContaining('tipoSancion[0].disolucionSociedad') });
  });
});

describe('S3P v1 → v2: tipoFalta text (SPEC §4.7.3 reversed)', () => {
  it.each([
    ['Soborno', [{ clave: 'SOBORNO' }]],
    ['Soborno; Colusión', [{ clave: 'SOBORNO' }, { clave: 'COLUSION' }]],
    ['Colusión; Ocultó a sus socios', [{ clave: 'COLUSION' }, { clave: 'OTRO', valor: 'Ocultó a sus socios' }]],
    ['Faltas de particulares en situación especial', [{ clave: 'OTRO', valor: 'FALTAS_PARTICULARES_ESPECIAL' }]],
    ['Presentó facturas apócrifas; y otras', [{ clave: 'OTRO', valor: 'Presentó facturas apócrifas; y otras' }]],
  ])('«%s»', (tipoFalta, faltas) => {
    expect(draft(v1Moral({ tipoFalta })).data['faltaCometida']).toMatchObject(faltas);
  });
});

describe('S3P v1 → v2: persona moral and what v1 cannot carry', () => {
  it('maps the representatives (nombres → nombre), from particularSancionado or from the root as the PDN reads them', () => {
    expect(draft(v1Moral()).data['datosDirGeneralReprLegal'].directorGeneral).toMatchObject({ nombre: 'Luis Alberto', primerApellido: 'Pérez' });
    const v1 = v1Moral();
    const { directorGeneral, ...particular } = v1.particularSancionado;
    const atRoot = draft({ ...v1, particularSancionado: particular, directorGeneral });
    expect(atRoot.data['datosDirGeneralReprLegal'].directorGeneral).toMatchObject({ nombre: 'Luis Alberto' });
  });

  it('drops the v1 fields without a v2 place, with a warning', () => {
    const out = draft(withParticular(v1Moral({ objetoContrato: 'Obra pública', resolucion: { sentido: 'Sancionatoria' } }), { telefono: '5555555555' }));
    expect(out.warnings).toEqual([expect.stringContaining('particularSancionado.telefono, objetoContrato, resolucion.sentido')]);
  });

  it('names the missing v2-required fields of a persona moral', () => {
    const result = convertS3P(v1Moral(), TODAY);
    if (!isConversionFailure(result)) throw new Error('se esperaba un error');
    for (const path of [
      'dondeCometioLaFalta.entidadFederativa',
      'origenProcedimiento',
      'datosDirGeneralReprLegal.directorGeneral.rfc',
      'faltaCometida[0].normatividadInfringida',
      'resolucion.fechaNotificacionFirme',
    ]) {
      expect(result.error).toContain(path);
    }
    expect(result.collection).toBe(MORALES);
  });
});
