import { defineCatalog, type CatalogEntry } from './catalog';

/**
 * SPEC §8.2.10 `tipoSancion.clave`. One clave set is shared by the four collections, but each
 * collection admits only some of them ("a clave not marked for a collection is invalid there"),
 * and `INHABILITACION` is worded differently for servidores and particulares, so each collection
 * has its own catalog built from the entries below.
 */

export type TipoSancionClave =
  | 'SUSPENSION'
  | 'DESTITUCION'
  | 'SANCION_ECONOMICA'
  | 'INHABILITACION'
  | 'AMONESTACION'
  | 'INDEMNIZACION'
  | 'SUSPENSION_ACTIVIDADES'
  | 'DISOLUCION_SOCIEDAD'
  | 'OTRO';

const entry = (clave: TipoSancionClave, valor: string): CatalogEntry<TipoSancionClave> => ({ clave, valor });

const SUSPENSION = entry('SUSPENSION', 'Suspensión del empleo, cargo o comisión');
const DESTITUCION = entry('DESTITUCION', 'Destitución del empleo, cargo o comisión');
const SANCION_ECONOMICA = entry('SANCION_ECONOMICA', 'Sanción económica');
const INHABILITACION_SERVIDORES = entry(
  'INHABILITACION',
  'Inhabilitación temporal para desempeñar empleos, cargos o comisiones en el servicio público y para participar en adquisiciones, arrendamientos, servicios u obras públicas',
);
const INHABILITACION_PARTICULARES = entry(
  'INHABILITACION',
  'Inhabilitación temporal para participar en adquisiciones, arrendamientos, servicios u obras públicas',
);
const AMONESTACION = entry('AMONESTACION', 'Amonestación pública o privada');
const INDEMNIZACION = entry('INDEMNIZACION', 'Indemnización');
const SUSPENSION_ACTIVIDADES = entry('SUSPENSION_ACTIVIDADES', 'Suspensión de actividades');
const DISOLUCION_SOCIEDAD = entry('DISOLUCION_SOCIEDAD', 'Disolución de la sociedad');
const OTRO = entry('OTRO', 'Otro (especifique en otro.denominacionSancion)');

/** `faltas_administrativas_graves`. */
export const TIPO_SANCION_GRAVES = defineCatalog('tipoSancionGraves', 'sanciones por faltas graves', [
  SUSPENSION,
  DESTITUCION,
  SANCION_ECONOMICA,
  INHABILITACION_SERVIDORES,
  OTRO,
]);

/** `faltas_administrativas_no_graves` (no sanción económica; amonestación only here). */
export const TIPO_SANCION_NO_GRAVES = defineCatalog('tipoSancionNoGraves', 'sanciones por faltas no graves', [
  AMONESTACION,
  SUSPENSION,
  DESTITUCION,
  INHABILITACION_SERVIDORES,
  OTRO,
]);

/** `faltas_graves_personas_fisicas`. */
export const TIPO_SANCION_PERSONAS_FISICAS = defineCatalog('tipoSancionPersonasFisicas', 'sanciones a personas físicas', [
  INHABILITACION_PARTICULARES,
  INDEMNIZACION,
  SANCION_ECONOMICA,
  OTRO,
]);

/** `faltas_graves_personas_morales`. */
export const TIPO_SANCION_PERSONAS_MORALES = defineCatalog('tipoSancionPersonasMorales', 'sanciones a personas morales', [
  INHABILITACION_PARTICULARES,
  INDEMNIZACION,
  SANCION_ECONOMICA,
  SUSPENSION_ACTIVIDADES,
  DISOLUCION_SOCIEDAD,
  OTRO,
]);

/**
 * SPEC §3.10 / §9 D20: the herramienta de captura stores the morales "otro" in lower case; it is
 * accepted on input and stored and emitted as `OTRO`.
 */
export const TIPO_SANCION_PERSONAS_MORALES_ALIASES: Readonly<Record<string, string>> = Object.freeze({ otro: 'OTRO' });
