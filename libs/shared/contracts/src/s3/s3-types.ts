/**
 * TypeScript shapes of the captured content of S3 v2 records after validation (normalised: text
 * trimmed, canonical claves, empty optionals removed, lists always present). Catalog claves are
 * typed `string`; the schemas are what restrict them. Field names are the standard's own.
 */

/** `{clave, valor}` of a catalog where `valor` is given only for OTRO. */
export interface S3ClaveValor {
  clave: string;
  valor?: string;
}

export interface S3NormatividadInfringida {
  nombreNormatividad: string;
  articulo: string;
  fraccion?: string;
}

export interface S3FaltaCometida {
  clave: string;
  valor?: string;
  descripcionHechos: string;
  normatividadInfringida: S3NormatividadInfringida[];
}

/** `empleoCargoComision` of servidores públicos. */
export interface S3EmpleoCargoComision {
  entidadFederativa: string;
  nivelOrdenGobierno: string;
  ambitoPublico: string;
  nombreEntePublico: string;
  siglasEntePublico?: string;
  nivelJerarquico: S3ClaveValor;
  denominacion: string;
  areaAdscripcion: string;
}

/** `dondeCometioLaFalta` of particulares. */
export interface S3DondeCometioLaFalta {
  entidadFederativa: string;
  nivelOrdenGobierno: string;
  ambitoPublico?: string;
  nombreEntePublico?: string;
  siglasEntePublico?: string;
}

/** `resolucion` of faltas no graves (no URLs, no orden jurisdiccional). */
export interface S3ResolucionNoGraves {
  tituloResolucion: string;
  fechaResolucion: string;
  fechaNotificacion: string;
  fechaResolucionFirme: string;
  fechaNotificacionFirme: string;
  fechaEjecucion?: string;
  autoridadResolutora: string;
  autoridadInvestigadora: string;
  autoridadSusbstanciadora: string;
}

/** `resolucion` of faltas graves and of particulares (12 fields). */
export interface S3Resolucion extends S3ResolucionNoGraves {
  urlResolucion: string;
  urlResolucionFirme: string;
  ordenJurisdiccional: string;
}

export interface S3DatosGeneralesServidor {
  nombres: string;
  primerApellido: string;
  segundoApellido?: string;
  curp: string;
  rfc: string;
  sexo: string;
}

export interface S3DomicilioMexico {
  tipoVialidad?: string;
  nombreVialidad?: string;
  numeroExterior?: string;
  numeroInterior?: string;
  coloniaLocalidad?: string;
  municipioAlcaldia?: string;
  codigoPostal?: string;
  entidadFederativa?: string;
}

export interface S3DomicilioExtranjero {
  ciudad?: string;
  provincia?: string;
  calle?: string;
  numeroExterior?: string;
  numeroInterior?: string;
  codigoPostal?: string;
  pais?: string;
}

export interface S3Domicilio {
  tipoDomicilio?: string;
  domicilioMexico?: S3DomicilioMexico;
  domicilioExtranjero?: S3DomicilioExtranjero;
}

export interface S3DatosGeneralesPersonaFisica extends S3Domicilio {
  nombres: string;
  primerApellido: string;
  segundoApellido?: string;
  curp: string;
  rfc: string;
}

export interface S3DatosGeneralesPersonaMoral extends S3Domicilio {
  nombreRazonSocial: string;
  rfc: string;
  objetoSocial?: string;
}

/** Director general or representante legal: note `nombre`, singular. */
export interface S3Representante {
  nombre: string;
  primerApellido: string;
  segundoApellido?: string;
  rfc: string;
  curp?: string;
}

export interface S3DatosDirGeneralReprLegal {
  directorGeneral: S3Representante;
  representanteLegal: S3Representante;
}

// ── Sanciones ────────────────────────────────────────────────────────────────────────────────

export interface S3SuspensionEmpleo {
  plazoMeses: number;
  plazoDias: number;
  fechaInicial: string;
  fechaFinal: string;
}

export interface S3DestitucionEmpleo {
  fechaDestitucion?: string;
}

export interface S3PlazoPago {
  anios?: number;
  meses?: number;
  dias?: number;
}

export interface S3EfectivamenteCobrado {
  monto?: number;
  moneda?: string;
  fechaCobro?: string;
}

/** `sancionEconomica` and `indemnizacion` (same shape). `monto` keeps up to 2 decimals. */
export interface S3Monto {
  monto: number;
  moneda: string;
  plazoPago?: S3PlazoPago;
  efectivamenteCobrado?: S3EfectivamenteCobrado;
  fechaPagoTotal?: string;
}

export interface S3Inhabilitacion {
  plazoAnios: number;
  plazoMeses: number;
  plazoDias: number;
  fechaInicial: string;
  fechaFinal: string;
}

export interface S3OtraSancion {
  denominacionSancion: string;
}

export interface S3Amonestacion {
  tipo: string;
}

export interface S3SuspensionActividades {
  plazoSuspensioAnios: number;
  plazoSuspensionMeses: number;
  plazoSuspensionDias: number;
  fechaInicial: string;
  fechaFinal: string;
}

export interface S3DisolucionSociedad {
  fechaDisolucion: string;
}

export interface S3TipoSancionGraves {
  clave: 'SUSPENSION' | 'DESTITUCION' | 'SANCION_ECONOMICA' | 'INHABILITACION' | 'OTRO';
  suspensionEmpleo?: S3SuspensionEmpleo;
  destitucionEmpleo?: S3DestitucionEmpleo;
  sancionEconomica?: S3Monto;
  inhabilitacion?: S3Inhabilitacion;
  otro?: S3OtraSancion;
}

export interface S3TipoSancionNoGraves {
  clave: 'AMONESTACION' | 'SUSPENSION' | 'DESTITUCION' | 'INHABILITACION' | 'OTRO';
  amonestacion?: S3Amonestacion;
  suspensionEmpleo?: S3SuspensionEmpleo;
  destitucionEmpleo?: S3DestitucionEmpleo;
  inhabilitacion?: S3Inhabilitacion;
  otro?: S3OtraSancion;
}

export interface S3TipoSancionPersonasFisicas {
  clave: 'INHABILITACION' | 'INDEMNIZACION' | 'SANCION_ECONOMICA' | 'OTRO';
  inhabilitacion?: S3Inhabilitacion;
  indemnizacion?: S3Monto;
  sancionEconomica?: S3Monto;
  otro?: S3OtraSancion;
}

export interface S3TipoSancionPersonasMorales {
  clave: 'INHABILITACION' | 'INDEMNIZACION' | 'SANCION_ECONOMICA' | 'SUSPENSION_ACTIVIDADES' | 'DISOLUCION_SOCIEDAD' | 'OTRO';
  inhabilitacion?: S3Inhabilitacion;
  indemnizacion?: S3Monto;
  sancionEconomica?: S3Monto;
  suspensionActividades?: S3SuspensionActividades;
  disolucionSociedad?: S3DisolucionSociedad;
  otro?: S3OtraSancion;
}
