import type { Catalog } from '../catalogs/catalog';
import {
  FALTA_COMETIDA_GRAVES,
  FALTA_COMETIDA_GRAVES_VALOR,
  FALTA_COMETIDA_NO_GRAVES,
  FALTA_COMETIDA_NO_GRAVES_VALOR,
  FALTA_COMETIDA_PARTICULARES,
  FALTA_COMETIDA_PARTICULARES_VALOR,
  TIPO_SANCION_GRAVES,
  TIPO_SANCION_NO_GRAVES,
  TIPO_SANCION_PERSONAS_FISICAS,
  TIPO_SANCION_PERSONAS_MORALES,
  type TipoSancionClave,
} from '../catalogs/v2';
import type { ObjectNode } from '../schema/types';
import { FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA, type FaltasAdministrativasGravesData } from './faltas-administrativas-graves.schema';
import { FALTAS_ADMINISTRATIVAS_NO_GRAVES_SCHEMA, type FaltasAdministrativasNoGravesData } from './faltas-administrativas-no-graves.schema';
import { FALTAS_GRAVES_PERSONAS_FISICAS_SCHEMA, type FaltasGravesPersonasFisicasData } from './faltas-graves-personas-fisicas.schema';
import { FALTAS_GRAVES_PERSONAS_MORALES_SCHEMA, type FaltasGravesPersonasMoralesData } from './faltas-graves-personas-morales.schema';
import type { S3Collection } from './s3-collections';

/**
 * Capture schema of each S3 v2 collection: what a record contains, without the system fields
 * (`S3_SYSTEM_FIELDS`). Validate with `validate(S3_SCHEMAS[collection], input, { today })` and mask
 * with `maskForRole(S3_SCHEMAS[collection], record, role)`.
 */
export const S3_SCHEMAS: Readonly<Record<S3Collection, ObjectNode>> = Object.freeze({
  faltas_administrativas_graves: FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA,
  faltas_administrativas_no_graves: FALTAS_ADMINISTRATIVAS_NO_GRAVES_SCHEMA,
  faltas_graves_personas_fisicas: FALTAS_GRAVES_PERSONAS_FISICAS_SCHEMA,
  faltas_graves_personas_morales: FALTAS_GRAVES_PERSONAS_MORALES_SCHEMA,
});

/** Captured content type of each collection. */
export interface S3DataByCollection {
  faltas_administrativas_graves: FaltasAdministrativasGravesData;
  faltas_administrativas_no_graves: FaltasAdministrativasNoGravesData;
  faltas_graves_personas_fisicas: FaltasGravesPersonasFisicasData;
  faltas_graves_personas_morales: FaltasGravesPersonasMoralesData;
}

/** Captured content of a record of any S3 collection. */
export type S3RecordData = S3DataByCollection[S3Collection];

/**
 * A record as the v2 API emits it (SPEC §3.7): the captured content plus the system fields.
 * (The API emits `null` for every empty value, which this type does not spell out.)
 */
export type S3ApiRecord<C extends S3Collection = S3Collection> = S3DataByCollection[C] & {
  /** UUID v4, lower case; never changes. */
  id: string;
  /** `YYYY-MM-DDTHH:MM:SS.sssZ`, first publication. */
  date_created: string;
  /** Last published change; `null` if never changed. */
  date_updated: string | null;
};

/** `tipoSancion[].clave` catalog of each collection (§8.2.10). */
export const S3_TIPO_SANCION_CATALOGS: Readonly<Record<S3Collection, Catalog<TipoSancionClave>>> = Object.freeze({
  faltas_administrativas_graves: TIPO_SANCION_GRAVES,
  faltas_administrativas_no_graves: TIPO_SANCION_NO_GRAVES,
  faltas_graves_personas_fisicas: TIPO_SANCION_PERSONAS_FISICAS,
  faltas_graves_personas_morales: TIPO_SANCION_PERSONAS_MORALES,
});

/** `faltaCometida[].clave` catalog of each collection (§8.2.7–§8.2.9); labels feed the v1 projection. */
export const S3_FALTA_COMETIDA_CATALOGS: Readonly<Record<S3Collection, Catalog<string>>> = Object.freeze({
  faltas_administrativas_graves: FALTA_COMETIDA_GRAVES,
  faltas_administrativas_no_graves: FALTA_COMETIDA_NO_GRAVES,
  faltas_graves_personas_fisicas: FALTA_COMETIDA_PARTICULARES,
  faltas_graves_personas_morales: FALTA_COMETIDA_PARTICULARES,
});

/**
 * Values suggested for `faltaCometida[].valor` of each collection when the clave is OTRO; the v1
 * projection shows the label of a suggested key instead of the key itself (§4.7.2, §4.7.3).
 */
export const S3_FALTA_COMETIDA_VALOR_SUGGESTIONS: Readonly<Record<S3Collection, Catalog<string>>> = Object.freeze({
  faltas_administrativas_graves: FALTA_COMETIDA_GRAVES_VALOR,
  faltas_administrativas_no_graves: FALTA_COMETIDA_NO_GRAVES_VALOR,
  faltas_graves_personas_fisicas: FALTA_COMETIDA_PARTICULARES_VALOR,
  faltas_graves_personas_morales: FALTA_COMETIDA_PARTICULARES_VALOR,
});
