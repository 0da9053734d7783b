import {
  AMBITO_PUBLICO,
  ENTIDAD_FEDERATIVA,
  FALTA_COMETIDA_NO_GRAVES_ALIASES,
  NIVEL_ORDEN_GOBIERNO,
  S3_COLLECTIONS,
  S3_COLLECTION_LABELS,
  S3_FALTA_COMETIDA_CATALOGS,
  S3_FALTA_COMETIDA_VALOR_SUGGESTIONS,
  S3_TIPO_SANCION_CATALOGS,
  TIPO_SANCION_PERSONAS_MORALES_ALIASES,
  type Catalog,
  type S3Collection,
  type TipoSancionClave,
} from '@pde/shared/contracts';
import type { S3ListItem } from '@pde/web/portal/data-access';
import { catalogText, suggestedText } from '@pde/web/portal/ui';
import { joinName } from '@pde/web/portal/util';

export type S3Group = 'servidores' | 'particulares';

/** How the portal presents each S3 v2 collection. */
export interface S3CollectionInfo {
  collection: S3Collection;
  group: S3Group;
  /** Long name (page titles): the contracts' label. */
  title: string;
  /** Short name (tabs, cards). */
  short: string;
  description: string;
  /** Header of the first column of the results, which links to the ficha. */
  primaryColumn: string;
  path: string;
}

export const S3_GROUPS: Readonly<Record<S3Group, { title: string; description: string; path: string }>> = {
  servidores: {
    title: 'Servidores públicos sancionados',
    description: 'Personas del servicio público que recibieron una sanción definitiva por una falta administrativa.',
    path: '/s3/servidores',
  },
  particulares: {
    title: 'Particulares sancionados',
    description: 'Personas físicas y empresas sancionadas por faltas graves, por ejemplo por participar en actos de corrupción.',
    path: '/s3/particulares',
  },
};

export const S3_INFO: Readonly<Record<S3Collection, S3CollectionInfo>> = {
  faltas_administrativas_graves: {
    collection: 'faltas_administrativas_graves',
    group: 'servidores',
    title: S3_COLLECTION_LABELS.faltas_administrativas_graves,
    short: 'Faltas graves',
    description:
      'Sanciones por faltas graves, como cohecho, peculado, desvío de recursos o abuso de funciones. Se publican el nombre de la persona, el puesto que ocupaba y la sanción.',
    primaryColumn: 'Persona sancionada',
    path: '/s3/faltas_administrativas_graves',
  },
  faltas_administrativas_no_graves: {
    collection: 'faltas_administrativas_no_graves',
    group: 'servidores',
    title: S3_COLLECTION_LABELS.faltas_administrativas_no_graves,
    short: 'Faltas no graves',
    description:
      'Sanciones por faltas no graves, como no presentar a tiempo la declaración patrimonial. La ley ordena registrarlas pero no publicar el nombre de la persona: se publican la institución, la falta y la sanción.',
    primaryColumn: 'Expediente',
    path: '/s3/faltas_administrativas_no_graves',
  },
  faltas_graves_personas_fisicas: {
    collection: 'faltas_graves_personas_fisicas',
    group: 'particulares',
    title: S3_COLLECTION_LABELS.faltas_graves_personas_fisicas,
    short: 'Personas físicas',
    description: 'Personas que, sin trabajar en el gobierno, fueron sancionadas por participar en faltas graves, como soborno o colusión.',
    primaryColumn: 'Persona sancionada',
    path: '/s3/faltas_graves_personas_fisicas',
  },
  faltas_graves_personas_morales: {
    collection: 'faltas_graves_personas_morales',
    group: 'particulares',
    title: S3_COLLECTION_LABELS.faltas_graves_personas_morales,
    short: 'Personas morales',
    description: 'Empresas y otras personas morales sancionadas por faltas graves; por ejemplo, inhabilitadas para contratar con el gobierno.',
    primaryColumn: 'Persona moral',
    path: '/s3/faltas_graves_personas_morales',
  },
};

export const collectionsOf = (group: S3Group) => S3_COLLECTIONS.filter((collection) => S3_INFO[collection].group === group).map((c) => S3_INFO[c]);

/** Names of the sanciones short enough for a table cell or a list option. */
export const SANCION_SHORT_LABELS: Readonly<Record<TipoSancionClave, string>> = {
  SUSPENSION: 'Suspensión del empleo, cargo o comisión',
  DESTITUCION: 'Destitución del empleo, cargo o comisión',
  SANCION_ECONOMICA: 'Sanción económica',
  INHABILITACION: 'Inhabilitación',
  AMONESTACION: 'Amonestación pública o privada',
  INDEMNIZACION: 'Indemnización',
  SUSPENSION_ACTIVIDADES: 'Suspensión de actividades',
  DISOLUCION_SOCIEDAD: 'Disolución de la sociedad',
  OTRO: 'Otra sanción',
};

export interface Option {
  value: string;
  label: string;
}

const options = (catalog: Catalog<string>, label = (clave: string) => catalogText(catalog, clave)): Option[] =>
  catalog.entries.map((entry) => ({ value: entry.clave, label: label(entry.clave) }));

export const ENTIDAD_OPTIONS = options(ENTIDAD_FEDERATIVA);
export const ORDEN_GOBIERNO_OPTIONS = options(NIVEL_ORDEN_GOBIERNO);
export const AMBITO_OPTIONS = options(AMBITO_PUBLICO);

export function faltaOptions(collection: S3Collection): Option[] {
  return options(S3_FALTA_COMETIDA_CATALOGS[collection], (clave) => (clave === 'OTRO' ? 'Otra falta' : catalogText(S3_FALTA_COMETIDA_CATALOGS[collection], clave)));
}

export function sancionOptions(collection: S3Collection): Option[] {
  return S3_TIPO_SANCION_CATALOGS[collection].entries.map((entry) => ({ value: entry.clave, label: SANCION_SHORT_LABELS[entry.clave] }));
}

/** Other spellings accepted in addresses (the ones the API accepts too, SPEC §3.10). */
export function faltaAliases(collection: S3Collection): Readonly<Record<string, string>> {
  return collection === 'faltas_administrativas_no_graves' ? FALTA_COMETIDA_NO_GRAVES_ALIASES : {};
}

export function sancionAliases(collection: S3Collection): Readonly<Record<string, string>> {
  return collection === 'faltas_graves_personas_morales' ? TIPO_SANCION_PERSONAS_MORALES_ALIASES : {};
}

/** One row of the results table. */
export interface S3Row {
  id: string;
  primary: string;
  secondary: string;
  ente: string;
  faltas: string[];
  sanciones: string[];
  fecha: string;
}

export function faltaText(collection: S3Collection, falta: { clave: string; valor?: string | null }): string {
  if (falta.clave === 'OTRO' && falta.valor) return suggestedText(S3_FALTA_COMETIDA_VALOR_SUGGESTIONS[collection], falta.valor);
  return falta.clave === 'OTRO' ? 'Otra falta' : catalogText(S3_FALTA_COMETIDA_CATALOGS[collection], falta.clave);
}

export function sancionText(sancion: { clave: string; otro?: { denominacionSancion?: string | null } | null }): string {
  if (sancion.clave === 'OTRO' && sancion.otro?.denominacionSancion) return sancion.otro.denominacionSancion;
  return SANCION_SHORT_LABELS[sancion.clave as TipoSancionClave] ?? sancion.clave;
}

/** Name shown for a record: the person, the company, or (no graves) the case file. */
export function recordName(collection: S3Collection, item: S3ListItem): string {
  const data = item.datosGenerales;
  if (collection === 'faltas_graves_personas_morales') return data?.nombreRazonSocial?.trim() || 'Persona moral sin razón social';
  if (collection === 'faltas_administrativas_no_graves') return `Expediente ${item.expediente ?? 'sin número'}`;
  return joinName(data?.nombres, data?.primerApellido, data?.segundoApellido) || 'Persona sin nombre registrado';
}

export function toRow(collection: S3Collection, item: S3ListItem, formatDate: (date: string) => string): S3Row {
  const ente = collection.startsWith('faltas_graves_') ? item.dondeCometioLaFalta : item.empleoCargoComision;
  const siglas = ente?.siglasEntePublico ? ` (${ente.siglasEntePublico})` : '';
  const fecha = item.resolucion?.fechaResolucion ?? item.fecha ?? '';
  return {
    id: item.id,
    primary: recordName(collection, item),
    secondary: collection === 'faltas_graves_personas_morales' && item.datosGenerales?.rfc ? `RFC ${item.datosGenerales.rfc}` : '',
    ente: ente?.nombreEntePublico ? `${ente.nombreEntePublico}${siglas}` : '',
    faltas: (item.faltaCometida ?? []).map((falta) => faltaText(collection, falta)),
    sanciones: (item.tipoSancion ?? []).map(sancionText),
    fecha: fecha ? formatDate(fecha) : '',
  };
}
