import type { S3ApiRecord, S3Collection } from '@pde/shared/contracts';

/**
 * Shapes of the S3 v1.1 (legacy) records that the projection emits (SPEC §4.4, §4.5): only the keys
 * the SPEC says we emit, named exactly as the v1 OAS files name them (`S3S_v1.1_ssancionados.json`,
 * `S3P_v1.1_psancionados.json`). Optional keys are absent, never `null`.
 */

/** Role of the caller (SPEC §1.3.1); it comes from the credential, never from the request. */
export type V1Role = 'publico' | 'confidencial';

/** The two v1 APIs projected from the S3 v2 collections. */
export type V1Api = 'S3S' | 'S3P';

export type S3SCollection = 'faltas_administrativas_graves' | 'faltas_administrativas_no_graves';
export type S3PCollection = 'faltas_graves_personas_fisicas' | 'faltas_graves_personas_morales';

/** Which v1 API serves the records of each collection (SPEC §4). */
export const V1_API_OF: Readonly<Record<S3Collection, V1Api>> = Object.freeze({
  faltas_administrativas_graves: 'S3S',
  faltas_administrativas_no_graves: 'S3S',
  faltas_graves_personas_fisicas: 'S3P',
  faltas_graves_personas_morales: 'S3P',
});

/**
 * What the projection needs besides the record: the ente público that owns the record (fallback of
 * §4.4/§4.5 when the record names no ente) and the catálogo de entes (clave by exact name, §4.4).
 */
export interface V1ProjectionContext {
  owner: { nombre: string; siglas?: string; clave: string };
  claveOfInstitution(nombre: string): string | undefined;
}

/** `{clave, valor}` of the v1 catalogs. */
export interface V1ClaveValor {
  clave: string;
  valor: string;
}

/** Items of `tipoSancion` and the S3S `tipoFalta` (`descripcion` only when it says something). */
export interface V1ClaveValorDescripcion extends V1ClaveValor {
  descripcion?: string;
}

export interface V1InstitucionDependencia {
  nombre: string;
  siglas?: string;
  clave?: string;
}

export interface V1Multa {
  /** The exact stored decimal (SPEC §3.10, §4.7.5). */
  monto: number;
  moneda: V1ClaveValor;
}

export interface V1Inhabilitacion {
  plazo?: string;
  fechaInicial?: string;
  fechaFinal?: string;
}

/** `documentos[]` (SPEC §4.7.7): every field is required by the OAS. */
export interface V1Documento {
  id: string;
  tipo: 'RESOLUCION' | 'CONSTANCIA_SANCION' | 'CONSTANCIA_INHABILITACION' | 'CONSTANCIA_ABSTENCION';
  titulo: string;
  descripcion: string;
  url: string;
  fecha: string;
}

export interface S3SServidorPublicoSancionado {
  nombres: string;
  primerApellido: string;
  segundoApellido?: string;
  rfc?: string;
  curp?: string;
  genero?: V1ClaveValor;
  puesto: string;
  nivel?: string;
}

/** One record of `POST /v1/ssancionados` (SPEC §4.4). */
export interface S3SRecord {
  id: string;
  fechaCaptura: string;
  expediente?: string;
  institucionDependencia: V1InstitucionDependencia;
  servidorPublicoSancionado: S3SServidorPublicoSancionado;
  autoridadSancionadora?: string;
  tipoFalta: V1ClaveValorDescripcion;
  tipoSancion: V1ClaveValorDescripcion[];
  causaMotivoHechos: string;
  resolucion?: { url?: string; fechaResolucion: string };
  multa?: V1Multa;
  inhabilitacion?: V1Inhabilitacion;
  observaciones?: string;
  documentos: V1Documento[];
}

/** `{clave?, valor?}` of the domicilio parts (the v1 OAS requires none of them). */
export interface V1OptionalClaveValor {
  clave?: string;
  valor?: string;
}

export interface S3PDomicilioMexico {
  pais?: V1OptionalClaveValor;
  entidadFederativa?: V1OptionalClaveValor;
  municipio?: V1OptionalClaveValor;
  codigoPostal?: string;
  localidad?: V1OptionalClaveValor;
  vialidad?: V1OptionalClaveValor;
  numeroExterior?: string;
  numeroInterior?: string;
}

export interface S3PDomicilioExtranjero {
  calle?: string;
  numeroExterior?: string;
  numeroInterior?: string;
  ciudadLocalidad?: string;
  estadoProvincia?: string;
  pais?: V1OptionalClaveValor;
  codigoPostal?: string;
}

/** `directorGeneral` / `apoderadoLegal` of a persona moral. */
export interface S3PPersonaRepresentante {
  nombres: string;
  primerApellido: string;
  segundoApellido?: string;
  curp?: string;
}

export interface S3PParticularSancionado {
  nombreRazonSocial: string;
  objetoSocial?: string;
  rfc?: string;
  tipoPersona: 'F' | 'M';
  domicilioMexico?: S3PDomicilioMexico;
  domicilioExtranjero?: S3PDomicilioExtranjero;
  directorGeneral?: S3PPersonaRepresentante;
  apoderadoLegal?: S3PPersonaRepresentante;
}

/** One record of `POST /v1/psancionados` (SPEC §4.5). */
export interface S3PRecord {
  id: string;
  fechaCaptura: string;
  expediente?: string;
  institucionDependencia: V1InstitucionDependencia;
  particularSancionado: S3PParticularSancionado;
  autoridadSancionadora: string;
  tipoFalta: string;
  tipoSancion: V1ClaveValorDescripcion[];
  causaMotivoHechos: string;
  resolucion?: { url?: string; fechaNotificacion?: string };
  multa?: V1Multa;
  inhabilitacion?: V1Inhabilitacion;
  observaciones?: string;
  documentos: V1Documento[];
}

/** A published v2 record of a servidores collection, as the projection reads it. */
export type S3SSourceRecord = S3ApiRecord<S3SCollection>;
export type S3PSourceRecord = S3ApiRecord<S3PCollection>;
