import { defineCatalog } from './catalog';

/** SPEC §8.1 — catalogs of the v1 standards (PDNMX/catalogos), `valor` exactly as emitted. */

export const GENERO = defineCatalog('genero', 'género', [
  { clave: 'F', valor: 'FEMENINO' },
  { clave: 'M', valor: 'MASCULINO' },
  { clave: 'O', valor: 'OTRO' },
]);

export const TIPO_AREA = defineCatalog('tipoArea', 'tipo de área', [
  { clave: 'T', valor: 'TÉCNICA' },
  { clave: 'RE', valor: 'RESPONSABLE DE LA EJECUCIÓN DE LOS TRABAJOS' },
  { clave: 'RC', valor: 'RESPONSABLE DE LA CONTRATACIÓN' },
  { clave: 'O', valor: 'OTRA' },
  { clave: 'C', valor: 'CONTRATANTE' },
  { clave: 'R', valor: 'REQUIRENTE' },
]);

export const NIVEL_RESPONSABILIDAD = defineCatalog('nivelResponsabilidad', 'nivel de responsabilidad', [
  { clave: 'A', valor: 'ATENCIÓN' },
  { clave: 'T', valor: 'TRAMITACIÓN' },
  { clave: 'R', valor: 'RESOLUCIÓN' },
  { clave: 'O', valor: 'OTRO' },
]);

export const TIPO_PROCEDIMIENTO = defineCatalog<number>('tipoProcedimiento', 'tipo de procedimiento', [
  { clave: 1, valor: 'CONTRATACIONES PÚBLICAS' },
  {
    clave: 2,
    valor: 'CONCESIONES, LICENCIAS, PERMISOS, AUTORIZACIONES Y SUS PRÓRROGAS',
    aliases: ['CONCESIONES, LICENCIAS, PERMISOS, AUTORIZACIONES Y PRÓRROGAS'],
  },
  { clave: 3, valor: 'ENAJENACIÓN DE BIENES MUEBLES' },
  { clave: 4, valor: 'ASIGNACIÓN Y EMISIÓN DE DICTÁMENES DE AVALÚOS NACIONALES' },
  { clave: 5, valor: 'OTRO' },
]);

/**
 * Ramos presupuestarios (SPEC §8.1.5): the PDN has no catalog; this is the default list offered
 * by capture forms, editable by the administrator. Records may carry any `{clave ≥ 1, valor}`.
 */
export const RAMOS_PREDETERMINADOS = defineCatalog<number>('ramo', 'ramo presupuestario', [
  { clave: 1, valor: 'Poder Legislativo' },
  { clave: 2, valor: 'Oficina de la Gubernatura' },
  { clave: 3, valor: 'Poder Judicial' },
  { clave: 4, valor: 'Gobierno' },
  { clave: 5, valor: 'Finanzas y Administración' },
  { clave: 23, valor: 'Provisiones salariales y económicas' },
  { clave: 28, valor: 'Participaciones a entidades federativas y municipios' },
  { clave: 33, valor: 'Aportaciones federales para entidades federativas y municipios' },
]);

/**
 * §8.1.6 `tipoSancion` of S3S. `M` and `IRSC` are never emitted by the projection (the PDN's
 * migration collapsed them into SANCION_ECONOMICA); they remain as filter aliases of `SE` (§4.7.1).
 */
export const TIPO_SANCION_S3S = defineCatalog('tipoSancionS3S', 'tipos de sanción (servidores públicos)', [
  { clave: 'I', valor: 'INHABILITADO' },
  { clave: 'M', valor: 'MULTADO' },
  { clave: 'S', valor: 'SUSPENSIÓN DEL EMPLEO, CARGO O COMISIÓN' },
  { clave: 'D', valor: 'DESTITUCIÓN DEL EMPLEO, CARGO O COMISIÓN' },
  { clave: 'IRSC', valor: 'INDEMNIZACIÓN RESARCITORIA' },
  { clave: 'SE', valor: 'SANCIÓN ECONÓMICA' },
  { clave: 'O', valor: 'OTRO' },
]);

/** §8.1.7 `tipoFalta` of S3S (also the OAS enum); unaccented values are written so in the catalog. */
export const TIPO_FALTA_S3S = defineCatalog('tipoFaltaS3S', 'tipos de falta (servidores públicos)', [
  { clave: 'NAD', valor: 'NEGLIGENCIA ADMINISTRATIVA' },
  { clave: 'VPC', valor: 'VIOLACION PROCEDIMIENTOS DE CONTRATACION' },
  { clave: 'VLNP', valor: 'VIOLACION LEYES Y NORMATIVIDAD PRESUPUESTAL' },
  { clave: 'AUT', valor: 'ABUSO DE AUTORIDAD' },
  { clave: 'CEX', valor: 'COHECHO O EXTORSION' },
  { clave: 'IDSP', valor: 'INCUMPLIMIENTO EN DECLARACION DE SITUACION PATRIMONIAL' },
  { clave: 'DCSP', valor: 'DELITO COMETIDO POR SERVIDORES PUBLICOS' },
  { clave: 'EIFM', valor: 'EJERCICIO INDEBIDO DE SUS FUNCIONES EN MATERIA MIGRATORIA' },
  { clave: 'VDH', valor: 'VIOLACIÓN A LOS DERECHOS HUMANOS' },
  { clave: 'AG', valor: 'ADMINISTRATIVA GRAVE' },
  { clave: 'ANG', valor: 'ADMINISTRATIVA NO GRAVE' },
  { clave: 'AC', valor: 'ACTO DE CORRUPCIÓN' },
  { clave: 'OTRO', valor: 'OTRO' },
  { clave: 'HSEX', valor: 'COMETER O TOLERAR CONDUCTAS DE HOSTIGAMIENTO SEXUAL' },
  { clave: 'ASEX', valor: 'COMETER O TOLERAR CONDUCTAS DE ACOSO SEXUAL' },
  { clave: 'PEC', valor: 'PECULADO' },
  { clave: 'DRP', valor: 'DESVÍO DE RECURSOS PÚBLICOS' },
  { clave: 'UII', valor: 'UTILIZACIÓN INDEBIDA DE INFORMACIÓN' },
  { clave: 'AFN', valor: 'ABUSO DE FUNCIONES' },
  { clave: 'ABCI', valor: 'ACTUACIÓN BAJO CONFLICTO DE INTERÉS' },
  { clave: 'CIND', valor: 'CONTRATACIÓN INDEBIDA' },
  { clave: 'EOCI', valor: 'ENRIQUECIMIENTO OCULTO U OCULTAMIENTO DE CONFLICTO DE INTERÉS' },
  { clave: 'TINF', valor: 'TRÁFICO DE INFLUENCIAS' },
  { clave: 'ENCB', valor: 'ENCUBRIMIENTO' },
  { clave: 'DSCT', valor: 'DESACATO' },
  { clave: 'OJUST', valor: 'OBSTRUCCIÓN DE LA JUSTICIA' },
]);

/** §8.1.8 `tipoSancion` of S3P. `M` is never emitted (filter alias of `SE`, §4.7.1). */
export const TIPO_SANCION_S3P = defineCatalog('tipoSancionS3P', 'tipos de sanción (particulares)', [
  { clave: 'I', valor: 'INHABILITADO' },
  { clave: 'M', valor: 'MULTADO' },
  { clave: 'S', valor: 'SUSPENSIÓN DE ACTIVIDADES' },
  { clave: 'D', valor: 'DISOLUCIÓN DE LA SOCIEDAD' },
  { clave: 'A', valor: 'AMONESTACIÓN' },
  { clave: 'O', valor: 'OTRO' },
  {
    clave: 'IND',
    valor:
      'INDEMNIZACIÓN POR LOS DAÑOS Y PERJUICIOS OCASIONADOS A LA HACIENDA PÚBLICA FEDERAL, LOCAL O MUNICIPAL, O AL PATRIMONIO DE LOS ENTES PÚBLICOS.',
  },
  { clave: 'SE', valor: 'SANCIÓN ECONÓMICA' },
]);

/**
 * §8.1.9 `tipoPersona` of S3P. The PDN file lists only the claves; the labels are ours and never
 * emitted (the v1 record carries the bare clave).
 */
export const TIPO_PERSONA = defineCatalog('tipoPersona', 'tipos de persona', [
  { clave: 'F', valor: 'Persona física' },
  { clave: 'M', valor: 'Persona moral' },
]);

/**
 * §8.1.10 `documentos[].tipo` of S3S and S3P. The PDN file lists only the claves (which are what
 * the v1 record carries); the labels are ours, for screens.
 */
export const TIPO_DOCUMENTO = defineCatalog('tipoDocumento', 'tipos de documento', [
  { clave: 'RESOLUCION', valor: 'Resolución' },
  { clave: 'CONSTANCIA_SANCION', valor: 'Constancia de sanción' },
  { clave: 'CONSTANCIA_INHABILITACION', valor: 'Constancia de inhabilitación' },
  { clave: 'CONSTANCIA_ABSTENCION', valor: 'Constancia de abstención' },
]);
