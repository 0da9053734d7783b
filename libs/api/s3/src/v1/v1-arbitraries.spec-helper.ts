import fc from 'fast-check';
import {
  FALTA_COMETIDA_GRAVES,
  FALTA_COMETIDA_GRAVES_VALOR,
  FALTA_COMETIDA_NO_GRAVES,
  FALTA_COMETIDA_NO_GRAVES_VALOR,
  FALTA_COMETIDA_PARTICULARES,
  FALTA_COMETIDA_PARTICULARES_VALOR,
  S3_FIXTURES,
  S3_TIPO_SANCION_CATALOGS,
  s3TipoSancionFixture,
  type S3ApiRecord,
  type S3Collection,
  type S3FaltaCometida,
  type S3RecordData,
  type TipoSancionClave,
} from '@pde/shared/contracts';
import type { V1ProjectionContext } from './v1-types';

/**
 * Test support (not a test): the projection context and fast-check arbitraries of valid S3 v2
 * records, built from the contracts fixtures by varying their claves and optional blocks.
 */

export const OWNER = { nombre: 'Secretaría de la Contraloría del Estado', siglas: 'SCE', clave: 'SCE-01' };

/** Our catálogo de entes: the fixtures' ente and the owner. */
export const TEST_CONTEXT: V1ProjectionContext = {
  owner: OWNER,
  claveOfInstitution: (nombre) => ({ 'Secretaría de Finanzas': 'SEFIN-07', [OWNER.nombre]: OWNER.clave })[nombre],
};

export const RECORD_ID = '0b6f6d2e-8f5c-4b7e-a3c2-7d9e1c4a5b60';

/** A fixture with the system fields of a published record (created the day of its `fecha`). */
export function published<T extends S3RecordData>(data: T, system: Partial<SystemFields> = {}): T & SystemFields {
  return { ...data, id: RECORD_ID, date_created: `${data.fecha}T17:02:44.318Z`, date_updated: null, ...system };
}

type SystemFields = Pick<S3ApiRecord, 'id' | 'date_created' | 'date_updated'>;

const FALTAS: Record<S3Collection, { claves: string[]; suggestions: string[] }> = {
  faltas_administrativas_graves: claves(FALTA_COMETIDA_GRAVES.entries, FALTA_COMETIDA_GRAVES_VALOR.entries),
  faltas_administrativas_no_graves: claves(FALTA_COMETIDA_NO_GRAVES.entries, FALTA_COMETIDA_NO_GRAVES_VALOR.entries),
  faltas_graves_personas_fisicas: claves(FALTA_COMETIDA_PARTICULARES.entries, FALTA_COMETIDA_PARTICULARES_VALOR.entries),
  faltas_graves_personas_morales: claves(FALTA_COMETIDA_PARTICULARES.entries, FALTA_COMETIDA_PARTICULARES_VALOR.entries),
};

function claves(entries: readonly { clave: string }[], suggestions: readonly { clave: string }[]) {
  return { claves: entries.map((e) => e.clave).filter((c) => c !== 'OTRO'), suggestions: suggestions.map((e) => e.clave) };
}

/** Faltas whose labels the conversion can read back: catalog claves and suggested keys. */
function arbFaltas(collection: S3Collection): fc.Arbitrary<S3FaltaCometida[]> {
  const { claves: list, suggestions } = FALTAS[collection];
  const ref = fc.oneof(
    fc.constantFrom(...list).map((clave) => ({ clave })),
    fc.constantFrom(...suggestions).map((valor) => ({ clave: 'OTRO', valor })),
  );
  return fc.array(ref, { minLength: 1, maxLength: 3 }).map((refs) =>
    refs.map((r, i) => ({
      ...r,
      descripcionHechos: `Hechos número ${i + 1} del expediente, narrados sin datos reservados.`,
      normatividadInfringida: [{ nombreNormatividad: 'LGRA', articulo: String(49 + i) }],
    })),
  );
}

const cents = fc.integer({ min: 100, max: 90_000_000_00 }).map((c) => c / 100);

/** A `tipoSancion` item of a clave, its numbers and optional parts varied. */
function arbSancion(clave: TipoSancionClave): fc.Arbitrary<Record<string, unknown>> {
  const base = s3TipoSancionFixture(clave);
  switch (clave) {
    case 'SUSPENSION':
      return fc.record({ m: fc.nat(30), d: fc.nat(29) }).map(({ m, d }) => ({
        ...base,
        suspensionEmpleo: { ...(base['suspensionEmpleo'] as object), plazoMeses: m, plazoDias: d },
      }));
    case 'DESTITUCION':
      return fc.boolean().map((known) => (known ? base : { clave }));
    case 'SANCION_ECONOMICA':
    case 'INDEMNIZACION': {
      const field = clave === 'SANCION_ECONOMICA' ? 'sancionEconomica' : 'indemnizacion';
      return fc.record({ monto: cents, moneda: fc.constantFrom('MXN', 'USD', 'EUR') }).map(({ monto, moneda }) => ({
        clave,
        [field]: { ...(base[field] as object), monto, moneda, efectivamenteCobrado: { monto, moneda, fechaCobro: '2025-12-15' } },
      }));
    }
    case 'INHABILITACION':
      return fc.record({ a: fc.nat(10), m: fc.nat(11), d: fc.nat(29) }).map(({ a, m, d }) => ({
        ...base,
        inhabilitacion: { ...(base['inhabilitacion'] as object), plazoAnios: a, plazoMeses: m, plazoDias: d },
      }));
    case 'AMONESTACION':
      return fc.constantFrom('PUBLICA', 'PRIVADA').map((tipo) => ({ clave, amonestacion: { tipo } }));
    case 'SUSPENSION_ACTIVIDADES':
      return fc.record({ a: fc.nat(5), m: fc.nat(11), d: fc.nat(29) }).map(({ a, m, d }) => ({
        ...base,
        suspensionActividades: { ...(base['suspensionActividades'] as object), plazoSuspensioAnios: a, plazoSuspensionMeses: m, plazoSuspensionDias: d },
      }));
    case 'OTRO':
      return fc.constantFrom('Publicación de la sanción en el periódico oficial', 'Multa estatal accesoria').map((denominacionSancion) => ({
        clave,
        otro: { denominacionSancion },
      }));
    default:
      return fc.constant(base);
  }
}

function arbSanciones(collection: S3Collection): fc.Arbitrary<Record<string, unknown>[]> {
  const allowed = S3_TIPO_SANCION_CATALOGS[collection].entries.map((e) => e.clave);
  return fc.shuffledSubarray(allowed, { minLength: 1 }).chain((list) => fc.tuple(...list.map(arbSancion)));
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const common = (collection: S3Collection) => ({
  faltaCometida: arbFaltas(collection),
  tipoSancion: arbSanciones(collection),
  observaciones: maybe(fc.constant('Observación con información reservada del expediente.')),
  updated: fc.boolean(),
  siglas: fc.boolean(),
});

const servidorVariants = {
  segundoApellido: fc.boolean(),
  sexo: fc.constantFrom('HOMBRE', 'MUJER'),
  nivelOtro: fc.boolean(),
};

/** Valid records of one collection with their system fields. */
export function arbPublished(collection: S3Collection): fc.Arbitrary<S3ApiRecord> {
  const domicilio = fc.constantFrom('ninguno', 'mexico', 'extranjero-conocido', 'extranjero-desconocido');
  return fc.record({ ...common(collection), ...servidorVariants, empleo: fc.boolean(), domicilio, objetoSocial: fc.boolean() }).map((v) => {
    const ente = v.siglas ? {} : { siglasEntePublico: undefined };
    const overrides: Record<string, unknown> = { faltaCometida: v.faltaCometida, tipoSancion: v.tipoSancion, observaciones: v.observaciones };
    if (collection === 'faltas_administrativas_graves' || collection === 'faltas_administrativas_no_graves') {
      overrides['datosGenerales'] = { sexo: v.sexo, ...(v.segundoApellido ? {} : { segundoApellido: undefined }) };
      const nivel = v.nivelOtro ? { nivelJerarquico: { clave: 'OTRO', valor: 'Coordinación de zona' } } : {};
      overrides['empleoCargoComision'] = collection === 'faltas_administrativas_no_graves' && !v.empleo ? undefined : { ...ente, ...nivel };
    } else {
      overrides['dondeCometioLaFalta'] = ente;
      const domicilios: Record<string, unknown> = { tipoDomicilio: undefined, domicilioMexico: undefined, domicilioExtranjero: undefined };
      if (v.domicilio === 'mexico') Object.assign(domicilios, { tipoDomicilio: 'DOMICILIO_MEXICO', domicilioMexico: {} });
      if (v.domicilio.startsWith('extranjero')) {
        const pais = v.domicilio === 'extranjero-conocido' ? 'Estados Unidos de América' : 'República de Narnia';
        Object.assign(domicilios, {
          tipoDomicilio: 'DOMICILIO_EXTRANJERO',
          domicilioExtranjero: { ciudad: 'Houston', provincia: 'Texas', calle: 'Main Street', numeroExterior: '1200', codigoPostal: '77002', pais },
        });
      }
      overrides['datosGenerales'] = { ...domicilios, ...(collection === 'faltas_graves_personas_morales' && !v.objetoSocial ? { objetoSocial: undefined } : {}) };
    }
    const data = S3_FIXTURES[collection](overrides as never);
    return published(data, v.updated ? { date_updated: `${data.fecha}T23:59:59.999Z` } : {}) as S3ApiRecord;
  });
}
