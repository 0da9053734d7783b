import {
  ENTIDAD_FEDERATIVA,
  findEntry,
  type FaltasGravesPersonasFisicasData,
  type FaltasGravesPersonasMoralesData,
  type S3ApiRecord,
  type S3DomicilioExtranjero,
  type S3DomicilioMexico,
  type S3Representante,
} from '@pde/shared/contracts';
import { countryAlpha2 } from './countries';
import { documentos, fechaCaptura, institucionDependencia, orderKeys, presentStrings } from './v1-common';
import { causaMotivoHechos, v1TipoFaltaS3P } from './v1-faltas';
import { v1Inhabilitacion, v1Multa, v1TipoSancion, type V2SancionItem } from './v1-sanciones';
import type {
  S3PCollection,
  S3PDomicilioExtranjero,
  S3PDomicilioMexico,
  S3PParticularSancionado,
  S3PPersonaRepresentante,
  S3PRecord,
  V1OptionalClaveValor,
  V1ProjectionContext,
  V1Role,
} from './v1-types';

/**
 * S3P v1.1 projection (SPEC §4.5) of one published record of particulares (personas físicas → `F`,
 * personas morales → `M`), for one role (§1.3.4):
 *
 * - físicas: `rfc`, the domicilios and `observaciones` are confidential;
 * - morales: `directorGeneral`, `apoderadoLegal` and `observaciones` are confidential (the
 *   domicilio of a company is public, §9 D37).
 *
 * `telefono`, `objetoContrato`, `acto`, `responsableSancion` and `resolucion.sentido` have no v2
 * source and are never emitted.
 */
export function projectS3P(
  collection: S3PCollection,
  record: S3ApiRecord<S3PCollection>,
  context: V1ProjectionContext,
  role: V1Role,
): S3PRecord {
  const confidencial = role === 'confidencial';
  const donde = record.dondeCometioLaFalta;
  const tipoSancion = record.tipoSancion satisfies readonly V2SancionItem[];
  const particularSancionado =
    collection === 'faltas_graves_personas_fisicas'
      ? personaFisica(record as FaltasGravesPersonasFisicasData, confidencial)
      : personaMoral(record as FaltasGravesPersonasMoralesData, confidencial);

  const out: S3PRecord = {
    id: record.id,
    fechaCaptura: fechaCaptura(record),
    ...(record.expediente ? { expediente: record.expediente } : {}),
    // The siglas travel with the name they belong to, so the owner's name brings the owner's siglas.
    institucionDependencia: institucionDependencia(
      donde?.nombreEntePublico ? { nombre: donde.nombreEntePublico, siglas: donde.siglasEntePublico } : {},
      context,
    ),
    particularSancionado,
    // Required by the OAS; `resolucion.autoridadResolutora` is required at capture (§3.7.3).
    autoridadSancionadora: record.resolucion?.autoridadResolutora ?? '',
    tipoFalta: v1TipoFaltaS3P(collection, record.faltaCometida),
    tipoSancion: v1TipoSancion(tipoSancion, 'S3P'),
    causaMotivoHechos: causaMotivoHechos(record.faltaCometida),
    documentos: documentos(record.resolucion),
  };

  const resolucion = presentStrings({ url: record.resolucion?.urlResolucion, fechaNotificacion: record.resolucion?.fechaNotificacion }, [
    'url',
    'fechaNotificacion',
  ]);
  if (Object.keys(resolucion).length > 0) out.resolucion = resolucion;

  const multa = v1Multa(tipoSancion);
  if (multa) out.multa = multa;
  const inhabilitacion = v1Inhabilitacion(tipoSancion);
  if (inhabilitacion) out.inhabilitacion = inhabilitacion;
  if (confidencial && record.observaciones) out.observaciones = record.observaciones;
  return orderKeys(out, S3P_KEY_ORDER);
}

/** Keys in the order of the SPEC table (§4.5), for stable and readable output. */
const S3P_KEY_ORDER: readonly (keyof S3PRecord)[] = [
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
  'inhabilitacion',
  'observaciones',
  'documentos',
];

function personaFisica(record: FaltasGravesPersonasFisicasData, confidencial: boolean): S3PParticularSancionado {
  const datos = record.datosGenerales;
  const nombre = [datos?.nombres, datos?.primerApellido, datos?.segundoApellido].filter((part) => typeof part === 'string' && part !== '').join(' ');
  const out: S3PParticularSancionado = { nombreRazonSocial: nombre, tipoPersona: 'F' };
  if (!confidencial) return out;
  if (datos?.rfc) out.rfc = datos.rfc;
  return withDomicilios(out, datos);
}

function personaMoral(record: FaltasGravesPersonasMoralesData, confidencial: boolean): S3PParticularSancionado {
  const datos = record.datosGenerales;
  const out: S3PParticularSancionado = {
    nombreRazonSocial: datos?.nombreRazonSocial ?? '',
    ...(datos?.objetoSocial ? { objetoSocial: datos.objetoSocial } : {}),
    // The RFC of a company is public (§1.3.3).
    ...(datos?.rfc ? { rfc: datos.rfc } : {}),
    tipoPersona: 'M',
  };
  withDomicilios(out, datos);
  if (confidencial) {
    const director = representante(record.datosDirGeneralReprLegal?.directorGeneral);
    const apoderado = representante(record.datosDirGeneralReprLegal?.representanteLegal);
    if (director) out.directorGeneral = director;
    if (apoderado) out.apoderadoLegal = apoderado;
  }
  return out;
}

function withDomicilios(
  out: S3PParticularSancionado,
  datos: { domicilioMexico?: S3DomicilioMexico; domicilioExtranjero?: S3DomicilioExtranjero } | undefined,
): S3PParticularSancionado {
  const mexico = domicilioMexico(datos?.domicilioMexico);
  if (mexico) out.domicilioMexico = mexico;
  const extranjero = domicilioExtranjero(datos?.domicilioExtranjero);
  if (extranjero) out.domicilioExtranjero = extranjero;
  return out;
}

/** `{clave, valor}` with only the parts that exist; `undefined` when neither does. */
function claveValor(clave: string | undefined, valor: string | undefined): V1OptionalClaveValor | undefined {
  const out = presentStrings({ clave, valor }, ['clave', 'valor']);
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Keeps the entries with a value (the v2 read side may hold `null` for empty values). */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/** §4.7.8: keys whose source is empty are omitted; an object with no keys is omitted. */
export function domicilioMexico(source: S3DomicilioMexico | undefined): S3PDomicilioMexico | undefined {
  const parts = compact({
    entidadFederativa: source?.entidadFederativa
      ? claveValor(source.entidadFederativa, findEntry(ENTIDAD_FEDERATIVA, source.entidadFederativa)?.valor)
      : undefined,
    municipio: claveValor(undefined, source?.municipioAlcaldia),
    codigoPostal: source?.codigoPostal,
    localidad: claveValor(undefined, source?.coloniaLocalidad),
    vialidad: claveValor(source?.tipoVialidad, source?.nombreVialidad),
    numeroExterior: source?.numeroExterior,
    numeroInterior: source?.numeroInterior,
  });
  // The country is a constant, not data: it is added only to a domicilio that says something.
  return parts ? { pais: { clave: 'MX', valor: 'México' }, ...parts } : undefined;
}

/**
 * §4.7.8: `pais.clave` is the ISO 3166-1 alpha-2 code of the captured country name. A name that
 * is not in the table keeps its `valor` and has no `clave` (the OAS does not require it, and a
 * wrong code would be worse than none).
 */
export function domicilioExtranjero(source: S3DomicilioExtranjero | undefined): S3PDomicilioExtranjero | undefined {
  return compact({
    calle: source?.calle,
    numeroExterior: source?.numeroExterior,
    numeroInterior: source?.numeroInterior,
    ciudadLocalidad: source?.ciudad,
    estadoProvincia: source?.provincia,
    pais: source?.pais ? claveValor(countryAlpha2(source.pais), source.pais) : undefined,
    codigoPostal: source?.codigoPostal,
  });
}

/** `directorGeneral` / `apoderadoLegal`: v2 `nombre` (singular) becomes v1 `nombres`. */
function representante(source: S3Representante | undefined): S3PPersonaRepresentante | undefined {
  if (!source) return undefined;
  const out: S3PPersonaRepresentante = { nombres: source.nombre ?? '', primerApellido: source.primerApellido ?? '' };
  if (source.segundoApellido) out.segundoApellido = source.segundoApellido;
  if (source.curp) out.curp = source.curp;
  return out;
}
