import type { TipoSancionClave } from '../catalogs/v2';
import { curpCheckDigit } from '../identity/curp';
import { rfcCheckDigit } from '../identity/rfc';
import type { FaltasAdministrativasGravesData } from './faltas-administrativas-graves.schema';
import type { FaltasAdministrativasNoGravesData } from './faltas-administrativas-no-graves.schema';
import type { FaltasGravesPersonasFisicasData } from './faltas-graves-personas-fisicas.schema';
import type { FaltasGravesPersonasMoralesData } from './faltas-graves-personas-morales.schema';
import type { S3Collection } from './s3-collections';
import type { S3DataByCollection } from './s3-schemas';
import type { S3FaltaCometida, S3Resolucion, S3ResolucionNoGraves } from './s3-types';

/**
 * Valid S3 v2 records for tests, seeders and demos: one factory per collection, each returning a
 * fresh record that passes validation with no errors and no warnings and that is already in its
 * normalised form (validating it returns it unchanged). Every confidential field is filled, so
 * masking tests see something to hide. Data are fictitious; dates are in the past.
 */

/**
 * Overrides of a fixture: plain objects merge recursively, lists and scalars replace, and a key
 * set to `undefined` is removed (to test a missing field).
 */
export type S3FixtureOverrides<T> = { [K in keyof T]?: S3FixtureOverride<T[K]> | undefined };
// Distributes over unions, so optional sub-objects (`X | undefined`) merge like required ones.
type S3FixtureOverride<V> = V extends readonly unknown[] ? V : V extends object ? S3FixtureOverrides<V> : V;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function applyOverrides<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else out[key] = key in out ? applyOverrides(out[key], value) : value;
  }
  return out as T;
}

/** A CURP / RFC with a correct check digit, so that fixtures raise no warning. */
const withCurpCheck = (first17: string) => first17 + curpCheckDigit(first17);
const withRfcCheck = (withoutCheck: string) => withoutCheck + rfcCheckDigit(withoutCheck);

export const FIXTURE_CURP = withCurpCheck('LOVJ800101HOCPRR0');
export const FIXTURE_RFC_FISICA = withRfcCheck('LOVJ800101AB');
export const FIXTURE_RFC_MORAL = withRfcCheck('CSO050101AB');

/** The item of `tipoSancion` for a clave, with its sub-object filled (valid in every collection that admits the clave). */
export function s3TipoSancionFixture(clave: TipoSancionClave): { clave: TipoSancionClave } & Record<string, unknown> {
  const monto = (amount: number) => ({
    monto: amount,
    moneda: 'MXN',
    plazoPago: { anios: 0, meses: 3, dias: 0 },
    efectivamenteCobrado: { monto: amount, moneda: 'MXN', fechaCobro: '2025-12-15' },
    fechaPagoTotal: '2025-12-15',
  });
  switch (clave) {
    case 'SUSPENSION':
      return { clave, suspensionEmpleo: { plazoMeses: 1, plazoDias: 0, fechaInicial: '2025-11-25', fechaFinal: '2025-12-25' } };
    case 'DESTITUCION':
      return { clave, destitucionEmpleo: { fechaDestitucion: '2025-11-25' } };
    case 'SANCION_ECONOMICA':
      return { clave, sancionEconomica: monto(125430.5) };
    case 'INHABILITACION':
      return { clave, inhabilitacion: { plazoAnios: 2, plazoMeses: 0, plazoDias: 0, fechaInicial: '2025-11-25', fechaFinal: '2027-11-25' } };
    case 'AMONESTACION':
      return { clave, amonestacion: { tipo: 'PUBLICA' } };
    case 'INDEMNIZACION':
      return { clave, indemnizacion: monto(48000) };
    case 'SUSPENSION_ACTIVIDADES':
      return {
        clave,
        suspensionActividades: {
          plazoSuspensioAnios: 1,
          plazoSuspensionMeses: 6,
          plazoSuspensionDias: 0,
          fechaInicial: '2025-12-01',
          fechaFinal: '2027-06-01',
        },
      };
    case 'DISOLUCION_SOCIEDAD':
      return { clave, disolucionSociedad: { fechaDisolucion: '2025-12-01' } };
    case 'OTRO':
      return { clave, otro: { denominacionSancion: 'Publicación de la sanción en el periódico oficial' } };
  }
}

const falta = (clave: string, descripcionHechos: string, nombreNormatividad = 'LGRA', articulo = '52'): S3FaltaCometida => ({
  clave,
  descripcionHechos,
  normatividadInfringida: [{ nombreNormatividad, articulo, fraccion: 'I' }],
});

const resolucionNoGraves = (): S3ResolucionNoGraves => ({
  tituloResolucion: 'Resolución definitiva PRA 014/2025',
  fechaResolucion: '2025-10-02',
  fechaNotificacion: '2025-10-06',
  fechaResolucionFirme: '2025-11-20',
  fechaNotificacionFirme: '2025-11-24',
  fechaEjecucion: '2025-11-25',
  autoridadResolutora: 'Tribunal de Justicia Administrativa del Estado',
  autoridadInvestigadora: 'Órgano Interno de Control de la Secretaría de Finanzas',
  autoridadSusbstanciadora: 'Área de Responsabilidades del Órgano Interno de Control',
});

const resolucionCompleta = (): S3Resolucion => ({
  ...resolucionNoGraves(),
  urlResolucion: 'https://transparencia.example.gob.mx/resoluciones/014-2025.pdf',
  urlResolucionFirme: 'https://transparencia.example.gob.mx/resoluciones/014-2025-firme.pdf',
  ordenJurisdiccional: 'ESTATAL',
});

const ente = {
  entidadFederativa: '20',
  nivelOrdenGobierno: 'ESTATAL',
  ambitoPublico: 'EJECUTIVO',
  nombreEntePublico: 'Secretaría de Finanzas',
  siglasEntePublico: 'SEFIN',
};

const servidor = (nombres: string, primerApellido: string, segundoApellido: string, sexo: string) => ({
  nombres,
  primerApellido,
  segundoApellido,
  curp: FIXTURE_CURP,
  rfc: FIXTURE_RFC_FISICA,
  sexo,
});

const empleo = () => ({
  ...ente,
  nivelJerarquico: { clave: 'DIRECCION_HOMOLOGO' },
  denominacion: 'Director de Recursos Materiales',
  areaAdscripcion: 'Dirección de Recursos Materiales',
});

export function makeFaltasAdministrativasGraves(
  overrides: S3FixtureOverrides<FaltasAdministrativasGravesData> = {},
): FaltasAdministrativasGravesData {
  const base: FaltasAdministrativasGravesData = {
    fecha: '2025-11-28',
    expediente: 'OIC-SF/PRA/014/2025',
    datosGenerales: servidor('Jorge', 'López', 'Vargas', 'HOMBRE'),
    empleoCargoComision: empleo(),
    origenProcedimiento: { clave: 'AUDITORIA_OIC' },
    faltaCometida: [falta('CONTRATACION_INDEBIDA', 'Adjudicó un contrato a una empresa inhabilitada.', 'LGRA', '59')],
    resolucion: resolucionCompleta(),
    tipoSancion: [s3TipoSancionFixture('INHABILITACION'), s3TipoSancionFixture('SANCION_ECONOMICA')] as FaltasAdministrativasGravesData['tipoSancion'],
    observaciones: 'Sanción confirmada en segunda instancia.',
  };
  return applyOverrides(base, overrides);
}

export function makeFaltasAdministrativasNoGraves(
  overrides: S3FixtureOverrides<FaltasAdministrativasNoGravesData> = {},
): FaltasAdministrativasNoGravesData {
  const base: FaltasAdministrativasNoGravesData = {
    fecha: '2025-12-10',
    expediente: 'OIC-SSA/PRA/031/2025',
    datosGenerales: servidor('Ana María', 'Ruiz', 'Méndez', 'MUJER'),
    empleoCargoComision: { ...empleo(), nivelJerarquico: { clave: 'JEFATURA_DEPTO_HOMOLOGO' }, denominacion: 'Jefa de Departamento de Informes' },
    origenProcedimiento: { clave: 'DENUNCIA' },
    faltaCometida: [falta('RENDIR_CUENTAS', 'Omitió entregar los informes trimestrales de su área.', 'LGRA', '49')],
    resolucion: resolucionNoGraves(),
    tipoSancion: [s3TipoSancionFixture('AMONESTACION')] as FaltasAdministrativasNoGravesData['tipoSancion'],
    observaciones: 'Primera falta registrada.',
  };
  return applyOverrides(base, overrides);
}

export function makeFaltasGravesPersonasFisicas(
  overrides: S3FixtureOverrides<FaltasGravesPersonasFisicasData> = {},
): FaltasGravesPersonasFisicasData {
  const base: FaltasGravesPersonasFisicasData = {
    fecha: '2025-12-12',
    expediente: 'TJA/PRA/102/2025',
    datosGenerales: {
      nombres: 'María José',
      primerApellido: 'Núñez',
      segundoApellido: 'O’Higgins',
      curp: FIXTURE_CURP,
      rfc: FIXTURE_RFC_FISICA,
      tipoDomicilio: 'DOMICILIO_MEXICO',
      domicilioMexico: {
        tipoVialidad: 'CALLEJON',
        nombreVialidad: 'Del Carmen',
        numeroExterior: '12',
        coloniaLocalidad: 'Centro',
        municipioAlcaldia: 'Oaxaca de Juárez',
        codigoPostal: '68000',
        entidadFederativa: '20',
      },
    },
    dondeCometioLaFalta: { ...ente },
    origenProcedimiento: { clave: 'ASF_ENTIDADES_FISCALIZACION' },
    faltaCometida: [falta('UTILIZACION_INFORMACION_FALSA', 'Presentó documentación falsa en una licitación.', 'LGRA', '69')],
    resolucion: resolucionCompleta(),
    tipoSancion: [s3TipoSancionFixture('SANCION_ECONOMICA'), s3TipoSancionFixture('INDEMNIZACION')] as FaltasGravesPersonasFisicasData['tipoSancion'],
    observaciones: 'Pago en parcialidades autorizado.',
  };
  return applyOverrides(base, overrides);
}

export function makeFaltasGravesPersonasMorales(
  overrides: S3FixtureOverrides<FaltasGravesPersonasMoralesData> = {},
): FaltasGravesPersonasMoralesData {
  const representante = (nombre: string, primerApellido: string) => ({
    nombre,
    primerApellido,
    segundoApellido: 'Santos',
    rfc: FIXTURE_RFC_FISICA,
    curp: FIXTURE_CURP,
  });
  const base: FaltasGravesPersonasMoralesData = {
    fecha: '2025-12-15',
    expediente: 'TJA/PRA/117/2025',
    datosGenerales: {
      nombreRazonSocial: 'Construcciones del Sureste, S.A. de C.V.',
      rfc: FIXTURE_RFC_MORAL,
      objetoSocial: 'Construcción de obra civil',
      tipoDomicilio: 'DOMICILIO_MEXICO',
      domicilioMexico: {
        tipoVialidad: 'CALLEJÓN',
        nombreVialidad: 'De los Arcos',
        numeroExterior: '305',
        numeroInterior: 'B',
        coloniaLocalidad: 'Reforma',
        municipioAlcaldia: 'Oaxaca de Juárez',
        codigoPostal: '68050',
        entidadFederativa: '20',
      },
    },
    datosDirGeneralReprLegal: {
      directorGeneral: representante('Luis Alberto', 'Pérez'),
      representanteLegal: representante('Carmen', 'Díaz'),
    },
    dondeCometioLaFalta: { ...ente },
    origenProcedimiento: { clave: 'OTRO', valor: 'Queja ciudadana canalizada por el Comité de Participación Ciudadana' },
    faltaCometida: [falta('COLUSION', 'Acordó precios con otros licitantes.', 'LGRA', '70')],
    resolucion: resolucionCompleta(),
    tipoSancion: [
      s3TipoSancionFixture('SANCION_ECONOMICA'),
      s3TipoSancionFixture('INDEMNIZACION'),
      s3TipoSancionFixture('INHABILITACION'),
    ] as FaltasGravesPersonasMoralesData['tipoSancion'],
    observaciones: 'La persona moral interpuso amparo, negado.',
  };
  return applyOverrides(base, overrides);
}

/** The factories by collection, for tests that run over the four collections. */
export const S3_FIXTURES: { readonly [C in S3Collection]: (overrides?: S3FixtureOverrides<S3DataByCollection[C]>) => S3DataByCollection[C] } = {
  faltas_administrativas_graves: makeFaltasAdministrativasGraves,
  faltas_administrativas_no_graves: makeFaltasAdministrativasNoGraves,
  faltas_graves_personas_fisicas: makeFaltasGravesPersonasFisicas,
  faltas_graves_personas_morales: makeFaltasGravesPersonasMorales,
};
