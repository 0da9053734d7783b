import { companyRfc, identityFor, Random } from '@pde/api/synthetic';
import {
  AMBITO_PUBLICO,
  ENTIDAD_FEDERATIVA,
  NIVEL_JERARQUICO,
  NIVEL_ORDEN_GOBIERNO,
  NOMBRE_NORMATIVIDAD,
  ORDEN_JURISDICCIONAL,
  ORIGEN_PROCEDIMIENTO,
  S3_FALTA_COMETIDA_CATALOGS,
  S3_FALTA_COMETIDA_VALOR_SUGGESTIONS,
  S3_FIXTURES,
  S3_TIPO_SANCION_CATALOGS,
  SEXO,
  TIPO_AMONESTACION,
  TIPO_SANCION_BLOCK_FIELD,
  TIPO_VIALIDAD_FISICAS,
  TIPO_VIALIDAD_MORALES,
  type Catalog,
  type S3Collection,
  type TipoSancionClave,
} from '@pde/shared/contracts';
import fc from 'fast-check';

/**
 * Test support (not a test): fast-check arbitraries of valid, normalised S3 v2 records of every
 * collection, built as overrides of the contracts fixtures (`S3_FIXTURES`). Values come from small
 * pools on purpose — names that differ only in accents, case or ñ, public bodies with `%` and `_`,
 * repeated claves — so that random filters match several records and sorts meet ties. Optional
 * fields and blocks are present or absent at random; lists have 1..3 elements (every list of the
 * model requires at least one); amounts have cents, some exactly .50 (rounding).
 */

export const GIVEN_NAMES = ['José Luis', 'JOSÉ LUIS', 'Jose Luis', 'María José', 'Ángel', 'Angel', 'angel', 'Ñeco', 'Nicolás', 'Luz', 'Lluvia', 'Chelo', 'Iñaki', 'Ana'];
export const SURNAMES = ['Núñez', 'Nuñez', 'Nunez', 'NÚÑEZ', 'Ñandú', 'Nava', 'Chávez', 'Cruz', 'Llamas', 'Luna', 'López', 'Lopez', 'de la Cruz', 'Del Río', 'Oropeza', 'Zúñiga', 'Álvarez', 'Müller', "O'Higgins", 'García-Pérez'];
export const ENTES = [
  'Secretaría de Finanzas',
  'Secretaria de Finanzas',
  'SECRETARÍA DE SALUD',
  'Ayuntamiento de Álamos',
  'Órgano Interno de Control',
  'Comisión Estatal del Agua',
  'Instituto 100% Transparente',
  'Fondo_Estatal de Obras',
];
const SIGLAS = ['SEFIN', 'SSA', 'OIC', 'CEA', 'I100', 'F_EO'];
export const COMPANIES = [
  'Constructora del Sureste, S.A. de C.V.',
  'Servicios Integrales Peña, S.C.',
  'Comercializadora Núñez y Asociados, S. de R.L.',
  'Grupo Médico Zúñiga, S.A.P.I. de C.V.',
  'ÁGUILA TRANSPORTES, S.A.',
  'Aguila Transportes, S.A.',
  'Ñandú Logística, S.A. de C.V.',
  'ＡＣＭＥ Internacional, S.A.',
];
const PUESTOS = ['Director de Recursos Materiales', 'Jefa de Departamento de Informes', 'Analista', 'Ángel de la Guarda', 'Chofer'];
const AREAS = ['Dirección de Recursos Materiales', 'Unidad de Transparencia', 'Área de Compras'];
const HECHOS = [
  'Adjudicó un contrato sin licitación.',
  'Omitió presentar su declaración patrimonial.',
  'Usó recursos públicos con fines personales (50% del monto).',
  'Intervino en la contratación de una empresa de su cónyuge.',
];
const AUTORIDADES = ['Tribunal de Justicia Administrativa del Estado', 'Órgano Interno de Control de la Secretaría de Finanzas', 'Área de Responsabilidades'];
const TITULOS = ['Resolución definitiva PRA 014/2025', 'Resolución PRA-31/2024', 'Acuerdo de sanción 7/2023'];
export const OBSERVACIONES = ['Sanción confirmada en segunda instancia.', 'Pago en parcialidades autorizado.', 'Amparo negado; causó estado.', 'Observación reservada del expediente.'];
const CIUDADES = ['Houston', 'Madrid', 'Bogotá'];
const PAISES = ['Estados Unidos de América', 'España', 'Colombia'];
const VIALIDADES = ['Del Carmen', 'De los Arcos', 'Reforma', 'Niños Héroes'];
const COLONIAS = ['Centro', 'Reforma', 'Jalatlaco'];
const MUNICIPIOS = ['Oaxaca de Juárez', 'Santa Lucía del Camino', 'Tlacolula de Matamoros'];
const MONEDAS = ['MXN', 'USD', 'EUR'];

const claves = (catalog: Catalog<string>) => catalog.entries.map((e) => e.clave);
const maybe = <T>(arb: fc.Arbitrary<T>, freq = 2) => fc.option(arb, { nil: undefined, freq });
const from = <T>(values: readonly T[]) => fc.constantFrom(...values);

const EPOCH = Date.UTC(2019, 0, 1);
const DAY = 86_400_000;
/** A date `YYYY-MM-DD` between 2019-01-01 and 2025-12-31 (never in the future of the tests' clock). */
export const arbDate = (maxDays = 2555): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: maxDays }).map((d) => new Date(EPOCH + d * DAY).toISOString().slice(0, 10));
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** Two dates, the second on or after the first. */
const arbRange = fc.tuple(arbDate(2190), fc.integer({ min: 0, max: 365 })).map(([a, d]) => [a, addDays(a, d)] as const);

/** Money with cents; one amount in four ends exactly in .50 (the rounding case of §3.10). */
const arbMonto = (min: number) =>
  fc.oneof(
    fc.integer({ min: min * 100, max: 5_000_000_00 }).map((c) => c / 100),
    fc.integer({ min, max: 2_000_000 }).map((n) => n + 0.5),
  );

const arbClaveValor = (catalog: Catalog<string>, otroValores: readonly string[]): fc.Arbitrary<{ clave: string; valor?: string }> =>
  from(claves(catalog)).chain((clave): fc.Arbitrary<{ clave: string; valor?: string }> =>
    clave === 'OTRO' ? from(otroValores).map((valor) => ({ clave, valor })) : fc.constant({ clave, valor: undefined }),
  );

const arbEnte = fc.record({
  entidadFederativa: from(claves(ENTIDAD_FEDERATIVA)),
  nivelOrdenGobierno: from(claves(NIVEL_ORDEN_GOBIERNO)),
  ambitoPublico: from(claves(AMBITO_PUBLICO)),
  nombreEntePublico: from(ENTES),
  siglasEntePublico: maybe(from(SIGLAS)),
});

function arbMontoBlock(min: number) {
  return fc.record({
    monto: arbMonto(min),
    moneda: from(MONEDAS),
    plazoPago: maybe(fc.record({ anios: maybe(fc.nat(5)), meses: maybe(fc.nat(11)), dias: maybe(fc.nat(29)) }).filter((p) => Object.values(p).some((v) => v !== undefined))),
    efectivamenteCobrado: maybe(fc.record({ monto: maybe(arbMonto(0)), moneda: maybe(from(MONEDAS)), fechaCobro: maybe(arbDate()) }).filter((p) => Object.values(p).some((v) => v !== undefined))),
    fechaPagoTotal: maybe(arbDate()),
  });
}

/** The sub-object of a `tipoSancion` item for its clave (§3.7), values varied. */
function arbSancionBlock(clave: TipoSancionClave): fc.Arbitrary<Record<string, unknown> | undefined> {
  switch (clave) {
    case 'SUSPENSION':
      return fc.tuple(fc.nat(24), fc.nat(29), arbRange).map(([plazoMeses, plazoDias, [fechaInicial, fechaFinal]]) => ({ plazoMeses, plazoDias, fechaInicial, fechaFinal }));
    case 'DESTITUCION':
      return maybe(arbDate().map((fechaDestitucion) => ({ fechaDestitucion })));
    case 'SANCION_ECONOMICA':
      return arbMontoBlock(1);
    case 'INDEMNIZACION':
      return arbMontoBlock(0);
    case 'INHABILITACION':
      return fc.tuple(fc.nat(20), fc.nat(11), fc.nat(29), arbRange).map(([plazoAnios, plazoMeses, plazoDias, [fechaInicial, fechaFinal]]) => ({ plazoAnios, plazoMeses, plazoDias, fechaInicial, fechaFinal }));
    case 'AMONESTACION':
      return from(claves(TIPO_AMONESTACION)).map((tipo) => ({ tipo }));
    case 'SUSPENSION_ACTIVIDADES':
      return fc
        .tuple(fc.nat(5), fc.nat(11), fc.nat(29), arbRange)
        .map(([plazoSuspensioAnios, plazoSuspensionMeses, plazoSuspensionDias, [fechaInicial, fechaFinal]]) => ({ plazoSuspensioAnios, plazoSuspensionMeses, plazoSuspensionDias, fechaInicial, fechaFinal }));
    case 'DISOLUCION_SOCIEDAD':
      return arbDate().map((fechaDisolucion) => ({ fechaDisolucion }));
    case 'OTRO':
      return from(['Publicación de la sanción en el periódico oficial', 'Multa estatal accesoria', 'Amonestación pública estatal']).map((denominacionSancion) => ({ denominacionSancion }));
  }
}

/** 1..3 sanciones with distinct claves of the collection's catalog, each with exactly its block. */
function arbSanciones(collection: S3Collection) {
  const allowed = S3_TIPO_SANCION_CATALOGS[collection].entries.map((e) => e.clave);
  return fc
    .shuffledSubarray(allowed, { minLength: 1, maxLength: 3 })
    .chain((list) => fc.tuple(...list.map((clave) => arbSancionBlock(clave).map((block) => ({ clave, ...(block ? { [TIPO_SANCION_BLOCK_FIELD[clave]]: block } : {}) })))));
}

function arbFaltas(collection: S3Collection) {
  const catalog = S3_FALTA_COMETIDA_CATALOGS[collection];
  const suggestions = claves(S3_FALTA_COMETIDA_VALOR_SUGGESTIONS[collection]).slice(0, 3);
  const norma = fc.record({
    nombreNormatividad: fc.oneof(from(claves(NOMBRE_NORMATIVIDAD).slice(0, 4)), fc.constant('Ley de Responsabilidades del Estado de Oaxaca')),
    articulo: fc.integer({ min: 1, max: 120 }).map(String),
    fraccion: maybe(from(['I', 'II', 'IV', 'XII'])),
  });
  const falta = fc.record({
    claveValor: arbClaveValor(catalog, [...suggestions, 'Falta prevista en la ley estatal']),
    descripcionHechos: from(HECHOS),
    normatividadInfringida: fc.array(norma, { minLength: 1, maxLength: 3 }),
  });
  return fc.array(falta, { minLength: 1, maxLength: 3 }).map((list) => list.map(({ claveValor, ...rest }) => ({ ...(claveValor as object), ...rest })));
}

function arbResolucion(collection: S3Collection) {
  const noGraves = collection === 'faltas_administrativas_no_graves';
  return fc
    .record({
      tituloResolucion: from(TITULOS),
      fechas: arbRange,
      notificacion: fc.nat(30),
      firme: fc.nat(30),
      fechaEjecucion: maybe(arbDate()),
      url: fc.integer({ min: 1, max: 999 }),
      ordenJurisdiccional: from(claves(ORDEN_JURISDICCIONAL)),
      autoridadResolutora: from(AUTORIDADES),
      autoridadInvestigadora: from(AUTORIDADES),
      autoridadSusbstanciadora: from(AUTORIDADES),
    })
    .map(({ fechas: [fechaResolucion, fechaResolucionFirme], notificacion, firme, url, ordenJurisdiccional, ...rest }) => ({
      tituloResolucion: rest.tituloResolucion,
      fechaResolucion,
      fechaNotificacion: addDays(fechaResolucion, notificacion),
      fechaResolucionFirme,
      fechaNotificacionFirme: addDays(fechaResolucionFirme, firme),
      fechaEjecucion: rest.fechaEjecucion,
      autoridadResolutora: rest.autoridadResolutora,
      autoridadInvestigadora: rest.autoridadInvestigadora,
      autoridadSusbstanciadora: rest.autoridadSusbstanciadora,
      ...(noGraves
        ? {}
        : {
            urlResolucion: `https://transparencia.example.gob.mx/r/${url}.pdf`,
            urlResolucionFirme: `https://transparencia.example.gob.mx/r/${url}-firme.pdf`,
            ordenJurisdiccional,
          }),
    }));
}

const arbPersonName = fc.record({ nombres: from(GIVEN_NAMES), primerApellido: from(SURNAMES), segundoApellido: maybe(from(SURNAMES)), seed: fc.integer() });

function withIdentity(p: { nombres: string; primerApellido: string; segundoApellido?: string; seed: number }, sex: 'F' | 'M') {
  const { curp, rfc } = identityFor(new Random(p.seed), p.nombres, p.primerApellido, p.segundoApellido, sex);
  return { nombres: p.nombres, primerApellido: p.primerApellido, segundoApellido: p.segundoApellido, curp, rfc };
}

function arbDomicilio(collection: 'faltas_graves_personas_fisicas' | 'faltas_graves_personas_morales') {
  const vialidades = claves(collection === 'faltas_graves_personas_fisicas' ? TIPO_VIALIDAD_FISICAS : TIPO_VIALIDAD_MORALES);
  const mexico = fc.record({
    tipoVialidad: maybe(from(vialidades.slice(0, 6))),
    nombreVialidad: maybe(from(VIALIDADES)),
    numeroExterior: maybe(fc.integer({ min: 1, max: 999 }).map(String)),
    numeroInterior: maybe(from(['A', 'B', '2'])),
    coloniaLocalidad: maybe(from(COLONIAS)),
    municipioAlcaldia: maybe(from(MUNICIPIOS)),
    codigoPostal: maybe(fc.integer({ min: 10_000, max: 99_999 }).map(String)),
    entidadFederativa: maybe(from(claves(ENTIDAD_FEDERATIVA))),
  });
  const extranjero = fc.record({
    ciudad: maybe(from(CIUDADES)),
    provincia: maybe(from(['Texas', 'Madrid', 'Cundinamarca'])),
    calle: maybe(from(['Main Street', 'Gran Vía'])),
    numeroExterior: maybe(fc.integer({ min: 1, max: 9999 }).map(String)),
    numeroInterior: maybe(from(['4B'])),
    codigoPostal: maybe(from(['77002', '28013'])),
    pais: maybe(from(PAISES)),
  });
  const filled = <T extends object>(arb: fc.Arbitrary<T>) => arb.filter((d) => Object.values(d).some((v) => v !== undefined));
  return fc.oneof(
    fc.constant({ tipoDomicilio: undefined, domicilioMexico: undefined, domicilioExtranjero: undefined }),
    filled(mexico).map((domicilioMexico) => ({ tipoDomicilio: 'DOMICILIO_MEXICO', domicilioMexico, domicilioExtranjero: undefined })),
    filled(extranjero).map((domicilioExtranjero) => ({ tipoDomicilio: 'DOMICILIO_EXTRANJERO', domicilioMexico: undefined, domicilioExtranjero })),
  );
}

const arbRepresentante = fc.record({ nombre: from(GIVEN_NAMES), primerApellido: from(SURNAMES), segundoApellido: maybe(from(SURNAMES)), seed: fc.integer(), curp: fc.boolean() }).map((p) => {
  const id = identityFor(new Random(p.seed), p.nombre, p.primerApellido, p.segundoApellido, 'M');
  return { nombre: p.nombre, primerApellido: p.primerApellido, segundoApellido: p.segundoApellido, rfc: id.rfc, curp: p.curp ? id.curp : undefined };
});

/** A valid, normalised record of `collection` (its captured content, without system fields). */
export function arbS3Data(collection: S3Collection): fc.Arbitrary<Record<string, unknown>> {
  return arbFixtureOverrides(collection).map(withoutUndefined);
}

function arbFixtureOverrides(collection: S3Collection): fc.Arbitrary<Record<string, unknown>> {
  const common = {
    fecha: arbDate(),
    expediente: fc.tuple(from(['OIC-SF/PRA', 'TJA/PRA', 'OIC_SF/PRA', 'PRA 10%']), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 2019, max: 2025 })).map(([p, n, y]) => `${p}/${String(n).padStart(3, '0')}/${y}`),
    origenProcedimiento: arbClaveValor(ORIGEN_PROCEDIMIENTO, ['Queja ciudadana', 'Vista de la Auditoría Superior']),
    faltaCometida: arbFaltas(collection),
    resolucion: arbResolucion(collection),
    tipoSancion: arbSanciones(collection),
    observaciones: maybe(from(OBSERVACIONES)),
  };
  switch (collection) {
    case 'faltas_administrativas_graves':
    case 'faltas_administrativas_no_graves': {
      const empleo = fc.record({
        ente: arbEnte,
        nivelJerarquico: arbClaveValor(NIVEL_JERARQUICO, ['Coordinación de zona', 'Asesoría']),
        denominacion: from(PUESTOS),
        areaAdscripcion: from(AREAS),
      });
      return fc
        .record({ ...common, persona: arbPersonName, sexo: from(claves(SEXO)), empleo: collection === 'faltas_administrativas_no_graves' ? maybe(empleo, 4) : empleo })
        .map(({ persona, sexo, empleo: e, ...rest }) =>
          S3_FIXTURES[collection]({
            ...rest,
            datosGenerales: { ...withIdentity(persona, sexo === 'MUJER' ? 'F' : 'M'), sexo },
            empleoCargoComision: e ? { ...e.ente, nivelJerarquico: e.nivelJerarquico, denominacion: e.denominacion, areaAdscripcion: e.areaAdscripcion } : undefined,
          } as never) as unknown as Record<string, unknown>,
        );
    }
    case 'faltas_graves_personas_fisicas':
      return fc
        .record({ ...common, persona: arbPersonName, domicilio: arbDomicilio(collection), donde: arbEnte, sinEnte: fc.boolean() })
        .map(({ persona, domicilio, donde, sinEnte, ...rest }) =>
          S3_FIXTURES[collection]({
            ...rest,
            datosGenerales: { ...withIdentity(persona, 'F'), ...domicilio },
            dondeCometioLaFalta: sinEnte ? { ...donde, ambitoPublico: undefined, nombreEntePublico: undefined, siglasEntePublico: undefined } : donde,
          } as never) as unknown as Record<string, unknown>,
        );
    case 'faltas_graves_personas_morales':
      return fc
        .record({
          ...common,
          razon: from(COMPANIES),
          seed: fc.integer(),
          objetoSocial: maybe(from(['Construcción de obra civil', 'Venta de medicamentos'])),
          domicilio: arbDomicilio(collection),
          director: arbRepresentante,
          representante: arbRepresentante,
          donde: arbEnte,
        })
        .map(({ razon, seed, objetoSocial, domicilio, director, representante, donde, ...rest }) =>
          S3_FIXTURES[collection]({
            ...rest,
            datosGenerales: { nombreRazonSocial: razon, rfc: companyRfc(new Random(seed), razon), objetoSocial, ...domicilio },
            datosDirGeneralReprLegal: { directorGeneral: director, representanteLegal: representante },
            dondeCometioLaFalta: donde,
          } as never) as unknown as Record<string, unknown>,
        );
  }
}

/** `fc.sample` of `count` records of a collection, reproducible from `seed`. */
export function sampleS3Data(collection: S3Collection, count: number, seed: number): Record<string, unknown>[] {
  return fc.sample(arbS3Data(collection), { numRuns: count, seed });
}

/** Removes keys whose value is `undefined` (what JSON storage does), deeply. */
export function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
