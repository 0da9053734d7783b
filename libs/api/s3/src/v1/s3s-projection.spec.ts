import { FIXTURE_CURP, FIXTURE_RFC_FISICA, makeFaltasAdministrativasGraves, makeFaltasAdministrativasNoGraves } from '@pde/shared/contracts';
import { projectS3S } from './s3s-projection';
import { OWNER, RECORD_ID, TEST_CONTEXT, published } from './v1-arbitraries.spec-helper';

const GRAVES = 'faltas_administrativas_graves';
const NO_GRAVES = 'faltas_administrativas_no_graves';

describe('S3S projection of faltas graves (SPEC §4.4)', () => {
  const record = published(makeFaltasAdministrativasGraves());

  it('emits every field for confidencial, in the order of the SPEC table', () => {
    const out = projectS3S(GRAVES, record, TEST_CONTEXT, 'confidencial');
    expect(Object.keys(out)).toEqual([
      'id',
      'fechaCaptura',
      'expediente',
      'institucionDependencia',
      'servidorPublicoSancionado',
      'autoridadSancionadora',
      'tipoFalta',
      'tipoSancion',
      'causaMotivoHechos',
      'resolucion',
      'multa',
      'inhabilitacion',
      'observaciones',
      'documentos',
    ]);
    expect(out).toMatchObject({
      id: RECORD_ID,
      fechaCaptura: '2025-11-28T17:02:44Z',
      expediente: 'OIC-SF/PRA/014/2025',
      institucionDependencia: { nombre: 'Secretaría de Finanzas', siglas: 'SEFIN', clave: 'SEFIN-07' },
      servidorPublicoSancionado: {
        nombres: 'Jorge',
        primerApellido: 'López',
        segundoApellido: 'Vargas',
        rfc: FIXTURE_RFC_FISICA,
        curp: FIXTURE_CURP,
        genero: { clave: 'M', valor: 'MASCULINO' },
        puesto: 'Director de Recursos Materiales',
        nivel: 'DIRECCION_HOMOLOGO',
      },
      autoridadSancionadora: 'Tribunal de Justicia Administrativa del Estado',
      causaMotivoHechos: 'Adjudicó un contrato a una empresa inhabilitada.',
      resolucion: { url: 'https://transparencia.example.gob.mx/resoluciones/014-2025.pdf', fechaResolucion: '2025-10-02' },
      observaciones: 'Sanción confirmada en segunda instancia.',
    });
  });

  it('hides rfc, curp and observaciones from publico and keeps the rest', () => {
    const out = projectS3S(GRAVES, record, TEST_CONTEXT, 'publico');
    expect(out.servidorPublicoSancionado).not.toHaveProperty('rfc');
    expect(out.servidorPublicoSancionado).not.toHaveProperty('curp');
    expect(out).not.toHaveProperty('observaciones');
    expect(out.servidorPublicoSancionado).toMatchObject({ nombres: 'Jorge', primerApellido: 'López', segundoApellido: 'Vargas', nivel: 'DIRECCION_HOMOLOGO' });
    expect(out.servidorPublicoSancionado.puesto).toBe('Director de Recursos Materiales');
  });

  it('writes the valor of an OTRO nivel jerárquico', () => {
    const otro = published(makeFaltasAdministrativasGraves({ empleoCargoComision: { nivelJerarquico: { clave: 'OTRO', valor: 'Coordinación de zona' } } }));
    expect(projectS3S(GRAVES, otro, TEST_CONTEXT, 'publico').servidorPublicoSancionado.nivel).toBe('Coordinación de zona');
  });

  it('takes fechaCaptura from date_updated, without milliseconds, in UTC', () => {
    const updated = published(makeFaltasAdministrativasGraves(), { date_updated: '2026-02-03T16:40:09.999Z' });
    expect(projectS3S(GRAVES, updated, TEST_CONTEXT, 'publico').fechaCaptura).toBe('2026-02-03T16:40:09Z');
    const offset = published(makeFaltasAdministrativasGraves(), { date_created: '2026-02-03T10:40:09.120-06:00' });
    expect(projectS3S(GRAVES, offset, TEST_CONTEXT, 'publico').fechaCaptura).toBe('2026-02-03T16:40:09Z');
  });

  it('omits optional keys without a value', () => {
    const sparse = published(
      makeFaltasAdministrativasGraves({
        datosGenerales: { segundoApellido: undefined },
        empleoCargoComision: { siglasEntePublico: undefined },
        observaciones: undefined,
        tipoSancion: [{ clave: 'DESTITUCION' }],
      }),
    );
    const out = projectS3S(GRAVES, sparse, TEST_CONTEXT, 'confidencial');
    expect(out.servidorPublicoSancionado).not.toHaveProperty('segundoApellido');
    expect(out.institucionDependencia).toEqual({ nombre: 'Secretaría de Finanzas', clave: 'SEFIN-07' });
    for (const key of ['observaciones', 'multa', 'inhabilitacion']) expect(out).not.toHaveProperty(key);
  });

  it('treats null like an absent value (the v2 side emits null for empty values)', () => {
    const base = makeFaltasAdministrativasGraves();
    const withNulls = published({
      ...base,
      observaciones: null,
      datosGenerales: { ...base.datosGenerales, segundoApellido: null, sexo: null },
      empleoCargoComision: { ...base.empleoCargoComision, siglasEntePublico: null, nivelJerarquico: { clave: 'OTRO', valor: null } },
      resolucion: { ...base.resolucion, urlResolucion: null },
    } as never);
    const out = projectS3S(GRAVES, withNulls, TEST_CONTEXT, 'confidencial');
    expect(JSON.stringify(out)).not.toContain('null');
    expect(out.servidorPublicoSancionado).not.toHaveProperty('nivel');
    expect(out.resolucion).toEqual({ fechaResolucion: '2025-10-02' });
  });

  it('leaves out the clave of an ente that is not in our catálogo', () => {
    const other = published(makeFaltasAdministrativasGraves({ empleoCargoComision: { nombreEntePublico: 'Municipio de Santa Lucía' } }));
    expect(projectS3S(GRAVES, other, TEST_CONTEXT, 'publico').institucionDependencia).toEqual({ nombre: 'Municipio de Santa Lucía', siglas: 'SEFIN' });
  });

  it.each([
    ['HOMBRE', { clave: 'M', valor: 'MASCULINO' }],
    ['MUJER', { clave: 'F', valor: 'FEMENINO' }],
  ])('maps sexo %s to genero (SPEC §4.7.4)', (sexo, genero) => {
    const out = projectS3S(GRAVES, published(makeFaltasAdministrativasGraves({ datosGenerales: { sexo } })), TEST_CONTEXT, 'publico');
    expect(out.servidorPublicoSancionado.genero).toEqual(genero);
  });

  it('omits genero without sexo (SPEC §4.7.4)', () => {
    const out = projectS3S(GRAVES, published(makeFaltasAdministrativasGraves({ datosGenerales: { sexo: undefined } })), TEST_CONTEXT, 'publico');
    expect(out.servidorPublicoSancionado).not.toHaveProperty('genero');
  });

  describe('documentos (SPEC §4.7.7)', () => {
    it('lists the resolution and the acuerdo de firmeza', () => {
      expect(projectS3S(GRAVES, record, TEST_CONTEXT, 'publico').documentos).toEqual([
        {
          id: 'resolucion',
          tipo: 'RESOLUCION',
          titulo: 'Resolución definitiva PRA 014/2025',
          descripcion: 'Versión pública de la resolución',
          url: 'https://transparencia.example.gob.mx/resoluciones/014-2025.pdf',
          fecha: '2025-10-02',
        },
        {
          id: 'resolucion-firme',
          tipo: 'RESOLUCION',
          titulo: 'Acuerdo de firmeza de la resolución',
          descripcion: 'Versión pública del acuerdo que declara firme la resolución',
          url: 'https://transparencia.example.gob.mx/resoluciones/014-2025-firme.pdf',
          fecha: '2025-11-20',
        },
      ]);
    });

    it('emits an entry only when all its values exist', () => {
      const partial = published(makeFaltasAdministrativasGraves({ resolucion: { tituloResolucion: undefined, urlResolucionFirme: undefined } }));
      expect(projectS3S(GRAVES, partial, TEST_CONTEXT, 'publico').documentos).toEqual([]);
    });
  });
});

describe('S3S projection of faltas no graves (SPEC §4.4, §1.3.4)', () => {
  const record = published(makeFaltasAdministrativasNoGraves());

  it('hides the identity from publico with "" for the required keys (SPEC §4.8)', () => {
    const out = projectS3S(NO_GRAVES, record, TEST_CONTEXT, 'publico');
    expect(out.servidorPublicoSancionado).toEqual({ nombres: '', primerApellido: '', genero: { clave: 'F', valor: 'FEMENINO' }, puesto: '' });
    expect(out.observaciones).toBe('Primera falta registrada.');
    expect(out.resolucion).toEqual({ fechaResolucion: '2025-10-02' });
    expect(out.documentos).toEqual([]);
    expect(out.tipoFalta).toEqual({
      clave: 'ANG',
      valor: 'ADMINISTRATIVA NO GRAVE',
      descripcion: 'Rendir cuentas sobre el ejercicio de las funciones (art. 49 fr. VII LGRA)',
    });
    expect(out.tipoSancion).toEqual([{ clave: 'O', valor: 'AMONESTACIÓN', descripcion: 'PÚBLICA' }]);
  });

  it('shows the identity to confidencial', () => {
    expect(projectS3S(NO_GRAVES, record, TEST_CONTEXT, 'confidencial').servidorPublicoSancionado).toEqual({
      nombres: 'Ana María',
      primerApellido: 'Ruiz',
      segundoApellido: 'Méndez',
      rfc: FIXTURE_RFC_FISICA,
      curp: FIXTURE_CURP,
      genero: { clave: 'F', valor: 'FEMENINO' },
      puesto: 'Jefa de Departamento de Informes',
      nivel: 'JEFATURA_DEPTO_HOMOLOGO',
    });
  });

  it('falls back to the owning ente, and to "" for puesto, without empleoCargoComision (SPEC §9 D42)', () => {
    const sinEmpleo = published(makeFaltasAdministrativasNoGraves({ empleoCargoComision: undefined }));
    for (const role of ['publico', 'confidencial'] as const) {
      const out = projectS3S(NO_GRAVES, sinEmpleo, TEST_CONTEXT, role);
      expect(out.institucionDependencia).toEqual(OWNER);
      expect(out.servidorPublicoSancionado.puesto).toBe('');
      expect(out.servidorPublicoSancionado).not.toHaveProperty('nivel');
    }
    const { siglas: _siglas, ...ownerSinSiglas } = OWNER;
    const context = { ...TEST_CONTEXT, owner: ownerSinSiglas };
    expect(projectS3S(NO_GRAVES, sinEmpleo, context, 'publico').institucionDependencia).toEqual({ nombre: OWNER.nombre, clave: OWNER.clave });
  });

  it('keeps the always-present keys when the record is as sparse as capture allows', () => {
    const sparse = published(makeFaltasAdministrativasNoGraves({ empleoCargoComision: undefined, observaciones: undefined, datosGenerales: { segundoApellido: undefined } }));
    const out = projectS3S(NO_GRAVES, sparse, TEST_CONTEXT, 'publico');
    expect(Object.keys(out)).toEqual([
      'id',
      'fechaCaptura',
      'expediente',
      'institucionDependencia',
      'servidorPublicoSancionado',
      'autoridadSancionadora',
      'tipoFalta',
      'tipoSancion',
      'causaMotivoHechos',
      'resolucion',
      'documentos',
    ]);
  });
});
