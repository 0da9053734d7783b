import type { TipoSancionClave } from '../catalogs/v2';

/**
 * The four S3 v2 collections (SPEC §3.1), named as the PDN names them: the names are the
 * `records.kind` of the capture workflow, the `/items/{collection}` segment of the v2 API and the
 * keys of every per-collection map of this library.
 */
export const S3_COLLECTIONS = [
  'faltas_administrativas_graves',
  'faltas_administrativas_no_graves',
  'faltas_graves_personas_fisicas',
  'faltas_graves_personas_morales',
] as const;

export type S3Collection = (typeof S3_COLLECTIONS)[number];

export function isS3Collection(value: unknown): value is S3Collection {
  return typeof value === 'string' && (S3_COLLECTIONS as readonly string[]).includes(value);
}

/** Spanish names for people (titles of screens, Swagger tags, audit texts). */
export const S3_COLLECTION_LABELS: Readonly<Record<S3Collection, string>> = Object.freeze({
  faltas_administrativas_graves: 'Servidores públicos sancionados por faltas administrativas graves',
  faltas_administrativas_no_graves: 'Servidores públicos sancionados por faltas administrativas no graves',
  faltas_graves_personas_fisicas: 'Particulares sancionados por faltas graves: personas físicas',
  faltas_graves_personas_morales: 'Particulares sancionados por faltas graves: personas morales',
});

/** Short Spanish names, for tabs, menus and table columns where the long label does not fit. */
export const S3_COLLECTION_SHORT_LABELS: Readonly<Record<S3Collection, string>> = Object.freeze({
  faltas_administrativas_graves: 'Faltas graves',
  faltas_administrativas_no_graves: 'Faltas no graves',
  faltas_graves_personas_fisicas: 'Personas físicas',
  faltas_graves_personas_morales: 'Personas morales',
});

/**
 * Root fields that belong to the published record, not to its captured content: the API fills
 * them (SPEC §3.7.1: `id` UUID v4, `date_created`, `date_updated`), so the capture schemas omit them.
 */
export const S3_SYSTEM_FIELDS = ['id', 'date_created', 'date_updated'] as const;
export type S3SystemField = (typeof S3_SYSTEM_FIELDS)[number];

/**
 * Root fields of each collection in the order of its schema in the v2 OAS (`Items…` components),
 * system fields included: the order in which the v2 API emits the keys of a record. `entePublico`,
 * which the OAS also lists, is left out because no role may read it and it is never emitted
 * (SPEC §1.3.3, §3.10, §9 D23).
 */
export const S3_ROOT_FIELDS: Readonly<Record<S3Collection, readonly string[]>> = Object.freeze({
  faltas_administrativas_graves: [
    'id',
    'date_created',
    'date_updated',
    'fecha',
    'expediente',
    'observaciones',
    'resolucion',
    'origenProcedimiento',
    'datosGenerales',
    'empleoCargoComision',
    'faltaCometida',
    'tipoSancion',
  ],
  faltas_administrativas_no_graves: [
    'id',
    'date_created',
    'date_updated',
    'fecha',
    'expediente',
    'observaciones',
    'origenProcedimiento',
    'resolucion',
    'empleoCargoComision',
    'datosGenerales',
    'faltaCometida',
    'tipoSancion',
  ],
  faltas_graves_personas_fisicas: [
    'id',
    'date_created',
    'date_updated',
    'fecha',
    'expediente',
    'datosGenerales',
    'dondeCometioLaFalta',
    'observaciones',
    'origenProcedimiento',
    'resolucion',
    'tipoSancion',
    'faltaCometida',
  ],
  faltas_graves_personas_morales: [
    'id',
    'date_created',
    'date_updated',
    'datosGenerales',
    'datosDirGeneralReprLegal',
    'dondeCometioLaFalta',
    'fecha',
    'expediente',
    'observaciones',
    'origenProcedimiento',
    'resolucion',
    'tipoSancion',
    'faltaCometida',
  ],
});

/**
 * Upper bound of every list of an S3 record (`faltaCometida`, `normatividadInfringida`,
 * `tipoSancion`). The standard sets none; storage and forms need one, and real resolutions list
 * far fewer items.
 */
export const S3_MAX_LIST_ITEMS = 50;

/**
 * Upper bound of the one-line name fields that the data model types as `text` (names of personas
 * físicas and of the representatives of personas morales). SPEC §3.8 exempts `text` from the
 * 255-character limit; this generous bound only protects storage.
 */
export const S3_TEXT_NAME_MAX_LENGTH = 1000;

/**
 * The sub-object of a `tipoSancion` item that carries the data of each clave (SPEC §3.7): exactly
 * this one is present in an item with that clave.
 */
export const TIPO_SANCION_BLOCK_FIELD: Readonly<Record<TipoSancionClave, string>> = Object.freeze({
  SUSPENSION: 'suspensionEmpleo',
  DESTITUCION: 'destitucionEmpleo',
  SANCION_ECONOMICA: 'sancionEconomica',
  INHABILITACION: 'inhabilitacion',
  AMONESTACION: 'amonestacion',
  INDEMNIZACION: 'indemnizacion',
  SUSPENSION_ACTIVIDADES: 'suspensionActividades',
  DISOLUCION_SOCIEDAD: 'disolucionSociedad',
  OTRO: 'otro',
});
