import { CaptureService } from '@pde/api/capture';
import type { IssuedCredentials } from '@pde/api/interconnection';
import { createConsumer, createEnte, expectSpicPage, expectV1Error, HttpClient, pdnClient, startTestApp, type TestApp } from '@pde/api/testing';
import {
  compareSpanish,
  FIXTURE_CURP,
  FIXTURE_RFC_FISICA,
  foldedContains,
  makeFaltasAdministrativasGraves,
  makeFaltasAdministrativasNoGraves,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  s3TipoSancionFixture,
  type S3Collection,
} from '@pde/shared/contracts';
import fc from 'fast-check';
import { sampleS3Data } from './s3-arbitraries';
import { captureAndRepublish, itemsQuery, publishS3, restoreS3, SYSTEM, withdrawS3, type StoredDoc } from './s3-api-support';

/**
 * The v1.1 projections observed through the API (SPEC §4; checklist §7.8 items 8, 10, 11, 15, 16):
 * golden records for each row of the mapping tables of §4.7, the filters of §4.2/§4.3 and §5.2
 * (random queries compared with a small reference written from those tables), sort keys and
 * defaults (§5.3), pagination and envelopes (§5.4, §6.1), the `dependencias` invariant (§4.6) and
 * the withdrawal of a record (G3).
 */
type Api = 'ssancionados' | 'psancionados';
type Role = 'publico' | 'confidencial';
type V1Record = Record<string, unknown> & { id: string };

const OWNER = { nombre: 'Secretaría de la Contraloría', siglas: 'SECONT', clave: 'SECONT-01' };
const FINANZAS = { nombre: 'Secretaría de Finanzas', siglas: 'SEFIN', clave: 'SEFIN-07' };
const URL = 'https://transparencia.example.gob.mx/resoluciones/014-2025.pdf';
const URL_FIRME = 'https://transparencia.example.gob.mx/resoluciones/014-2025-firme.pdf';
const falta = (clave: string, extra: Record<string, unknown> = {}) => ({
  clave,
  descripcionHechos: `Hechos de ${clave.toLowerCase()}.`,
  normatividadInfringida: [{ nombreNormatividad: 'LGRA', articulo: '52' }],
  ...extra,
});
const inhabilitacion = (plazoAnios: number, plazoMeses: number, plazoDias: number) => ({
  clave: 'INHABILITACION',
  inhabilitacion: { plazoAnios, plazoMeses, plazoDias, fechaInicial: '2025-11-25', fechaFinal: '2027-11-25' },
});

const SERVIDORES: readonly S3Collection[] = ['faltas_administrativas_graves', 'faltas_administrativas_no_graves'];
const V2_TO_V1: Record<Api, Record<string, string>> = {
  ssancionados: { INHABILITACION: 'I', SANCION_ECONOMICA: 'SE', SUSPENSION: 'S', DESTITUCION: 'D', AMONESTACION: 'O', OTRO: 'O' },
  psancionados: { INHABILITACION: 'I', SANCION_ECONOMICA: 'SE', AMONESTACION: 'A', OTRO: 'O', INDEMNIZACION: 'IND', SUSPENSION_ACTIVIDADES: 'S', DISOLUCION_SOCIEDAD: 'D' },
};
const ALIASES: Record<Api, Record<string, string[]>> = { ssancionados: { M: ['SE'], IRSC: ['SE'] }, psancionados: { M: ['SE'] } };
const V1_CLAVES: Record<Api, string[]> = { ssancionados: ['I', 'M', 'S', 'D', 'IRSC', 'SE', 'O'], psancionados: ['I', 'M', 'S', 'D', 'A', 'IND', 'SE', 'O'] };

describe('S3 v1.1 projection through /v1/ssancionados and /v1/psancionados (SPEC §4)', () => {
  let t: TestApp;
  let consumers: Record<Role, IssuedCredentials>;
  let ownerId: number;
  const docs: { collection: S3Collection; doc: StoredDoc }[] = [];
  const named = new Map<string, StoredDoc>();

  async function publish(collection: S3Collection, name: string, data: object, options: { at?: Date; firstAt?: Date } = {}) {
    const [doc] = await publishS3(t, ownerId, collection, [data], {
      at: () => options.at ?? new Date('2026-01-20T17:02:44.318Z'),
      ...(options.firstAt ? { firstAt: () => options.firstAt as Date } : {}),
    });
    docs.push({ collection, doc });
    named.set(name, doc);
    return doc;
  }

  async function client(role: Role): Promise<HttpClient> {
    return pdnClient(t, consumers[role]);
  }

  async function post(role: Role, api: Api, body: unknown) {
    return (await client(role)).post(`/v1/${api}`, JSON.stringify(body), { 'content-type': 'application/json' });
  }

  async function page(role: Role, api: Api, body: Record<string, unknown>) {
    return expectSpicPage(await post(role, api, body)) as unknown as { pagination: { totalRows: number }; results: V1Record[] };
  }

  async function one(role: Role, api: Api, name: string): Promise<V1Record> {
    const { results } = await page(role, api, { query: { id: named.get(name)?.id } });
    expect(results).toHaveLength(1);
    return results[0];
  }

  beforeAll(async () => {
    t = await startTestApp();
    ownerId = (await createEnte(t, OWNER)).id;
    await createEnte(t, FINANZAS);
    consumers = { publico: await createConsumer(t, 'publico'), confidencial: await createConsumer(t, 'confidencial') };

    // Golden records, one per mapping row (factories with overrides).
    await publish('faltas_administrativas_graves', 'graves', makeFaltasAdministrativasGraves({
      faltaCometida: [falta('COHECHO', { descripcionHechos: 'Pidió dinero por un trámite.' })],
      tipoSancion: [inhabilitacion(2, 6, 0), s3TipoSancionFixture('SANCION_ECONOMICA'), s3TipoSancionFixture('SUSPENSION'), s3TipoSancionFixture('DESTITUCION'), s3TipoSancionFixture('OTRO')] as never,
    }));
    await publish('faltas_administrativas_graves', 'ag', makeFaltasAdministrativasGraves({
      datosGenerales: { nombres: 'María', primerApellido: 'Ñandú', segundoApellido: undefined, sexo: 'MUJER' },
      empleoCargoComision: { nivelJerarquico: { clave: 'OTRO', valor: 'Coordinación de zona' }, siglasEntePublico: undefined },
      faltaCometida: [falta('NEPOTISMO', { descripcionHechos: 'Contrató a su hermano.' }), falta('PECULADO', { descripcionHechos: 'Dispuso de fondos.' })],
      tipoSancion: [inhabilitacion(1, 1, 1)] as never,
      observaciones: undefined,
    }), { at: new Date('2026-02-03T16:40:09.999Z'), firstAt: new Date('2025-12-01T10:00:00.000Z') });
    await publish('faltas_administrativas_graves', 'asex', makeFaltasAdministrativasGraves({ datosGenerales: { sexo: undefined }, faltaCometida: [falta('OTRO', { valor: 'ACOSO_SEXUAL' })], tipoSancion: [inhabilitacion(0, 0, 0)] as never }));
    await publish('faltas_administrativas_graves', 'hsex', makeFaltasAdministrativasGraves({ faltaCometida: [falta('OTRO', { valor: 'Hostigamiento  SEXUAL' })] }));
    await publish('faltas_administrativas_graves', 'otro', makeFaltasAdministrativasGraves({ faltaCometida: [falta('OTRO', { valor: 'Falta prevista en la ley estatal' })] }));
    await publish('faltas_administrativas_no_graves', 'noGraves', makeFaltasAdministrativasNoGraves());
    await publish('faltas_administrativas_no_graves', 'idsp', makeFaltasAdministrativasNoGraves({ empleoCargoComision: undefined, faltaCometida: [falta('DECLARACIONES')], tipoSancion: [{ clave: 'AMONESTACION', amonestacion: { tipo: 'PRIVADA' } }] as never }));
    await publish('faltas_graves_personas_fisicas', 'fisica', makeFaltasGravesPersonasFisicas());
    await publish('faltas_graves_personas_fisicas', 'fisicaExtranjera', makeFaltasGravesPersonasFisicas({
      datosGenerales: { tipoDomicilio: 'DOMICILIO_EXTRANJERO', domicilioMexico: undefined, domicilioExtranjero: { ciudad: 'Houston', provincia: 'Texas', calle: 'Main Street', numeroExterior: '1200', codigoPostal: '77002', pais: 'Estados Unidos de América' } },
      dondeCometioLaFalta: { nombreEntePublico: undefined, siglasEntePublico: undefined },
      faltaCometida: [falta('OTRO', { valor: 'FALTAS_PARTICULARES_ESPECIAL' }), falta('SOBORNO'), falta('COLUSION')],
      tipoSancion: [s3TipoSancionFixture('OTRO')] as never,
    }));
    await publish('faltas_graves_personas_morales', 'moral', makeFaltasGravesPersonasMorales());
    await publish('faltas_graves_personas_morales', 'moralSuspension', makeFaltasGravesPersonasMorales({
      datosGenerales: { nombreRazonSocial: 'Ñandú Logística, S.A. de C.V.' },
      tipoSancion: [s3TipoSancionFixture('SUSPENSION_ACTIVIDADES'), s3TipoSancionFixture('DISOLUCION_SOCIEDAD')] as never,
      expediente: 'TJA/PRA/100%/2025',
    }));
    // Random records of the four collections, for filters, sorts and the dependencias invariant.
    for (const [i, collection] of (['faltas_administrativas_graves', 'faltas_administrativas_no_graves', 'faltas_graves_personas_fisicas', 'faltas_graves_personas_morales'] as const).entries()) {
      for (const doc of await publishS3(t, ownerId, collection, sampleS3Data(collection, 15, 4100 + i))) docs.push({ collection, doc });
    }
  });
  afterAll(() => t.close());

  describe('golden cases of the mapping tables (§4.4, §4.5, §4.7)', () => {
    it('S3S from faltas graves: every column, confidencial and publico', async () => {
      const doc = named.get('graves') as StoredDoc;
      const expected = {
        id: doc.id,
        fechaCaptura: '2026-01-20T17:02:44Z',
        expediente: 'OIC-SF/PRA/014/2025',
        institucionDependencia: FINANZAS,
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
        tipoFalta: { clave: 'CEX', valor: 'COHECHO O EXTORSION' },
        tipoSancion: [
          { clave: 'I', valor: 'INHABILITADO' },
          { clave: 'SE', valor: 'SANCIÓN ECONÓMICA' },
          { clave: 'S', valor: 'SUSPENSIÓN DEL EMPLEO, CARGO O COMISIÓN', descripcion: 'Plazo: 1 mes; del 2025-11-25 al 2025-12-25' },
          { clave: 'D', valor: 'DESTITUCIÓN DEL EMPLEO, CARGO O COMISIÓN', descripcion: 'Fecha de destitución: 2025-11-25' },
          { clave: 'O', valor: 'Publicación de la sanción en el periódico oficial' },
        ],
        causaMotivoHechos: 'Pidió dinero por un trámite.',
        resolucion: { url: URL, fechaResolucion: '2025-10-02' },
        multa: { monto: 125430.5, moneda: { clave: 'MXN', valor: 'Peso mexicano' } },
        inhabilitacion: { plazo: '2 años, 6 meses', fechaInicial: '2025-11-25', fechaFinal: '2027-11-25' },
        observaciones: 'Sanción confirmada en segunda instancia.',
        documentos: [
          { id: 'resolucion', tipo: 'RESOLUCION', titulo: 'Resolución definitiva PRA 014/2025', descripcion: 'Versión pública de la resolución', url: URL, fecha: '2025-10-02' },
          { id: 'resolucion-firme', tipo: 'RESOLUCION', titulo: 'Acuerdo de firmeza de la resolución', descripcion: 'Versión pública del acuerdo que declara firme la resolución', url: URL_FIRME, fecha: '2025-11-20' },
        ],
      };
      expect(await one('confidencial', 'ssancionados', 'graves')).toEqual(expected);
      const { rfc: _r, curp: _c, ...servidor } = expected.servidorPublicoSancionado;
      const { observaciones: _o, ...rest } = expected;
      expect(await one('publico', 'ssancionados', 'graves')).toEqual({ ...rest, servidorPublicoSancionado: servidor });
    });

    it('S3S tipoFalta (§4.7.2), genero (§4.7.4), plazo texts (§4.7.6), nivel OTRO and fechaCaptura from date_updated', async () => {
      const ag = await one('publico', 'ssancionados', 'ag');
      expect(ag['tipoFalta']).toEqual({ clave: 'AG', valor: 'ADMINISTRATIVA GRAVE', descripcion: 'Nepotismo; Peculado' });
      expect(ag['causaMotivoHechos']).toBe('Contrató a su hermano.\nDispuso de fondos.');
      expect(ag['servidorPublicoSancionado']).toEqual({ nombres: 'María', primerApellido: 'Ñandú', genero: { clave: 'F', valor: 'FEMENINO' }, puesto: 'Director de Recursos Materiales', nivel: 'Coordinación de zona' });
      expect(ag['institucionDependencia']).toEqual({ nombre: FINANZAS.nombre, clave: FINANZAS.clave });
      expect(ag['inhabilitacion']).toEqual({ plazo: '1 año, 1 mes, 1 día', fechaInicial: '2025-11-25', fechaFinal: '2027-11-25' });
      expect(ag).not.toHaveProperty('multa');
      expect(ag['fechaCaptura']).toBe('2026-02-03T16:40:09Z');
      const asex = await one('publico', 'ssancionados', 'asex');
      expect(asex['tipoFalta']).toEqual({ clave: 'ASEX', valor: 'COMETER O TOLERAR CONDUCTAS DE ACOSO SEXUAL' });
      expect(asex['servidorPublicoSancionado']).not.toHaveProperty('genero');
      expect(asex['inhabilitacion']).toMatchObject({ plazo: '0 días' });
      expect((await one('publico', 'ssancionados', 'hsex'))['tipoFalta']).toEqual({ clave: 'HSEX', valor: 'COMETER O TOLERAR CONDUCTAS DE HOSTIGAMIENTO SEXUAL' });
      expect((await one('publico', 'ssancionados', 'otro'))['tipoFalta']).toEqual({ clave: 'OTRO', valor: 'OTRO', descripcion: 'Falta prevista en la ley estatal' });
    });

    it('S3S from faltas no graves: ANG / IDSP, amonestación, no URL, no documents, owner ente without empleo', async () => {
      const doc = named.get('noGraves') as StoredDoc;
      expect(await one('publico', 'ssancionados', 'noGraves')).toEqual({
        id: doc.id,
        fechaCaptura: '2026-01-20T17:02:44Z',
        expediente: 'OIC-SSA/PRA/031/2025',
        institucionDependencia: FINANZAS,
        servidorPublicoSancionado: { nombres: '', primerApellido: '', genero: { clave: 'F', valor: 'FEMENINO' }, puesto: '' },
        autoridadSancionadora: 'Tribunal de Justicia Administrativa del Estado',
        tipoFalta: { clave: 'ANG', valor: 'ADMINISTRATIVA NO GRAVE', descripcion: 'Rendir cuentas sobre el ejercicio de las funciones (art. 49 fr. VII LGRA)' },
        tipoSancion: [{ clave: 'O', valor: 'AMONESTACIÓN', descripcion: 'PÚBLICA' }],
        causaMotivoHechos: 'Omitió entregar los informes trimestrales de su área.',
        resolucion: { fechaResolucion: '2025-10-02' },
        observaciones: 'Primera falta registrada.',
        documentos: [],
      });
      expect((await one('confidencial', 'ssancionados', 'noGraves'))['servidorPublicoSancionado']).toEqual({
        nombres: 'Ana María',
        primerApellido: 'Ruiz',
        segundoApellido: 'Méndez',
        rfc: FIXTURE_RFC_FISICA,
        curp: FIXTURE_CURP,
        genero: { clave: 'F', valor: 'FEMENINO' },
        puesto: 'Jefa de Departamento de Informes',
        nivel: 'JEFATURA_DEPTO_HOMOLOGO',
      });
      const idsp = await one('confidencial', 'ssancionados', 'idsp');
      expect(idsp['tipoFalta']).toEqual({ clave: 'IDSP', valor: 'INCUMPLIMIENTO EN DECLARACION DE SITUACION PATRIMONIAL' });
      expect(idsp['tipoSancion']).toEqual([{ clave: 'O', valor: 'AMONESTACIÓN', descripcion: 'PRIVADA' }]);
      expect(idsp['institucionDependencia']).toEqual(OWNER);
      expect((idsp['servidorPublicoSancionado'] as Record<string, unknown>)['puesto']).toBe('');
    });

    it('S3P from personas físicas: name, domicilio en México (§4.7.8), indemnización, resolución', async () => {
      const doc = named.get('fisica') as StoredDoc;
      const expected = {
        id: doc.id,
        fechaCaptura: '2026-01-20T17:02:44Z',
        expediente: 'TJA/PRA/102/2025',
        institucionDependencia: FINANZAS,
        particularSancionado: {
          nombreRazonSocial: 'María José Núñez O’Higgins',
          rfc: FIXTURE_RFC_FISICA,
          tipoPersona: 'F',
          domicilioMexico: {
            pais: { clave: 'MX', valor: 'México' },
            entidadFederativa: { clave: '20', valor: 'Oaxaca' },
            municipio: { valor: 'Oaxaca de Juárez' },
            codigoPostal: '68000',
            localidad: { valor: 'Centro' },
            vialidad: { clave: 'CALLEJON', valor: 'Del Carmen' },
            numeroExterior: '12',
          },
        },
        autoridadSancionadora: 'Tribunal de Justicia Administrativa del Estado',
        tipoFalta: 'Utilización de información falsa',
        tipoSancion: [
          { clave: 'SE', valor: 'SANCIÓN ECONÓMICA' },
          { clave: 'IND', valor: 'INDEMNIZACIÓN POR LOS DAÑOS Y PERJUICIOS OCASIONADOS A LA HACIENDA PÚBLICA FEDERAL, LOCAL O MUNICIPAL, O AL PATRIMONIO DE LOS ENTES PÚBLICOS.', descripcion: 'Monto: 48000 MXN' },
        ],
        causaMotivoHechos: 'Presentó documentación falsa en una licitación.',
        resolucion: { url: URL, fechaNotificacion: '2025-10-06' },
        multa: { monto: 125430.5, moneda: { clave: 'MXN', valor: 'Peso mexicano' } },
        observaciones: 'Pago en parcialidades autorizado.',
        documentos: expect.arrayContaining([expect.objectContaining({ id: 'resolucion' }), expect.objectContaining({ id: 'resolucion-firme' })]),
      };
      expect(await one('confidencial', 'psancionados', 'fisica')).toEqual(expected);
      const { rfc: _r, domicilioMexico: _d, ...particular } = expected.particularSancionado;
      const { observaciones: _o, ...rest } = expected;
      expect(await one('publico', 'psancionados', 'fisica')).toEqual({ ...rest, particularSancionado: particular });
    });

    it('S3P: domicilio extranjero, owner ente, tipoFalta of several faltas and of FALTAS_PARTICULARES_ESPECIAL (§4.7.3)', async () => {
      const full = await one('confidencial', 'psancionados', 'fisicaExtranjera');
      expect((full['particularSancionado'] as Record<string, unknown>)['domicilioExtranjero']).toEqual({
        calle: 'Main Street',
        numeroExterior: '1200',
        codigoPostal: '77002',
        ciudadLocalidad: 'Houston',
        estadoProvincia: 'Texas',
        pais: { clave: 'US', valor: 'Estados Unidos de América' },
      });
      expect(full['particularSancionado']).not.toHaveProperty('domicilioMexico');
      expect(full['institucionDependencia']).toEqual(OWNER);
      expect(full['tipoFalta']).toBe('Faltas de particulares en situación especial; Soborno; Colusión');
      expect(full['tipoSancion']).toEqual([{ clave: 'O', valor: 'Publicación de la sanción en el periódico oficial' }]);
      expect(full).not.toHaveProperty('multa');
    });

    it('S3P from personas morales: public company data, confidential representatives, suspensión and disolución', async () => {
      const full = await one('confidencial', 'psancionados', 'moral');
      expect(full['particularSancionado']).toEqual({
        nombreRazonSocial: 'Construcciones del Sureste, S.A. de C.V.',
        objetoSocial: 'Construcción de obra civil',
        rfc: expect.stringMatching(/^CSO050101AB.$/),
        tipoPersona: 'M',
        domicilioMexico: expect.objectContaining({ vialidad: { clave: 'CALLEJÓN', valor: 'De los Arcos' }, numeroInterior: 'B' }),
        directorGeneral: { nombres: 'Luis Alberto', primerApellido: 'Pérez', segundoApellido: 'Santos', curp: FIXTURE_CURP },
        apoderadoLegal: { nombres: 'Carmen', primerApellido: 'Díaz', segundoApellido: 'Santos', curp: FIXTURE_CURP },
      });
      expect(full['tipoSancion']).toEqual([
        { clave: 'SE', valor: 'SANCIÓN ECONÓMICA' },
        expect.objectContaining({ clave: 'IND', descripcion: 'Monto: 48000 MXN' }),
        { clave: 'I', valor: 'INHABILITADO' },
      ]);
      expect(full['inhabilitacion']).toEqual({ plazo: '2 años', fechaInicial: '2025-11-25', fechaFinal: '2027-11-25' });
      const pub = await one('publico', 'psancionados', 'moral');
      expect(pub['particularSancionado']).toEqual({ ...(full['particularSancionado'] as object), directorGeneral: undefined, apoderadoLegal: undefined });
      expect(Object.keys(pub['particularSancionado'] as object)).not.toContain('directorGeneral');
      const suspension = await one('publico', 'psancionados', 'moralSuspension');
      expect(suspension['tipoSancion']).toEqual([
        { clave: 'S', valor: 'SUSPENSIÓN DE ACTIVIDADES', descripcion: 'Plazo: 1 año, 6 meses; del 2025-12-01 al 2027-06-01' },
        { clave: 'D', valor: 'DISOLUCIÓN DE LA SOCIEDAD', descripcion: 'Fecha de disolución: 2025-12-01' },
      ]);
    });
  });

  // ---- filters, sorts and pages against a reference written from §4.2, §4.3, §5.2, §5.3 -------

  /** The values of a v2 record that the v1 filters and sorts see, for a role (hidden → undefined). */
  function v1Values(collection: S3Collection, doc: StoredDoc, role: Role) {
    const dg = doc['datosGenerales'] as Record<string, string | undefined>;
    const conf = role === 'confidencial';
    const where = (SERVIDORES.includes(collection) ? doc['empleoCargoComision'] : doc['dondeCometioLaFalta']) as Record<string, string> | undefined;
    const institucion = where?.['nombreEntePublico'] || OWNER.nombre;
    const sanciones = (doc['tipoSancion'] as { clave: string }[]).map((s) => s.clave);
    if (SERVIDORES.includes(collection)) {
      const names = collection === 'faltas_administrativas_graves' || conf;
      return {
        nombres: names ? dg['nombres'] : undefined,
        primerApellido: names ? dg['primerApellido'] : undefined,
        segundoApellido: names ? dg['segundoApellido'] : undefined,
        rfc: conf ? dg['rfc'] : undefined,
        curp: conf ? dg['curp'] : undefined,
        institucionDependencia: institucion,
        sanciones: sanciones.map((c) => V2_TO_V1.ssancionados[c]),
      };
    }
    const fisica = collection === 'faltas_graves_personas_fisicas';
    return {
      nombreRazonSocial: fisica ? [dg['nombres'], dg['primerApellido'], dg['segundoApellido']].filter(Boolean).join(' ') : dg['nombreRazonSocial'],
      rfc: fisica && !conf ? undefined : dg['rfc'],
      institucionDependencia: institucion,
      expediente: doc['expediente'] as string,
      tipoPersona: fisica ? 'F' : 'M',
      sanciones: sanciones.map((c) => V2_TO_V1.psancionados[c]),
    };
  }

  type Query = Record<string, unknown>;

  /** Ids in order that SPEC §4.2/§4.3/§5.2/§5.3 prescribe for a request. */
  function reference(api: Api, role: Role, query: Query, sort: Record<string, string>): string[] {
    const collections = api === 'ssancionados' ? SERVIDORES : ['faltas_graves_personas_fisicas', 'faltas_graves_personas_morales'];
    const rows = docs.filter((d) => collections.includes(d.collection)).map((d) => ({ id: d.doc.id, v: v1Values(d.collection, d.doc, role) as Record<string, unknown> }));
    const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0);
    const matches = (row: { id: string; v: Record<string, unknown> }) => {
      if (present(query['id'])) return row.id.toLowerCase() === String(query['id']).trim().toLowerCase();
      for (const [key, value] of Object.entries(query)) {
        if (!present(value)) continue;
        if (key === 'tipoSancion') {
          const requested = (value as string[]).map((c) => c.trim()).filter((c) => V1_CLAVES[api].includes(c));
          const accepted = new Set(requested.flatMap((c) => [c, ...(ALIASES[api][c] ?? [])]));
          if (!(row.v['sanciones'] as string[]).some((c) => accepted.has(c))) return false;
        } else if (key === 'tipoPersona') {
          if (api === 'psancionados' && row.v['tipoPersona'] !== String(value).trim().toUpperCase()) return false;
        } else if (key in row.v && !foldedContains(row.v[key] as string | undefined, value as string)) return false;
      }
      return true;
    };
    const defaults = api === 'ssancionados' ? ['primerApellido', 'segundoApellido', 'nombres'] : ['nombreRazonSocial'];
    const keys = Object.keys(sort).length ? Object.entries(sort) : defaults.map((k) => [k, 'asc']);
    return rows
      .filter(matches)
      .sort((a, b) => {
        for (const [key, direction] of keys) {
          const va = a.v[key] as string | undefined;
          const vb = b.v[key] as string | undefined;
          if (!va || !vb) {
            if (!va !== !vb) return va ? -1 : 1;
            continue;
          }
          const c = compareSpanish(va, vb);
          if (c !== 0) return direction === 'asc' ? c : -c;
        }
        return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      })
      .map((r) => r.id);
  }

  /** Filter values by key: folded variants of the pools' names, LIKE metacharacters, single letters. */
  const TERMS: Record<string, string[]> = {
    nombres: ['jose', 'JOSÉ LUIS', 'ñ', '  ángel  ', 'a', 'e', 'luz', 'Jorge'],
    primerApellido: ['nuñez', 'nunez', 'NÚÑEZ', 'de la', 'lopez', 'a', 'z'],
    segundoApellido: ['nuñez', 'cruz', 'a', 'o'],
    rfc: ['A', 'H', '0', 'XX'],
    curp: ['A', 'H', '0', 'XX'],
    institucionDependencia: ['secretaria de', 'SALUD', '100%', 'fondo_', '%', 'órgano', 'a', 'contraloría'],
    nombreRazonSocial: ['S.A.', 'ñandú', 'aguila', 'a', 'de c.v.', 'nuñez', 'maría josé'],
    expediente: ['oic_sf', '100%', '2021', '/0', '%', 'pra'],
  };

  function arbQuery(api: Api): fc.Arbitrary<{ query: Query; sort: Record<string, string> }> {
    const textKeys = api === 'ssancionados' ? ['nombres', 'primerApellido', 'segundoApellido', 'rfc', 'curp', 'institucionDependencia'] : ['nombreRazonSocial', 'rfc', 'institucionDependencia', 'expediente'];
    const sortKeys = api === 'ssancionados' ? ['rfc', 'curp', 'nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia'] : ['nombreRazonSocial', 'rfc', 'institucionDependencia'];
    const ids = docs.map((d) => d.doc.id);
    const text = (key: string) =>
      fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.constantFrom(...TERMS[key]) }, { weight: 1, arbitrary: fc.constantFrom('', '   ', null) });
    const query = fc.record(
      {
        ...Object.fromEntries(textKeys.map((k) => [k, text(k)])),
        tipoSancion: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom([], null) }, { weight: 2, arbitrary: fc.subarray([...V1_CLAVES[api], 'X', ' I ']) }),
        ...(api === 'psancionados' ? { tipoPersona: fc.constantFrom(undefined, undefined, 'F', 'm', ' M ', 'X', '', 'física') } : {}),
        id: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => id.toUpperCase()) }),
        rfcSolicitante: fc.constantFrom('AAAA800101AAA', undefined),
        noExiste: fc.constantFrom('x', undefined),
      },
      { requiredKeys: [] },
    );
    const sort = fc.dictionary(fc.constantFrom(...sortKeys, 'puesto', 'id'), fc.constantFrom('asc', 'desc', 'DESC', 'subir'), { maxKeys: 3 });
    return fc.record({ query: query.map((q) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined))), sort });
  }

  it.each(['ssancionados', 'psancionados'] as const)('%s: random filters and sorts agree with the reference of §4.2/§4.3/§5.2/§5.3', async (api) => {
    let nonEmpty = 0;
    const clients = { publico: await client('publico'), confidencial: await client('confidencial') };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Role>('publico', 'confidencial'), arbQuery(api), async (role, { query, sort }) => {
        const validSort = Object.fromEntries(Object.entries(sort).filter(([k, d]) => k !== 'puesto' && k !== 'id' && ['asc', 'desc'].includes(d.toLowerCase())).map(([k, d]) => [k, d.toLowerCase()]));
        const expected = reference(api, role, query, validSort);
        const response = await clients[role].post(`/v1/${api}`, JSON.stringify({ page: 1, pageSize: 200, query, sort }), { 'content-type': 'application/json' });
        const body = expectSpicPage(response);
        expect({ role, query, sort, ids: body.results.map((r) => r.id) }).toEqual({ role, query, sort, ids: expected });
        expect(body.pagination.totalRows).toBe(expected.length);
        if (expected.length) nonEmpty++;
      }),
      { numRuns: 200 },
    );
    expect(nonEmpty).toBeGreaterThan(60);
  });

  it('tipoSancion aliases (§4.7.1): M and IRSC also find SE in S3S, M in S3P; SE finds only SE; unknown claves nothing; [] no filter', async () => {
    const count = async (api: Api, tipoSancion: unknown) => (await page('publico', api, { page: 1, pageSize: 1, query: { tipoSancion } })).pagination.totalRows;
    const total = { ssancionados: await count('ssancionados', []), psancionados: await count('psancionados', []) };
    expect(total.ssancionados).toBe(docs.filter((d) => SERVIDORES.includes(d.collection)).length);
    const se = await count('ssancionados', ['SE']);
    expect(se).toBeGreaterThan(0);
    expect(await count('ssancionados', ['M'])).toBe(se);
    expect(await count('ssancionados', ['IRSC'])).toBe(se);
    expect(await count('ssancionados', ['X'])).toBe(0);
    expect(await count('psancionados', ['M'])).toBe(await count('psancionados', ['SE']));
    expect(await count('psancionados', ['IRSC'])).toBe(0);
    expect(await count('psancionados', [])).toBe(total.psancionados);
  });

  it('the id filter wins over every other filter; tipoPersona is exact and case-insensitive', async () => {
    const id = (named.get('graves') as StoredDoc).id;
    const r = await page('publico', 'ssancionados', { query: { id: ` ${id.toUpperCase()} `, nombres: 'no coincide', tipoSancion: ['X'] } });
    expect(r.results.map((x) => x.id)).toEqual([id]);
    const fisicas = docs.filter((d) => d.collection === 'faltas_graves_personas_fisicas').length;
    expect((await page('publico', 'psancionados', { pageSize: 1, query: { tipoPersona: ' f ' } })).pagination.totalRows).toBe(fisicas);
    expect((await page('publico', 'psancionados', { pageSize: 1, query: { tipoPersona: 'FM' } })).pagination.totalRows).toBe(0);
    expect((await page('publico', 'psancionados', { pageSize: 1, query: { expediente: '100%' } })).results.map((x) => x.id)).toEqual([(named.get('moralSuspension') as StoredDoc).id]);
  });

  it('pagination, envelopes and errors (§5.4, §6.1)', async () => {
    for (const api of ['ssancionados', 'psancionados'] as const) {
      const total = docs.filter((d) => (api === 'ssancionados') === SERVIDORES.includes(d.collection)).length;
      const first = await page('publico', api, { page: 1, pageSize: 1 });
      expect(first.pagination).toEqual({ pageSize: 1, page: 1, totalRows: total, hasNextPage: true });
      expect((await page('publico', api, {})).pagination).toEqual({ pageSize: 10, page: 1, totalRows: total, hasNextPage: true });
      const beyond = await page('publico', api, { page: 99, pageSize: 200 });
      expect(beyond).toEqual({ pagination: { pageSize: 200, page: 99, totalRows: total, hasNextPage: false }, results: [] });
      expect((await page('publico', api, { query: { nombres: 'zzzz', nombreRazonSocial: 'zzzz' } })).pagination.totalRows).toBe(0);
      // Harvest: every record exactly once, in the default order.
      const harvested: string[] = [];
      for (let p = 1; p <= Math.ceil(total / 7); p++) harvested.push(...(await page('confidencial', api, { page: p, pageSize: 7 })).results.map((r) => r.id));
      expect(harvested).toEqual(reference(api, 'confidencial', {}, {}));
      expectV1Error(await post('publico', api, { pageSize: 201 }), 422, 'El campo pageSize debe ser un entero entre 1 y 200.');
      expectV1Error(await post('publico', api, { pageSize: 0 }), 422, 'El campo pageSize debe ser un entero entre 1 y 200.');
      expectV1Error(await post('publico', api, { page: 0 }), 422, 'El campo page debe ser un entero mayor o igual a 1.');
      expectV1Error(await post('publico', api, { page: 'uno' }), 400, 'El campo page debe ser un número entero.');
      expectV1Error(await post('publico', api, { query: { institucionDependencia: 5 } }), 400, 'El campo query.institucionDependencia debe ser una cadena de texto.');
      expectV1Error(await post('publico', api, { query: [] }), 400, 'El campo query debe ser un objeto.');
      expectV1Error(await (await client('publico')).post(`/v1/${api}`, '{"page":', { 'content-type': 'application/json' }), 400, 'El cuerpo de la solicitud no es un JSON válido.');
      expectV1Error(await t.anonymous().post(`/v1/${api}`, '{}', { 'content-type': 'application/json' }), 401);
      const text = (await post('publico', api, { page: 1, pageSize: 1 })).text;
      expect(JSON.parse(text)).not.toHaveProperty('code');
    }
  });

  it('dependencias (§4.6): complete items in Spanish order, and every nombre finds at least one record', async () => {
    for (const api of ['ssancionados', 'psancionados'] as const) {
      for (const role of ['publico', 'confidencial'] as const) {
        const response = await (await client(role)).get<{ nombre: string; siglas: string; clave: string }[]>(`/v1/${api}/dependencias`);
        expect(response.status).toBe(200);
        const list = response.body;
        expect(list.length).toBeGreaterThan(2);
        for (const item of list) expect(Object.keys(item).sort()).toEqual(['clave', 'nombre', 'siglas']);
        expect(list.map((d) => d.nombre)).toEqual([...list.map((d) => d.nombre)].sort(compareSpanish));
        for (const { nombre } of list) {
          const { pagination } = await page(role, api, { page: 1, pageSize: 1, query: { institucionDependencia: nombre } });
          expect({ nombre, found: pagination.totalRows >= 1 }).toEqual({ nombre, found: true });
        }
        expect(list).toContainEqual(FINANZAS);
        expect(list).toContainEqual(OWNER);
      }
    }
  });

  it('a withdrawn record disappears from data, counts and dependencias (v1 and v2, G3), and comes back when restored', async () => {
    const ente = 'Instituto de la Baja Única';
    const data = makeFaltasAdministrativasGraves({ empleoCargoComision: { nombreEntePublico: ente, siglasEntePublico: 'IBU' }, datosGenerales: { primerApellido: 'Bajío' } }) as unknown as Record<string, unknown>;
    const doc = await captureAndRepublish(t, ownerId, 'faltas_administrativas_graves', data, { ...data, expediente: 'BAJA/001/2025' }, new Date('2026-01-05T10:00:00Z'), new Date('2026-01-06T10:00:00Z'));
    const state = async () => {
      const v2 = await new HttpClient(t.baseUrl, { authorization: `Bearer ${consumers.publico.token}` }).get<{ data: { id: string }[]; meta: { total_count: number; filter_count: number } }>(
        `/items/faltas_administrativas_graves${itemsQuery({ fields: ['id'], limit: -1, meta: ['*'], filter: { empleoCargoComision: { nombreEntePublico: { _eq: ente } } } })}`,
      );
      const one = await new HttpClient(t.baseUrl, { authorization: `Bearer ${consumers.publico.token}` }).get(`/items/faltas_administrativas_graves/${doc.id}`);
      const v1 = await page('publico', 'ssancionados', { pageSize: 200, query: { institucionDependencia: ente } });
      const all = await page('publico', 'ssancionados', { pageSize: 1 });
      const deps = (await (await client('publico')).get<{ nombre: string }[]>('/v1/ssancionados/dependencias')).body.map((d) => d.nombre);
      return { v2: v2.body.data.map((d) => d.id), v2Filter: v2.body.meta.filter_count, v2Total: v2.body.meta.total_count, one: one.status, v1: v1.results.map((r) => r.id), v1Total: all.pagination.totalRows, listed: deps.includes(ente) };
    };
    const before = await state();
    expect(before).toMatchObject({ v2: [doc.id], v2Filter: 1, one: 200, v1: [doc.id], listed: true });
    // A version being edited does not replace the published one until it is approved (G3).
    const capture = t.get(CaptureService);
    const current = await capture.get('faltas_administrativas_graves', doc.id, SYSTEM);
    await capture.update('faltas_administrativas_graves', doc.id, SYSTEM, { version: current.version, datos: { ...data, expediente: 'BORRADOR/999' } });
    expect((await page('publico', 'ssancionados', { query: { id: doc.id } })).results[0]['expediente']).toBe('BAJA/001/2025');
    expect(await state()).toEqual(before);
    await withdrawS3(t, 'faltas_administrativas_graves', doc.id);
    expect(await state()).toEqual({ ...before, v2: [], v2Filter: 0, v2Total: before.v2Total - 1, one: 403, v1: [], v1Total: before.v1Total - 1, listed: false });
    await restoreS3(t, 'faltas_administrativas_graves', doc.id);
    expect(await state()).toEqual(before);
  });
});
