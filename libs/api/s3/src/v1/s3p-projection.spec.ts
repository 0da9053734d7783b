import { FIXTURE_CURP, FIXTURE_RFC_FISICA, FIXTURE_RFC_MORAL, makeFaltasGravesPersonasFisicas, makeFaltasGravesPersonasMorales } from '@pde/shared/contracts';
import { domicilioExtranjero, domicilioMexico, projectS3P } from './s3p-projection';
import { OWNER, TEST_CONTEXT, published } from './v1-arbitraries.spec-helper';

const FISICAS = 'faltas_graves_personas_fisicas';
const MORALES = 'faltas_graves_personas_morales';

const DOMICILIO_FISICA = {
  pais: { clave: 'MX', valor: 'México' },
  entidadFederativa: { clave: '20', valor: 'Oaxaca' },
  municipio: { valor: 'Oaxaca de Juárez' },
  codigoPostal: '68000',
  localidad: { valor: 'Centro' },
  vialidad: { clave: 'CALLEJON', valor: 'Del Carmen' },
  numeroExterior: '12',
};

describe('S3P projection of personas físicas (SPEC §4.5)', () => {
  const record = published(makeFaltasGravesPersonasFisicas());

  it('emits the record for confidencial, in the order of the SPEC table', () => {
    const out = projectS3P(FISICAS, record, TEST_CONTEXT, 'confidencial');
    expect(Object.keys(out)).toEqual([
      'id',
      'fechaCaptura',
      'expediente',
      'institucionDependencia',
      'particularSancionado',
      'autoridadSancionadora',
      'tipoFalta',
      'tipoSancion',
      'causaMotivoHechos',
      'resolucion',
      'multa',
      'observaciones',
      'documentos',
    ]);
    expect(out.particularSancionado).toEqual({
      nombreRazonSocial: 'María José Núñez O’Higgins',
      rfc: FIXTURE_RFC_FISICA,
      tipoPersona: 'F',
      domicilioMexico: DOMICILIO_FISICA,
    });
    expect(out).toMatchObject({
      institucionDependencia: { nombre: 'Secretaría de Finanzas', siglas: 'SEFIN', clave: 'SEFIN-07' },
      autoridadSancionadora: 'Tribunal de Justicia Administrativa del Estado',
      tipoFalta: 'Utilización de información falsa',
      resolucion: { url: 'https://transparencia.example.gob.mx/resoluciones/014-2025.pdf', fechaNotificacion: '2025-10-06' },
      observaciones: 'Pago en parcialidades autorizado.',
    });
    expect(out.documentos).toHaveLength(2);
  });

  it('hides rfc, domicilios and observaciones from publico', () => {
    const out = projectS3P(FISICAS, record, TEST_CONTEXT, 'publico');
    expect(out.particularSancionado).toEqual({ nombreRazonSocial: 'María José Núñez O’Higgins', tipoPersona: 'F' });
    expect(out).not.toHaveProperty('observaciones');
  });

  it('joins only the name parts that exist', () => {
    const sinSegundo = published(makeFaltasGravesPersonasFisicas({ datosGenerales: { segundoApellido: undefined } }));
    expect(projectS3P(FISICAS, sinSegundo, TEST_CONTEXT, 'publico').particularSancionado.nombreRazonSocial).toBe('María José Núñez');
  });

  it('falls back to the owning ente when no nombreEntePublico is captured, with the owner siglas', () => {
    const sinEnte = published(makeFaltasGravesPersonasFisicas({ dondeCometioLaFalta: { nombreEntePublico: undefined } }));
    expect(projectS3P(FISICAS, sinEnte, TEST_CONTEXT, 'publico').institucionDependencia).toEqual(OWNER);
  });

  it('emits resolucion with only the parts that exist', () => {
    const sinUrl = published(makeFaltasGravesPersonasFisicas({ resolucion: { urlResolucion: undefined } }));
    expect(projectS3P(FISICAS, sinUrl, TEST_CONTEXT, 'publico').resolucion).toEqual({ fechaNotificacion: '2025-10-06' });
  });

  it('keeps the always-present keys on a sparse record', () => {
    const sparse = published(
      makeFaltasGravesPersonasFisicas({
        expediente: undefined,
        observaciones: undefined,
        resolucion: { urlResolucion: undefined, fechaNotificacion: undefined, urlResolucionFirme: undefined },
        tipoSancion: [{ clave: 'OTRO', otro: { denominacionSancion: 'Apercibimiento' } }],
      }),
    );
    expect(Object.keys(projectS3P(FISICAS, sparse, TEST_CONTEXT, 'confidencial'))).toEqual([
      'id',
      'fechaCaptura',
      'institucionDependencia',
      'particularSancionado',
      'autoridadSancionadora',
      'tipoFalta',
      'tipoSancion',
      'causaMotivoHechos',
      'documentos',
    ]);
  });
});

describe('S3P projection of personas morales (SPEC §4.5)', () => {
  const record = published(makeFaltasGravesPersonasMorales());

  it('shows the company, rfc and domicilio to publico, but not its representatives nor observaciones (SPEC §9 D37)', () => {
    const out = projectS3P(MORALES, record, TEST_CONTEXT, 'publico');
    expect(out.particularSancionado).toEqual({
      nombreRazonSocial: 'Construcciones del Sureste, S.A. de C.V.',
      objetoSocial: 'Construcción de obra civil',
      rfc: FIXTURE_RFC_MORAL,
      tipoPersona: 'M',
      domicilioMexico: {
        pais: { clave: 'MX', valor: 'México' },
        entidadFederativa: { clave: '20', valor: 'Oaxaca' },
        municipio: { valor: 'Oaxaca de Juárez' },
        codigoPostal: '68050',
        localidad: { valor: 'Reforma' },
        vialidad: { clave: 'CALLEJÓN', valor: 'De los Arcos' },
        numeroExterior: '305',
        numeroInterior: 'B',
      },
    });
    expect(out).not.toHaveProperty('observaciones');
  });

  it('adds directorGeneral and apoderadoLegal for confidencial, with nombre → nombres', () => {
    const out = projectS3P(MORALES, record, TEST_CONTEXT, 'confidencial');
    expect(out.particularSancionado.directorGeneral).toEqual({ nombres: 'Luis Alberto', primerApellido: 'Pérez', segundoApellido: 'Santos', curp: FIXTURE_CURP });
    expect(out.particularSancionado.apoderadoLegal).toEqual({ nombres: 'Carmen', primerApellido: 'Díaz', segundoApellido: 'Santos', curp: FIXTURE_CURP });
    expect(out.observaciones).toBe('La persona moral interpuso amparo, negado.');
  });

  it('omits curp and segundoApellido of a representative without them', () => {
    const sinCurp = published(makeFaltasGravesPersonasMorales({ datosDirGeneralReprLegal: { directorGeneral: { curp: undefined, segundoApellido: undefined } } }));
    expect(projectS3P(MORALES, sinCurp, TEST_CONTEXT, 'confidencial').particularSancionado.directorGeneral).toEqual({
      nombres: 'Luis Alberto',
      primerApellido: 'Pérez',
    });
  });
});

describe('domicilios (SPEC §4.7.8)', () => {
  it('maps every field of domicilioMexico', () => {
    expect(
      domicilioMexico({
        tipoVialidad: 'AVENIDA',
        nombreVialidad: 'Juárez',
        numeroExterior: '10',
        numeroInterior: '3',
        coloniaLocalidad: 'Centro',
        municipioAlcaldia: 'Cuauhtémoc',
        codigoPostal: '06000',
        entidadFederativa: '09',
      }),
    ).toEqual({
      pais: { clave: 'MX', valor: 'México' },
      entidadFederativa: { clave: '09', valor: 'Ciudad de México' },
      municipio: { valor: 'Cuauhtémoc' },
      codigoPostal: '06000',
      localidad: { valor: 'Centro' },
      vialidad: { clave: 'AVENIDA', valor: 'Juárez' },
      numeroExterior: '10',
      numeroInterior: '3',
    });
  });

  it('omits keys without source and the object without keys', () => {
    expect(domicilioMexico({ nombreVialidad: 'Juárez' })).toEqual({ pais: { clave: 'MX', valor: 'México' }, vialidad: { valor: 'Juárez' } });
    expect(domicilioMexico({ tipoVialidad: 'CALLE' })).toEqual({ pais: { clave: 'MX', valor: 'México' }, vialidad: { clave: 'CALLE' } });
    expect(domicilioMexico({})).toBeUndefined();
    expect(domicilioMexico(undefined)).toBeUndefined();
    expect(domicilioExtranjero({})).toBeUndefined();
  });

  it('maps domicilioExtranjero with the ISO 3166-1 alpha-2 code of the country name', () => {
    expect(
      domicilioExtranjero({
        ciudad: 'Houston',
        provincia: 'Texas',
        calle: 'Main Street',
        numeroExterior: '1200',
        numeroInterior: '5B',
        codigoPostal: '77002',
        pais: 'Estados Unidos de América',
      }),
    ).toEqual({
      calle: 'Main Street',
      numeroExterior: '1200',
      numeroInterior: '5B',
      ciudadLocalidad: 'Houston',
      estadoProvincia: 'Texas',
      pais: { clave: 'US', valor: 'Estados Unidos de América' },
      codigoPostal: '77002',
    });
  });

  it('treats null like an absent value', () => {
    expect(domicilioMexico({ codigoPostal: null, nombreVialidad: 'Juárez', tipoVialidad: null } as never)).toEqual({
      pais: { clave: 'MX', valor: 'México' },
      vialidad: { valor: 'Juárez' },
    });
    expect(domicilioExtranjero({ ciudad: null, pais: null } as never)).toBeUndefined();
  });

  it('keeps the name of a country it does not know, without a clave', () => {
    expect(domicilioExtranjero({ ciudad: 'Springfield', pais: 'Freedonia' })).toEqual({ ciudadLocalidad: 'Springfield', pais: { valor: 'Freedonia' } });
  });

  it('emits the domicilio extranjero of a persona física to confidencial only', () => {
    const record = published(
      makeFaltasGravesPersonasFisicas({
        datosGenerales: { tipoDomicilio: 'DOMICILIO_EXTRANJERO', domicilioMexico: undefined, domicilioExtranjero: { ciudad: 'Madrid', pais: 'España' } },
      }),
    );
    expect(projectS3P(FISICAS, record, TEST_CONTEXT, 'confidencial').particularSancionado.domicilioExtranjero).toEqual({
      ciudadLocalidad: 'Madrid',
      pais: { clave: 'ES', valor: 'España' },
    });
    expect(projectS3P(FISICAS, record, TEST_CONTEXT, 'publico').particularSancionado).not.toHaveProperty('domicilioExtranjero');
  });
});
